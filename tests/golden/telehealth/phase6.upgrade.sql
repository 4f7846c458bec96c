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
ANALYZE "public"."patients";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."appointments";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."prescriptions";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."prescription_refills";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."clinical_notes";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."invoices";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."uploads";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."messages";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."audit_events";

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
ANALYZE "public"."disease_states";

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p6_01_cleanup' WHERE tenantmig.alembic_version.version_num = 'p5_03_service_roles';

COMMIT;

