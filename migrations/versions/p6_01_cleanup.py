"""Phase 6, cleanup: rollout switches removed, tables analysed."""

from tenantmig.phases import shim

revision = "p6_01_cleanup"
down_revision = "p5_03_service_roles"
branch_labels = None
depends_on = None

upgrade, downgrade = shim(revision, down_revision)
