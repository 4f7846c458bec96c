BEGIN;

-- Running downgrade p4_02_policies -> p4_01_rollout_switches

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p4_01_rollout_switches' WHERE tenantmig.alembic_version.version_num = 'p4_02_policies';

COMMIT;

BEGIN;

-- Running downgrade p4_01_rollout_switches -> p3_05_tenant_scoped_keys

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none
-- ban-drop-function is off here: the rollout switch helper, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."enforced"(text);

-- lock: ACCESS EXCLUSIVE on tenantmig.rollout
-- ban-drop-table is off here: the rollout switches table in the tenantmig schema, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-table
DROP TABLE IF EXISTS "tenantmig"."rollout";

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p3_05_tenant_scoped_keys' WHERE tenantmig.alembic_version.version_num = 'p4_01_rollout_switches';

COMMIT;

