"""Phase 2, backfill: batched, resumable, parents first; orphans fail or go to quarantine."""

from tenantmig.phases import p2_backfill as phase
from tenantmig.steps import step

revision = "p2_01_backfill"
down_revision = "p1_04_fill_triggers"
branch_labels = None
depends_on = None


def upgrade():
    with step(revision) as ctx:
        phase.fill(ctx)


def downgrade():
    with step(revision) as ctx:
        phase.unfill(ctx)
