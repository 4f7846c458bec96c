"""Why a squawk rule is off for a statement: the exemptions phase code attaches to what it renders.

squawk (PyPI squawk-cli) lints the offline SQL of every phase. A rule is never switched
off for a whole file: a statement carries `squawk_ignore=((rule, reason), ...)`, and the
rendered SQL shows the reason right above the `-- squawk-ignore` line (db.Statement.rendered).
"""

from __future__ import annotations

Exemption = tuple[str, str]

# State changes that are no-ops when the table is already in that state: a re-run after a crash repeats them safely.
IDEMPOTENT: Exemption = (
    "prefer-robust-stmts",
    "idempotent: run again on a table already in this state, it changes nothing",
)
# PostgreSQL has no ADD CONSTRAINT IF NOT EXISTS.
GUARDED_ADD: Exemption = (
    "prefer-robust-stmts",
    "the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it",
)
RECREATED_ADD: Exemption = (
    "prefer-robust-stmts",
    "the same transaction drops the constraint IF EXISTS first, so a re-run recreates it",
)


def ours(rule: str, what: str) -> Exemption:
    """A drop of an object tenantmig itself created: removing exactly what the upgrade added."""
    return rule, f"{what}, created by tenantmig; the downgrade removes exactly what the upgrade added"
