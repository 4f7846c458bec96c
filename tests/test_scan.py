"""`tenantmig scan`: the filters planted in three sample applications, found exactly (no database needed)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from tenantmig import manifest as manifest_mod
from tenantmig.scan import scan_paths
from helpers import cli

SAMPLES = Path(__file__).parent / "scan_samples"
MANIFEST = SAMPLES / "tenancy.toml"


def _found(result, root: Path) -> list[list]:
    return sorted([str(Path(f.path).relative_to(root)), f.line, f.table, f.kind] for f in result.findings)


def test_scan_finds_exactly_the_planted_filters_and_no_lookalike():
    expected = sorted(tomllib.loads((SAMPLES / "expected.toml").read_text())["findings"])
    result = scan_paths([str(SAMPLES)], manifest_mod.load(MANIFEST))
    assert _found(result, SAMPLES) == expected
    assert not result.unreadable


def test_test_directories_are_scanned_only_when_asked():
    manifest = manifest_mod.load(MANIFEST)
    with_tests = scan_paths([str(SAMPLES / "django_service")], manifest, include_tests=True)
    extra = [f for f in with_tests.findings if Path(f.path).relative_to(SAMPLES / "django_service").parts[0] == "tests"]
    assert [(Path(f.path).name, f.line, f.table, f.kind) for f in extra] == [
        ("factories.py", 6, "public.patients", "redundant")]
    assert len(scan_paths([str(SAMPLES / "django_service")], manifest).findings) == len(with_tests.findings) - 1


@pytest.mark.parametrize("app,framework", [("prisma_service", "prisma"), ("sqlalchemy_service", "sqlalchemy"),
                                           ("django_service", "django")])
def test_each_sample_holds_filters_a_cross_tenant_report_and_an_admin_path(app, framework):
    result = scan_paths([str(SAMPLES / app)], manifest_mod.load(MANIFEST))
    kinds = {(f.source, f.kind) for f in result.findings}
    assert (framework, "redundant") in kinds
    assert any(k == "cross-tenant" for _, k in kinds)


def test_a_directory_named_like_admin_does_not_make_its_code_cross_tenant(tmp_path):
    app = tmp_path / "support-team" / "app"
    app.mkdir(parents=True)
    (app / "views.py").write_text((SAMPLES / "django_service/clinic/views.py").read_text())
    (app / "models.py").write_text((SAMPLES / "django_service/clinic/models.py").read_text())
    result = scan_paths([str(app)], manifest_mod.load(MANIFEST))
    assert result.findings and {f.kind for f in result.findings} == {"redundant"}


def test_cli_json_and_text(tmp_path):
    out = cli("--manifest", str(MANIFEST), "scan", str(SAMPLES / "sqlalchemy_service"), "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert (doc["redundant"], doc["cross_tenant"]) == (5, 2)
    assert {f["line"] for f in doc["findings"] if f["path"].endswith("service.py")} == {8, 12, 16, 22, 29}
    text = cli("--manifest", str(MANIFEST), "scan", str(SAMPLES / "sqlalchemy_service"))
    assert text.returncode == 0, text.stderr
    assert "service.py:16" in text.stdout and "public.appointments" in text.stdout
    assert "2 cross-tenant" in text.stdout


def test_cli_names_a_missing_path_and_exits_2(tmp_path):
    out = cli("--manifest", str(MANIFEST), "scan", str(tmp_path / "nowhere"))
    assert out.returncode == 2
    assert "nowhere does not exist" in out.stderr and "Traceback" not in out.stderr


def test_sql_reader_names_the_table_each_predicate_narrows():
    """PostgreSQL's parser, not a regex: aliases, joins, writes, ANY and IN are told apart."""
    from tenantmig.scan.model import Targets
    from tenantmig.scan.sql import scan_sql, table_predicates

    targets = Targets.from_manifest(manifest_mod.load(MANIFEST))
    assert table_predicates("SELECT * FROM patients p JOIN appointments a ON a.patient_id = p.id "
                            "WHERE p.organization_id = $1", targets) == [
        ("select", "public.patients", True), ("select", "public.appointments", False)]
    assert table_predicates("UPDATE invoices SET paid_at = now() WHERE id = $1", targets) == [
        ("update", "public.invoices", False)]
    assert table_predicates("DELETE FROM invoices WHERE organization_id IS NULL", targets) == [
        ("delete", "public.invoices", True)]
    assert table_predicates("organization_id = 1 is not SQL", targets) is None
    found = scan_sql("SELECT count(*) FROM patients WHERE organization_id = ANY(%s)\n"
                     "UNION ALL SELECT count(*) FROM invoices i WHERE i.organization_id IN (:a, :b)",
                     path="x.py", first_line=10, lines=[""] * 20, context=("x.py",), targets=targets)
    assert [(f.line, f.table, f.kind) for f in found] == [
        (10, "public.patients", "cross-tenant"), (11, "public.invoices", "cross-tenant")]
    grouped = scan_sql("SELECT 1 FROM countries UNION SELECT count(*) FROM invoices GROUP BY organization_id",
                       path="x.py", first_line=1, lines=[""], context=("x.py",), targets=targets)
    assert [(f.table, f.kind) for f in grouped] == [("public.invoices", "cross-tenant")]
