"""Phase 4, parallel policies: RLS on, transition policies beside the existing ones."""

from tenantmig.phases import shim

revision = "p4_02_policies"
down_revision = "p4_01_rollout_switches"
branch_labels = None
depends_on = None

upgrade, downgrade = shim(revision, down_revision)
