"""The manifest each phase was applied with, kept in the ledger schema.

A rollback works from the manifest its phase was applied with, whatever the file says now:
phase 1's downgrade must drop the columns it added to the tables it was given, not to the
tables a later edit lists. An advance with a manifest that differs from the one the applied
phases were given refuses before changing anything, naming each difference, except those the
applied phases cannot be affected by (ACCEPTABLE below; runbooks/manifest-shapes.md).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from pathlib import Path

import psycopg
import structlog

from tenantmig import manifest as manifest_mod
from tenantmig.errors import ManifestError
from tenantmig.manifest import Manifest, TableSpec
from tenantmig.ops import bookkeeping

log = structlog.get_logger("tenantmig.recorded")

TABLE = bookkeeping.MANIFESTS_TABLE


# A difference in one of these keys is taken while the highest applied phase is below the number:
# the key is first read by that phase. Any other key is read from phase 1 on; `reason` never.
ACCEPTABLE = {"reason": 99, "orphans": 2, "tenant_scoped_keys": 3, "visible_also": 4, "drop_policies": 4}

_TENANCY = ("schemas", "column", "key_type", "setting", "claim", "tenants_qualified", "tenants_key",
            "memberships_qualified", "memberships_user_column", "memberships_tenant_column", "legacy_tenant",
            "legacy_tenant_columns", "store", "admin_setting", "tenant_scoped_keys", "roles")
_TABLE_FIELDS = {"pattern": "pattern", "column": "column", "backfill": "backfill", "orphans": "orphans",
                 "reason": "reason", "drop_policies": "drop_policies", "visible_also": "visible_also",
                 "store": "store", "unique_key": "unique_key", "scoped_keys": "tenant_scoped_keys"}


@dataclass(frozen=True)
class Difference:
    key: str  # the manifest key, as the file spells it
    recorded: object
    now: object
    field: str  # the key's last part, for ACCEPTABLE

    def __str__(self) -> str:
        return f"{self.key}: recorded {_show(self.recorded)}, now {_show(self.now)}"


def _show(value: object) -> str:
    return "(absent)" if value is None else repr(value)


def ensure(conn: psycopg.Connection) -> None:
    conn.execute(bookkeeping.MANIFESTS)


def record(conn: psycopg.Connection, phase: int, manifest: Manifest, text: str) -> None:
    conn.execute(
        f"INSERT INTO {TABLE} (phase, sha256, text) VALUES (%s, %s, %s) "
        "ON CONFLICT (phase) DO UPDATE SET sha256 = excluded.sha256, text = excluded.text, "
        "recorded_at = excluded.recorded_at", (phase, manifest.sha256, text))


def forget(conn: psycopg.Connection, phase: int) -> None:
    conn.execute(f"DELETE FROM {TABLE} WHERE phase = %s", (phase,))


def recorded(conn: psycopg.Connection, phase: int) -> Manifest | None:
    row = conn.execute(f"SELECT text, recorded_at FROM {TABLE} WHERE phase = %s", (phase,)).fetchone()
    if row is None:
        return None
    return manifest_mod.parse(row[0], path=f"the manifest recorded for phase {phase} ({row[1]:%Y-%m-%d %H:%M:%S})")


def latest(conn: psycopg.Connection, below: int) -> tuple[int, Manifest] | None:
    """The manifest of the highest recorded phase below `below`, with that phase."""
    row = conn.execute(f"SELECT max(phase) FROM {TABLE} WHERE phase < %s", (below,)).fetchone()
    if row[0] is None:
        return None
    return row[0], recorded(conn, row[0])


def differences(old: Manifest, new: Manifest) -> list[Difference]:
    found = []
    for name in _TENANCY:
        was, now = getattr(old, name), getattr(new, name)
        if name == "roles":
            for role_field in fields(was):
                a, b = getattr(was, role_field.name), getattr(now, role_field.name)
                if a != b:
                    found.append(Difference(f"roles.{role_field.name}", a, b, "roles"))
        elif was != now:
            key = {"key_type": "type", "tenants_qualified": "tenants_table",
                   "memberships_qualified": "memberships_table"}.get(name, name)
            found.append(Difference(f"tenancy.{key}", was, now, key))
    for qualified in sorted(set(old.tables) | set(new.tables)):
        was, now = old.tables.get(qualified), new.tables.get(qualified)
        key = f"tables.{_key(was or now, old)}"
        if was is None or now is None:
            found.append(Difference(key, _summary(was), _summary(now), "table"))
            continue
        for attr, spelled in _TABLE_FIELDS.items():
            if getattr(was, attr) != getattr(now, attr):
                found.append(Difference(f"{key}.{spelled}", getattr(was, attr), getattr(now, attr), spelled))
    return found


def refused(found: list[Difference], applied: int) -> list[Difference]:
    """The differences the phases applied so far (up to `applied`) cannot take."""
    return [d for d in found if applied >= ACCEPTABLE.get(d.field, 1)]


def file_text(manifest: Manifest) -> str:
    """The file's text as it was parsed (the ledger keeps it for a later rollback)."""
    data = Path(manifest.path).read_bytes() if manifest.path else b""
    if hashlib.sha256(data).hexdigest() != manifest.sha256:
        raise ManifestError(f"{manifest.path} changed while this command was starting: run it again")
    return data.decode("utf-8")


def manifest_for(conn: psycopg.Connection, manifest: Manifest, number: int, direction: str) -> Manifest:
    """The manifest a run of phase `number` works from: for a rollback, the one its phase was applied
    with; for an advance, the file, once it agrees with the one the applied phases were given."""
    ensure(conn)
    if direction == "downgrade":
        applied_with = recorded(conn, number)
        if applied_with is None:
            return manifest
        if applied_with.sha256 != manifest.sha256:
            changed = [str(d) for d in differences(applied_with, manifest)]
            log.warning("phase.manifest.recorded_used", phase=number, file=manifest.path, differences=changed)
        return applied_with
    found = latest(conn, below=number + 1)
    if found is None or found[1].sha256 == manifest.sha256:
        return manifest
    applied, before = found
    refusals = refused(differences(before, manifest), applied)
    if refusals:
        raise ManifestError(
            f"{manifest.path or 'the manifest'} differs from the manifest phase {applied} was applied with, "
            f"in ways the applied phases cannot take; nothing was changed:\n"
            + "\n".join(f"  - {d}" for d in refusals),
            hint="Put those keys back as recorded, or roll back to the phase before the one that first reads them "
                 "(tenantmig rollback --phase N uses the recorded manifest) and advance again with the new file "
                 "(runbooks/manifest-shapes.md, \"A manifest that changes\").")
    return manifest


def _key(spec: TableSpec, manifest: Manifest) -> str:
    return spec.name if spec.schema == manifest.schemas[0] else spec.qualified


def _summary(spec: TableSpec | None) -> str | None:
    return None if spec is None else f"pattern = {spec.pattern}"
