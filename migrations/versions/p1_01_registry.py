"""Phase 1, tenant columns: tenants and memberships tables, the legacy tenant, the context helper."""

from tenantmig.phases import shim

revision = "p1_01_registry"
down_revision = "p0_01_baseline"
branch_labels = None
depends_on = None

upgrade, downgrade = shim(revision, down_revision)
