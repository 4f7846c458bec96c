"""Phase 5, policy swap: FORCE ROW LEVEL SECURITY."""

from tenantmig.phases import shim

revision = "p5_02_force_rls"
down_revision = "p5_01_strict_policies"
branch_labels = None
depends_on = None

upgrade, downgrade = shim(revision, down_revision)
