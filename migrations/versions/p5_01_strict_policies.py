"""Phase 5, policy swap: strict policies for everyone, superseded policies dropped."""

from tenantmig.phases import p5_policy_swap as phase
from tenantmig.steps import step

revision = "p5_01_strict_policies"
down_revision = "p4_02_policies"
branch_labels = None
depends_on = None


def upgrade():
    with step(revision) as ctx:
        phase.strict_policies(ctx)


def downgrade():
    with step(revision) as ctx:
        phase.transition_policies(ctx)
