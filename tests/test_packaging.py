"""The chain is found from a wheel, the revision ids agree with the registry, offline SQL renders."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from tenantmig import api, servers
from tenantmig.phases import REVISIONS
from tenantmig.chain import alembic_config
from tenantmig.steps import Runtime

from helpers import example_settings

ROOT = Path(__file__).resolve().parent.parent


def test_alembic_chain_matches_the_phase_registry():
    script = ScriptDirectory.from_config(alembic_config(Runtime(manifest=None)))
    walked = [rev.revision for rev in script.walk_revisions("base", "heads")]
    assert list(reversed(walked)) == list(REVISIONS)
    assert script.get_heads() == [REVISIONS[-1]]


def test_wheel_carries_migrations_and_gates(tmp_path):
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    wheel = next(tmp_path.glob("tenantmig-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "tenantmig/_migrations/env.py" in names
    for revision in REVISIONS:
        assert f"tenantmig/_migrations/versions/{revision}.py" in names
    assert "tenantmig/_phases/p3_not_null.toml" in names


def test_offline_sql_for_phase_3_uses_only_the_safe_forms(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    rendered = subprocess.run(
        [sys.executable, "-m", "alembic", "-c", str(ROOT / "alembic.ini"), "-x", f"manifest={settings.manifest_path}",
         "upgrade", "p2_01_backfill:p3_04_validate_fks", "--sql"],
        capture_output=True, text=True, env={**__import__("os").environ, "TENANTMIG_DATABASE_URL": database_url},
    )
    assert rendered.returncode == 0, rendered.stderr
    sql = rendered.stdout
    for table in ("patients", "appointments", "prescription_refills", "audit_events"):
        assert f'"public"."{table}" ADD CONSTRAINT "tenantmig_nn_public_{table}" CHECK ("client_id" IS NOT NULL) NOT VALID' in sql
        assert f'"public"."{table}" VALIDATE CONSTRAINT "tenantmig_nn_public_{table}"' in sql
        assert f'"public"."{table}" ALTER COLUMN "client_id" SET NOT NULL' in sql
    assert '"products" ALTER COLUMN "client_id" SET NOT NULL' not in sql  # shared: NULL means global
    # Nothing that rewrites a table or scans it under ACCESS EXCLUSIVE: no type change, default or plain ADD CHECK.
    altered = [line for line in sql.splitlines() if "ALTER COLUMN" in line]
    assert altered and all(line.endswith('SET NOT NULL;') for line in altered), altered
    assert not any(word in sql for word in (" TYPE ", "SET DEFAULT", "VACUUM FULL", "CLUSTER "))
    checks = [line for line in sql.splitlines() if "CHECK (" in line]
    assert checks and all(line.endswith("NOT VALID;") for line in checks)
    # Nothing was changed by rendering.
    assert api.status(settings).current_phase is None


def test_container_path_runs_where_docker_answers(tmp_path):
    answers, reason = servers.docker_engine_answers()
    if not answers:
        pytest.skip(f"testcontainers path not exercised: {reason}")
    with servers.container_server() as url:
        assert api.status(api.Settings(database_url=url)).current_phase is None
