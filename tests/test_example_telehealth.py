"""The telehealth example: reproducible, spread over every clinic, fully classified."""

from __future__ import annotations

import tomllib

import psycopg
import pytest
from psycopg import sql

from tenantmig import servers
from tenantmig.examples import EXAMPLES, telehealth

TENANT_IDS = {uid for uid, _slug in telehealth.TENANTS}


def public_tables(conn) -> set[str]:
    rows = conn.execute(
        "SELECT table_name FROM information_schema.tables"
        " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
    ).fetchall()
    return {name for (name,) in rows}


def table_digests(conn) -> dict[str, tuple[int, str]]:
    """Row count and md5 of every public table's rows, ordered by primary key."""
    digests = {}
    for table in sorted(public_tables(conn)):
        pk = conn.execute(
            """
            SELECT array_agg(a.attname ORDER BY k.ord)
              FROM pg_index i
              CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
             WHERE i.indrelid = %s::regclass AND i.indisprimary
            """,
            (f"public.{table}",),
        ).fetchone()[0]
        assert pk, f"{table} has no primary key"
        order = sql.SQL(", ").join(sql.Identifier("t", col) for col in pk)
        digests[table] = conn.execute(
            sql.SQL("SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY {}), '')) FROM {} t").format(
                order, sql.Identifier("public", table)
            )
        ).fetchone()
    return digests


def test_registry_exposes_the_example():
    assert EXAMPLES["telehealth"] is telehealth
    assert len(telehealth.TENANTS) == 4
    assert telehealth.LEGACY_TENANT not in TENANT_IDS


def test_two_loads_are_identical(server_url, conn, role_prefix):
    first = telehealth.load(conn, rows=3000, role_prefix=role_prefix)
    other_url = servers.create_database(server_url, prefix="tenantmig_test")
    try:
        with psycopg.connect(servers.libpq_url(other_url), autocommit=True) as other:
            # Same prefix: the roles already exist and must be left as they are.
            second = telehealth.load(other, rows=3000, role_prefix=role_prefix)
            assert first == second
            assert table_digests(conn) == table_digests(other)
    finally:
        servers.drop_database(server_url, other_url)


def test_sizes_for_twenty_thousand_rows(conn, role_prefix):
    summary = telehealth.load(conn, rows=20_000, role_prefix=role_prefix)
    expected = {
        "patients": 2000,
        "appointments": 5000,
        "prescriptions": 4000,
        "prescription_refills": 3000,
        "clinical_notes": 5000,
        "invoices": 2000,
        "uploads": 1000,
        "messages": 2000,
        "audit_events": 2000,
        "products": 60,
        "users": 40,
        "organizations": 4,
    }
    for table, count in expected.items():
        assert summary.tables[table] == count, table
    for table, count in summary.tables.items():
        actual = conn.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))).fetchone()[0]
        assert actual == count, table
    assert summary.tenants == [uid for uid, _slug in telehealth.TENANTS]


def test_tiny_load_still_fills_every_table(conn, role_prefix):
    telehealth.load(conn, rows=200, role_prefix=role_prefix)
    for table in public_tables(conn):
        count = conn.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))).fetchone()[0]
        assert count >= 1, table
    assert_every_tenant_owns_rows(conn)


# How each tenant table's owner is derived, exactly as the manifest says.
DERIVATIONS = {
    "patients": "SELECT DISTINCT m.organization_id FROM patients t"
    " JOIN user_organizations m ON m.user_id = t.created_by",
    "appointments": "SELECT DISTINCT m.organization_id FROM appointments t"
    " JOIN patients p ON p.id = t.patient_id JOIN user_organizations m ON m.user_id = p.created_by",
    "prescriptions": "SELECT DISTINCT m.organization_id FROM prescriptions t"
    " JOIN appointments a ON a.id = t.appointment_id JOIN patients p ON p.id = a.patient_id"
    " JOIN user_organizations m ON m.user_id = p.created_by",
    "prescription_refills": "SELECT DISTINCT m.organization_id FROM prescription_refills t"
    " JOIN prescriptions r ON r.id = t.prescription_id JOIN appointments a ON a.id = r.appointment_id"
    " JOIN patients p ON p.id = a.patient_id JOIN user_organizations m ON m.user_id = p.created_by",
    "clinical_notes": "SELECT DISTINCT m.organization_id FROM clinical_notes t"
    " JOIN appointments a ON a.id = t.appointment_id JOIN patients p ON p.id = a.patient_id"
    " JOIN user_organizations m ON m.user_id = p.created_by",
    "invoices": "SELECT DISTINCT m.organization_id FROM invoices t"
    " JOIN patients p ON p.id = t.patient_id JOIN user_organizations m ON m.user_id = p.created_by",
    "uploads": "SELECT DISTINCT m.organization_id FROM uploads t"
    " JOIN user_organizations m ON m.user_id = t.uploaded_by",
    "messages": "SELECT DISTINCT o.id FROM messages t JOIN organizations o ON o.slug = t.clinic_slug",
    "products": "SELECT DISTINCT o.id FROM products t JOIN organizations o ON o.slug = t.custom_for_slug",
}


