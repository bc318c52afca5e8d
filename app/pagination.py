"""The one way a list that can grow is shown: one page at a time, sorted and filtered by the
database, with the page, the page size and the sort order in the URL.

A view builds its filtered select and calls `paginate(select, sorts=...)`; the template shows
`page.items` and `{{ pager(page) }}` (and `sort_header(page, key, label)` for a sortable column),
from `templates/macros.html`. Anything odd in the URL falls back quietly: a page number that is
not a number or below 1 gives page 1, a number beyond the last page gives the last page, a page
size that is not offered gives the list's default size, and an unknown sort key gives the list's
default order. Never an error for what somebody typed into the address bar.

URL parameters (Dutch, as a user may see them): `pagina`, `per_pagina`, `sorteer` (a key of the
list's whitelist, `-` in front for descending).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from flask import request, url_for
from sqlalchemy import Select, func, select
from sqlalchemy.sql import operators

from app.extensions import db

PAGE_ARG = "pagina"
SIZE_ARG = "per_pagina"
SORT_ARG = "sorteer"
# Page sizes a user may choose; anything else gives the list's default.
SIZES = (25, 50, 100, 200)
DEFAULT_SIZE = 50
# No offsets beyond this many pages (a huge offset is a slow query, not a useful page).
MAX_PAGE = 100_000


@dataclass(frozen=True)
class Sorts:
    """The sort orders a list allows: key -> the columns to order by (ascending), and the default
    key (`-` in front for descending). `paginate` adds the id of the list's main entity last, so
    that rows with equal values keep one order and pages never overlap."""

    columns: Mapping[str, Sequence]
    default: str

    def key(self, requested: str | None) -> str:
        """The requested key if it is allowed, else the default."""
        name = requested[1:] if requested and requested.startswith("-") else requested
        return requested if name in self.columns else self.default

    def order_by(self, key: str) -> list:
        """ORDER BY clauses for `key`; a column given as `col.desc()` turns round with the rest."""
        descending = key.startswith("-")
        clauses = []
        for column in self.columns[key.removeprefix("-")]:
            down = descending
            if getattr(column, "modifier", None) in (operators.desc_op, operators.asc_op):
                down = descending != (column.modifier is operators.desc_op)
                column = column.element
            clauses.append(column.desc() if down else column.asc())
        return clauses


@dataclass
class Page:
    """One page of a list, with what the pager needs to link to the others."""

    items: list
    page: int
    pages: int
    total: int
    per_page: int
    default_size: int = DEFAULT_SIZE
    sizes: Sequence[int] = SIZES
    sort: str | None = None
    default_sort: str | None = None
    prefix: str = ""
    anchor: str | None = None
    endpoint: str | None = None
    _args: dict = field(default_factory=dict, repr=False)

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def first_number(self) -> int:
        """The position of the page's first row in the whole list (1-based; 0 if empty)."""
        return (self.page - 1) * self.per_page + 1 if self.total else 0

    @property
    def last_number(self) -> int:
        return (self.page - 1) * self.per_page + len(self.items)

    def url(self, *, page: int | None = None, size: int | None = None, sort: str | None = None):
        """This list's URL with the same filters, sort and page size, and the given changes;
        changing the sort or the page size starts again at page 1. Other lists on the same page
        keep their own page."""
        names = arg_names(self.prefix)
        args = dict(self._args)
        if size is not None or sort is not None:
            args.pop(names.page, None)
        for name, value in ((names.page, page), (names.size, size), (names.sort, sort)):
            if value is not None:
                args[name] = value
        for name, default in ((names.page, 1), (names.size, self.default_size)):
            if args.get(name) == default:
                args.pop(name)
        if self.default_sort is not None and args.get(names.sort) == self.default_sort:
            args.pop(names.sort)
        endpoint = self.endpoint or request.endpoint
        return url_for(endpoint, **(request.view_args or {}), **args, _anchor=self.anchor)

    def page_url(self, number: int) -> str:
        return self.url(page=number)

    def size_url(self, size: int) -> str:
        return self.url(size=size)

    def sort_url(self, key: str) -> str:
        """The link of a column header: sort by `key`, or reverse it if already sorted by it."""
        return self.url(sort=f"-{key}" if self.sort == key else key)

    def sort_state(self, key: str) -> str | None:
        """`ascending` or `descending` if the list is sorted by `key` (for aria-sort)."""
        if self.sort == key:
            return "ascending"
        if self.sort == f"-{key}":
            return "descending"
        return None


@dataclass(frozen=True)
class ArgNames:
    page: str
    size: str
    sort: str


def arg_names(prefix: str = "") -> ArgNames:
    """The URL parameters of a list; a page with several lists gives each a prefix."""
    return ArgNames(prefix + PAGE_ARG, prefix + SIZE_ARG, prefix + SORT_ARG)


def requested_page(prefix: str = "") -> int:
    """The page number asked for: a whole number from 1 on, else 1."""
    text = request.args.get(arg_names(prefix).page, "")
    number = int(text) if text.isascii() and text.isdecimal() and len(text) < 10 else 1
    return number if 1 <= number <= MAX_PAGE else 1


def requested_size(
    default: int = DEFAULT_SIZE, sizes: Sequence[int] = SIZES, prefix: str = ""
) -> int:
    """The page size asked for if it is one of `sizes`, else `default`."""
    text = request.args.get(arg_names(prefix).size, "")
    size = int(text) if text.isascii() and text.isdecimal() and len(text) < 5 else default
    return size if size in sizes else default


