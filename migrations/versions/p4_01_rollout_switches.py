"""Phase 4, parallel policies: snapshot, rollout switches and tenantmig.enforced()."""

from tenantmig.phases import shim

revision = "p4_01_rollout_switches"
down_revision = "p3_05_tenant_scoped_keys"
branch_labels = None
depends_on = None

upgrade, downgrade = shim(revision, down_revision)
