"""Phase 3, NOT NULL: tenant-scoped unique and foreign keys (manifest `tenant_scoped_keys`)."""

from tenantmig.phases import shim

revision = "p3_05_tenant_scoped_keys"
down_revision = "p3_04_validate_fks"
branch_labels = None
depends_on = None

upgrade, downgrade = shim(revision, down_revision)
