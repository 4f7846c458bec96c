"""Phase 4, parallel policies: RLS on, transition policies beside the existing ones."""

from tenantmig.phases import p4_parallel_policies as phase
from tenantmig.steps import step

revision = "p4_02_policies"
down_revision = "p4_01_rollout_switches"
branch_labels = None
depends_on = None


def upgrade():
    with step(revision) as ctx:
        phase.install_policies(ctx)


def downgrade():
    with step(revision) as ctx:
        phase.remove_policies(ctx)
