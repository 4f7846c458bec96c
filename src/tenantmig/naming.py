"""Deterministic names for every object tenantmig creates, so a downgrade drops exactly those."""

from __future__ import annotations

import hashlib

from tenantmig.manifest import TableSpec

PREFIX = "tenantmig_"
FUNCTION_SCHEMA = "tenantmig"  # where the trigger functions live
_MAX_IDENTIFIER = 63


def _bounded(name: str) -> str:
    """`name` within PostgreSQL's 63 bytes; a truncated name ends with a hash of the whole, so two long
    names sharing their first 54 bytes stay distinct (PostgreSQL would silently truncate both alike)."""
    encoded = name.encode()
    if len(encoded) <= _MAX_IDENTIFIER:
        return name
    digest = hashlib.md5(encoded).hexdigest()[:8]
    # Cut on a character boundary: half a multi-byte character is not a name.
    head = encoded[: _MAX_IDENTIFIER - 9].decode(errors="ignore")
    return f"{head}_{digest}"


def _object(kind: str, spec: TableSpec) -> str:
    # The schema is part of the name: two schemas may both have an `orders`.
    return _bounded(f"{PREFIX}{kind}_{spec.schema}_{spec.name}")


def key_index(spec: TableSpec) -> str:
    return _object("ix", spec)


def key_foreign_key(spec: TableSpec) -> str:
    return _object("fk", spec)


def parent_key(spec: TableSpec) -> str:
    """On a leaf partition: the `via` foreign key to the backfill parent its siblings declare (phase 1)."""
    return _object("pfk", spec)


def not_null_check(spec: TableSpec) -> str:
    return _object("nn", spec)


def fill_trigger(spec: TableSpec) -> str:
    return _object("fill", spec)


def fill_function(spec: TableSpec) -> tuple[str, str]:
    """(schema, name) of the trigger function, in the tenantmig schema."""
    return FUNCTION_SCHEMA, _bounded(f"fill_{spec.schema}_{spec.name}")


def scoped_key(name: str) -> str:
    """A tenant-scoped key rebuilt from the unique key, index or foreign key `name` (phase 3).

    Index names are unique per schema and constraint names per table, so the original's name suffices.
    """
    return _bounded(f"{PREFIX}tk_{name}")


def scoped_target(spec: TableSpec, columns: tuple[str, ...]) -> str:
    """The unique (tenant key, columns) a composite foreign key references on its parent."""
    return _bounded(f"{PREFIX}tk_{spec.name}_{'_'.join(columns)}")


def follow_trigger(spec: TableSpec) -> str:
    """On a parent table: carries a change of its key to the children that carried the old one."""
    return _object("follow", spec)


def follow_function(spec: TableSpec) -> tuple[str, str]:
    return FUNCTION_SCHEMA, _bounded(f"follow_{spec.schema}_{spec.name}")


def grant_function(spec: TableSpec, foreign_key: str) -> str:
    """In the tenantmig schema: may the current tenant name the row `foreign_key` points at (visible_also)."""
    return _bounded(f"grant_{spec.schema}_{spec.name}_{foreign_key}")


def grant_policy(command: str, foreign_key: str) -> str:
    return _bounded(f"{PREFIX}grant_{command}_{foreign_key}")


def cascade_index(parent: TableSpec, ref: str) -> str:
    """On a parent: the unique (key, referenced column) that children's key-following foreign keys reference."""
    return _bounded(f"{PREFIX}kr_{parent.schema}_{parent.name}_{ref}")


def cascade_key(child: TableSpec) -> str:
    """On a child: (key, via) REFERENCES parent (key, ref) ON UPDATE CASCADE (parent_cascade)."""
    return _object("kfk", child)
