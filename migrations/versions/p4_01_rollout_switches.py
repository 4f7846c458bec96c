"""Phase 4, parallel policies: snapshot, rollout switches and tenantmig.enforced()."""

from tenantmig.phases import p4_parallel_policies as phase
from tenantmig.steps import step

revision = "p4_01_rollout_switches"
down_revision = "p3_05_tenant_scoped_keys"
branch_labels = None
depends_on = None


def upgrade():
    with step(revision) as ctx:
        phase.create_switches(ctx)


def downgrade():
    with step(revision) as ctx:
        phase.drop_switches(ctx)