def requested_sort(sorts: Sorts, prefix: str = "") -> str:
    return sorts.key(request.args.get(arg_names(prefix).sort))


def count(query: Select) -> int:
    """How many rows `query` gives (without its ordering)."""
    return db.session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))


def paginate(
    query: Select,
    *,
    sorts: Sorts | None = None,
    default_size: int = DEFAULT_SIZE,
    sizes: Sequence[int] = SIZES,
    rows: bool = False,
    total: int | None = None,
    count_in_page: bool = False,
    transform: Callable[[list], list] | None = None,
    prefix: str = "",
    anchor: str | None = None,
    endpoint: str | None = None,
) -> Page:
    """One page of `query` as the URL asks: its page number, page size and sort key.

    `rows=True` for a select of several columns (a page of row tuples instead of objects);
    `total` when the view already knows the count; `count_in_page=True` (with `rows=True`) reads
    the count with the page, as a last column `total` of each row, in one statement instead of
    two (for a grouped query, whose count costs as much as the page); `transform` turns the
    page's items into what the template shows (work done per row in Python is done for this page
    only); `prefix` for a second list on the same page (its own page, size and sort in the URL),
    `anchor` to come back to that list after following a pager link; `endpoint` when the list is
    also shown by a form's POST route (a form that comes back with errors): the pager links to
    the GET page.
    """
    if default_size not in sizes:
        sizes = tuple(sorted({*sizes, default_size}))
    size = requested_size(default_size, sizes, prefix)
    sort = None
    if sorts is not None:
        sort = requested_sort(sorts, prefix)
        query = query.order_by(None).order_by(*sorts.order_by(sort), *_tiebreak(query))
    else:
        query = query.order_by(*_tiebreak(query))  # after the select's own order
    asked = requested_page(prefix)
    items = None
    if count_in_page and not rows:
        raise ValueError("count_in_page reads the count from the page's rows: rows=True")
    if count_in_page and total is None:
        query = query.add_columns(func.count().over().label("total"))
        items = _rows_of_page(query, asked, size, rows)
        # An empty page beyond the end (an old link) says nothing about the count.
        total = items[0].total if items else (count(query) if asked > 1 else 0)
    elif total is None:
        total = count(query)
    pages = max(1, -(-total // size))
    page = min(asked, pages)
    if items is None or page != asked:
        items = _rows_of_page(query, page, size, rows)
    if transform is not None:
        items = transform(items)
    args = request.args.to_dict(flat=False)
    args = {k: (v[0] if len(v) == 1 else v) for k, v in args.items()}
    names = arg_names(prefix)
    for name, value, default in (
        (names.page, page, 1),
        (names.size, size, default_size),
        (names.sort, sort, sorts.default if sorts else None),
    ):
        if value == default:
            args.pop(name, None)
        else:
            args[name] = value
    return Page(
        items=items,
        page=page,
        pages=pages,
        total=total,
        per_page=size,
        default_size=default_size,
        sizes=sizes,
        sort=sort,
        default_sort=sorts.default if sorts else None,
        prefix=prefix,
        anchor=anchor,
        endpoint=endpoint,
        _args=args,
    )


def _rows_of_page(query: Select, page: int, size: int, rows: bool) -> list:
    result = db.session.execute(query.limit(size).offset((page - 1) * size))
    return list(result.all() if rows else result.scalars().unique().all())


def paginate_items(
    items: Sequence,
    *,
    default_size: int = DEFAULT_SIZE,
    sizes: Sequence[int] = SIZES,
    prefix: str = "",
    anchor: str | None = None,
    endpoint: str | None = None,
) -> Page:
    """One page of a list that is already in memory, with the same URL rules and pager as
    `paginate`. Only for lists whose rows need a figure that is not (yet) in the database, such
    as a contract's SROI state: the page is small to send and to render, the work is not."""
    if default_size not in sizes:
        sizes = tuple(sorted({*sizes, default_size}))
    size = requested_size(default_size, sizes, prefix)
    total = len(items)
    pages = max(1, -(-total // size))
    page = min(requested_page(prefix), pages)
    args = request.args.to_dict(flat=False)
    args = {k: (v[0] if len(v) == 1 else v) for k, v in args.items()}
    names = arg_names(prefix)
    for name, value, default in ((names.page, page, 1), (names.size, size, default_size)):
        if value == default:
            args.pop(name, None)
        else:
            args[name] = value
    return Page(
        items=list(items[(page - 1) * size : page * size]),
        page=page,
        pages=pages,
        total=total,
        per_page=size,
        default_size=default_size,
        sizes=sizes,
        prefix=prefix,
        anchor=anchor,
        endpoint=endpoint,
        _args=args,
    )


def _tiebreak(query: Select) -> list:
    """The primary key of the select's first entity, so that equal sort values keep one order
    from page to page; nothing for a grouped select or one that starts with a column."""
    if query._group_by_clauses:
        return []
    try:
        first = query.column_descriptions[0]
    except IndexError:
        return []
    entity = first.get("entity")
    if entity is None or first.get("expr") is not entity:
        return []
    return [column.asc() for column in entity.__mapper__.primary_key]
