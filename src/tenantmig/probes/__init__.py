"""`tenantmig verify`: probes of the live database, by table and role, that isolation holds.

Two kinds: `structure` reads the catalog (classification, RLS flags, role
attributes, privileges, views, functions, keys, server version); `behaviour`
acts as each application role and tenant inside transactions that are rolled
back, so verify never leaves a trace in the data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

import psycopg

from tenantmig.db import qualify, quote_ident
from tenantmig.manifest import Manifest, TableSpec
from tenantmig.phases import strict_at
from tenantmig.probes.model import FAIL, FROM_PHASE_5, PASS, WARN, Probe, Report

# A literal setting name read by current_setting(...), in a policy or a function body.
SETTING_READ = re.compile(r"current_setting\(\s*'([^']+)'", re.IGNORECASE)

__all__ = ["FAIL", "PASS", "WARN", "Probe", "Report", "Probing", "Target", "run"]


@dataclass(frozen=True)
class Target:
    """A relation the application can query: a manifest table, or a partition of one (queried directly)."""

    name: str  # qualified
    spec: TableSpec  # the manifest's entry (the partitioned parent's, for a partition)
    kind: str  # pg_class.relkind: r or p
    partition_of: str | None = None


@dataclass
class Probing:
    conn: psycopg.Connection  # autocommit, a role that sees every row (superuser or BYPASSRLS)
    url: str  # for the probe that needs a connection of its own
    manifest: Manifest
    phase: int  # the highest phase applied completely (4, 5 or 6)
    report: Report
    version_num: int = field(init=False)

    def __post_init__(self) -> None:
        self.version_num = int(self.conn.execute("SHOW server_version_num").fetchone()[0])

    @property
    def strict(self) -> bool:
        # Probes run from phase 4 on; the phase that applied last says whether isolation is strict yet.
        return strict_at(self.phase)

    def from_phase_5(self, detail: str) -> tuple[str, str]:
        """What a finding that only has to hold from phase 5 on is worth now."""
        return (FAIL, detail) if self.strict else (WARN, f"{detail} ({FROM_PHASE_5})")

    def add(self, probe: str, outcome: str, detail: str = "", *, table: str | None = None,
            role: str | None = None) -> None:
        self.report.add(probe, outcome, detail, table=table, role=role)

    @cached_property
    def existing_roles(self) -> set[str]:
        return {r for (r,) in self.conn.execute("SELECT rolname FROM pg_roles")}

    def roles(self, *kinds: str) -> list[str]:
        """Manifest roles of the given kinds (app, service, admin, reporting) that exist on the server."""
        names = [name for kind in kinds for name in getattr(self.manifest.roles, kind)]
        return [n for n in names if n in self.existing_roles]

    @cached_property
    def filtered_roles(self) -> list[str]:
        return self.roles("app", "service")

    @cached_property
    def existing_tables(self) -> set[str]:
        return {t for (t,) in self.conn.execute(
            "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p')")}

    def protected(self) -> list[TableSpec]:
        return [s for s in self.manifest.protected_tables() if s.qualified in self.existing_tables]

    @cached_property
    def partitions(self) -> dict[str, list[str]]:
        """Every partition (at any depth) of each protected partitioned table."""
        found: dict[str, list[str]] = {}
        for spec in self.protected():
            rows = self.conn.execute(
                "SELECT t.relid::regclass::text, n.nspname || '.' || c.relname FROM pg_partition_tree(%s::regclass) t "
                "JOIN pg_class c ON c.oid = t.relid JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE t.level > 0 ORDER BY t.level, 2", (qualify(spec.qualified),)).fetchall()
            if rows:
                found[spec.qualified] = [name for _, name in rows]
        return found

    def targets(self, *patterns: str) -> list[Target]:
        found = []
        for spec in self.protected():
            if spec.pattern not in patterns:
                continue
            kind = self.conn.execute("SELECT relkind::text FROM pg_class WHERE oid = %s::regclass",
                                     (qualify(spec.qualified),)).fetchone()[0]
            found.append(Target(spec.qualified, spec, kind))
            for part in self.partitions.get(spec.qualified, []):
                part_kind = self.conn.execute("SELECT relkind::text FROM pg_class WHERE oid = %s::regclass",
                                              (qualify(part),)).fetchone()[0]
                found.append(Target(part, spec, part_kind, partition_of=spec.qualified))
        return found

    @cached_property
    def context_settings(self) -> set[str]:
        """The session settings that carry the tenant (and store): the manifest's, and those its readers read."""
        found = {self.manifest.setting}
        if self.manifest.store is not None:
            found.add(self.manifest.store.context.setting)
        bodies = self.conn.execute(
            "SELECT coalesce(p.prosrc, '') FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'tenantmig' AND p.proname IN ('current_tenant', 'current_store')").fetchall()
        found.update(SETTING_READ.findall(" ".join(body for (body,) in bodies)))
        return found

    @cached_property
    def tenants(self) -> list[str]:
        m = self.manifest
        return [t for (t,) in self.conn.execute(
            f"SELECT {quote_ident(m.tenants_key)}::text FROM {qualify(m.tenants_qualified)} ORDER BY 1")]


def run(conn: psycopg.Connection, url: str, manifest: Manifest, phase: int) -> Report:
    from tenantmig.probes import behaviour, structure

    version = conn.execute("SHOW server_version").fetchone()[0]
    probing = Probing(conn, url, manifest, phase, Report(phase=phase, server_version=version))
    structure.run(probing)
    behaviour.run(probing)
    return probing.report