def assert_every_tenant_owns_rows(conn):
    for table, query in DERIVATIONS.items():
        owners = {str(uid) for (uid,) in conn.execute(query).fetchall()}
        assert owners == TENANT_IDS, table


def test_every_tenant_owns_rows_and_derivation_is_unambiguous(conn, role_prefix):
    telehealth.load(conn, rows=2000, role_prefix=role_prefix)
    assert_every_tenant_owns_rows(conn)

    # Some staff work for two clinics, and none of them is a memberships source.
    assert conn.execute(
        "SELECT count(*) FROM (SELECT user_id FROM user_organizations GROUP BY 1 HAVING count(*) = 2) s"
    ).fetchone()[0] > 0
    for table, column in (("patients", "created_by"), ("uploads", "uploaded_by")):
        ambiguous = conn.execute(
            sql.SQL(
                "SELECT count(*) FROM {t} WHERE (SELECT count(*) FROM user_organizations m"
                " WHERE m.user_id = {t}.{c}) <> 1"
            ).format(t=sql.Identifier(table), c=sql.Identifier(column))
        ).fetchone()[0]
        assert ambiguous == 0, table

    # Nothing the backfill would have to quarantine: every slug resolves.
    assert conn.execute(
        "SELECT count(*) FROM messages WHERE clinic_slug NOT IN (SELECT slug FROM organizations)"
    ).fetchone()[0] == 0
    global_products, custom_products, unknown = conn.execute(
        "SELECT count(*) FILTER (WHERE custom_for_slug IS NULL),"
        " count(*) FILTER (WHERE custom_for_slug IS NOT NULL),"
        " count(*) FILTER (WHERE custom_for_slug NOT IN (SELECT slug FROM organizations))"
        " FROM products"
    ).fetchone()
    assert global_products > custom_products > 0
    assert unknown == 0

    # Clinic sizes differ, so a leak between two tenants changes per-tenant counts.
    per_tenant = conn.execute(
        "SELECT count(*) FROM patients p JOIN user_organizations m ON m.user_id = p.created_by"
        " GROUP BY m.organization_id"
    ).fetchall()
    assert len({count for (count,) in per_tenant}) > 1

    # The tool adds the key: the example must not have it already.
    assert conn.execute(
        "SELECT count(*) FROM information_schema.columns"
        " WHERE table_schema = 'public' AND column_name = 'client_id'"
    ).fetchone()[0] == 0
    assert conn.execute(
        "SELECT count(*) FROM organizations WHERE id = %s", (telehealth.LEGACY_TENANT,)
    ).fetchone()[0] == 0


def test_manifest_classifies_every_table(conn, role_prefix):
    telehealth.load(conn, rows=200, role_prefix=role_prefix)
    manifest = tomllib.loads(telehealth.manifest(role_prefix))

    tenancy = manifest["tenancy"]
    assert tenancy["schemas"] == ["public"]
    assert tenancy["column"] == "client_id"
    assert tenancy["type"] == "uuid"
    assert tenancy["setting"] == "app.current_client_id"
    assert tenancy["legacy_tenant"] == telehealth.LEGACY_TENANT
    assert tenancy["tenants_table"] == "organizations" and tenancy["tenants_key"] == "id"
    assert tenancy["memberships_table"] == "user_organizations"
    assert tenancy["memberships_user_column"] == "user_id"
    assert tenancy["memberships_tenant_column"] == "organization_id"

    tables = manifest["tables"]
    assert set(tables) == public_tables(conn)
    for name, entry in tables.items():
        assert entry["pattern"] in {"tenant", "shared", "global", "exempt"}, name
        if entry["pattern"] == "exempt":
            assert entry["reason"], name
        if entry["pattern"] == "tenant":
            assert "backfill" in entry, name

    # Every parent backfill follows a real foreign key.
    for name, entry in tables.items():
        backfill = entry.get("backfill", {})
        if "parent" in backfill:
            referenced = conn.execute(
                """
                SELECT c.confrelid::regclass::text FROM pg_constraint c
                  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
                 WHERE c.contype = 'f' AND c.conrelid = %s::regclass AND a.attname = %s
                """,
                (name, backfill["via"]),
            ).fetchone()
            assert referenced == (backfill["parent"],), name
        if "memberships" in backfill:
            referenced = conn.execute(
                "SELECT c.confrelid::regclass::text FROM pg_constraint c"
                " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)"
                " WHERE c.contype = 'f' AND c.conrelid = %s::regclass AND a.attname = %s",
                (name, backfill["memberships"]),
            ).fetchone()
            assert referenced == ("users",), name
        if "sql" in backfill:
            # The expression must run as written against the loaded data.
            conn.execute(sql.SQL("SELECT {} FROM {} LIMIT 1").format(sql.SQL(backfill["sql"]), sql.Identifier(name)))

    # Policies the manifest asks to drop exist.
    for name, entry in tables.items():
        for policy in entry.get("drop_policies", []):
            assert conn.execute(
                "SELECT 1 FROM pg_policies WHERE tablename = %s AND policyname = %s", (name, policy)
            ).fetchone(), (name, policy)

    existing = {name for (name,) in conn.execute("SELECT rolname FROM pg_roles").fetchall()}
    for members in manifest["roles"].values():
        assert set(members) <= existing


