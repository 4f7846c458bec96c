"""Phase 5, policy swap: BYPASSRLS taken from the service roles."""

from tenantmig.phases import p5_policy_swap as phase
from tenantmig.steps import step

revision = "p5_03_service_roles"
down_revision = "p5_02_force_rls"
branch_labels = None
depends_on = None


def upgrade():
    with step(revision) as ctx:
        phase.revoke_bypassrls(ctx)


def downgrade():
    with step(revision) as ctx:
        phase.restore_bypassrls(ctx)
