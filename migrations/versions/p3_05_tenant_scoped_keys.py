"""Phase 3, NOT NULL: tenant-scoped unique and foreign keys (manifest `tenant_scoped_keys`)."""

from tenantmig import scoped_keys
from tenantmig.steps import step

revision = "p3_05_tenant_scoped_keys"
down_revision = "p3_04_validate_fks"
branch_labels = None
depends_on = None


def upgrade():
    with step(revision) as ctx:
        scoped_keys.scope_keys(ctx)


def downgrade():
    with step(revision) as ctx:
        scoped_keys.restore_keys(ctx)
