BEGIN;

-- Running downgrade p0_01_baseline -> 

COMMIT;

UPDATE tenantmig.baselines SET void = true WHERE NOT void;

BEGIN;

DELETE FROM tenantmig.alembic_version WHERE tenantmig.alembic_version.version_num = 'p0_01_baseline';

COMMIT;

