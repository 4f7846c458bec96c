"""Phase 1, tenant columns: tenants and memberships tables, the legacy tenant, the context helper."""

from tenantmig.phases import p1_tenant_columns as phase
from tenantmig.steps import step

revision = "p1_01_registry"
down_revision = "p0_01_baseline"
branch_labels = None
depends_on = None


def upgrade():
    with step(revision) as ctx:
        phase.create_registry(ctx)


def downgrade():
    with step(revision) as ctx:
        phase.drop_registry(ctx)
