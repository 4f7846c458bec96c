"""Each access pattern's policy shape, exercised as the application role through real SQL.

tenant: read and write only inside the current tenant, WITH CHECK so a row can be neither
written into nor moved to another; shared: NULL-key rows readable by all, writable by no
tenant; global: readable, not writable by the application; exempt: untouched. Also: a
malformed context is "no rows", never an error; the admin setting is honoured only when
the manifest asks for it (the index test is in test_example_clinics.py: with an admin setting
the policy's OR keeps the key's index from serving the filter). Manifest errors for the new keys name the key.
"""

from __future__ import annotations

import json
from types import SimpleNamespace

import psycopg
import pytest

from tenantmig import manifest as manifest_mod
from tenantmig import servers
from tenantmig.errors import ManifestError, UsageError
from tenantmig.examples import telehealth
from tenantmig.manifest import Context
from tenantmig.policies import context_functions, set_context_sql
from tenantmig.servers import libpq_url

from helpers import advance_to, example_settings
from test_example_clinics import Session
from test_manifest import BASE, advance_phase_0, assert_manifest_rejected, edit, example, replace  # noqa: F401

A, B = telehealth.TENANTS[0][0], telehealth.TENANTS[1][0]


def test_pattern_shapes_as_the_application(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    # Ask for the spoofable admin setting too, to see that it works only when set exactly.
    path = tmp_path / "tenancy.toml"
    path.write_text(path.read_text() + '\n[admin_setting]\nname = "app.user_role"\nvalue = "super_admin"\n')
    manifest = manifest_mod.load(path)
    assert manifest.admin_setting == manifest_mod.AdminSetting("app.user_role", "super_admin")
    advance_to(settings, 5)
    app, admin = f"{role_prefix}app_user", f"{role_prefix}support_admin"

    with Session(database_url, manifest, app, A) as s:
        own, total = s.one("SELECT count(*) FILTER (WHERE client_id = %s), count(*) FROM patients", (A,))
        assert own == total > 0
        # tenant: no write into another tenant, no move to it, no reach into its rows.
        assert s.refused("INSERT INTO patients (created_by, full_name, client_id) VALUES (1, 'x', %s)", (B,))
        assert s.refused("UPDATE patients SET client_id = %s WHERE id = (SELECT min(id) FROM patients)", (B,))
        assert s.one("UPDATE invoices SET amount_cents = 0 WHERE client_id = %s RETURNING 1", (B,)) is None
        assert s.one("DELETE FROM invoices WHERE client_id = %s RETURNING 1", (B,)) is None
        assert s.one("UPDATE invoices SET amount_cents = 1 WHERE id = (SELECT min(id) FROM invoices) RETURNING 1") \
            == (1,)
        # shared: global rows are read, never written; own rows are both.
        assert s.one("SELECT count(*) FROM products WHERE client_id IS NULL") > (0,)
        assert s.one("SELECT count(*) FROM products WHERE client_id <> %s", (A,)) == (0,)
        assert s.refused("INSERT INTO products (sku, name) VALUES ('G-1', 'new global')")
        assert s.one("UPDATE products SET name = 'x' WHERE client_id IS NULL RETURNING 1") is None
        assert s.one("UPDATE products SET name = 'x' WHERE client_id = %s RETURNING 1", (A,)) is not None
        # global: readable, not writable by the application.
        assert s.one("SELECT count(*) FROM disease_states") == (len(telehealth._DISEASE_STATES),)
        assert s.refused("INSERT INTO disease_states VALUES ('Z99', 'made up')")
        assert s.one("UPDATE disease_states SET name = 'x' RETURNING 1") is None
    for value in ("", "not-a-uuid", "1e9", "'; SELECT 1"):
        with Session(database_url, manifest, app, value) as s:
            assert s.one("SELECT count(*) FROM patients") == (0,), value
    with Session(database_url, manifest, app) as s:
        assert s.one("SELECT count(*) FROM patients") == (0,)
        # Spoofable on purpose (the manifest asked): the exact value crosses tenants, nothing else does.
        s.conn.execute("SELECT set_config('app.user_role', 'super_admin ', true)")
        assert s.one("SELECT count(*) FROM patients") == (0,)
        s.conn.execute("SELECT set_config('app.user_role', 'super_admin', true)")
        assert s.one("SELECT count(DISTINCT client_id) FROM patients") == (len(telehealth.TENANTS),)
        s.conn.execute("INSERT INTO disease_states VALUES ('Z98', 'admin write')")
    with Session(database_url, manifest, admin) as s:
        assert s.one("SELECT count(DISTINCT client_id) FROM patients") == (len(telehealth.TENANTS),)
        assert s.one("UPDATE disease_states SET name = name RETURNING 1") is not None
    # exempt: left alone.
    with psycopg.connect(libpq_url(database_url)) as conn:
        assert conn.execute("SELECT relrowsecurity FROM pg_class WHERE oid = 'schema_migrations'::regclass"
                            ).fetchone() == (False,)
        assert conn.execute("SELECT count(*) FROM pg_policies WHERE tablename = 'schema_migrations'").fetchone() == (0,)


UUID = "00000000-0000-0000-0000-0000000000c1"


@pytest.fixture(scope="module")
def cast_database(server_url):
    """One empty database for every cast case (a database each cost more than the cases themselves)."""
    url = servers.create_database(server_url, prefix="tenantmig_test")
    yield url
    servers.drop_database(server_url, url)


@pytest.mark.parametrize("key_type, value, expected", [
    ("uuid", UUID, UUID),
    ("uuid", UUID.upper(), UUID),  # either case
    ("uuid", UUID.replace("-", ""), None),  # only the canonical 8-4-4-4-12 form is a tenant
    ("uuid", "{" + UUID + "}", None),
    ("uuid", UUID + " ", None),
    ("uuid", UUID[:-1] + "g", None),
    ("uuid", "0000000--000-0000-0000-0000000000c1", None),  # a hyphen where a digit belongs
    ("uuid", "", None),
    ("bigint", "1", 1),
    ("bigint", "9" * 18, int("9" * 18)),
    ("bigint", "9" * 19, None),  # longer than any key the check lets through to the cast
    ("bigint", "-5", None),
    ("bigint", "1e9", None),
    ("bigint", " 1", None),
    ("bigint", "\u0663", None),  # a digit, but not an ASCII one
    ("integer", "9" * 9, int("9" * 9)),
    ("integer", "2147483648", None),  # would overflow the cast
    ("text", "", None),
    ("text", "clinic-7", "clinic-7"),
])
def test_context_function_reads_only_what_casts(cast_database, key_type, value, expected):
    """The shape check before the cast: what it lets through is the key, anything else is "no tenant"
    (NULL), and no value the application can set makes the function, or a policy, raise."""
    manifest = SimpleNamespace(context=Context("app.t", key_type=key_type), store=None, admin_setting=None)
    with psycopg.connect(libpq_url(cast_database)) as conn:
        # The schema, the functions and the setting live in this transaction only: rolled back, the
        # next case starts from the same empty database, as if it had one of its own.
        conn.execute("CREATE SCHEMA tenantmig")
        for function in context_functions(manifest, conn.info.server_version):
            conn.execute(function.statements()[0].sql)
        conn.execute("SELECT set_config('app.t', %s, true)", (value,))
        found = conn.execute("SELECT tenantmig.current_tenant()").fetchone()[0]
        conn.rollback()
    assert (str(found) if key_type == "uuid" and found is not None else found) == expected


def test_set_context_sql_plain_claims_and_store():
    plain = manifest_mod.parse(BASE)
    assert set_context_sql(plain, A) == ("SELECT set_config(%s, %s, true)", ("app.current_client_id", A))
    with pytest.raises(UsageError, match="no tenancy.store"):
        set_context_sql(plain, A, store="1")
    claims = manifest_mod.parse(replace(
        BASE, 'setting = "app.current_client_id"\n',
        'context = { setting = "request.jwt.claims", claim = "org_id" }\n'
        'store = { column = "store_id", type = "bigint", setting = "request.jwt.claims", claim = "store_id" }\n'))
    sql, params = set_context_sql(claims, A, store="7")
    assert sql == "SELECT set_config(%s, %s, true)"
    assert params[0] == "request.jwt.claims" and json.loads(params[1]) == {"org_id": A, "store_id": "7"}
    assert json.loads(set_context_sql(claims, A)[1][1]) == {"org_id": A}


NEW_KEY_CASES = [
    ("context-and-setting", replace(BASE, 'type = "uuid"', 'type = "uuid"\ncontext = { claim = "org_id" }'),
     ["`tenancy.context`", "not both"]),
    ("bad-claim", replace(BASE, 'setting = "app.current_client_id"', 'context = { setting = "request.jwt.claims", claim = "a b" }'),
     ["`tenancy.context.claim`"]),
    ("store-without-setting", replace(BASE, 'type = "uuid"', 'type = "uuid"\nstore = { column = "store_id" }'),
     ["`tenancy.store`", "both column and setting"]),
    ("table-store-without-tenancy-store", replace(BASE, '[tables.patients]\npattern = "tenant"', '[tables.patients]\npattern = "tenant"\nstore = true'),
     ["`tables.patients.store`", "tenancy.store"]),
    ("visible-also-on-global", replace(BASE, '[tables.disease_states]\npattern = "global"', '[tables.disease_states]\npattern = "global"\nvisible_also = "true"'),
     ["`tables.disease_states.visible_also`"]),
    ("visible-also-semicolon", replace(BASE, '[tables.products]\npattern = "shared"', '[tables.products]\npattern = "shared"\nvisible_also = "true; DROP TABLE x"'),
     ["`tables.products.visible_also`", "not one SQL expression"]),
    ("service-via-not-admin", replace(BASE, 'service = ["service_role"]', 'service = ["service_role"]\nservice_via = "app_user"'),
     ["`roles.service_via`", "roles.admin or roles.reporting"]),
    ("admin-setting-no-value", BASE + '\n[admin_setting]\nname = "app.user_role"\n', ["`admin_setting.value`"]),
]


@pytest.mark.parametrize("text, expected", [(c[1], c[2]) for c in NEW_KEY_CASES], ids=[c[0] for c in NEW_KEY_CASES])
def test_new_keys_name_the_key(text, expected):
    with pytest.raises(ManifestError) as caught:
        manifest_mod.parse(text, path="tenancy.toml")
    for fragment in expected:
        assert fragment in caught.value.message, caught.value.message


def test_visible_also_is_planned_against_the_database(example, database_url, conn):  # noqa: F811
    edit(example, '[tables.products]\npattern = "shared"',
         '[tables.products]\npattern = "shared"\nvisible_also = "EXISTS (SELECT 1 FROM product_overrides o '
         'WHERE o.product_id = products.id AND o.org = (SELECT tenantmig.current_tenant()))"')
    done = advance_phase_0(example, database_url)
    assert_manifest_rejected(done, conn, "tables.products.visible_also", "product_overrides")
