"""Phase 1, tenant columns: nullable key columns and NOT VALID foreign keys."""

from tenantmig.phases import p1_tenant_columns as phase
from tenantmig.steps import step

revision = "p1_02_columns"
down_revision = "p1_01_registry"
branch_labels = None
depends_on = None


def upgrade():
    with step(revision) as ctx:
        phase.add_columns(ctx)


def downgrade():
    with step(revision) as ctx:
        phase.drop_columns(ctx)
