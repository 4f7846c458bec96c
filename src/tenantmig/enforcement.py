"""The rollout and verify commands: phase checks, the run lock, the ledger, around rollout.py and probes/.

`enforce_everywhere` is what automation calls before phase 5 (tests, the demo, a
drill re-advancing 4 -> 5): every switch on, then a verify that must pass, both
under one run lock so nothing changes in between.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import structlog

from tenantmig import chain, ledger, pgrls_proof, privileges, probes, reader, rollout
from tenantmig import pgrls_config as pgrls_config_mod
from tenantmig.db import RunLock, connect
from tenantmig.errors import GateFailed, StateError, UsageError
from tenantmig.manifest import Manifest

log = structlog.get_logger("tenantmig.enforcement")

ConfirmText = Callable[[str], bool]


@dataclass
class RolloutResult:
    action: str  # enable | disable
    switch: rollout.Switch
    outcome: str  # changed | unchanged | declined
    where: str
    switches: list[rollout.Switch] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"action": self.action, "scope": self.switch.scope, "value": self.switch.value,
                "outcome": self.outcome, "where": self.where, "switches": [s.as_dict() for s in self.switches]}


@dataclass
class RolloutStatus:
    phase: int | None
    where: str
    switches_present: bool
    switches: list[rollout.Switch]
    enforced_for_everyone: bool
    verify_problems: list[str]  # why phase 5 may not start yet; [] if it may

    @property
    def rolling_out(self) -> bool:
        """At the phase whose policies the switches govern: enforcement is still per tenant or table."""
        return self.phase == rollout.PHASE

    def as_dict(self) -> dict:
        return {"phase": self.phase, "where": self.where, "switches_present": self.switches_present,
                "switches": [s.as_dict() for s in self.switches], "enforced_for_everyone": self.enforced_for_everyone,
                "ready_for_phase_5": self.rolling_out and self.enforced_for_everyone
                and not self.verify_problems,
                "verify_problems": self.verify_problems}


@dataclass
class VerifyResult:
    report: probes.Report
    where: str
    junit_path: str | None = None
    pgrls_config: str | None = None
    pgrls_allowlisted: int = 0
    proofs: list[pgrls_proof.RoleProof] | None = None  # --prove: pgrls's proofs per role and mode

    @property
    def ok(self) -> bool:
        return self.report.ok

    def as_dict(self) -> dict:
        out = {**self.report.as_dict(), "where": self.where, "junit": self.junit_path}
        if self.pgrls_config is not None:
            out["pgrls_config"] = {"path": self.pgrls_config, "allowlisted": self.pgrls_allowlisted}
        if self.proofs is not None:
            out["pgrls_proof"] = [proof.as_dict() for proof in self.proofs]
        return out


def change_rollout(url: str, manifest: Manifest, *, enable: bool, tenant: str | None = None,
                   table: str | None = None, everyone: bool = False,
                   confirm: ConfirmText | None = None) -> RolloutResult:
    action = "enable" if enable else "disable"
    with RunLock(url, f"rollout {action}") as conn:
        state = chain.read_state(conn)
        rollout.require_phase(state, changing=True)
        switch = rollout.target(conn, manifest, tenant=tenant, table=table, everyone=everyone)
        result = RolloutResult(action, switch, "", state.describe())
        verb = "enforce strict isolation for" if enable else "return to today's visibility for"
        if confirm is not None and not confirm(f"The database is {state.describe()}. This will {verb} "
                                               f"{switch.describe()}."):
            result.outcome = "declined"
        else:
            result.outcome = _change(conn, manifest, switch, enable=enable)
        result.switches = rollout.read_switches(conn)
        return result


def _change(conn: psycopg.Connection, manifest: Manifest, switch: rollout.Switch, *, enable: bool) -> str:
    changed = rollout.change(conn, switch, enable=enable)
    event = rollout.ENABLE_EVENT if enable else rollout.DISABLE_EVENT
    book = ledger.Ledger(conn, f"rollout {'enable' if enable else 'disable'}", manifest.sha256)
    book.record(event, rollout.CHANGED if changed else rollout.UNCHANGED, phase=rollout.PHASE,
                detail={"scope": switch.scope, "value": switch.value})
    log.info(event, scope=switch.scope, value=switch.value, changed=changed)
    return "changed" if changed else "unchanged"


def rollout_status(url: str, manifest: Manifest) -> RolloutStatus:
    # Read only: like `status`, it answers while another run holds the lock.
    with connect(url, "rollout status") as conn:
        state = chain.read_state(conn)
        rollout.require_phase(state, changing=False)
        present = rollout.switches_exist(conn)
        switches = rollout.read_switches(conn)
        everyone = (state.current_phase or 0) > rollout.PHASE or any(s.scope == "all" for s in switches)
        return RolloutStatus(state.current_phase, state.describe(), present, switches, everyone,
                             rollout.verification_problems(conn, manifest.sha256))


def check_junit_path(path: str | None, option: str = "--junit") -> None:
    """Refuse an unwritable report path before probing, so a bad option costs nothing."""
    if path is None:
        return
    target = Path(path)
    parent = target.parent
    if target.is_dir():
        raise UsageError(f"{option} {path}: is a directory, not a file")
    if not parent.is_dir():
        raise UsageError(f"{option} {path}: directory {parent} does not exist")
    if not os.access(parent, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise UsageError(f"{option} {path}: not writable")


def verify(url: str, manifest: Manifest, *, junit_path: str | None = None,
           pgrls_config: str | None = None, prove: bool = False) -> VerifyResult:
    check_junit_path(junit_path)
    check_junit_path(pgrls_config, "--pgrls-config")
    if prove:
        pgrls_proof.require_pgrls()  # before any probe runs: a missing pgrls is bad usage (exit 2)
    with RunLock(url, "verify") as conn:
        result = _verify(conn, url, manifest, junit_path, prove=prove)
        if pgrls_config is not None:
            text, result.pgrls_allowlisted = pgrls_config_mod.generate(conn, manifest)
            try:
                Path(pgrls_config).write_text(text)
            except OSError as exc:
                raise UsageError(f"--pgrls-config {pgrls_config}: {exc.strerror}") from None
            result.pgrls_config = pgrls_config
        return result


def _verify(conn: psycopg.Connection, url: str, manifest: Manifest, junit_path: str | None, *,
            prove: bool = False) -> VerifyResult:
    state = chain.read_state(conn)
    if state.current_phase is None or state.current_phase < rollout.PHASE:
        raise StateError(f"verify probes the policies of phase 4 and later: the database is {state.describe()}",
                         hint="Advance to phase 4 first: tenantmig advance --phase 4")
    # Verify compares what each role sees with every row: the totals are read as a role that
    # provably sees them all (the login, or its reader role), or verify refuses (reader.py).
    with reader.seeing_every_row(conn, reader_tables(conn, manifest), "verify"):
        report = probes.run(conn, url, manifest, state.current_phase)
    reader_check(conn, manifest, report)
    # Before the ledger row: a leak pgrls proves fails this verify, and phase 5's gate reads that row.
    proofs = pgrls_proof.add_to_report(conn, manifest, report) if prove else None
    counts = report.counts()
    book = ledger.Ledger(conn, "verify", manifest.sha256)
    book.record(rollout.VERIFY_EVENT, "ok" if report.ok else "failed", phase=state.current_phase,
                detail={**counts, "failed": [p.describe() for p in report.with_outcome(probes.FAIL)][:50]})
    log.info("verify.done", ok=report.ok, **counts)
    if junit_path is not None:
        try:
            Path(junit_path).write_bytes(report.junit())
        except OSError as exc:
            raise UsageError(f"--junit {junit_path}: {exc.strerror}") from None
    return VerifyResult(report, state.describe(), junit_path, proofs=proofs)


def reader_tables(conn: psycopg.Connection, manifest: Manifest) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY(%s)",
        (sorted(set(manifest.schemas) | {manifest.tenants_schema}),))]


def reader_check(conn: psycopg.Connection, manifest: Manifest, report: probes.Report) -> None:
    """Show the reader policy verify counted through, and fail if an application role could use it."""
    if not reader.exists(conn) or reader.session_bypasses(conn):
        return
    role = reader.role_of(conn)
    tables = conn.execute("SELECT count(*) FROM pg_policy WHERE polname = %s", (reader.POLICY,)).fetchone()[0]
    leaks = reader.unreachable_problems(conn, privileges.manifest_roles(manifest))
    report.add("reader_unreachable", probes.FAIL if leaks else probes.PASS,
               "; ".join(leaks) or f"{reader.POLICY} (FOR SELECT TO {role} USING (true)) on {tables} tables; "
               "no application, service, admin or reporting role can become it")


def enforce_everywhere(url: str, manifest: Manifest) -> VerifyResult:
    """At phase 4: strict isolation for everyone, then a verify that must pass (what phase 5's gate asks for)."""
    with RunLock(url, "enforce everywhere") as conn:
        state = chain.read_state(conn)
        if state.current_phase == rollout.PHASE and state.partial_phase is None:
            _change(conn, manifest, rollout.Switch("all", ""), enable=True)
        elif state.current_phase is None or state.current_phase < rollout.PHASE:
            raise StateError(f"enforcing everywhere needs the database at phase 4: it is {state.describe()}",
                             hint="Advance to phase 4 first: tenantmig advance --phase 4")
        result = _verify(conn, url, manifest, None)
        if not result.ok:
            failed = "\n".join(f"  - {p.describe()}" for p in result.report.with_outcome(probes.FAIL))
            raise GateFailed(f"verify failed with enforcement on for everyone:\n{failed}",
                             hint="Fix what it names (see runbooks/verify.md), then run `tenantmig verify` again.")
        return result
