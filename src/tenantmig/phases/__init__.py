"""The registry: the chain of phases, built from the `CONTRACT` each phase module declares.

Revision ids are fixed and readable; `migrations/versions/` holds one thin shim per id
that runs the contract's step, and a test checks the two agree. The gate files'
`[phase]` headers are checked against the contracts the first time a gate file is read.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from tenantmig.errors import ManifestError
from tenantmig.phases.contract import PhaseContract, Step
from tenantmig.phases import (
    p0_backups,
    p1_tenant_columns,
    p2_backfill,
    p3_not_null,
    p4_parallel_policies,
    p5_policy_swap,
    p6_cleanup,
)
from tenantmig.resources import phases_dir

Phase = PhaseContract  # the name the rest of the code has always used


def _chain(contracts: tuple[PhaseContract, ...]) -> tuple[PhaseContract, ...]:
    """The contracts in chain order, refused at import if two disagree (a programming error, not input)."""
    revisions: set[str] = set()
    for position, contract in enumerate(contracts):
        if contract.number != position:
            raise RuntimeError(f"{contract.slug} declares phase {contract.number} at position {position} of the chain")
        if not contract.steps:
            raise RuntimeError(f"{contract.slug} declares no steps")
        for revision in contract.revisions:
            if revision in revisions:
                raise RuntimeError(f"revision {revision} is declared twice (again by {contract.slug})")
            revisions.add(revision)
    return contracts


PHASES: tuple[PhaseContract, ...] = _chain(tuple(m.CONTRACT for m in (
    p0_backups, p1_tenant_columns, p2_backfill, p3_not_null, p4_parallel_policies, p5_policy_swap, p6_cleanup)))

REVISIONS: tuple[str, ...] = tuple(r for p in PHASES for r in p.revisions)


def phase(number: int) -> PhaseContract:
    for candidate in PHASES:
        if candidate.number == number:
            return candidate
    raise KeyError(number)


def phase_of(revision: str) -> PhaseContract:
    for candidate in PHASES:
        if revision in candidate.revisions:
            return candidate
    raise KeyError(revision)


def previous(contract: PhaseContract) -> PhaseContract | None:
    """The phase the chain runs before `contract` (None for the first)."""
    index = PHASES.index(contract)
    return PHASES[index - 1] if index else None


def strict_at(number: int) -> bool:
    """Whether isolation is strict for everyone once phase `number` is applied (a phase at or below made it so)."""
    return any(p.strict for p in PHASES if p.number <= number)


def step_of(revision: str) -> Step:
    return phase_of(revision).step(revision)


def shim(revision: str, down_revision: str | None):
    """What a revision file under migrations/versions/ runs: (upgrade, downgrade) of the declared step.

    The file keeps its own `down_revision` (Alembic reads it without tenantmig); a file whose
    order disagrees with the contracts is refused when Alembic loads it.
    """
    from tenantmig.steps import step

    index = REVISIONS.index(revision)
    declared_below = REVISIONS[index - 1] if index else None
    if down_revision != declared_below:
        raise RuntimeError(f"migrations/versions/{revision}.py says down_revision = {down_revision!r}; "
                           f"the phase contracts put {declared_below!r} below it")
    declared = step_of(revision)

    def upgrade() -> None:
        with step(revision) as ctx:
            declared.up(ctx)

    def downgrade() -> None:
        with step(revision) as ctx:
            declared.down(ctx)

    return upgrade, downgrade


def header_problems(directory: Path) -> list[str]:
    """Where the gate files' `[phase]` headers, or the built-in checks they carry, disagree with the contracts."""
    problems = []
    files = {path.name: path for path in directory.glob("p*.toml")}
    for contract in PHASES:
        path = files.pop(contract.gate_file, None)
        if path is None:
            problems.append(f"phase {contract.number} ({contract.name}): no gate file {contract.gate_file}")
            continue
        try:
            doc = tomllib.loads(path.read_text())
        except tomllib.TOMLDecodeError as exc:
            problems.append(f"{path.name}: not valid TOML ({exc})")
            continue
        header = doc.get("phase", {})
        for key, declared in (("number", contract.number), ("name", contract.name)):
            if header.get(key) != declared:
                problems.append(f"{path.name}: [phase] {key} = {header.get(key)!r}, but the phase module "
                                f"{contract.slug} declares {declared!r}")
        carried = {item.get("check") for part in ("upgrade", "downgrade") for when in ("pre", "post")
                   for item in doc.get(part, {}).get(when, [])}
        for hook in contract.gate_hooks:
            if hook not in carried:
                problems.append(f"{path.name}: lost the built-in check {hook!r} phase {contract.number} declares")
        for needed in contract.requires:
            pre = {item.get("check") for item in doc.get("upgrade", {}).get("pre", [])}
            problems += [f"{path.name}: upgrade.pre lacks {gate!r}, which checks the prerequisite {needed.name!r}"
                         for gate in needed.gates if gate not in pre]
    problems += [f"{name}: a gate file no phase declares" for name in sorted(files)]
    return problems


_checked: set[Path] = set()


def check_gate_files(directory: Path | None = None) -> None:
    """Refuse to read any gate file while one disagrees with the contracts (once per directory and process)."""
    directory = directory or phases_dir()
    if directory in _checked:
        return
    problems = header_problems(directory)
    if problems:
        raise ManifestError(f"the gate files in {directory} disagree with the phases:\n"
                            + "\n".join(f"  - {p}" for p in problems),
                            hint="Put the [phase] header back as the phase declares it (phases/*.toml).")
    _checked.add(directory)
