"""`tenantmig demo`: the whole chain on the example, on a server it starts itself if need be."""

from __future__ import annotations

import dataclasses
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from tenantmig import api, servers
from tenantmig.counts import content_checksum, table_columns
from tenantmig.db import connect, literal, qualify, quote_ident
from tenantmig.errors import GateFailed
from tenantmig.examples import EXAMPLES
from tenantmig.phases import PHASES


def _checksums(url: str) -> dict[str, str]:
    with connect(url, "demo") as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT 'public.' || tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")]
        return {t: content_checksum(conn, t, table_columns(conn, t)) for t in tables}


def _visible(url: str, role: str, setting: str, tenant: str | None, table: str) -> int:
    with connect(url, "demo", autocommit=False) as conn:
        conn.execute(f"SET LOCAL ROLE {quote_ident(role)}")
        if tenant is not None:
            conn.execute("SELECT set_config(%s, %s, true)", (setting, tenant))
        seen = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        conn.rollback()
        return seen


def run_demo(settings: api.Settings, *, rows: int, keep: bool, say: Callable[[str], None],
             name: str = "telehealth") -> dict:
    started = time.monotonic()
    with servers.any_server(settings.database_url) as server_url:
        if not settings.database_url:
            say(f"started an embedded PostgreSQL ({server_url.split('?')[0]}...)")
        url = servers.create_database(server_url, prefix="tenantmig_demo")
        prefix = f"demo{uuid.uuid4().hex[:6]}_"
        work = Path(tempfile.mkdtemp(prefix="tenantmig-demo-"))
        try:
            return _run(settings, url, prefix, work, rows, keep, say, started, name)
        finally:
            if not keep:
                servers.drop_database(server_url, url, role_prefix=prefix)
                say("dropped the demo database and its roles")


def _run(settings, url, prefix, work, rows, keep, say, started, name) -> dict:
    run = dataclasses.replace(
        settings,
        database_url=url,
        manifest_path=str(work / "tenancy.toml"),
        options=dataclasses.replace(settings.options, backup_dir=str(work / "backups")),
    )
    example = api.load_example(run, name, rows=rows, manifest_out=run.manifest_path, role_prefix=prefix)
    shown = EXAMPLES[name].DEMO
    say(f"loaded the {name} example into {example.database}: {sum(example.tables.values())} rows, "
        f"{len(example.tables)} tables, {len(example.tenants)} clinics; manifest {run.manifest_path}")
    before = _checksums(url)
    for phase in PHASES:
        # Its one prerequisite today (phase 5's) is the rollout and a verify: say what verify found.
        for verified in api.prepare_for(run, phase.number).values():
            checked = verified.report.counts()
            say(f"rollout enable --all, then verify: {checked['pass']} probes passed, {checked['warn']} warnings, "
                f"{checked['fail']} failed")
        result = api.advance(run, phase.number)
        passed = sum(g.passed for g in result.gates)
        say(f"advance --phase {phase.number} ({phase.name}): {result.outcome}, "
            f"{passed}/{len(result.gates)} gate checks passed, row counts equal, {result.seconds:.1f}s")

    app = example.roles["app"]
    setting, key = shown["setting"], quote_ident(shown["column"])
    owned, shared = shown["owned"], shown["shared"]
    tenant_a, tenant_b = example.tenants[0], example.tenants[1]
    say(f"isolation as {app}:")
    figures = {}
    for label, tenant in (("tenant A", tenant_a), ("tenant B", tenant_b), ("no tenant", None)):
        seen = _visible(url, app, setting, tenant, qualify(f"public.{owned}"))
        foreign = _visible(url, app, setting, tenant,
                           f"{qualify(f'public.{owned}')} WHERE {key} IS DISTINCT FROM "
                           f"{literal(tenant or str(uuid.UUID(int=0)))}")
        catalogue = _visible(url, app, setting, tenant, qualify(f"public.{shared}"))
        figures[label] = {owned: seen, f"other_tenants_{owned}": foreign, shared: catalogue}
        say(f"  {label:<9} {tenant or '(setting unset)':<36}  {owned} {seen:>5} (of other tenants: {foreign}), "
            f"{shared} {catalogue} (own + global)")
    if figures["no tenant"][owned] or figures["tenant A"][f"other_tenants_{owned}"] or \
            figures["tenant B"][f"other_tenants_{owned}"]:
        raise GateFailed("the demo saw rows of another tenant: isolation does not hold")

    if keep:
        say(f"kept at phase 6: {url}")
        return {"database_url": url, "isolation": figures}
    for phase in reversed(PHASES):
        result = api.rollback(run, phase.number)
        say(f"rollback --phase {phase.number} ({phase.name}): {result.outcome}, {result.seconds:.1f}s")
    after = _checksums(url)
    differing = sorted(t for t in before if before[t] != after.get(t))
    if differing:
        raise GateFailed(f"after the full rollback these tables differ from before phase 0: {', '.join(differing)}")
    say(f"every table's contents (all columns, {len(before)} tables) are identical to before phase 0")
    say(f"demo finished in {time.monotonic() - started:.1f}s")
    return {"isolation": figures, "tables_compared": len(before)}
