"""A run killed at any step boundary of any phase, either direction, or mid-backfill, converges when run again.

The points are not listed here: an uninterrupted run of the whole chain (0 to 6 and back)
records every point it passes (tenantmig.faults.recording), so a new step or unit is covered
without touching this file. Each case starts from a pristine copy of the database at the
right phase (CREATE DATABASE ... TEMPLATE), is crashed in-process at its point
(faults.crash_at raises a BaseException nothing records, as a kill would leave it), and is
run again; it must end exactly where the uninterrupted run ended, with the ledger saying
what happened. tests/test_crash.py kills real processes at a dozen of the same points.
"""

from __future__ import annotations

import dataclasses
import os
import re
import uuid
from pathlib import Path

import psycopg
import pytest

from tenantmig import api, faults, servers
from tenantmig import manifest as manifest_mod
from tenantmig.phases import PHASES
from tenantmig.servers import libpq_url

from helpers import (clone_database, contents, example_settings, prepare_for, restore_roles, revision, role_attributes,
                     schema_state)

RUNBOOK = Path(__file__).resolve().parent.parent / "runbooks" / "fault-injection.md"
COMMANDS = [(p.number, "advance") for p in PHASES] + [(p.number, "rollback") for p in reversed(PHASES)]


def matrix_points(points: list[str]) -> list[str]:
    """The points a case is run at: every step boundary (the start of a command's first step, and the
    end of every step: its work done, the version not yet stamped), and mid-backfill both ways (after
    the first table, and after the last one: every key written, orphans not yet handled).

    TENANTMIG_CRASH_MATRIX=full runs every point instead: each unit of each step, each backfill table
    (a few hundred cases; minutes, not for every CI run).
    """
    if os.environ.get("TENANTMIG_CRASH_MATRIX") == "full":
        return list(points)
    tables = [p for p in points if ":after:" in p]
    return [p for p in points if p == points[0] or faults.split(p)[1] == "end" or p in tables[:1] + tables[-1:]]


def observe(url: str, role_prefix: str) -> tuple:
    return schema_state(url, role_prefix), contents(url), revision(url)


def clone(server_url: str, template: str) -> str:
    return clone_database(server_url, template, prefix="tenantmig_cm")


@dataclasses.dataclass
class Chain:
    settings: api.Settings
    role_prefix: str
    points: dict[tuple[int, str], list[str]]
    templates: dict[int, str]  # -1: the loaded example before phase 0
    reference: dict[tuple[int, str], tuple]  # the state an uninterrupted command ends in
    roles: dict[int, list[tuple]]  # cluster-wide role attributes at each template
    ledger_ids: dict[int, int]


@pytest.fixture(scope="module")
def chain(server_url, tmp_path_factory):
    role_prefix = f"cm{uuid.uuid4().hex[:6]}_"
    work = servers.create_database(server_url, prefix="tenantmig_cm")
    made: list[str] = []
    try:
        settings = example_settings(work, role_prefix, tmp_path_factory.mktemp("matrix"), rows=200)
        found = Chain(settings, role_prefix, {}, {}, {}, {}, {})

        def keep(number: int) -> None:
            found.templates[number] = clone(server_url, work)
            made.append(found.templates[number])
            found.roles[number] = role_attributes(work, role_prefix)
            if number >= 0:  # before phase 0 there is no ledger yet
                with psycopg.connect(libpq_url(work)) as conn:
                    found.ledger_ids[number] = conn.execute("SELECT max(id) FROM tenantmig.ledger").fetchone()[0]

        keep(-1)
        for number, verb in COMMANDS:
            with faults.recording() as seen:
                getattr(api, verb)(settings, number)
            found.points[(number, verb)] = list(seen)
            found.reference[(number, verb)] = observe(work, role_prefix)
            if verb == "advance":
                if number == 4:
                    prepare_for(settings, 5)  # the phase 4 template is where a DBA starts phase 5 from
                keep(number)
        yield found
    finally:
        for url in made:
            servers.drop_database(server_url, url)
        servers.drop_database(server_url, work, role_prefix=role_prefix)


@pytest.mark.parametrize("number,verb", COMMANDS, ids=[f"{v}-{n}" for n, v in COMMANDS])
def test_killed_at_every_boundary_converges(number, verb, chain, server_url):
    start = number - 1 if verb == "advance" else number
    undone = []
    for point in matrix_points(chain.points[(number, verb)]):
        url = clone(server_url, chain.templates[start])
        try:
            restore_roles(url, chain.roles[start])
            settings = dataclasses.replace(chain.settings, database_url=url)
            with faults.crash_at(point), pytest.raises(faults.SimulatedCrash):
                getattr(api, verb)(settings, number)

            again = getattr(api, verb)(settings, number)

            problems = []
            if again.outcome not in ("applied", "rolled back"):
                problems.append(f"re-run outcome {again.outcome!r}")
            if observe(url, chain.role_prefix) != chain.reference[(number, verb)]:
                problems.append("end state differs from the uninterrupted run")
            with psycopg.connect(libpq_url(url)) as conn:
                if conn.execute("SELECT count(*) FROM pg_index WHERE NOT indisvalid").fetchone()[0]:
                    problems.append("an INVALID index is left")
                story = conn.execute(
                    "SELECT event, outcome, detail->>'run_id', run_id::text FROM tenantmig.ledger "
                    "WHERE id > %s ORDER BY id", (chain.ledger_ids.get(start, 0),)).fetchall()
            events = [(e, o) for e, o, _, _ in story]
            if events != [("phase.start", "running"), ("phase.interrupted", "interrupted"),
                          ("phase.start", "running"), ("phase.done", "ok")] or story[1][2] != story[0][3]:
                problems.append(f"ledger tells {events}")
            if problems:
                undone.append(f"{point}: " + "; ".join(problems))
        finally:
            servers.drop_database(server_url, url)
    assert not undone, f"{verb} --phase {number}:\n" + "\n".join(undone)


def test_every_phase_passes_through_injection_points(chain):
    """Each command passes through a start and an end point of each of its steps (the hook is wired)."""
    for (number, verb), points in chain.points.items():
        revisions = PHASES[number].revisions
        names = {faults.split(p) for p in points}
        for rev in revisions:
            assert (rev, "start") in names and (rev, "end") in names, f"{verb} --phase {number}: {rev}"
    tables = manifest_mod.load(chain.settings.manifest_path).backfill_order()
    assert [p for p in chain.points[(2, "advance")] if ":after:" in p] == [
        f"p2_01_backfill:after:{spec.name}" for spec in tables]


def runbook_table(chain: Chain) -> list[str]:
    rows = ["| command | step | points, in order |", "|---|---|---|"]
    for number, verb in COMMANDS:
        for rev, summary in faults.summarize(chain.points[(number, verb)]):
            rows.append(f"| `{verb} --phase {number}` | `{rev}` | {summary} |")
    return rows


def test_runbook_lists_every_injection_point(chain):
    """runbooks/fault-injection.md lists exactly the points a run passes through (telehealth example)."""
    text = RUNBOOK.read_text()
    block = re.search(r"<!-- points -->\n(.*?)<!-- /points -->", text, re.S)
    assert block, "runbooks/fault-injection.md has no <!-- points --> block"
    expected = runbook_table(chain)
    if os.environ.get("TENANTMIG_REFRESH_RUNBOOKS") == "1":  # same switch as tests/test_runbooks.py
        RUNBOOK.write_text(text.replace(block[1], "\n".join(expected) + "\n"))
        return
    assert block[1].splitlines() == expected, "\n".join(["the runbook's table should read:", *expected])
