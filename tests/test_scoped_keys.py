"""Tenant-scoped keys (manifest `tenant_scoped_keys`, on in the clinics example): phase 3 closes the
leaks that constraint checks open past RLS, the rollback restores the original keys exactly, and a
rebuild that fails names the table, the key and the rows, and leaves the database as it was."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from tenantmig import api, manifest
from tenantmig.db import LockPolicy
from tenantmig.errors import LockTimeoutExhausted, ManifestError, StateError
from tenantmig.servers import libpq_url

from helpers import advance_to, contents, example_settings, revision, schema_state
from test_manifest import BASE, replace

ROOT = Path(__file__).resolve().parent.parent


def _keys(database_url: str, role_prefix: str) -> dict:
    """Constraints and indexes, as schema_state reads them; not nullability, which phases 3's other steps change
    (PostgreSQL 18 lists NOT NULL as constraints too)."""
    state = schema_state(database_url, role_prefix)
    return {"constraints": [c for c in state["constraints"] if not c[2].startswith("NOT NULL ")],
            "indexes": state["indexes"]}


def _customer_of(conn, org: int) -> tuple[int, str]:
    return conn.execute("SELECT id, email FROM customers WHERE organization_id = %s ORDER BY id LIMIT 1",
                        (org,)).fetchone()


def _attempt(conn, statement: str, params=()) -> type[Exception] | None:
    """Run a write in a transaction that is always rolled back: the error class it raised, or None."""
    try:
        with conn.transaction(force_rollback=True):
            conn.execute(statement, params)
    except psycopg.Error as exc:
        return type(exc)
    return None


def _leaks(database_url: str) -> dict[str, type[Exception] | None]:
    """As the superuser (constraint checks ignore RLS anyway): what organization 1 can do with 2's rows."""
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        theirs, their_email = _customer_of(conn, 2)
        return {
            "same email as another organization's customer": _attempt(
                conn, "INSERT INTO customers (organization_id, store_id, name, email) VALUES (1, 1, 'x', %s)",
                (their_email,)),
            "order for another organization's customer": _attempt(
                conn, "INSERT INTO orders (organization_id, store_id, customer_id, product_id, total_cents) "
                      "VALUES (1, 1, %s, 1, 1)", (theirs,)),
            "customer in another organization's store": _attempt(
                conn, "INSERT INTO customers (organization_id, store_id, name, email) VALUES (1, 3, 'y', 'y@y')"),
            "duplicate email inside one organization": _attempt(
                conn, "INSERT INTO customers (organization_id, store_id, name, email) "
                      "SELECT organization_id, store_id, 'z', email FROM customers WHERE organization_id = 1 LIMIT 1"),
        }


