"""Assertion helpers for chain tests. They read the database independently of tenantmig's own code."""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path

import psycopg
from psycopg import sql

from tenantmig import api
from tenantmig.db import LockPolicy
from tenantmig.servers import database_name_from_url, libpq_url, with_database
from tenantmig.options import RunOptions

import forked_cli


def chain_settings(database_url: str, tmp_path: Path) -> api.Settings:
    """What the chain tests run with: the manifest and backups in `tmp_path`, fixed 100-row batches."""
    return api.Settings(
        database_url=database_url,
        manifest_path=str(tmp_path / "tenancy.toml"),
        lock_policy=LockPolicy(timeout_ms=500, attempts=5),
        options=RunOptions(backup_dir=str(tmp_path / "backups"), batch_size=100),
    )


def example_settings(database_url: str, role_prefix: str, tmp_path: Path, rows: int = 300,
                     example: str = "telehealth") -> api.Settings:
    settings = chain_settings(database_url, tmp_path)
    api.load_example(settings, example, rows=rows, manifest_out=settings.manifest_path, role_prefix=role_prefix)
    return settings


def clone_database(server_url: str, template_url: str, prefix: str = "tenantmig_test") -> str:
    """A new database copied from `template_url` (CREATE DATABASE ... TEMPLATE): a loaded or migrated state in a
    fraction of a second instead of an example load and a chain. Nobody may be connected to the template."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(libpq_url(server_url), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
            sql.Identifier(name), sql.Identifier(database_name_from_url(template_url))))
    return with_database(server_url, name)


def role_attributes(database_url: str, role_prefix: str) -> list[tuple]:
    return schema_state(database_url, role_prefix)["roles"]


def restore_roles(database_url: str, roles: list[tuple]) -> None:
    """Put back the BYPASSRLS each role had (from role_attributes) when a template was taken.

    Roles are cluster-wide: a template copies the database, not what phase 5 later did to the service role.
    """
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        for name, _super, bypass in roles:
            conn.execute(sql.SQL("ALTER ROLE {} " + ("BYPASSRLS" if bypass else "NOBYPASSRLS")).format(
                sql.Identifier(name)))


def prepare_for(settings: api.Settings, number: int) -> None:
    """What automation does before advancing to phase `number`: what its contract requires (api.prepare_for)."""
    api.prepare_for(settings, number)


def advance_to(settings: api.Settings, phase: int, start: int = 0) -> None:
    """Advance phase by phase from `start` (0: the beginning) to `phase`."""
    for number in range(start, phase + 1):
        prepare_for(settings, number)
        api.advance(settings, number)


def rollback_from(settings: api.Settings, phase: int, down_to: int = 0) -> None:
    for number in range(phase, down_to - 1, -1):
        api.rollback(settings, number)


def contents(database_url: str, schema: str = "public") -> dict[str, list[tuple]]:
    """Every row of every table, every column, ordered by all columns."""
    with psycopg.connect(libpq_url(database_url)) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = %s ORDER BY 1", (schema,))]
        found = {}
        for table in tables:
            cols = conn.execute(f'SELECT * FROM {schema}."{table}" LIMIT 0').description
            order = ", ".join(str(i + 1) for i in range(len(cols)))
            found[table] = conn.execute(f'SELECT * FROM {schema}."{table}" ORDER BY {order}').fetchall()
        return found


def schema_state(database_url: str, role_prefix: str) -> dict[str, list[tuple]]:
    """What a downgrade must restore exactly: columns, constraints, indexes, triggers, policies, RLS flags, roles."""
    queries = {
        "columns": """SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
                      WHERE table_schema = 'public' ORDER BY 1, 2""",
        "constraints": """SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), convalidated
                          FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2""",
        "indexes": """SELECT i.indrelid::regclass::text, c.relname, pg_get_indexdef(i.indexrelid), i.indisvalid
                      FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                      WHERE c.relnamespace = 'public'::regnamespace ORDER BY 1, 2""",
        "triggers": """SELECT tgrelid::regclass::text, tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2""",
        "policies": """SELECT tablename, policyname, permissive, roles::text, cmd, qual, with_check
                       FROM pg_policies WHERE schemaname = 'public' ORDER BY 1, 2""",
        "rls": """SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class
                  WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1""",
        "functions": """SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                        WHERE n.nspname IN ('public', 'tenantmig') ORDER BY 1""",
        "roles": """SELECT rolname, rolsuper, rolbypassrls FROM pg_roles WHERE starts_with(rolname, %(prefix)s)
                    ORDER BY 1""",
        # The tenantmig schema itself outlives every downgrade (the ledger); grants phases make on it must not.
        "schema_grants": """SELECT coalesce((SELECT string_agg(a.grantee::regrole::text || ':' || a.privilege_type, ','
                                                        ORDER BY 1)
                                     FROM pg_namespace n, aclexplode(n.nspacl) a
                                     WHERE n.nspname = 'tenantmig' AND a.grantee <> n.nspowner), '')""",
    }
    with psycopg.connect(libpq_url(database_url)) as conn:
        return {name: conn.execute(sql, {"prefix": role_prefix}).fetchall() for name, sql in queries.items()}


def revision(database_url: str) -> str | None:
    with psycopg.connect(libpq_url(database_url)) as conn:
        exists = conn.execute("SELECT to_regclass('tenantmig.alembic_version') IS NOT NULL").fetchone()[0]
        if not exists:
            return None
        row = conn.execute("SELECT version_num FROM tenantmig.alembic_version").fetchone()
        return row[0] if row else None


def visible(database_url: str, role: str, tenant: str | None, sql: str, setting: str = "app.current_client_id"):
    """Run `sql` as `role` with the tenant setting set for the transaction only (or unset)."""
    with psycopg.connect(libpq_url(database_url)) as conn:
        conn.execute(f'SET LOCAL ROLE "{role}"')
        if tenant is not None:
            conn.execute("SELECT set_config(%s, %s, true)", (setting, tenant))
        rows = conn.execute(sql).fetchall()
        conn.rollback()
        return rows


def assert_isolated(database_url: str, role: str, tenant: str, table: str, *, shared: bool = False) -> int:
    """As `tenant`, `role` sees only that tenant's rows (plus global rows if shared); returns how many it sees."""
    (foreign, seen), = visible(
        database_url, role, tenant,
        f"SELECT count(*) FILTER (WHERE client_id IS DISTINCT FROM '{tenant}'"
        + (" AND client_id IS NOT NULL" if shared else "") + f"), count(*) FROM {table}",
    )
    assert foreign == 0, f"{role} as {tenant} sees {foreign} rows of other tenants in {table}"
    return seen


