BEGIN;

-- Running upgrade p2_01_backfill -> p3_01_check_not_valid

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."patients" ADD CONSTRAINT "tenantmig_nn_public_patients" CHECK ("client_id" IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."appointments" ADD CONSTRAINT "tenantmig_nn_public_appointments" CHECK ("client_id" IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescriptions" ADD CONSTRAINT "tenantmig_nn_public_prescriptions" CHECK ("client_id" IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescription_refills" ADD CONSTRAINT "tenantmig_nn_public_prescription_refills" CHECK ("client_id" IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."clinical_notes" ADD CONSTRAINT "tenantmig_nn_public_clinical_notes" CHECK ("client_id" IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."invoices" ADD CONSTRAINT "tenantmig_nn_public_invoices" CHECK ("client_id" IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."uploads" ADD CONSTRAINT "tenantmig_nn_public_uploads" CHECK ("client_id" IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."messages" ADD CONSTRAINT "tenantmig_nn_public_messages" CHECK ("client_id" IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."audit_events" ADD CONSTRAINT "tenantmig_nn_public_audit_events" CHECK ("client_id" IS NOT NULL) NOT VALID;

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
ALTER TABLE "public"."patients" VALIDATE CONSTRAINT "tenantmig_nn_public_patients";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for a full scan (reads and writes continue)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."appointments" VALIDATE CONSTRAINT "tenantmig_nn_public_appointments";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for a full scan (reads and writes continue)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescriptions" VALIDATE CONSTRAINT "tenantmig_nn_public_prescriptions";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for a full scan (reads and writes continue)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescription_refills" VALIDATE CONSTRAINT "tenantmig_nn_public_prescription_refills";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for a full scan (reads and writes continue)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."clinical_notes" VALIDATE CONSTRAINT "tenantmig_nn_public_clinical_notes";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for a full scan (reads and writes continue)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."invoices" VALIDATE CONSTRAINT "tenantmig_nn_public_invoices";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for a full scan (reads and writes continue)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."uploads" VALIDATE CONSTRAINT "tenantmig_nn_public_uploads";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for a full scan (reads and writes continue)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."messages" VALIDATE CONSTRAINT "tenantmig_nn_public_messages";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for a full scan (reads and writes continue)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."audit_events" VALIDATE CONSTRAINT "tenantmig_nn_public_audit_events";

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
ALTER TABLE "public"."patients" ALTER COLUMN "client_id" SET NOT NULL;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, redundant once the column is NOT NULL, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."patients" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_patients";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, no scan (the valid CHECK proves it)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."appointments" ALTER COLUMN "client_id" SET NOT NULL;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, redundant once the column is NOT NULL, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."appointments" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_appointments";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, no scan (the valid CHECK proves it)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescriptions" ALTER COLUMN "client_id" SET NOT NULL;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, redundant once the column is NOT NULL, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."prescriptions" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_prescriptions";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, no scan (the valid CHECK proves it)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescription_refills" ALTER COLUMN "client_id" SET NOT NULL;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, redundant once the column is NOT NULL, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."prescription_refills" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_prescription_refills";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, no scan (the valid CHECK proves it)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."clinical_notes" ALTER COLUMN "client_id" SET NOT NULL;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, redundant once the column is NOT NULL, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."clinical_notes" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_clinical_notes";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, no scan (the valid CHECK proves it)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."invoices" ALTER COLUMN "client_id" SET NOT NULL;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, redundant once the column is NOT NULL, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."invoices" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_invoices";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, no scan (the valid CHECK proves it)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."uploads" ALTER COLUMN "client_id" SET NOT NULL;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, redundant once the column is NOT NULL, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."uploads" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_uploads";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, no scan (the valid CHECK proves it)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."messages" ALTER COLUMN "client_id" SET NOT NULL;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, redundant once the column is NOT NULL, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."messages" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_messages";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, no scan (the valid CHECK proves it)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."audit_events" ALTER COLUMN "client_id" SET NOT NULL;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, redundant once the column is NOT NULL, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."audit_events" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_audit_events";

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p3_03_set_not_null' WHERE tenantmig.alembic_version.version_num = 'p3_02_validate_checks';

COMMIT;

BEGIN;

-- Running upgrade p3_03_set_not_null -> p3_04_validate_fks

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the tenants table, for a scan
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."patients" VALIDATE CONSTRAINT "tenantmig_fk_public_patients";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the tenants table, for a scan
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."appointments" VALIDATE CONSTRAINT "tenantmig_fk_public_appointments";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the tenants table, for a scan
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescriptions" VALIDATE CONSTRAINT "tenantmig_fk_public_prescriptions";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the tenants table, for a scan
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescription_refills" VALIDATE CONSTRAINT "tenantmig_fk_public_prescription_refills";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the tenants table, for a scan
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."clinical_notes" VALIDATE CONSTRAINT "tenantmig_fk_public_clinical_notes";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the tenants table, for a scan
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."invoices" VALIDATE CONSTRAINT "tenantmig_fk_public_invoices";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the tenants table, for a scan
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."uploads" VALIDATE CONSTRAINT "tenantmig_fk_public_uploads";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the tenants table, for a scan
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."messages" VALIDATE CONSTRAINT "tenantmig_fk_public_messages";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the tenants table, for a scan
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."audit_events" VALIDATE CONSTRAINT "tenantmig_fk_public_audit_events";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the tenants table, for a scan
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."products" VALIDATE CONSTRAINT "tenantmig_fk_public_products";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the parent, for a scan
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."appointments" VALIDATE CONSTRAINT "tenantmig_kfk_public_appointments";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the parent, for a scan
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."clinical_notes" VALIDATE CONSTRAINT "tenantmig_kfk_public_clinical_notes";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the parent, for a scan
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."invoices" VALIDATE CONSTRAINT "tenantmig_kfk_public_invoices";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the parent, for a scan
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescriptions" VALIDATE CONSTRAINT "tenantmig_kfk_public_prescriptions";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the parent, for a scan
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescription_refills" VALIDATE CONSTRAINT "tenantmig_kfk_public_prescription_refills";

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p3_04_validate_fks' WHERE tenantmig.alembic_version.version_num = 'p3_03_set_not_null';

COMMIT;

BEGIN;

-- Running upgrade p3_04_validate_fks -> p3_05_tenant_scoped_keys

COMMIT;

-- tenant_scoped_keys is off: nothing to rebuild

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p3_05_tenant_scoped_keys' WHERE tenantmig.alembic_version.version_num = 'p3_04_validate_fks';

COMMIT;

