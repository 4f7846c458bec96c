"""Phase 3, NOT NULL: VALIDATE the tenant foreign keys."""

from tenantmig.phases import p3_not_null as phase
from tenantmig.steps import step

revision = "p3_04_validate_fks"
down_revision = "p3_03_set_not_null"
branch_labels = None
depends_on = None


def upgrade():
    with step(revision) as ctx:
        phase.validate_foreign_keys(ctx)


def downgrade():
    with step(revision) as ctx:
        phase.unvalidate_foreign_keys(ctx)
