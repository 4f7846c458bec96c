BEGIN;

-- Running upgrade p5_03_service_roles -> p6_01_cleanup

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

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."stores";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."categories";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."customers";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."orders";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."products";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."product_overrides";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."visits";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."notes";

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p6_01_cleanup' WHERE tenantmig.alembic_version.version_num = 'p5_03_service_roles';

COMMIT;

