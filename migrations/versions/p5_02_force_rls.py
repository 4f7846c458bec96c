"""Phase 5, policy swap: FORCE ROW LEVEL SECURITY."""

from tenantmig.phases import p5_policy_swap as phase
from tenantmig.steps import step

revision = "p5_02_force_rls"
down_revision = "p5_01_strict_policies"
branch_labels = None
depends_on = None


def upgrade():
    with step(revision) as ctx:
        phase.force_rls(ctx)


def downgrade():
    with step(revision) as ctx:
        phase.unforce_rls(ctx)
