"""The clinics example end to end: 0 -> 6 -> 0 restores everything, and at phase 6 isolation holds
as the application sees it through real SQL (JSON-claim context, stores, partitions, a view,
product overrides, admin, reporting and service roles)."""

from __future__ import annotations

import psycopg
import pytest

from tenantmig import api
from tenantmig import manifest as manifest_mod
from tenantmig.examples import clinics
from tenantmig.policies import set_context_sql
from tenantmig.servers import libpq_url

from helpers import advance_to, contents, example_settings, rollback_from, schema_state

VIEW_OPTIONS = "SELECT coalesce(reloptions::text, '') FROM pg_class WHERE oid = 'public.order_totals'::regclass"


class Session:
    """One transaction as a role with the manifest's context, rolled back at the end."""

    def __init__(self, url: str, manifest, role: str, tenant: str | None = None, store: str | None = None,
                 raw_claims: str | None = None):
        self.conn = psycopg.connect(libpq_url(url))
        self.conn.execute(f'SET LOCAL ROLE "{role}"')
        if raw_claims is not None:
            self.conn.execute("SELECT set_config('request.jwt.claims', %s, true)", (raw_claims,))
        elif tenant is not None:
            self.conn.execute(*set_context_sql(manifest, tenant, store))

    def one(self, query: str, params=None):
        return self.conn.execute(query, params).fetchone()

    def refused(self, statement: str, params=None) -> bool:
        try:
            with self.conn.transaction():
                self.conn.execute(statement, params)
        except psycopg.errors.InsufficientPrivilege:
            return True
        return False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.conn.rollback()
        self.conn.close()


