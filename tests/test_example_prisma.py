"""The prisma example end to end: init reads it by its exact names, 0 -> 6 -> 0 leaves every table
identical (all columns), and at phase 6 each organization sees exactly its own rows of every tenant
table as the application role, partitions read directly included."""

from __future__ import annotations

import psycopg
import tomllib

from tenantmig import api
from tenantmig import manifest as manifest_mod
from tenantmig.examples import prisma
from tenantmig.servers import libpq_url

from helpers import advance_to, cli, contents, example_settings, rollback_from, schema_state

SETTING = "app.current_organization_id"


def test_prisma_example_has_the_shapes_it_promises(conn, role_prefix, tmp_path):
    summary = prisma.load(conn, rows=300, role_prefix=role_prefix)
    assert len(prisma.MODELS) + 4 >= 80  # + Organization, Membership, VerificationToken, PageView
    assert conn.execute("SELECT relkind FROM pg_class WHERE oid = '\"PageView\"'::regclass").fetchone() == ("p",)
    assert summary.tables["PageView"] == 300 and summary.tables["PageView_2024_01"] == 75
    no_pk = {r[0] for r in conn.execute(
        "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' "
        "AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisprimary)")}
    assert {"_ProductToTag", "_ProjectToUser", "VerificationToken"} <= no_pk
    # Global products and each organization's own, and a white-label override of another's product.
    assert conn.execute('SELECT count(*) FILTER (WHERE "organizationId" IS NULL) > 0, '
                        'count(DISTINCT "organizationId") FROM "Product"').fetchone() == (True, 3)
    crossed = conn.execute('SELECT count(*) FROM "ProductOverride" o JOIN "Product" p ON p.id = o."productId" '
                           'WHERE p."organizationId" <> o."organizationId"').fetchone()[0]
    assert crossed == summary.tables["ProductOverride"]
    # Every child's parent chain ends in its own row's organization: the data is consistent.
    assert conn.execute('SELECT count(*) FROM "CommentReaction" r JOIN "TaskComment" c ON c.id = r."taskCommentId" '
                        'JOIN "Task" t ON t.id = c."taskId" JOIN "Project" p ON p.id = t."projectId"').fetchone()[0] \
        == summary.tables["CommentReaction"]
    parsed = manifest_mod.parse(prisma.manifest(role_prefix))
    assert parsed.tables["public.PageView"].backfill.via == "storeId"
    assert parsed.column == "organizationId" and parsed.tenants_table == "Organization"


def test_init_reads_the_prisma_names(conn, database_url, role_prefix, tmp_path):
    prisma.load(conn, rows=60, role_prefix=role_prefix)
    done = cli("init", "--tenants-table", "Organization", "--memberships-table", "Membership", "--out", "p.toml",
               database_url=database_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    proposed = tomllib.loads((tmp_path / "p.toml").read_text())
    assert proposed["tenancy"]["column"] == "organizationId"
    assert proposed["tenancy"]["tenants_table"] == "Organization"
    tables = proposed["tables"]
    assert len(tables) == len(prisma.tables()) - len(prisma.PAGE_VIEW_MONTHS)
    # Derived three foreign keys away, by the names the application uses.
    assert tables["CommentReaction"]["backfill"] == {"parent": "TaskComment", "via": "taskCommentId"}
    assert tables["PageView"]["backfill"] == {"parent": "Store", "via": "storeId"}
    assert tables["Order"]["pattern"] == "tenant" and "backfill" not in tables["Order"]


def test_prisma_chain_round_trip_and_isolation(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, example="prisma")
    manifest = manifest_mod.load(settings.manifest_path)
    app = prisma.role_names(role_prefix)["app"]
    before = (schema_state(database_url, role_prefix), contents(database_url))

    advance_to(settings, 6)
    verified = api.verify(settings)
    assert verified.ok, [p for p in verified.as_dict()["probes"] if p["outcome"] == "fail"]

    tenant_tables = [s for s in manifest.tables_with("tenant")]
    partitions = [f"PageView_{m}" for m in prisma.PAGE_VIEW_MONTHS]
    names = [s.name for s in tenant_tables] + partitions
    with psycopg.connect(libpq_url(database_url)) as conn:
        owned = {org: {t: conn.execute(f'SELECT count(*) FROM "{t}" WHERE "organizationId" = %s', (org,)).fetchone()[0]
                       for t in names} for org in prisma.organization_ids()}
        products_visible = {org: conn.execute(
            'SELECT count(*) FROM "Product" p WHERE p."organizationId" IS NULL OR p."organizationId" = %s OR EXISTS '
            '(SELECT 1 FROM "ProductOverride" o WHERE o."productId" = p.id AND o."organizationId" = %s)',
            (org, org)).fetchone()[0] for org in prisma.organization_ids()}
    assert all(owned[org]["PageView"] > 0 and owned[org]["CommentReaction"] > 0 for org in owned)
    for org in prisma.organization_ids():
        with psycopg.connect(libpq_url(database_url)) as conn:
            conn.execute(f'SET LOCAL ROLE "{app}"')
            conn.execute("SELECT set_config(%s, %s, true)", (SETTING, org))
            for table in names:
                seen, foreign = conn.execute(
                    f'SELECT count(*), count(*) FILTER (WHERE "organizationId" <> %s) FROM "{table}"', (org,)).fetchone()
                assert (seen, foreign) == (owned[org][table], 0), f"{table} as {org}"
            assert conn.execute('SELECT count(*) FROM "Product"').fetchone()[0] == products_visible[org]
            conn.rollback()
    with psycopg.connect(libpq_url(database_url)) as conn:
        conn.execute(f'SET LOCAL ROLE "{app}"')
        assert conn.execute('SELECT count(*) FROM "Order"').fetchone()[0] == 0  # no organization set: no rows

    rollback_from(settings, 6)
    assert (schema_state(database_url, role_prefix), contents(database_url)) == before


def test_demo_runs_the_prisma_example(server_url, tmp_path):
    run = cli("--database-url", server_url, "demo", "--example", "prisma", "--rows", "120", cwd=tmp_path, timeout=900)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "loaded the prisma example" in run.stdout
    assert "Order" in run.stdout and "(of other tenants: 0)" in run.stdout
    assert "identical to before phase 0" in run.stdout
