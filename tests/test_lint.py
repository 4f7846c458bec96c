"""The SQL every phase emits, both directions, passes squawk; every rule switched off says why, beside it."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from alembic import command

from tenantmig import catalog as catalog_mod
from tenantmig import manifest as manifest_mod
from tenantmig import servers
from tenantmig.db import create_engine
from tenantmig.phases import PHASES
from tenantmig.chain import alembic_config, target_below
from tenantmig.steps import Runtime

from helpers import example_settings

# The squawk of this environment (squawk-cli is a test extra), else one on PATH.
SQUAWK = next((str(p) for p in [Path(sys.executable).parent / "squawk"] if p.exists()), None) or shutil.which("squawk")


@pytest.fixture(scope="module")
def example(server_url, tmp_path_factory):
    """One example database for every rendering: offline mode only reads its catalog."""
    role_prefix = f"lint{uuid.uuid4().hex[:6]}_"  # roles are cluster-wide: never shared with another run
    url = servers.create_database(server_url, prefix="tenantmig_lint")
    try:
        settings = example_settings(url, role_prefix, tmp_path_factory.mktemp("lint"), rows=50)
        yield url, manifest_mod.load(settings.manifest_path)
    finally:
        servers.drop_database(server_url, url, role_prefix=role_prefix)


def render(url: str, manifest, span: str, *, upgrade: bool) -> str:
    def offline_catalog():
        with create_engine(url, "lint").connect() as conn:
            return catalog_mod.read(conn, tuple(manifest.schemas) + (manifest.tenants_schema,))

    config = alembic_config(Runtime(manifest=manifest, offline_catalog=offline_catalog))
    config.output_buffer = io.StringIO()
    (command.upgrade if upgrade else command.downgrade)(config, span, sql=True)
    return config.output_buffer.getvalue()


@pytest.mark.parametrize("direction", ["upgrade", "downgrade"])
@pytest.mark.parametrize("number", [p.number for p in PHASES], ids=[p.slug for p in PHASES])
def test_phase_sql_passes_squawk(number, direction, example, tmp_path):
    url, manifest = example
    phase = PHASES[number]
    below = target_below(phase)
    span = f"{below}:{phase.head}" if direction == "upgrade" else f"{phase.head}:{below}"
    sql = render(url, manifest, span, upgrade=direction == "upgrade")
    path = tmp_path / f"{phase.slug}-{direction}.sql"
    path.write_text(sql)

    linted = subprocess.run([SQUAWK, "--reporter", "gcc", str(path)], capture_output=True, text=True)

    assert linted.returncode == 0 and not linted.stdout.strip(), f"{path.name}:\n{linted.stdout}{linted.stderr}"
    lines = sql.splitlines()
    for i, line in enumerate(lines):
        found = re.match(r"\s*-- squawk-ignore (.+)$", line)
        if not found:
            continue
        for rule in (r.strip() for r in found[1].split(",")):
            reasons = [p for p in lines[max(0, i - 4):i] if re.match(rf"\s*-- {re.escape(rule)} is off here: \S", p)]
            assert reasons, f"{path.name}:{i + 1}: {rule} switched off without a reason beside it"
