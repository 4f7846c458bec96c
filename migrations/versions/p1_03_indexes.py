"""Phase 1, tenant columns: key indexes built CONCURRENTLY (its own step: no transaction)."""

from tenantmig.phases import p1_tenant_columns as phase
from tenantmig.steps import step

revision = "p1_03_indexes"
down_revision = "p1_02_columns"
branch_labels = None
depends_on = None


def upgrade():
    with step(revision) as ctx:
        phase.build_indexes(ctx)


def downgrade():
    with step(revision) as ctx:
        phase.drop_indexes(ctx)
