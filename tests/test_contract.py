"""Each phase declares itself once (its module's CONTRACT); everything else asks the contract.

All but the last test need no server: the registry, the gate files' headers, the exit code a
refusal carries, and a scan of the source for per-phase literal comparisons.
"""

from __future__ import annotations

import ast
import importlib
import json
import shutil
from pathlib import Path

import pytest

from tenantmig import api, errors, gates, precheck, scoped_keys, steps
from tenantmig.errors import GateFailed, ManifestError
from tenantmig.phases import PHASES, REVISIONS, check_gate_files, header_problems, phase, shim, strict_at
from tenantmig.phases import p3_not_null, p5_policy_swap
from tenantmig.resources import phases_dir

from helpers import advance_to, cli, example_settings

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "tenantmig"
PHASE_NAMES = {"number", "phase", "phase_number", "current_phase", "target_phase"}


# -- the registry ---------------------------------------------------------------------------------

def test_the_chain_is_the_phase_modules_contracts_in_order():
    assert [p.number for p in PHASES] == list(range(len(PHASES)))
    for contract in PHASES:
        module = importlib.import_module(f"tenantmig.phases.{contract.slug}")
        assert module.CONTRACT is contract
        assert module.NUMBER == contract.number  # the number its snapshots are written under
    # One shim per declared step, and no shim the contracts do not declare.
    shims = {path.stem for path in (ROOT / "migrations" / "versions").glob("p*.py")}
    assert shims == set(REVISIONS)


def test_phase_3_declares_its_last_step_the_tenant_scoped_keys():
    last = p3_not_null.CONTRACT.steps[-1]
    assert last.revision == "p3_05_tenant_scoped_keys" == p3_not_null.CONTRACT.head
    assert (last.up, last.down) == (scoped_keys.scope_keys, scoped_keys.restore_keys)
    assert scoped_keys.SNAPSHOT in p3_not_null.CONTRACT.snapshots


def test_phase_5_states_its_prerequisite_once_and_automation_knows_how_to_meet_it():
    (needed,) = p5_policy_swap.CONTRACT.requires
    assert needed.gates == ("enforced_everywhere", "verified_after_rollout")
    assert "rollout enable --all" in needed.how
    declared = {n.name for p in PHASES for n in p.requires}
    assert declared <= set(api.PREPARERS), f"no preparer for {declared - set(api.PREPARERS)}"
    assert [p.number for p in PHASES if p.requires] == [5]
    assert [p.number for p in PHASES if p.rollout] == [4]
    assert [strict_at(p.number) for p in PHASES] == [False] * 5 + [True] * 2


def test_a_snapshot_no_phase_declares_is_refused_by_name():
    with pytest.raises(KeyError, match="phase 4 .* writes no snapshot 'after'"):
        phase(4).snapshot("after")
    assert phase(1).snapshot("before").phase == 1


def test_a_revision_file_whose_order_disagrees_with_the_contracts_is_refused():
    with pytest.raises(RuntimeError, match="p3_02_validate_checks.py says down_revision = 'p2_01_backfill'"):
        shim("p3_02_validate_checks", "p2_01_backfill")
    upgrade, downgrade = shim("p3_02_validate_checks", "p3_01_check_not_valid")
    assert callable(upgrade) and callable(downgrade)


# -- the gate files' headers ------------------------------------------------------------------------

def test_the_shipped_gate_files_agree_with_the_contracts():
    assert header_problems(phases_dir()) == []


@pytest.fixture
def gate_dir(tmp_path) -> Path:
    copied = tmp_path / "phases"
    shutil.copytree(phases_dir(), copied)
    return copied