def test_roles_grants_and_policies(conn, role_prefix):
    summary = telehealth.load(conn, rows=200, role_prefix=role_prefix)
    roles = summary.roles
    assert roles == {
        "app": f"{role_prefix}app_user",
        "service": f"{role_prefix}service_role",
        "admin": f"{role_prefix}support_admin",
        "reporting": f"{role_prefix}reporting",
    }
    attributes = {
        name: (login, superuser, bypass)
        for name, login, superuser, bypass in conn.execute(
            "SELECT rolname, rolcanlogin, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = ANY(%s)",
            (list(roles.values()),),
        ).fetchall()
    }
    assert attributes == {
        roles["app"]: (True, False, False),
        roles["service"]: (True, False, True),
        roles["admin"]: (True, False, False),
        roles["reporting"]: (True, False, False),
    }

    for table in public_tables(conn):
        owner = conn.execute("SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = %s",
                             (table,)).fetchone()[0]
        assert owner not in roles.values(), table
        for key in ("app", "service", "admin"):
            for privilege in ("SELECT", "INSERT", "UPDATE", "DELETE"):
                assert conn.execute("SELECT has_table_privilege(%s, %s, %s)",
                                    (roles[key], f"public.{table}", privilege)).fetchone()[0], (key, table)
        assert conn.execute("SELECT has_table_privilege(%s, %s, 'SELECT')",
                            (roles["reporting"], f"public.{table}")).fetchone()[0]
        assert not conn.execute("SELECT has_table_privilege(%s, %s, 'INSERT')",
                                (roles["reporting"], f"public.{table}")).fetchone()[0]

    rls = dict(conn.execute(
        "SELECT relname, relrowsecurity FROM pg_class WHERE relname IN ('clinical_notes', 'uploads')"
    ).fetchall())
    assert rls == {"clinical_notes": True, "uploads": True}
    policies = {
        (table, name): list(policy_roles)
        for table, name, policy_roles in conn.execute(
            "SELECT tablename, policyname, roles::text[] FROM pg_policies WHERE schemaname = 'public'"
        ).fetchall()
    }
    assert policies == {
        ("clinical_notes", "notes_privacy"): [roles["app"]],
        ("uploads", "uploads_service_all"): [roles["service"]],
        ("uploads", "uploads_app_all"): [roles["app"]],
    }


def test_the_application_works_today(conn, role_prefix):
    """As app_user: the privacy policy hides others' private notes, and inserts draw fresh ids."""
    roles = telehealth.load(conn, rows=200, role_prefix=role_prefix).roles
    total, private = conn.execute("SELECT count(*), count(*) FILTER (WHERE is_private) FROM clinical_notes").fetchone()
    assert private > 0
    author = conn.execute("SELECT author_id FROM clinical_notes WHERE is_private ORDER BY id LIMIT 1").fetchone()[0]
    own_private = conn.execute(
        "SELECT count(*) FROM clinical_notes WHERE is_private AND author_id = %s", (author,)
    ).fetchone()[0]

    with conn.transaction():
        conn.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(roles["app"])))
        conn.execute("SELECT set_config('app.current_user_id', %s, true)", (str(author),))
        assert conn.execute("SELECT count(*) FROM clinical_notes").fetchone()[0] == total - private + own_private
        assert conn.execute("SELECT count(*) FROM uploads").fetchone()[0] > 0
        patient = conn.execute(
            "INSERT INTO patients (created_by, full_name) VALUES (1, 'New Patient') RETURNING id"
        ).fetchone()[0]
        assert patient > conn.execute("SELECT max(id) FROM patients WHERE id <> %s", (patient,)).fetchone()[0]
        conn.execute("INSERT INTO appointments (patient_id, scheduled_at, status) VALUES (%s, now(), 'scheduled')",
                     (patient,))

    # The service role reads everything: BYPASSRLS makes the policies decorative.
    with conn.transaction():
        conn.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(roles["service"])))
        assert conn.execute("SELECT count(*) FROM clinical_notes").fetchone()[0] == total


def test_load_refuses_a_database_that_has_the_schema(conn, role_prefix):
    telehealth.load(conn, rows=200, role_prefix=role_prefix)
    with pytest.raises(RuntimeError, match="empty database"):
        telehealth.load(conn, rows=200, role_prefix=role_prefix)


def test_role_prefix_is_validated():
    with pytest.raises(ValueError):
        telehealth.manifest('x"; DROP')
    assert 'app = ["abc_app_user"]' in telehealth.manifest("abc_")
