BEGIN;

-- Running downgrade p1_04_fill_triggers -> p1_03_indexes

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."appointments" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_appointments";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."clinical_notes" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_clinical_notes";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."invoices" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_invoices";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."prescriptions" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_prescriptions";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."prescription_refills" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_prescription_refills";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_patients" ON "public"."patients";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_patients"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_appointments" ON "public"."appointments";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_appointments"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_prescriptions" ON "public"."prescriptions";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_prescriptions"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_patients" ON "public"."patients";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_patients"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_appointments" ON "public"."appointments";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_appointments"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_audit_events" ON "public"."audit_events";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_audit_events"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_clinical_notes" ON "public"."clinical_notes";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_clinical_notes"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_invoices" ON "public"."invoices";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_invoices"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_messages" ON "public"."messages";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_messages"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_prescriptions" ON "public"."prescriptions";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_prescriptions"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_prescription_refills" ON "public"."prescription_refills";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_prescription_refills"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_uploads" ON "public"."uploads";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_uploads"();

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
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_prescriptions_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_appointments_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_patients_id";

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
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_audit_events";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_messages";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_uploads";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_invoices";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_clinical_notes";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_prescription_refills";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_prescriptions";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_appointments";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_patients";

RESET lock_timeout;

RESET statement_timeout;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p1_02_columns' WHERE tenantmig.alembic_version.version_num = 'p1_03_indexes';

COMMIT;

BEGIN;

-- Running downgrade p1_02_columns -> p1_01_registry

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."patients" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_patients";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."appointments" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_appointments";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."prescriptions" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_prescriptions";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."prescription_refills" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_prescription_refills";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."clinical_notes" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_clinical_notes";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."invoices" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_invoices";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."uploads" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_uploads";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."messages" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_messages";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."audit_events" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_audit_events";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."products" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_products";

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
REVOKE USAGE ON SCHEMA "tenantmig" FROM "golden_app_user", "golden_service_role", "golden_support_admin", "golden_reporting";

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
DELETE FROM "public"."organizations" WHERE "id" = '00000000-0000-0000-0000-00000000a11c'::uuid;

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p0_01_baseline' WHERE tenantmig.alembic_version.version_num = 'p1_01_registry';

COMMIT;

