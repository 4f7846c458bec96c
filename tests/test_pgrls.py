"""The field's own checker agrees: pgrls (PyPI) lints each migrated example with 0 errors under the
configuration `verify --pgrls-config` writes, and its Z3 provers find no cross-tenant read or write.

pgrls's CLI proves a tenant session without telling roles apart (pgrls_proof.py's docstring has the
source lines): a table that an admin or reporting role reads across tenants, or that keeps an
application policy of its own, stays "unverified" as a table there. So the CLI's answer is checked
policy by policy (tenantmig's tenant policies proven, nothing a leak, the only unproven policies
the ones that cross tenants by design), and pgrls's prover is run again for each application and
service role over the policies that role's sessions evaluate (pgrls_proof.py): there every tenant
table without an application policy of its own is proven.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from tenantmig import api, pgrls_config
from tenantmig.manifest import load
from tenantmig.pgrls_proof import MODES, prove
from tenantmig.servers import libpq_url

from helpers import advance_to, cli, example_settings, terminal_text

PGRLS = shutil.which("pgrls", path=str(Path(sys.executable).parent)) or shutil.which("pgrls")
CONTEXT = "tenantmig.current_tenant"

pytestmark = pytest.mark.skipif(PGRLS is None, reason="pgrls is a test dependency: pip install -e '.[test]'")
load_config = pytest.importorskip("pgrls.config", reason="pgrls is a test dependency").load_config


def _pgrls(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([PGRLS, *args], capture_output=True, text=True, timeout=300)


def _lint(url: str, config: Path) -> list[dict]:
    done = _pgrls("lint", "--database-url", libpq_url(url), "--config", str(config), "--format", "json")
    assert done.stdout, done.stderr
    return json.loads(done.stdout)["violations"]


def _prove(url: str, config: Path, mode: str) -> list[dict]:
    done = _pgrls("verify", "--database-url", libpq_url(url), "--config", str(config), "--mode", mode,
                  "--auth-function", CONTEXT, "--format", "json")
    assert done.stdout, done.stderr
    return json.loads(done.stdout)["tables"]


# Policies that read across tenants on purpose, or are the application's: pgrls may not prove them.
BY_DESIGN = ("tenantmig_admin", "tenantmig_reporting", "tenantmig_service_", "tenantmig_global_read",
             "tenantmig_global_admin_write")


def _expected_unproven(policy: str, table_pattern: str | None) -> bool:
    if not policy.startswith("tenantmig_") or policy.startswith(BY_DESIGN):
        return True
    # A shared table's global rows (NULL key) and visible_also rows are readable by every tenant.
    return policy == "tenantmig_access_read" and table_pattern in ("shared", "tenant")


@pytest.mark.parametrize("example", ["telehealth", "clinics", "prisma"])
def test_pgrls_lints_clean_and_proves_no_cross_tenant_access(example, database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, example=example)
    advance_to(settings, 6)
    config = tmp_path / "pgrls.toml"
    result = api.verify(settings, pgrls_config=str(config))
    assert result.ok and result.pgrls_allowlisted > 0
    assert "[lint.rules.SEC021]" in config.read_text()

    found = _lint(database_url, config)
    errors = [(v["rule_id"], v["location"]) for v in found if v["severity"] == "error"]
    assert errors == []
    # Warnings left are news: none is about tenantmig's own policies, triggers or this example's roles.
    ours = [(v["rule_id"], v["location"]) for v in found
            if "tenantmig_" in v["location"] or v["location"].startswith(role_prefix)]
    assert ours == []

    manifest = load(settings.manifest_path)
    # pgrls takes its schemas from [database]: a manifest's other schemas must reach it (a [lint] key did not).
    other = tmp_path / "other-schemas.toml"
    other.write_text(pgrls_config.render(dataclasses.replace(manifest, schemas=("public", "billing")), []))
    assert load_config(other).schemas == ["public", "billing"]
    patterns = {spec.qualified: spec.pattern for spec in manifest.tables.values()}
    for mode in ("cross-tenant", "write"):
        tables = _prove(database_url, config, mode)
        assert [t["table"] for t in tables if t["verdict"] == "leak"] == []
        proven_tenant_policies = 0
        for table in tables:
            pattern = patterns.get(table["table"])
            for policy in table["policies"]:
                if policy["verdict"] == "isolated":
                    proven_tenant_policies += policy["policy"].startswith("tenantmig_access")
                    continue
                assert _expected_unproven(policy["policy"], pattern), (mode, table["table"], policy)
        assert proven_tenant_policies > 0, mode
        # What the role-blind CLI cannot say: the admin and reporting policies are all that keeps it from
        # proving the tenant tables (so this test notices the day pgrls gains a role filter).
        unverified = {t["table"] for t in tables if t["verdict"] == "unverified"}
        assert set(_plain_tenant_tables(database_url, manifest)) <= unverified, mode

    _assert_role_proofs(database_url, manifest, example)


def _plain_tenant_tables(url: str, manifest) -> list[str]:
    """Tenant tables without a permissive policy of the application's own (pgrls composes the restrictive
    tenant floor only into a policy it finds leaking, so such a table stays unverified, never a leak)."""
    with psycopg.connect(libpq_url(url)) as conn:
        own = {r[0] for r in conn.execute(
            "SELECT DISTINCT schemaname || '.' || tablename FROM pg_policies "
            "WHERE permissive = 'PERMISSIVE' AND NOT starts_with(policyname, 'tenantmig_')")}
    return sorted(spec.qualified for spec in manifest.tables_with("tenant") if spec.qualified not in own)


def _role_proofs(url: str, manifest):
    with psycopg.connect(libpq_url(url)) as conn:
        return prove(conn, manifest)


def _assert_role_proofs(url: str, manifest, example: str) -> None:
    plain = _plain_tenant_tables(url, manifest)
    assert len(plain) >= 5, plain
    tenant = {spec.qualified for spec in manifest.tables_with("tenant")}
    proofs = _role_proofs(url, manifest)
    assert {(p.role, p.mode) for p in proofs} == {(r, m) for r in (*manifest.roles.app, *manifest.roles.service)
                                                  for m in MODES}
    for proof in proofs:
        verdicts = proof.verdicts()
        assert [t for t, v in verdicts.items() if v == "leak"] == [], (proof.role, proof.mode)
        if proof.crosses_via:
            # The clinics service role holds its admin role's privileges (roles.service_via): its sessions
            # evaluate the admin policies and read across tenants, which no prover may call isolated.
            assert example == "clinics" and set(proof.crosses_via) <= set(manifest.roles.admin)
            assert {verdicts[t] for t in plain} == {"unverified"}, proof.role
            continue
        assert {t: verdicts.get(t) for t in plain} == {t: "isolated" for t in plain}, (proof.role, proof.mode)
        assert {verdicts[t] for t in tenant - set(plain)} <= {"isolated", "unverified"}


def test_role_proofs_follow_membership_and_bypass(database_url, role_prefix, tmp_path):
    """The per-role proof keeps what PostgreSQL applies: once the application role holds the admin role's
    privileges, the admin policies are its own and the tenant tables are no longer proven; with BYPASSRLS
    every table is a leak."""
    settings = example_settings(database_url, role_prefix, tmp_path, example="telehealth")
    advance_to(settings, 6)
    manifest = load(settings.manifest_path)
    app, admin = manifest.roles.app[0], manifest.roles.admin[0]
    plain = _plain_tenant_tables(database_url, manifest)

    def app_verdicts() -> dict[str, dict[str, str]]:
        return {p.mode: p.verdicts() for p in _role_proofs(database_url, manifest) if p.role == app}

    assert {m: {t: v[t] for t in plain} for m, v in app_verdicts().items()} == \
        {m: {t: "isolated" for t in plain} for m in MODES}
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        conn.execute(f'GRANT "{admin}" TO "{app}"')
        try:
            proofs = [p for p in _role_proofs(database_url, manifest) if p.role == app]
            assert {p.crosses_via for p in proofs} == {(admin,)}
            assert {p.mode: {p.verdicts()[t] for t in plain} for p in proofs} == {m: {"unverified"} for m in MODES}
        finally:
            conn.execute(f'REVOKE "{admin}" FROM "{app}"')
        conn.execute(f'ALTER ROLE "{app}" BYPASSRLS')
        try:
            assert {m: set(v.values()) for m, v in app_verdicts().items()} == {m: {"leak"} for m in MODES}
        finally:
            conn.execute(f'ALTER ROLE "{app}" NOBYPASSRLS')


def test_without_cross_tenant_roles_every_tenant_table_is_proven(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, example="telehealth")
    path = Path(settings.manifest_path)
    lines = [line for line in path.read_text().splitlines()
             if not line.startswith(("admin =", "reporting ="))]
    path.write_text("\n".join(lines) + "\n")
    advance_to(settings, 6)
    config = tmp_path / "pgrls.toml"
    api.verify(settings, pgrls_config=str(config))

    manifest = load(settings.manifest_path)
    own_policies = {"public.uploads", "public.clinical_notes"}  # the application's own, kept behind the floor
    tenant_tables = {spec.qualified for spec in manifest.tables_with("tenant")} - own_policies
    assert len(tenant_tables) >= 6
    for mode in ("cross-tenant", "write"):
        verdicts = {t["table"]: t["verdict"] for t in _prove(database_url, config, mode)}
        assert {t: verdicts.get(t) for t in tenant_tables} == {t: "isolated" for t in tenant_tables}, mode
        assert {verdicts[t] for t in own_policies} <= {"isolated", "unverified"}, mode


def test_pgrls_lints_clean_at_phase_4_with_one_tenant_rolled_out(database_url, role_prefix, tmp_path):
    """The transition's own departures (no FORCE yet, service roles still BYPASSRLS, superseded
    policies still there) are documented too, and end with phase 5."""
    settings = example_settings(database_url, role_prefix, tmp_path, example="telehealth")
    # An application policy that wraps an indexed column in a function (as basejump's
    # `has_role_on_account(account_id)` does): its service-role copy carries the same cost (PERF004).
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        conn.execute(f'CREATE POLICY uploads_fn ON public.uploads FOR SELECT TO "{role_prefix}app_user" '
                     "USING (abs(id) > 0)")
    advance_to(settings, 4)
    api.rollout(settings, enable=True, tenant="00000000-0000-0000-0000-0000000000c1")
    config = tmp_path / "pgrls.toml"
    api.verify(settings, pgrls_config=str(config))
    text = config.read_text()
    assert "[lint.rules.SEC002]" in text and f'"{role_prefix}service_role"' in text

    found = _lint(database_url, config)
    assert [(v["rule_id"], v["location"]) for v in found if v["severity"] == "error"] == []
    assert [(v["rule_id"], v["location"]) for v in found
            if "tenantmig_" in v["location"] or v["location"].startswith(role_prefix)] == []


def test_verify_prove_through_the_cli(database_url, role_prefix, tmp_path):
    """`verify --prove` adds the per-role proofs to verify's report: proven tables pass, a table a role's
    sessions can read across tenants fails naming role and table, and the JSON carries every proof."""
    settings = example_settings(database_url, role_prefix, tmp_path, example="telehealth")
    advance_to(settings, 6)
    manifest = load(settings.manifest_path)
    app = manifest.roles.app[0]

    done = cli("verify", "--prove", "--json", database_url=database_url, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert {(p["role"], p["mode"]) for p in report["pgrls_proof"]} == \
        {(r, m) for r in (*manifest.roles.app, *manifest.roles.service) for m in MODES}
    proven = {(p["table"], p["role"]) for p in report["probes"] if p["probe"] == "pgrls_proof" and p["outcome"] == "pass"}
    assert {(t, app) for t in _plain_tenant_tables(database_url, manifest)} <= proven
    assert [p for p in report["probes"] if p["probe"] == "pgrls_proof" and p["outcome"] == "fail"] == []
    # Unverified is a warning that carries pgrls's reason (the application's own policies, kept behind the floor).
    assert all(p["detail"] for p in report["probes"] if p["probe"] == "pgrls_proof" and p["outcome"] == "warn")
    shown = cli("verify", "--prove", database_url=database_url, cwd=tmp_path)
    assert shown.returncode == 0 and "pgrls proof (4 role x mode runs)" in shown.stdout, shown.stdout

    # The tenant floor of one table replaced by a tenant policy with a way around it: the prover finds the
    # other tenant's row it lets through (a plain USING (true) it calls unverified: no tenant equality to decide).
    own = "client_id = (SELECT tenantmig.current_tenant()) OR amount_cents = 0"
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        conn.execute("DROP POLICY tenantmig_access ON invoices; DROP POLICY tenantmig_tenant ON invoices")
        conn.execute(f'CREATE POLICY open_invoices ON invoices AS PERMISSIVE FOR ALL TO "{app}" '
                     f"USING ({own}) WITH CHECK ({own})")
    leaked = cli("verify", "--prove", "--json", database_url=database_url, cwd=tmp_path)
    assert leaked.returncode == 1, leaked.stdout + leaked.stderr
    failed = {(p["table"], p["role"]): p["detail"] for p in json.loads(leaked.stdout)["probes"]
              if p["probe"] == "pgrls_proof" and p["outcome"] == "fail"}
    assert "open_invoices: leak" in failed.get(("public.invoices", app), ""), failed


def test_verify_prove_without_pgrls_says_how_to_install_it(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, example="telehealth", rows=50)
    # A stand-in package earlier on the path that fails to import, as an absent pgrls does.
    stub = tmp_path / "stub" / "pgrls"
    stub.mkdir(parents=True)
    (stub / "__init__.py").write_text("raise ImportError('No module named pgrls (stand-in)')\n")
    env = {**os.environ, "PYTHONPATH": str(stub.parent), "TENANTMIG_DATABASE_URL": database_url}
    done = subprocess.run([sys.executable, "-m", "tenantmig", "verify", "--prove", "--manifest",
                           settings.manifest_path], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    text = terminal_text(done.stderr)
    assert done.returncode == 2, done.stdout + text
    assert "pip install 'pgrls==0.57.1'" in text and "Traceback" not in done.stderr, text