def test_scoped_keys_close_the_leaks_and_rollback_restores_the_originals(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=200, example="clinics")
    advance_to(settings, 2)
    before = (schema_state(database_url, role_prefix), contents(database_url))
    # Before: a unique violation tells organization 1 that 2 has this customer, and links across are accepted.
    assert _leaks(database_url) == {
        "same email as another organization's customer": psycopg.errors.UniqueViolation,
        "order for another organization's customer": None,
        "customer in another organization's store": None,
        "duplicate email inside one organization": psycopg.errors.UniqueViolation,
    }

    api.advance(settings, 3)
    assert _leaks(database_url) == {
        "same email as another organization's customer": None,
        "order for another organization's customer": psycopg.errors.ForeignKeyViolation,
        "customer in another organization's store": psycopg.errors.ForeignKeyViolation,
        "duplicate email inside one organization": psycopg.errors.UniqueViolation,
    }
    with psycopg.connect(libpq_url(database_url)) as conn:
        keys = dict(conn.execute(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE conrelid IN ('customers'::regclass, 'orders'::regclass) AND contype IN ('p', 'u', 'f')").fetchall())
    assert keys["customers_pkey"] == "PRIMARY KEY (id)"  # stays: other keys may reference it
    assert keys["tenantmig_tk_customers_email_key"] == "UNIQUE (organization_id, email)"
    assert "customers_email_key" not in keys and "orders_customer_id_fkey" not in keys
    assert keys["tenantmig_tk_orders_customer_id_fkey"] == \
        "FOREIGN KEY (organization_id, customer_id) REFERENCES customers(organization_id, id)"

    # Organization 1 now uses organization 2's email: the original UNIQUE (email) cannot come back,
    # and the rollback says so instead of deleting anything.
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        _theirs, email = _customer_of(conn, 2)
        mine = conn.execute("INSERT INTO customers (organization_id, store_id, name, email) VALUES (1, 1, 'x', %s) "
                            "RETURNING id", (email,)).fetchone()[0]
    with pytest.raises(StateError) as refused:
        api.rollback(settings, 3)
    assert refused.value.message.startswith("public.customers: cannot restore the unique key customers_email_key")
    assert email in refused.value.message
    assert revision(database_url) == "p3_05_tenant_scoped_keys"
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        conn.execute("DELETE FROM customers WHERE id = %s", (mine,))

    api.rollback(settings, 3)
    assert (schema_state(database_url, role_prefix), contents(database_url)) == before


def test_a_failed_rebuild_names_table_key_and_rows_and_leaves_the_keys_as_before(database_url, role_prefix, tmp_path):
    """Two failures, then the same command converges. First a long transaction blocks the unique
    (organization_id, id) on stores after UNIQUE (organization_id, email) was built on customers; then an
    existing order linked to another organization's customer fails the rebuilt foreign key's VALIDATE.
    Each time the error names the table and the key (and the rows), and what the step built is removed."""
    settings = example_settings(database_url, role_prefix, tmp_path, rows=200, example="clinics")
    impatient = dataclasses.replace(settings, lock_policy=LockPolicy(timeout_ms=100, attempts=2, first_delay_s=0.05))
    advance_to(settings, 2)
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        theirs, _email = _customer_of(conn, 2)
        bad = conn.execute("INSERT INTO orders (organization_id, store_id, customer_id, product_id, total_cents) "
                           "VALUES (1, 1, %s, 1, 1) RETURNING id", (theirs,)).fetchone()[0]
    keys = _keys(database_url, role_prefix)

    with psycopg.connect(libpq_url(database_url)) as blocker:
        blocker.execute("LOCK TABLE stores IN SHARE MODE")  # held until the end of this block
        with pytest.raises(StateError) as blocked:
            api.advance(impatient, 3)
    message = blocked.value.message
    assert message.startswith("public.stores: building the tenant-scoped key tenantmig_tk_stores_id failed"), message
    assert isinstance(blocked.value.__cause__, LockTimeoutExhausted)
    assert _keys(database_url, role_prefix) == keys
    assert revision(database_url) == "p3_04_validate_fks"

    with pytest.raises(StateError) as linked:
        api.advance(settings, 3)
    message = linked.value.message
    for fragment in ("public.orders: building the tenant-scoped key tenantmig_tk_orders_customer_id_fkey "
                     "(replacing orders_customer_id_fkey) failed", f"public.customers of another tenant: {bad}"):
        assert fragment in message, message
    assert _keys(database_url, role_prefix) == keys
    assert revision(database_url) == "p3_04_validate_fks"

    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        conn.execute("DELETE FROM orders WHERE id = %s", (bad,))
    api.advance(settings, 3)
    assert revision(database_url) == "p3_05_tenant_scoped_keys"


@pytest.mark.parametrize("text, expected", [
    (replace(BASE, 'type = "uuid"', 'type = "uuid"\ntenant_scoped_keys = "yes"'),
     ["`tenancy.tenant_scoped_keys`", "true or false", "'yes'"]),
    (replace(BASE, '[tables.products]\npattern = "shared"', '[tables.products]\npattern = "shared"\ntenant_scoped_keys = true'),
     ["`tables.products.tenant_scoped_keys`", "on a tenant table only"]),
], ids=["not-a-bool", "on-a-shared-table"])
def test_bad_tenant_scoped_keys_names_the_key(text, expected):
    with pytest.raises(ManifestError) as caught:
        manifest.parse(text, path="tenancy.toml")
    for fragment in expected:
        assert fragment in caught.value.message, caught.value.message


def test_a_table_can_opt_out_of_tenant_scoped_keys():
    parsed = manifest.parse(replace(BASE, 'type = "uuid"', 'type = "uuid"\ntenant_scoped_keys = true')
                            .replace('[tables.uploads]\n', '[tables.uploads]\ntenant_scoped_keys = false\n', 1))
    assert parsed.tenant_scoped_keys is True
    assert {s.name for s in parsed.scoped_key_tables()} == {"patients", "orders", "messages"}
    assert manifest.parse(BASE).tenant_scoped_keys is False and manifest.parse(BASE).scoped_key_tables() == []


def test_offline_sql_for_scoped_keys_uses_only_the_safe_forms(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=200, example="clinics")
    rendered = subprocess.run(
        [sys.executable, "-m", "alembic", "-c", str(ROOT / "alembic.ini"), "-x", f"manifest={settings.manifest_path}",
         "upgrade", "p3_04_validate_fks:p3_05_tenant_scoped_keys", "--sql"],
        capture_output=True, text=True, env={**os.environ, "TENANTMIG_DATABASE_URL": database_url},
    )
    assert rendered.returncode == 0, rendered.stderr
    lines = rendered.stdout.splitlines()
    built = [line for line in lines if line.startswith("CREATE UNIQUE INDEX")]
    assert built and all("CONCURRENTLY" in line for line in built), built
    added = [line for line in lines if "ADD CONSTRAINT" in line and "FOREIGN KEY" in line]
    assert added and all(line.endswith("NOT VALID;") for line in added), added
    assert any('VALIDATE CONSTRAINT "tenantmig_tk_orders_customer_id_fkey"' in line for line in lines)
    assert any('ADD CONSTRAINT "tenantmig_tk_customers_email_key" UNIQUE USING INDEX' in line for line in lines)
    assert not any(word in rendered.stdout for word in (" TYPE ", "SET DEFAULT", "VACUUM FULL", "CLUSTER "))
    assert api.status(settings).current_phase is None


def test_a_plan_saved_by_an_earlier_version_is_refused_by_name_not_half_run():
    from tenantmig.errors import StateError
    from tenantmig.scoped_keys import PLAN_FORMAT, _current

    earlier = {"targets": [{"table": "public.a", "name": "k", "create": "CREATE UNIQUE INDEX ..."}],
               "replaced": [], "foreign_keys": [], "kept": []}
    with pytest.raises(StateError, match="saved by an earlier tenantmig"):
        _current(earlier)
    assert _current({**earlier, "format": PLAN_FORMAT}) is not None
    assert _current(None) is None
