BEGIN;

-- Running upgrade p2_01_backfill -> p3_01_check_not_valid

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."customers" ADD CONSTRAINT "tenantmig_nn_public_customers" CHECK ("organization_id" IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."orders" ADD CONSTRAINT "tenantmig_nn_public_orders" CHECK ("organization_id" IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."notes" ADD CONSTRAINT "tenantmig_nn_public_notes" CHECK ("organization_id" IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p3_01_check_not_valid' WHERE tenantmig.alembic_version.version_num = 'p2_01_backfill';

COMMIT;

BEGIN;

-- Running upgrade p3_01_check_not_valid -> p3_02_validate_checks

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for a full scan (reads and writes continue)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."customers" VALIDATE CONSTRAINT "tenantmig_nn_public_customers";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for a full scan (reads and writes continue)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."orders" VALIDATE CONSTRAINT "tenantmig_nn_public_orders";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for a full scan (reads and writes continue)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."notes" VALIDATE CONSTRAINT "tenantmig_nn_public_notes";

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p3_02_validate_checks' WHERE tenantmig.alembic_version.version_num = 'p3_01_check_not_valid';

COMMIT;

BEGIN;

-- Running upgrade p3_02_validate_checks -> p3_03_set_not_null

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, no scan (the valid CHECK proves it)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."customers" ALTER COLUMN "organization_id" SET NOT NULL;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, redundant once the column is NOT NULL, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."customers" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_customers";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, no scan (the valid CHECK proves it)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."orders" ALTER COLUMN "organization_id" SET NOT NULL;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, redundant once the column is NOT NULL, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."orders" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_orders";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, no scan (the valid CHECK proves it)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."notes" ALTER COLUMN "organization_id" SET NOT NULL;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, redundant once the column is NOT NULL, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."notes" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_notes";

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p3_03_set_not_null' WHERE tenantmig.alembic_version.version_num = 'p3_02_validate_checks';

COMMIT;

BEGIN;

-- Running upgrade p3_03_set_not_null -> p3_04_validate_fks

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p3_04_validate_fks' WHERE tenantmig.alembic_version.version_num = 'p3_03_set_not_null';

COMMIT;

BEGIN;

-- Running upgrade p3_04_validate_fks -> p3_05_tenant_scoped_keys

COMMIT;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_tk_customers_email_key" ON "public"."customers" USING btree ("organization_id", email);

RESET lock_timeout;

RESET statement_timeout;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."customers" ADD CONSTRAINT "tenantmig_tk_customers_email_key" UNIQUE USING INDEX "tenantmig_tk_customers_email_key";

COMMIT;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_tk_stores_id" ON "public"."stores" ("organization_id", "id");

RESET lock_timeout;

RESET statement_timeout;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."stores" ADD CONSTRAINT "tenantmig_tk_stores_id" UNIQUE USING INDEX "tenantmig_tk_stores_id";

COMMIT;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_tk_customers_id" ON "public"."customers" ("organization_id", "id");

RESET lock_timeout;

RESET statement_timeout;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."customers" ADD CONSTRAINT "tenantmig_tk_customers_id" UNIQUE USING INDEX "tenantmig_tk_customers_id";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
ALTER TABLE "public"."customers" ADD CONSTRAINT "tenantmig_tk_customers_store_id_fkey" FOREIGN KEY ("organization_id", "store_id") REFERENCES "public"."stores" ("organization_id", "id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the parent, for a scan
ALTER TABLE "public"."customers" VALIDATE CONSTRAINT "tenantmig_tk_customers_store_id_fkey";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
ALTER TABLE "public"."customers" DROP CONSTRAINT IF EXISTS "customers_store_id_fkey";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
ALTER TABLE "public"."orders" ADD CONSTRAINT "tenantmig_tk_orders_customer_id_fkey" FOREIGN KEY ("organization_id", "customer_id") REFERENCES "public"."customers" ("organization_id", "id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the parent, for a scan
ALTER TABLE "public"."orders" VALIDATE CONSTRAINT "tenantmig_tk_orders_customer_id_fkey";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
ALTER TABLE "public"."orders" DROP CONSTRAINT IF EXISTS "orders_customer_id_fkey";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
ALTER TABLE "public"."orders" ADD CONSTRAINT "tenantmig_tk_orders_store_id_fkey" FOREIGN KEY ("organization_id", "store_id") REFERENCES "public"."stores" ("organization_id", "id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the parent, for a scan
ALTER TABLE "public"."orders" VALIDATE CONSTRAINT "tenantmig_tk_orders_store_id_fkey";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
ALTER TABLE "public"."orders" DROP CONSTRAINT IF EXISTS "orders_store_id_fkey";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds), its index dropped with it
ALTER TABLE "public"."customers" DROP CONSTRAINT IF EXISTS "customers_email_key";

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p3_05_tenant_scoped_keys' WHERE tenantmig.alembic_version.version_num = 'p3_04_validate_fks';

COMMIT;

