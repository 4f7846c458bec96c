"""Phase 0, backups: verified pg_dump and the baseline of row counts and checksums."""

from tenantmig.phases import p0_backups as phase
from tenantmig.steps import step

revision = "p0_01_baseline"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    with step(revision) as ctx:
        phase.take_baseline(ctx)


def downgrade():
    with step(revision) as ctx:
        phase.void_baseline(ctx)
