"""Store one new comment with a Core INSERT and hand back a persistent ``Comment``.

A POST writes one row and answers with it. The ORM's unit of work would flush the new
instance and then reload what the database filled in; here one ``INSERT … RETURNING`` sends
the row and returns every column, and the instance is built from those values and added to
the session as already persistent, with the objects the caller has loaded (site, article,
author, parent) set as its relationships. Everything used is public SQLAlchemy API:
``make_transient_to_detached`` and ``set_committed_value``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from sqlalchemy import bindparam, insert
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.sql.dml import ReturningInsert

from moderation.extensions import db
from moderation.models import Comment

# What a submission supplies; every other column takes its default.
SUBMITTED_COLUMNS = ("site_id", "article_id", "author_id", "parent_id", "body", "idempotency_key")


def insert_comment(values: Mapping[str, Any], related: Mapping[str, Any]) -> Comment:
    """INSERT the comment; ``related`` gives the loaded relationships (site, article, …).

    Runs on the session's connection, inside its transaction: the caller commits.
    """
    row = db.session.connection().execute(_statement(), dict(values)).one()
    comment = Comment(**row._mapping)
    # As if loaded by a query: no pending changes, the primary key as its identity.
    make_transient_to_detached(comment)
    db.session.add(comment)
    for name, value in related.items():
        set_committed_value(comment, name, value)
    return comment


@cache
def _statement() -> ReturningInsert[Any]:
    # Built once: constructing it costs about as much as running it.
    table = Comment.__table__
    return (
        insert(table)
        .values({name: bindparam(name, type_=table.c[name].type) for name in SUBMITTED_COLUMNS})
        .returning(*table.c)
    )
