"""ORM instances from values read or written with Core, for the request paths every POST takes.

An API request starts a new session, reads a few rows once and is done. For such rows the
ORM's loading (row processors set up for every execution, identity-map bookkeeping) costs
more CPU than the statements (in-process, a comment POST took 0.92 times the CPU once its
token and its site/article reads went through here). So those reads select the entities'
columns in a Core statement (sent by ``direct_statements`` on PostgreSQL), ``columns(Entity,
prefix)`` letting one statement read several entities, and ``attach`` turns the values
into the instance the ORM would have loaded: every column set as loaded, nothing expired,
persistent in the session. Relationships, later changes and flushes behave as after an ORM
load.

Reads through ``db.session.connection()`` skip the session's autoflush: use them where
nothing is pending yet (at the start of a request), as the callers here do.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Label, inspect
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.orm.attributes import instance_dict, set_committed_value

from ..extensions import db

T = TypeVar("T")


def columns(entity: type[Any], prefix: str) -> list[Label[Any]]:
    """Every column of the entity's table, labelled ``prefix + column key``."""
    return [column.label(prefix + column.key) for column in inspect(entity).local_table.c]


def attach(
    entity: type[T],
    values: Mapping[str, Any],
    *,
    prefix: str = "",
    related: Mapping[str, Any] | None = None,
) -> T:
    """The session's instance for this row: the one it holds already, else one made from
    ``values`` (by ``prefix + column key``; a missing key is NULL) and ``related`` (loaded
    relationships), added to the session as persistent, without SQL."""
    mapper = inspect(entity)
    identity = mapper.identity_key_from_primary_key(
        [values[prefix + column.key] for column in mapper.primary_key]
    )
    held = db.session.identity_map.get(identity)
    if held is not None:
        # The session's copy wins, as with an ORM load: it may carry unflushed changes.
        return held  # type: ignore[no-any-return]
    instance = mapper.class_manager.new_instance()
    # Straight into the instance's dict, as the ORM's loader does: the values become the
    # committed state below, so there is no history to record (set_committed_value, per
    # attribute, cost a quarter of this function). Relationships need their collections
    # built, so they go through set_committed_value.
    loaded = instance_dict(instance)
    for attribute_key, column_key in _column_keys(entity):
        loaded[attribute_key] = values.get(prefix + column_key)
    for name, value in (related or {}).items():
        set_committed_value(instance, name, value)
    # Every attribute is known and its history reset "as though freshly loaded": reading
    # it costs no SQL.
    make_transient_to_detached(instance)
    db.session.add(instance)
    return instance  # type: ignore[no-any-return]


@cache
def _column_keys(entity: type[Any]) -> tuple[tuple[str, str], ...]:
    """(attribute, column) key pairs of the entity's mapped columns."""
    return tuple(
        (attribute.key, attribute.columns[0].key) for attribute in inspect(entity).column_attrs
    )
