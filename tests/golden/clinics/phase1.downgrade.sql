BEGIN;

-- Running downgrade p1_04_fill_triggers -> p1_03_indexes

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_notes" ON "public"."notes";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_notes"();

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p1_03_indexes' WHERE tenantmig.alembic_version.version_num = 'p1_04_fill_triggers';

COMMIT;

BEGIN;

-- Running downgrade p1_03_indexes -> p1_02_columns

COMMIT;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_notes";

RESET lock_timeout;

RESET statement_timeout;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on the table and its partitions, catalog only (brief)
DROP INDEX IF EXISTS "public"."tenantmig_ix_public_visits";

COMMIT;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_product_overrides";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_products";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_orders";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_customers";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_stores";

RESET lock_timeout;

RESET statement_timeout;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p1_02_columns' WHERE tenantmig.alembic_version.version_num = 'p1_03_indexes';

COMMIT;

BEGIN;

-- Running downgrade p1_02_columns -> p1_01_registry

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p1_01_registry' WHERE tenantmig.alembic_version.version_num = 'p1_02_columns';

COMMIT;

BEGIN;

-- Running downgrade p1_01_registry -> p0_01_baseline

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none
REVOKE USAGE ON SCHEMA "tenantmig" FROM "golden_clinic_app", "golden_clinic_service", "golden_clinic_admin", "golden_clinic_reporting";

-- lock: none
-- ban-drop-function is off here: a context helper of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."admin_context"();

-- lock: none
-- ban-drop-function is off here: a context helper of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."current_store"();

-- lock: none
-- ban-drop-function is off here: a context helper of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."store_stated"();

-- lock: none
-- ban-drop-function is off here: a context helper of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."current_tenant"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ROW EXCLUSIVE (one row)
DELETE FROM "public"."organizations" WHERE "id" = '9999'::bigint;

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p0_01_baseline' WHERE tenantmig.alembic_version.version_num = 'p1_01_registry';

COMMIT;

