"""Phase 6, cleanup: rollout switches removed, tables analysed."""

from tenantmig.phases import p6_cleanup as phase
from tenantmig.steps import step

revision = "p6_01_cleanup"
down_revision = "p5_03_service_roles"
branch_labels = None
depends_on = None


def upgrade():
    with step(revision) as ctx:
        phase.remove_artifacts(ctx)


def downgrade():
    with step(revision) as ctx:
        phase.recreate_artifacts(ctx)