def _rewrite(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_a_gate_file_header_with_another_number_or_name_is_refused_naming_the_file(gate_dir):
    _rewrite(gate_dir / "p3_not_null.toml", "number = 3", "number = 4")
    _rewrite(gate_dir / "p4_parallel_policies.toml", 'name = "parallel policies"', 'name = "policies"')
    with pytest.raises(ManifestError) as refused:
        check_gate_files(gate_dir)
    assert refused.value.exit_code == errors.EXIT_USAGE
    message = str(refused.value)
    assert "p3_not_null.toml: [phase] number = 4, but the phase module p3_not_null declares 3" in message
    assert "p4_parallel_policies.toml: [phase] name = 'policies', but the phase module p4_parallel_policies " \
           "declares 'parallel policies'" in message


def test_a_gate_file_that_lost_a_built_in_check_or_a_prerequisite_gate_is_refused(gate_dir):
    _rewrite(gate_dir / "p3_not_null.toml", 'check = "keys_not_null"', 'check = "backup_verified"')
    _rewrite(gate_dir / "p5_policy_swap.toml", 'check = "enforced_everywhere"', 'check = "backup_verified"')
    problems = header_problems(gate_dir)
    assert "p3_not_null.toml: lost the built-in check 'keys_not_null' phase 3 declares" in problems
    assert ("p5_policy_swap.toml: upgrade.pre lacks 'enforced_everywhere', which checks the prerequisite "
            "'rollout_verified'") in problems


def test_a_missing_or_unknown_gate_file_is_refused(gate_dir):
    (gate_dir / "p6_cleanup.toml").rename(gate_dir / "p7_cleanup.toml")
    problems = header_problems(gate_dir)
    assert "phase 6 (cleanup): no gate file p6_cleanup.toml" in problems
    assert "p7_cleanup.toml: a gate file no phase declares" in problems


def test_loading_any_gate_file_checks_every_header_first(gate_dir, monkeypatch):
    # Only the directory is swapped: the files are the shipped ones, one header changed.
    _rewrite(gate_dir / "p6_cleanup.toml", "number = 6", "number = 5")
    monkeypatch.setattr(gates, "phases_dir", lambda: gate_dir)
    with pytest.raises(ManifestError, match="p6_cleanup.toml: \\[phase\\] number = 5"):
        gates.load_gates(1)  # another phase's file: none is trusted while one disagrees


# -- exit codes from error types ------------------------------------------------------------------

def test_a_refusal_takes_its_exit_code_from_the_failed_checks_type_not_its_name():
    manifest_check = "manifest_matches_database"
    assert gates.FAILURES[manifest_check] is ManifestError
    as_registered = precheck.Verdict([gates.Outcome(manifest_check, False, ("gone",), gates.FAILURES[manifest_check])])
    assert precheck.refusal(as_registered, phase(3), "upgrade").exit_code == errors.EXIT_USAGE == 2
    # The name alone decides nothing: a check named so that fails as a gate is a gate (exit 1) ...
    by_name = precheck.Verdict([gates.Outcome(manifest_check, False, ("gone",), GateFailed)])
    refused = precheck.refusal(by_name, phase(3), "upgrade")
    assert type(refused) is GateFailed and refused.exit_code == errors.EXIT_CHECK_FAILED == 1
    # ... and any check registered as bad input refuses with exit 2, whatever it is called.
    renamed = precheck.Verdict([gates.Outcome("no_null_keys", True),
                                gates.Outcome("my_site_manifest_rule", False, ("x",), ManifestError)])
    assert precheck.refusal(renamed, phase(3), "upgrade").exit_code == errors.EXIT_USAGE


def test_every_registered_check_fails_with_a_documented_exit_code():
    documented = {errors.EXIT_CHECK_FAILED, errors.EXIT_USAGE}
    assert {name: failure.exit_code for name, failure in gates.FAILURES.items()
            if failure.exit_code not in documented} == {}
    assert set(gates.FAILURES) == set(gates.CHECKS)


# -- settings -----------------------------------------------------------------------------------

def test_run_options_live_in_their_own_module_and_nobody_takes_them_from_steps():
    assert not hasattr(steps, "RunOptions")
    offenders = []
    for path in [*SOURCE.rglob("*.py"), *(ROOT / "tests").rglob("*.py"), *(ROOT / "bench").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module == "tenantmig.steps" \
                    and any(a.name == "RunOptions" for a in node.names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


# -- no per-phase literal comparison outside the phase modules --------------------------------------

def _names(node: ast.expr) -> set[str]:
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, ast.Attribute):
        return {node.attr}
    if isinstance(node, ast.Subscript):
        return _names(node.value)
    return set()


def _int_literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return type(node.value) is int
    return isinstance(node, (ast.Tuple, ast.List, ast.Set)) and bool(node.elts) and all(map(_int_literal, node.elts))


def literal_constants(text: str) -> set[str]:
    """Module-level names bound to an int literal or a tuple of them (`ATTRIBUTE_PHASE = 5`)."""
    bound = set()
    for node in ast.parse(text).body:
        if isinstance(node, ast.Assign):
            pairs = [(t, node.value) for t in node.targets]
            if isinstance(node.value, ast.Tuple) and all(isinstance(t, ast.Tuple) for t in node.targets):
                pairs = [p for t in node.targets for p in zip(t.elts, node.value.elts)]
            bound |= {t.id for t, v in pairs if isinstance(t, ast.Name) and _int_literal(v)}
    return bound


def phase_literal_comparisons(text: str, where: str, constants: dict[str, set[str]] | None = None) -> list[str]:
    """`number == 5`, `phase.number != 1`, `state.current_phase >= 5`, `number in (1, 3)`, and the same
    against a constant bound to a literal (`number == ATTRIBUTE_PHASE`, `privileges.ATTRIBUTE_PHASE`)."""
    constants = constants or {}
    own = literal_constants(text)

    def literal(o: ast.expr) -> bool:
        if _int_literal(o) or (isinstance(o, ast.Name) and o.id in own):
            return True
        return isinstance(o, ast.Attribute) and isinstance(o.value, ast.Name) \
            and o.attr in constants.get(o.value.id, set())

    found = []
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.Compare):
            continue
        operands = [node.left, *node.comparators]
        for i, operand in enumerate(operands):
            others = operands[:i] + operands[i + 1:]
            if _names(operand) & PHASE_NAMES and not literal(operand) and any(map(literal, others)):
                found.append(f"{where}:{node.lineno}: {ast.unparse(node)}")
                break
    return found


def test_the_scan_finds_the_comparisons_it_is_meant_to_find():
    sample = ("LAST_PHASE = 6\nSOME = (1, 3)\n"
              "if number == 5: pass\nif phase.number != 1: pass\nif state.current_phase >= 5: pass\n"
              "if number in (1, 3): pass\nif 0 == number: pass\nif number == LAST_PHASE: pass\n"
              "if number in SOME: pass\nif number == privileges.ATTRIBUTE_PHASE: pass\n"
              "if count == 5: pass\nif phase is None: pass\nif number == previous.number: pass\n")
    found = phase_literal_comparisons(sample, "x.py", {"privileges": {"ATTRIBUTE_PHASE"}})
    assert [line.split(":")[1] for line in found] == [str(n) for n in range(3, 11)]


def _scanned() -> list[Path]:
    return [path for path in sorted([*SOURCE.rglob("*.py"), *(ROOT / "bench").rglob("*.py")])
            if (SOURCE / "phases") not in path.parents]


def test_no_per_phase_literal_comparison_outside_the_phase_modules():
    texts = {path: path.read_text() for path in _scanned()}
    constants = {path.stem: literal_constants(text) for path, text in texts.items()}
    found = [line for path, text in texts.items()
             for line in phase_literal_comparisons(text, str(path.relative_to(ROOT)), constants)]
    assert found == [], "ask the phase's contract instead:\n" + "\n".join(found)


# -- with a server: the prerequisite the contract states, met by the one helper that reads it ---------

def test_phase_5_is_refused_with_exit_1_until_its_prerequisite_is_met(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=60)
    advance_to(settings, 4)
    refused = cli("--manifest", settings.manifest_path, "advance", "--phase", "5", "--yes", "--json",
                  database_url=database_url)
    assert refused.returncode == errors.EXIT_CHECK_FAILED, refused.stderr
    error = json.loads(refused.stdout)["error"]
    assert error["code"] == "gate_failed"
    failed = {g["check"] for g in error["details"]["gates"] if not g["passed"]}
    assert failed == {"enforced_everywhere", "verified_after_rollout"}
    assert set(api.prepare_for(settings, 5)) == {"rollout_verified"}
    assert api.prepare_for(settings, 4) == {}
    assert api.advance(settings, 5).outcome == "applied"
