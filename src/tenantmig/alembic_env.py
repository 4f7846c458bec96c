"""What migrations/env.py runs: Alembic configured for the tenantmig chain.

`chain.move` hands over its connection and runtime through
`config.attributes` (Alembic's "sharing a connection" recipe). Used directly
(`alembic upgrade ... --sql`, `alembic history`), the manifest comes from
`-x manifest=PATH` (default ./tenancy.toml) and the database from
TENANTMIG_DATABASE_URL; offline, the database is only read, for its catalog.
"""

from __future__ import annotations

import os
import re

import psycopg
import structlog
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.schema import CreateTable

from tenantmig import catalog as catalog_mod
from tenantmig import ledger
from tenantmig import manifest as manifest_mod
from tenantmig.db import create_engine
from tenantmig.errors import UsageError
from tenantmig.options import RunOptions
from tenantmig.steps import Runtime

log = structlog.get_logger("tenantmig.alembic")


@compiles(CreateTable, "postgresql")
def _create_table(element, compiler, **kw) -> str:
    """Alembic's own version table, as offline SQL renders it: its lint exemptions stand beside it.

    Alembic writes this DDL, not a phase, so this is the one place that can say why it is fine.
    """
    sql = compiler.visit_create_table(element, **kw)
    table = element.element
    if (table.schema, table.name) != (ledger.SCHEMA, ledger.VERSION_TABLE):
        return sql
    # squawk reports a column's type on the column's own line: its exemption goes right above that line.
    sql = re.sub(
        r"\n(\s*)version_num",
        lambda m: f"\n{m[1]}-- prefer-text-field is off here: Alembic's column type, on a one-row table nothing "
                  f"else locks\n{m[1]}-- squawk-ignore prefer-text-field\n{m[1]}version_num",
        sql.strip(),
    )
    return (
        "-- prefer-robust-stmts is off here: Alembic creates its version table once, before phase 0\n"
        "-- squawk-ignore prefer-robust-stmts\n" + sql
    )


def _configure_common() -> dict:
    return {
        "version_table_schema": ledger.SCHEMA,
        "version_table": ledger.VERSION_TABLE,
        # One transaction per revision: a crash leaves the version at the last finished step.
        "transaction_per_migration": True,
        "target_metadata": None,
    }


def _runtime_from_arguments(context, url: str | None) -> Runtime:
    path = context.get_x_argument(as_dictionary=True).get("manifest", "tenancy.toml")
    manifest = manifest_mod.load(path)

    def offline_catalog():
        if not url:
            raise UsageError("rendering SQL needs TENANTMIG_DATABASE_URL to read the catalog (nothing is changed)")
        engine = create_engine(url, "alembic --sql")
        with engine.connect() as conn:
            return catalog_mod.read(conn, tuple(manifest.schemas) + (manifest.tenants_schema,))

    return Runtime(manifest=manifest, options=RunOptions(database_url=url), offline_catalog=offline_catalog)


def run(context) -> None:
    config = context.config
    url = os.environ.get("TENANTMIG_DATABASE_URL")
    if "tenantmig" not in config.attributes:
        config.attributes["tenantmig"] = _runtime_from_arguments(context, url)
    if context.is_offline_mode():
        context.configure(dialect_name="postgresql", literal_binds=True, **_configure_common())
        with context.begin_transaction():
            context.run_migrations()
        return
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, **_configure_common())
        with context.begin_transaction():
            context.run_migrations()
        return
    if not url:
        raise UsageError("set TENANTMIG_DATABASE_URL to run the chain with alembic directly")
    log.warning("alembic.direct", detail="running revisions without tenantmig's gates, lock or ledger")
    with psycopg.connect(url, autocommit=True) as raw:
        ledger.bootstrap(raw)
    engine = create_engine(url, "alembic")
    with engine.connect() as conn:
        config.attributes["tenantmig"].options.database_url = url
        context.configure(connection=conn, **_configure_common())
        with context.begin_transaction():
            context.run_migrations()
