"""pg_stat_statements read before phase 5: the application's statements on tenant tables, with and
without a tenant predicate, with call counts (`scan --database`, `plan --phase 5`, statements_check)."""

from __future__ import annotations

import json

import psycopg

from tenantmig import api
from tenantmig import manifest as manifest_mod
from tenantmig.scan.statements import statements_check
from tenantmig.servers import libpq_url
from helpers import cli
from private_server import TENANT_A, canary, pgss_server_url  # noqa: F401  (fixtures)

UNFILTERED = "SELECT count(*) FROM invoices WHERE amount_cents > $1"
FILTERED = "SELECT id FROM patients WHERE client_id = $1 ORDER BY id LIMIT $2"


def _workload(url: str, role: str) -> None:
    """An unchanged application: one read without a tenant predicate (3 times), one with (2 times)."""
    with psycopg.connect(libpq_url(url), user=role) as conn:
        for _ in range(3):
            conn.execute(UNFILTERED.replace("$1", "%s"), (0,))
        for _ in range(2):
            conn.execute(FILTERED.replace("$1", "%s").replace("$2", "%s"), (TENANT_A, 5))


def test_statements_without_a_tenant_predicate_are_listed_before_phase_5(canary, role_prefix):
    settings = canary
    app = f"{role_prefix}app_user"
    url = settings.database_url
    base = ("--manifest", settings.manifest_path)

    before = cli(*base, "scan", "--database", "--json", database_url=url)
    assert before.returncode == 0, before.stderr
    assert json.loads(before.stdout)["statements"]["available"] is False
    assert "CREATE EXTENSION pg_stat_statements" in json.loads(before.stdout)["statements"]["reason"]

    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        conn.execute("CREATE EXTENSION pg_stat_statements")
        conn.execute("SELECT pg_stat_statements_reset()")
    # tenantmig's own probes act as the application role: they must not count as its statements.
    assert api.verify(settings).ok is False  # tenant A alone is enforced; the probes ran all the same
    _workload(url, app)

    scanned = cli(*base, "scan", "--database", "--json", database_url=url)
    assert scanned.returncode == 0, scanned.stderr
    found = json.loads(scanned.stdout)["statements"]
    without = {(s["role"], s["table"], s["command"], s["calls"]) for s in found["without_tenant_predicate"]}
    with_ = {(s["role"], s["table"], s["command"], s["calls"]) for s in found["with_tenant_predicate"]}
    assert without == {(app, "public.invoices", "select", 3)}
    assert with_ == {(app, "public.patients", "select", 2)}

    text = cli(*base, "plan", "--phase", "5", database_url=url)
    # Exit 1: phase 5's pre-conditions do not hold yet (one canary enforced); the plan is shown all the same.
    assert text.returncode == 1, text.stderr
    assert "1 statement(s) on tenant tables without a tenant predicate, 1 with one" in text.stdout
    assert "public.invoices" in text.stdout and "NO tenant predicate" in text.stdout
    planned = json.loads(cli(*base, "plan", "--phase", "5", "--json", database_url=url).stdout)
    assert [s["table"] for s in planned["application_statements"]["without_tenant_predicate"]] == ["public.invoices"]

    ok, problems = statements_check(url, manifest_mod.load(settings.manifest_path))
    assert not ok and len(problems) == 1 and "public.invoices" in problems[0] and "3 calls" in problems[0]
