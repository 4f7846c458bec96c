"""Phase 1, tenant columns: triggers that fill the key on rows written by unchanged code."""

from tenantmig.phases import p1_tenant_columns as phase
from tenantmig.steps import step

revision = "p1_04_fill_triggers"
down_revision = "p1_03_indexes"
branch_labels = None
depends_on = None


def upgrade():
    with step(revision) as ctx:
        phase.create_fill_triggers(ctx)


def downgrade():
    with step(revision) as ctx:
        phase.drop_fill_triggers(ctx)
