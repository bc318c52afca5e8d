"""Helpers of the API views: paginated lists and validating a body with a page's form."""

from __future__ import annotations

from datetime import UTC, date
from decimal import Decimal

from flask import request, url_for
from werkzeug.datastructures import MultiDict

from app.api.problems import Problem
from app.extensions import db


def paginate(query, args: dict, changed_column=None) -> dict:
    """One page of `query` (a select) with `page`, `per_page`, `total` and `links`.

    `changed_since` keeps rows changed at or after that moment (`changed_column`, usually
    `updated_at`), for systems that synchronise.
    """
    since = args.get("changed_since")
    if since is not None and changed_column is not None:
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        query = query.where(changed_column >= since.astimezone(UTC))
    page, per_page = args["page"], args["per_page"]
    total = db.session.scalar(
        db.select(db.func.count()).select_from(query.order_by(None).subquery())
    )
    items = list(db.session.scalars(query.limit(per_page).offset((page - 1) * per_page)))
    last = max(1, -(-total // per_page))

    def link(number: int) -> str:
        params = {k: v for k, v in request.args.items() if k not in ("page",)}
        params["page"] = number
        return url_for(request.endpoint, **(request.view_args or {}), **params)

    return {
        "items": items,
        "page": page,
        "per_page": per_page,
        "total": total,
        "links": {
            "self": link(page),
            "first": link(1),
            "last": link(last),
            "next": link(page + 1) if page < last else None,
            "prev": link(page - 1) if page > 1 else None,
        },
    }


def form_value(value) -> list[str]:
    """A JSON value as the text(s) a browser would post in a form field."""
    if value is None:
        return [""]
    if isinstance(value, bool):
        return ["y"] if value else []
    if isinstance(value, (list, tuple)):
        return ["\n".join(str(item) for item in value)]
    if isinstance(value, date):
        return [value.isoformat()]
    if isinstance(value, Decimal):
        return [decimal_text(value)]
    return [str(value)]


def decimal_text(value: Decimal | int) -> str:
    """A number as the forms read it: a decimal comma, no trailing zeros (`24,5`, `100`)."""
    return format(Decimal(value).normalize(), "f").replace(".", ",")


def validated_form(form_class, data: dict, choices: dict | None = None, **form_kwargs):
    """The page's form filled in with `data` (field names as in the form) and validated.

    `choices` fills select fields whose options the page's view sets. Raises a 422 problem with
    the form's own Dutch messages per field when it does not validate.
    """
    formdata = MultiDict()
    for name, value in data.items():
        for text in form_value(value):
            formdata.add(name, text)
    form = form_class(formdata=formdata, meta={"csrf": False}, **form_kwargs)
    for name, options in (choices or {}).items():
        form[name].choices = options
    if not form.validate():
        raise Problem(422, errors={name: list(msgs) for name, msgs in form.errors.items()})
    return form


def not_found() -> Problem:
    return Problem(404)
