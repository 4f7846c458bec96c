BEGIN;

-- Running downgrade p2_01_backfill -> p1_04_fill_triggers

COMMIT;

-- quarantined rows restored, parents first; keys set back to NULL in batches

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p1_04_fill_triggers' WHERE tenantmig.alembic_version.version_num = 'p2_01_backfill';

COMMIT;

