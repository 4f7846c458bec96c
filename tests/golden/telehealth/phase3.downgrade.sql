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

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."appointments" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_appointments";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."appointments" ADD CONSTRAINT "tenantmig_kfk_public_appointments" FOREIGN KEY ("client_id", "patient_id") REFERENCES "public"."patients" ("client_id", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."clinical_notes" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_clinical_notes";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."clinical_notes" ADD CONSTRAINT "tenantmig_kfk_public_clinical_notes" FOREIGN KEY ("client_id", "appointment_id") REFERENCES "public"."appointments" ("client_id", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."invoices" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_invoices";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."invoices" ADD CONSTRAINT "tenantmig_kfk_public_invoices" FOREIGN KEY ("client_id", "patient_id") REFERENCES "public"."patients" ("client_id", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."prescriptions" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_prescriptions";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescriptions" ADD CONSTRAINT "tenantmig_kfk_public_prescriptions" FOREIGN KEY ("client_id", "appointment_id") REFERENCES "public"."appointments" ("client_id", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."prescription_refills" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_prescription_refills";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescription_refills" ADD CONSTRAINT "tenantmig_kfk_public_prescription_refills" FOREIGN KEY ("client_id", "prescription_id") REFERENCES "public"."prescriptions" ("client_id", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."patients" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_patients";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."patients" ADD CONSTRAINT "tenantmig_fk_public_patients" FOREIGN KEY ("client_id") REFERENCES "public"."organizations" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."appointments" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_appointments";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."appointments" ADD CONSTRAINT "tenantmig_fk_public_appointments" FOREIGN KEY ("client_id") REFERENCES "public"."organizations" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."prescriptions" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_prescriptions";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescriptions" ADD CONSTRAINT "tenantmig_fk_public_prescriptions" FOREIGN KEY ("client_id") REFERENCES "public"."organizations" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."prescription_refills" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_prescription_refills";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescription_refills" ADD CONSTRAINT "tenantmig_fk_public_prescription_refills" FOREIGN KEY ("client_id") REFERENCES "public"."organizations" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."clinical_notes" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_clinical_notes";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."clinical_notes" ADD CONSTRAINT "tenantmig_fk_public_clinical_notes" FOREIGN KEY ("client_id") REFERENCES "public"."organizations" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."invoices" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_invoices";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."invoices" ADD CONSTRAINT "tenantmig_fk_public_invoices" FOREIGN KEY ("client_id") REFERENCES "public"."organizations" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."uploads" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_uploads";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."uploads" ADD CONSTRAINT "tenantmig_fk_public_uploads" FOREIGN KEY ("client_id") REFERENCES "public"."organizations" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."messages" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_messages";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."messages" ADD CONSTRAINT "tenantmig_fk_public_messages" FOREIGN KEY ("client_id") REFERENCES "public"."organizations" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."audit_events" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_audit_events";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."audit_events" ADD CONSTRAINT "tenantmig_fk_public_audit_events" FOREIGN KEY ("client_id") REFERENCES "public"."organizations" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."products" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_products";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."products" ADD CONSTRAINT "tenantmig_fk_public_products" FOREIGN KEY ("client_id") REFERENCES "public"."organizations" ("id") NOT VALID;

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
ALTER TABLE "public"."patients" ADD CONSTRAINT "tenantmig_nn_public_patients" CHECK ("client_id" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."patients" ALTER COLUMN "client_id" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."appointments" ADD CONSTRAINT "tenantmig_nn_public_appointments" CHECK ("client_id" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."appointments" ALTER COLUMN "client_id" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescriptions" ADD CONSTRAINT "tenantmig_nn_public_prescriptions" CHECK ("client_id" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."prescriptions" ALTER COLUMN "client_id" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescription_refills" ADD CONSTRAINT "tenantmig_nn_public_prescription_refills" CHECK ("client_id" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."prescription_refills" ALTER COLUMN "client_id" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."clinical_notes" ADD CONSTRAINT "tenantmig_nn_public_clinical_notes" CHECK ("client_id" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."clinical_notes" ALTER COLUMN "client_id" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."invoices" ADD CONSTRAINT "tenantmig_nn_public_invoices" CHECK ("client_id" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."invoices" ALTER COLUMN "client_id" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."uploads" ADD CONSTRAINT "tenantmig_nn_public_uploads" CHECK ("client_id" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."uploads" ALTER COLUMN "client_id" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."messages" ADD CONSTRAINT "tenantmig_nn_public_messages" CHECK ("client_id" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."messages" ALTER COLUMN "client_id" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."audit_events" ADD CONSTRAINT "tenantmig_nn_public_audit_events" CHECK ("client_id" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."audit_events" ALTER COLUMN "client_id" DROP NOT NULL;

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
ALTER TABLE "public"."patients" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_patients";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."appointments" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_appointments";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."prescriptions" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_prescriptions";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."prescription_refills" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_prescription_refills";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."clinical_notes" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_clinical_notes";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."invoices" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_invoices";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."uploads" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_uploads";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."messages" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_messages";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."audit_events" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_audit_events";

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p2_01_backfill' WHERE tenantmig.alembic_version.version_num = 'p3_01_check_not_valid';

COMMIT;

