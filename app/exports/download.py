"""Downloads of exports: a body that is a generator is streamed while it is written
(`stream_with_context`: the request, the database session and the user stay available), and
`in_batches` reads a query a few hundred rows at a time, so a long export never holds all its
rows, nor the whole file, in memory."""

from __future__ import annotations

from collections.abc import Iterator

from flask import Response, stream_with_context

from app.exports.cells import attachment
from app.extensions import db

BATCH = 500


def download(body, filename: str, mimetype: str) -> Response:
    """A download of `body` (bytes or text as is; an iterator of pieces streamed)."""
    if isinstance(body, (bytes, str)):
        return Response(body, mimetype=mimetype, headers=attachment(filename))
    return Response(stream_with_context(body), mimetype=mimetype, headers=attachment(filename))


def in_batches(query, *, rows: bool = False) -> Iterator:
    """The results of a select, read `BATCH` rows at a time (objects, or row tuples)."""
    result = db.session.execute(query.execution_options(yield_per=BATCH))
    yield from (result if rows else result.scalars())
