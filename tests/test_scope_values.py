"""Context values the policies must read as "nothing", never as a wider view or an error.

Issue 12, findings 3 and 5: a present but malformed store claim read as "no store" (the whole
organization); `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` passed the uuid shape check and made the
policy raise 22P02, echoing the value.
"""

from __future__ import annotations

import json
import string
import uuid
from types import SimpleNamespace

import psycopg
import pytest

from tenantmig import api
from tenantmig import manifest as manifest_mod
from tenantmig.examples import clinics, telehealth
from tenantmig.manifest import Context
from tenantmig.policies import context_functions
from tenantmig.servers import libpq_url

from helpers import advance_to, example_settings
from test_example_clinics import Session

UUID = "00000000-0000-0000-0000-0000000000c1"
# One representative of each class of character, plus every character the shape check maps.
CLASSES = sorted(set(string.hexdigits) | set("xXgGzZ-_ {}.:+0\t") | {"\u0663", "\u00e9", "\uff10", "\u2010"})


def _cast_accepts(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value.lower() and len(value) == 36
    except ValueError:
        return False


def test_uuid_shape_admits_only_what_the_cast_accepts_for_every_character_class(database_url):
    """Each class in a digit's place and in a hyphen's: the function returns the key or NULL, never raises."""
    manifest = SimpleNamespace(context=Context("app.t", key_type="uuid"), store=None, admin_setting=None)
    values = ["xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX"]
    for c in CLASSES:
        values += [c + UUID[1:], UUID[:8] + c + UUID[9:], UUID[:-1] + c]
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        conn.execute("CREATE SCHEMA tenantmig")
        for function in context_functions(manifest, conn.info.server_version):
            conn.execute(function.statements()[0].sql)
        for value in values:
            with conn.transaction():
                conn.execute("SELECT set_config('app.t', %s, true)", (value,))
                found = conn.execute("SELECT tenantmig.current_tenant()::text").fetchone()[0]
            expected = value.lower() if _cast_accepts(value) and "-" == value[8] else None
            assert found == expected, f"{value!r}: {found!r}"


def test_x_shaped_tenant_sees_nothing_and_raises_nothing(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, 5)
    app = f"{role_prefix}app_user"
    with psycopg.connect(libpq_url(database_url)) as conn:
        conn.execute(f'SET LOCAL ROLE "{app}"')
        conn.execute("SELECT set_config('app.current_client_id', 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', true)")
        assert conn.execute("SELECT count(*) FROM patients").fetchone() == (0,)
        conn.rollback()


MALFORMED_STORES = [3.0, "3 ", ["3"], "", {"id": 3}, True]


def test_malformed_store_claims_see_nothing(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, example="clinics")
    manifest = manifest_mod.load(settings.manifest_path)
    app = clinics.role_names(role_prefix)["app"]
    advance_to(settings, 5)
    with Session(database_url, manifest, app, raw_claims=json.dumps({"org_id": 1})) as s:
        assert s.one("SELECT count(*) FROM customers")[0] > 0  # no store stated: the whole organization
    with Session(database_url, manifest, app, raw_claims=json.dumps({"org_id": 1, "store_id": 1})) as s:
        assert s.one("SELECT count(*), count(*) FILTER (WHERE store_id <> 1) FROM customers")[1] == 0
    for bad in MALFORMED_STORES:
        with Session(database_url, manifest, app, raw_claims=json.dumps({"org_id": 1, "store_id": bad})) as s:
            assert s.one("SELECT count(*) FROM customers") == (0,), bad
            assert s.one("SELECT count(*) FROM orders") == (0,), bad
    # verify probes the same claims (it never set a store claim before).
    report = api.verify(settings).as_dict()
    store_probes = [p for p in report["probes"] if p["probe"] == "malformed_store"]
    assert store_probes and all(p["outcome"] == "pass" for p in store_probes), store_probes


def test_visible_also_cannot_be_self_granted(database_url, role_prefix, tmp_path):
    """Organization 2 points overrides at organization 3's private products: refused, and they stay invisible."""
    settings = example_settings(database_url, role_prefix, tmp_path, example="clinics")
    manifest = manifest_mod.load(settings.manifest_path)
    app = clinics.role_names(role_prefix)["app"]
    advance_to(settings, 5)
    claims = json.dumps({"org_id": 2})
    with psycopg.connect(libpq_url(database_url)) as conn:
        private = [r[0] for r in conn.execute(
            "SELECT id FROM products p WHERE organization_id = 3 AND NOT EXISTS (SELECT 1 FROM product_overrides o "
            "WHERE o.product_id = p.id AND o.organization_id = 2) ORDER BY id LIMIT 5")]
        own = conn.execute("SELECT min(id) FROM product_overrides WHERE organization_id = 2").fetchone()[0]
    assert private and own
    with Session(database_url, manifest, app, raw_claims=claims) as s:
        for product in private:
            assert s.refused("INSERT INTO product_overrides (organization_id, product_id, price_cents) "
                             "VALUES (2, %s, 1)", (product,)), product
            assert s.refused("UPDATE product_overrides SET product_id = %s WHERE id = %s", (product, own)), product
        assert s.one("SELECT count(*) FROM products WHERE id = ANY(%s)", (private,)) == (0,)
        # Its own and global products it may still name.
        mine = s.one("SELECT min(id) FROM products WHERE organization_id = 2")[0]
        s.conn.execute("INSERT INTO product_overrides (organization_id, product_id, price_cents) VALUES (2, %s, 1)",
                       (mine,))
    report = api.verify(settings).as_dict()
    grants = [p for p in report["probes"] if p["probe"] == "visible_also_self_grant"]
    assert grants and all(p["outcome"] == "pass" for p in grants), grants
    assert report["ok"], [p for p in report["probes"] if p["outcome"] == "fail"]
