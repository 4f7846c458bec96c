BEGIN;

-- Running downgrade p3_05_tenant_scoped_keys -> p3_04_validate_fks

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p3_04_validate_fks' WHERE tenantmig.alembic_version.version_num = 'p3_05_tenant_scoped_keys';

COMMIT;

BEGIN;

-- Running downgrade p3_04_validate_fks -> p3_03_set_not_null

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p3_03_set_not_null' WHERE tenantmig.alembic_version.version_num = 'p3_04_validate_fks';

COMMIT;

BEGIN;

-- Running downgrade p3_03_set_not_null -> p3_02_validate_checks

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."stores" ADD CONSTRAINT "tenantmig_nn_public_stores" CHECK ("organization_id" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."stores" ALTER COLUMN "organization_id" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."customers" ADD CONSTRAINT "tenantmig_nn_public_customers" CHECK ("organization_id" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."customers" ALTER COLUMN "organization_id" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."orders" ADD CONSTRAINT "tenantmig_nn_public_orders" CHECK ("organization_id" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."orders" ALTER COLUMN "organization_id" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."product_overrides" ADD CONSTRAINT "tenantmig_nn_public_product_overrides" CHECK ("organization_id" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."product_overrides" ALTER COLUMN "organization_id" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."visits" ADD CONSTRAINT "tenantmig_nn_public_visits" CHECK ("organization_id" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."visits" ALTER COLUMN "organization_id" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."notes" ADD CONSTRAINT "tenantmig_nn_public_notes" CHECK ("organization_id" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."notes" ALTER COLUMN "organization_id" DROP NOT NULL;

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p3_02_validate_checks' WHERE tenantmig.alembic_version.version_num = 'p3_03_set_not_null';

COMMIT;

BEGIN;

-- Running downgrade p3_02_validate_checks -> p3_01_check_not_valid

COMMIT;

-- step.noop: reason=validated checks need no undo of their own

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p3_01_check_not_valid' WHERE tenantmig.alembic_version.version_num = 'p3_02_validate_checks';

COMMIT;

BEGIN;

-- Running downgrade p3_01_check_not_valid -> p2_01_backfill

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."stores" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_stores";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."customers" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_customers";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."orders" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_orders";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."product_overrides" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_product_overrides";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."visits" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_visits";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."notes" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_notes";

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p2_01_backfill' WHERE tenantmig.alembic_version.version_num = 'p3_01_check_not_valid';

COMMIT;