def test_clinics_chain_round_trip_and_isolation(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, example="clinics")
    manifest = manifest_mod.load(settings.manifest_path)
    roles = clinics.role_names(role_prefix)
    before = (schema_state(database_url, role_prefix), contents(database_url))
    with psycopg.connect(libpq_url(database_url)) as conn:
        view_before = conn.execute(VIEW_OPTIONS).fetchone()[0]
        owned = {org: conn.execute("SELECT count(*) FROM customers WHERE organization_id = %s", (org,)).fetchone()[0]
                 for org in (1, 2, 3)}
        store_1 = conn.execute("SELECT count(*) FROM customers WHERE store_id = 1").fetchone()[0]
        visits_2024 = conn.execute("SELECT count(*) FROM visits_2024 WHERE organization_id = 1").fetchone()[0]
        all_customers = conn.execute("SELECT count(*) FROM customers WHERE organization_id IS NOT NULL").fetchone()[0]

    advance_to(settings, 6)
    # verify red-teams the clinics shapes too: JSON claims, stores, overrides, partitions, the view.
    verified = api.verify(settings)
    assert verified.ok, [p for p in verified.as_dict()["probes"] if p["outcome"] == "fail"]
    with psycopg.connect(libpq_url(database_url)) as conn:
        assert conn.execute("SELECT count(*) FROM customers WHERE organization_id IS NULL").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM notes WHERE organization_id = 9999").fetchone()[0] > 0
        assert "security_invoker=true" in conn.execute(VIEW_OPTIONS).fetchone()[0]

    app = roles["app"]
    with Session(database_url, manifest, app, "1") as s:
        assert s.one("SELECT count(*), count(*) FILTER (WHERE organization_id <> 1) FROM customers") == (owned[1], 0)
        # Partitions read directly are filtered too, and so is the view (security_invoker).
        assert s.one("SELECT count(*), count(*) FILTER (WHERE organization_id <> 1) FROM visits_2024") == \
            (visits_2024, 0)
        assert s.one("SELECT count(*) FROM order_totals WHERE organization_id <> 1") == (0,)
        assert s.one("SELECT count(*) FROM order_totals") > (0,)
        # Products: the global catalogue, its own private label, and what it resells through overrides.
        foreign, resold, unshared = s.one(
            "SELECT count(*) FILTER (WHERE organization_id NOT IN (1)), "
            "count(*) FILTER (WHERE organization_id <> 1 AND EXISTS (SELECT 1 FROM product_overrides o "
            "WHERE o.product_id = products.id)), count(*) FILTER (WHERE organization_id = 2) FROM products")
        assert foreign == resold > 0 and unshared == 0
        assert s.one("SELECT count(*) FROM products WHERE organization_id IS NULL") > (0,)
        # Writes: never into, or moved to, another organization; a resold product is read-only.
        assert s.refused("INSERT INTO customers (organization_id, store_id, name, email) VALUES (2, 3, 'x', 'x@x')")
        assert s.refused("UPDATE customers SET organization_id = 2 WHERE id = (SELECT min(id) FROM customers)")
        assert s.refused("INSERT INTO visits_2024 (id, visited_on, organization_id, store_id, customer_id) "
                         "VALUES (-1, '2024-05-01', 2, 3, 1)")
        assert s.refused("INSERT INTO products (organization_id, sku, name) VALUES (NULL, 'NEW-G', 'global')")
        assert s.one("UPDATE products SET name = 'mine' WHERE organization_id <> 1 RETURNING 1") is None
        s.conn.execute("INSERT INTO customers (organization_id, store_id, name, email) VALUES (1, 1, 'y', 'y@y')")
        # The context is evaluated once per statement (InitPlan), so the key's index serves the filter.
        s.conn.execute("SET LOCAL enable_seqscan = off")
        plan = "\n".join(r[0] for r in s.conn.execute("EXPLAIN SELECT * FROM orders").fetchall())
        assert "InitPlan" in plan and "tenantmig_ix_public_orders" in plan, plan
    with Session(database_url, manifest, app, "1", store="1") as s:
        assert s.one("SELECT count(*), count(*) FILTER (WHERE store_id <> 1) FROM customers") == (store_1, 0)
        assert s.refused("INSERT INTO customers (organization_id, store_id, name, email) VALUES (1, 2, 'z', 'z@z')")
    for claims in (None, "", "not json", '{"org_id": "one"}', '{"org_id": ""}', "[1]", '{"other": 1}'):
        with Session(database_url, manifest, app, raw_claims=claims) as s:
            assert s.one("SELECT count(*) FROM customers") == (0,), claims
            assert s.one("SELECT count(*) FROM visits_2023") == (0,), claims
    with Session(database_url, manifest, roles["admin"]) as s:
        assert s.one("SELECT count(*) FROM customers") == (all_customers,)
        assert s.one("UPDATE customers SET name = name WHERE organization_id = 2 RETURNING 1") == (1,)
    with Session(database_url, manifest, roles["reporting"]) as s:
        assert s.one("SELECT count(DISTINCT organization_id) FROM visits") == (3,)
    # The service role lost BYPASSRLS: filtered like the application, unless it switches role.
    with Session(database_url, manifest, roles["service"]) as s:
        assert s.one("SELECT count(*) FROM customers") == (0,)
        s.conn.execute(f'SET LOCAL ROLE "{roles["admin"]}"')
        assert s.one("SELECT count(*) FROM customers") == (all_customers,)

    rollback_from(settings, 6)
    assert (schema_state(database_url, role_prefix), contents(database_url)) == before
    with psycopg.connect(libpq_url(database_url)) as conn:
        assert conn.execute(VIEW_OPTIONS).fetchone()[0] == view_before
        assert not conn.execute("SELECT pg_has_role(%s, %s, 'MEMBER')", (roles["service"], roles["admin"])).fetchone()[0]


def test_clinics_loads_the_shapes_it_promises(conn, role_prefix):
    summary = clinics.load(conn, rows=400, role_prefix=role_prefix)
    assert summary.tables["customers"] == 40 and summary.tables["visits"] == 100
    assert conn.execute("SELECT relkind FROM pg_class WHERE oid = 'visits'::regclass").fetchone() == ("p",)
    nulls = conn.execute("SELECT count(*) FROM customers WHERE organization_id IS NULL").fetchone()[0]
    assert nulls == clinics.TEST_CUSTOMERS
    assert conn.execute("SELECT count(DISTINCT organization_id) FROM visits_2023").fetchone() == (3,)
    with pytest.raises(ValueError):
        clinics.manifest('x"')
