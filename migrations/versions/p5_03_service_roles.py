"""Phase 5, policy swap: BYPASSRLS taken from the service roles."""

from tenantmig.phases import shim

revision = "p5_03_service_roles"
down_revision = "p5_02_force_rls"
branch_labels = None
depends_on = None

upgrade, downgrade = shim(revision, down_revision)