def quarantine_patient_orphans(settings: api.Settings) -> None:
    """Edit the telehealth manifest so phase 2 quarantines patients whose tenant cannot be derived."""
    path = Path(settings.manifest_path)
    path.write_text(path.read_text().replace(
        'backfill = { memberships = "created_by" }', 'backfill = { memberships = "created_by" }\norphans = "quarantine"'))


def cli(*args: str, database_url: str | None = None, env: dict | None = None, cwd: Path | None = None,
        timeout: float = 300) -> subprocess.CompletedProcess:
    """Run `tenantmig ARGS` as a user would: a separate process, real exit code, stdout and stderr apart.

    The process is forked from one that has imported tenantmig already (tests/forked_cli.py).
    """
    environment = dict(os.environ)
    environment.pop("TENANTMIG_CRASH_AT", None)
    if database_url:
        environment["TENANTMIG_DATABASE_URL"] = database_url
    environment.update(env or {})
    return forked_cli.run(list(args), env=environment, cwd=cwd, timeout=timeout)


def terminal_text(stderr: str) -> str:
    """stderr as a terminal shows it: off a terminal the CLI writes JSON lines; its own are rendered back, logs dropped."""
    import json

    from tenantmig.clikit import human

    shown = []
    for line in stderr.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            shown.append(line)
            continue
        text = human(record) if isinstance(record, dict) else None
        if text is not None:
            shown.append(text)
    return "\n".join(shown)


APP_TRIGGER_OLD = "2020-01-01 00:00:00+00"


def add_app_update_trigger(database_url: str, enable: str = "") -> None:
    """An application's `updated_at = now()` trigger on appointments, and an AFTER trigger logging each update
    with the session's user (in a schema of its own, outside the manifest's)."""
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        conn.execute(f"ALTER TABLE appointments ADD COLUMN updated_at timestamptz NOT NULL "
                     f"DEFAULT '{APP_TRIGGER_OLD}'")
        conn.execute("CREATE SCHEMA app_side")
        conn.execute("CREATE TABLE app_side.update_log (id bigint, by_user name)")
        # SECURITY DEFINER, as applications write them safely (verify's function_search_path probe):
        # the application role fires them without rights on app_side.
        conn.execute("""
            CREATE FUNCTION app_side.touch() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = pg_catalog, pg_temp AS $$
            BEGIN NEW.updated_at := clock_timestamp(); RETURN NEW; END $$""")
        conn.execute("""
            CREATE FUNCTION app_side.log_update() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = pg_catalog, pg_temp AS $$
            BEGIN INSERT INTO app_side.update_log VALUES (NEW.id, session_user); RETURN NULL; END $$""")
        conn.execute("CREATE TRIGGER touch_updated_at BEFORE UPDATE ON appointments "
                     "FOR EACH ROW EXECUTE FUNCTION app_side.touch()")
        conn.execute("CREATE TRIGGER log_update AFTER UPDATE ON appointments "
                     "FOR EACH ROW EXECUTE FUNCTION app_side.log_update()")
        if enable:
            conn.execute(f"ALTER TABLE appointments ENABLE {enable} TRIGGER touch_updated_at")
