"""Phase 5, policy swap: strict policies for everyone, superseded policies dropped."""

from tenantmig.phases import shim

revision = "p5_01_strict_policies"
down_revision = "p4_02_policies"
branch_labels = None
depends_on = None

upgrade, downgrade = shim(revision, down_revision)
