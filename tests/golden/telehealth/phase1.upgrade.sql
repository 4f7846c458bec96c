BEGIN;

-- Running upgrade p0_01_baseline -> p1_01_registry

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ROW EXCLUSIVE (one row)
INSERT INTO "public"."organizations" ("id", "slug", "name") VALUES ('00000000-0000-0000-0000-00000000a11c'::uuid, 'legacy', 'Legacy tenant (single-tenant era)') ON CONFLICT DO NOTHING;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."current_tenant"() RETURNS uuid
LANGUAGE sql STABLE PARALLEL SAFE
AS $fn$
    SELECT CASE WHEN pg_catalog.translate((pg_catalog.current_setting('app.current_client_id', true)), 'x0123456789abcdefABCDEF', '?xxxxxxxxxxxxxxxxxxxxxx') OPERATOR(pg_catalog.=) 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx' THEN CAST((pg_catalog.current_setting('app.current_client_id', true)) AS pg_catalog.uuid) END
$fn$;

-- lock: none
GRANT EXECUTE ON FUNCTION "tenantmig"."current_tenant"() TO PUBLIC;

-- lock: none
GRANT USAGE ON SCHEMA "tenantmig" TO "golden_app_user", "golden_service_role", "golden_support_admin", "golden_reporting";

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p1_01_registry' WHERE tenantmig.alembic_version.version_num = 'p0_01_baseline';

COMMIT;

BEGIN;

-- Running upgrade p1_01_registry -> p1_02_columns

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."patients" ADD COLUMN IF NOT EXISTS "client_id" uuid;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."patients" ADD CONSTRAINT "tenantmig_fk_public_patients" FOREIGN KEY ("client_id") REFERENCES "public"."organizations" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."appointments" ADD COLUMN IF NOT EXISTS "client_id" uuid;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."appointments" ADD CONSTRAINT "tenantmig_fk_public_appointments" FOREIGN KEY ("client_id") REFERENCES "public"."organizations" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."prescriptions" ADD COLUMN IF NOT EXISTS "client_id" uuid;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescriptions" ADD CONSTRAINT "tenantmig_fk_public_prescriptions" FOREIGN KEY ("client_id") REFERENCES "public"."organizations" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."prescription_refills" ADD COLUMN IF NOT EXISTS "client_id" uuid;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescription_refills" ADD CONSTRAINT "tenantmig_fk_public_prescription_refills" FOREIGN KEY ("client_id") REFERENCES "public"."organizations" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."clinical_notes" ADD COLUMN IF NOT EXISTS "client_id" uuid;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."clinical_notes" ADD CONSTRAINT "tenantmig_fk_public_clinical_notes" FOREIGN KEY ("client_id") REFERENCES "public"."organizations" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."invoices" ADD COLUMN IF NOT EXISTS "client_id" uuid;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."invoices" ADD CONSTRAINT "tenantmig_fk_public_invoices" FOREIGN KEY ("client_id") REFERENCES "public"."organizations" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."uploads" ADD COLUMN IF NOT EXISTS "client_id" uuid;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."uploads" ADD CONSTRAINT "tenantmig_fk_public_uploads" FOREIGN KEY ("client_id") REFERENCES "public"."organizations" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."messages" ADD COLUMN IF NOT EXISTS "client_id" uuid;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."messages" ADD CONSTRAINT "tenantmig_fk_public_messages" FOREIGN KEY ("client_id") REFERENCES "public"."organizations" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."audit_events" ADD COLUMN IF NOT EXISTS "client_id" uuid;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."audit_events" ADD CONSTRAINT "tenantmig_fk_public_audit_events" FOREIGN KEY ("client_id") REFERENCES "public"."organizations" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."products" ADD COLUMN IF NOT EXISTS "client_id" uuid;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."products" ADD CONSTRAINT "tenantmig_fk_public_products" FOREIGN KEY ("client_id") REFERENCES "public"."organizations" ("id") NOT VALID;

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p1_02_columns' WHERE tenantmig.alembic_version.version_num = 'p1_01_registry';

COMMIT;

BEGIN;

-- Running upgrade p1_02_columns -> p1_03_indexes

COMMIT;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_patients" ON "public"."patients" ("client_id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_appointments" ON "public"."appointments" ("client_id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_prescriptions" ON "public"."prescriptions" ("client_id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_prescription_refills" ON "public"."prescription_refills" ("client_id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_clinical_notes" ON "public"."clinical_notes" ("client_id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_invoices" ON "public"."invoices" ("client_id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_uploads" ON "public"."uploads" ("client_id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_messages" ON "public"."messages" ("client_id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_audit_events" ON "public"."audit_events" ("client_id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_products" ON "public"."products" ("client_id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_patients_id" ON "public"."patients" ("client_id", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_appointments_id" ON "public"."appointments" ("client_id", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_prescriptions_id" ON "public"."prescriptions" ("client_id", "id");

RESET lock_timeout;

RESET statement_timeout;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p1_03_indexes' WHERE tenantmig.alembic_version.version_num = 'p1_02_columns';

COMMIT;

BEGIN;

-- Running upgrade p1_03_indexes -> p1_04_fill_triggers

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."appointments" ADD CONSTRAINT "tenantmig_kfk_public_appointments" FOREIGN KEY ("client_id", "patient_id") REFERENCES "public"."patients" ("client_id", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."clinical_notes" ADD CONSTRAINT "tenantmig_kfk_public_clinical_notes" FOREIGN KEY ("client_id", "appointment_id") REFERENCES "public"."appointments" ("client_id", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."invoices" ADD CONSTRAINT "tenantmig_kfk_public_invoices" FOREIGN KEY ("client_id", "patient_id") REFERENCES "public"."patients" ("client_id", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescriptions" ADD CONSTRAINT "tenantmig_kfk_public_prescriptions" FOREIGN KEY ("client_id", "appointment_id") REFERENCES "public"."appointments" ("client_id", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescription_refills" ADD CONSTRAINT "tenantmig_kfk_public_prescription_refills" FOREIGN KEY ("client_id", "prescription_id") REFERENCES "public"."prescriptions" ("client_id", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_patients"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  only_tenant uuid;
BEGIN
  IF NEW."client_id" IS NULL THEN
    NEW."client_id" := tenantmig.current_tenant();
    IF NEW."client_id" IS NULL THEN SELECT mm."organization_id" INTO only_tenant FROM "public"."user_organizations" mm WHERE mm."user_id" = NEW."created_by" AND mm."organization_id" IS NOT NULL LIMIT 1; IF only_tenant IS NOT NULL AND NOT EXISTS (SELECT FROM "public"."user_organizations" mm WHERE mm."user_id" = NEW."created_by" AND mm."organization_id" <> only_tenant) THEN NEW."client_id" := only_tenant; END IF; END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_patients" BEFORE INSERT ON "public"."patients" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_patients"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_appointments"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."patient_id" IS DISTINCT FROM OLD."patient_id" AND NEW."patient_id" IS NOT NULL
       AND NEW."client_id" IS NOT DISTINCT FROM OLD."client_id" THEN
      SELECT p."client_id" INTO NEW."client_id" FROM "public"."patients" p
      WHERE p."id" = NEW."patient_id";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."client_id" IS NULL THEN
    IF NEW."patient_id" IS NOT NULL THEN
      SELECT p."client_id" INTO NEW."client_id" FROM "public"."patients" p WHERE p."id" = NEW."patient_id";
    ELSE
      NEW."client_id" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_appointments" BEFORE INSERT OR UPDATE OF "patient_id" ON "public"."appointments" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_appointments"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_audit_events"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF NEW."client_id" IS NULL THEN
    NEW."client_id" := tenantmig.current_tenant();
    IF NEW."client_id" IS NULL THEN NEW."client_id" := '00000000-0000-0000-0000-00000000a11c'::uuid; END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_audit_events" BEFORE INSERT ON "public"."audit_events" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_audit_events"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_clinical_notes"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."appointment_id" IS DISTINCT FROM OLD."appointment_id" AND NEW."appointment_id" IS NOT NULL
       AND NEW."client_id" IS NOT DISTINCT FROM OLD."client_id" THEN
      SELECT p."client_id" INTO NEW."client_id" FROM "public"."appointments" p
      WHERE p."id" = NEW."appointment_id";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."client_id" IS NULL THEN
    IF NEW."appointment_id" IS NOT NULL THEN
      SELECT p."client_id" INTO NEW."client_id" FROM "public"."appointments" p WHERE p."id" = NEW."appointment_id";
    ELSE
      NEW."client_id" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_clinical_notes" BEFORE INSERT OR UPDATE OF "appointment_id" ON "public"."clinical_notes" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_clinical_notes"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_invoices"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."patient_id" IS DISTINCT FROM OLD."patient_id" AND NEW."patient_id" IS NOT NULL
       AND NEW."client_id" IS NOT DISTINCT FROM OLD."client_id" THEN
      SELECT p."client_id" INTO NEW."client_id" FROM "public"."patients" p
      WHERE p."id" = NEW."patient_id";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."client_id" IS NULL THEN
    IF NEW."patient_id" IS NOT NULL THEN
      SELECT p."client_id" INTO NEW."client_id" FROM "public"."patients" p WHERE p."id" = NEW."patient_id";
    ELSE
      NEW."client_id" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_invoices" BEFORE INSERT OR UPDATE OF "patient_id" ON "public"."invoices" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_invoices"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_messages"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF NEW."client_id" IS NULL THEN
    NEW."client_id" := tenantmig.current_tenant();
    IF NEW."client_id" IS NULL THEN NEW."client_id" := ((SELECT o.id FROM public.organizations AS o WHERE o.slug = new.clinic_slug)); END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_messages" BEFORE INSERT ON "public"."messages" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_messages"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_prescriptions"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."appointment_id" IS DISTINCT FROM OLD."appointment_id" AND NEW."appointment_id" IS NOT NULL
       AND NEW."client_id" IS NOT DISTINCT FROM OLD."client_id" THEN
      SELECT p."client_id" INTO NEW."client_id" FROM "public"."appointments" p
      WHERE p."id" = NEW."appointment_id";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."client_id" IS NULL THEN
    IF NEW."appointment_id" IS NOT NULL THEN
      SELECT p."client_id" INTO NEW."client_id" FROM "public"."appointments" p WHERE p."id" = NEW."appointment_id";
    ELSE
      NEW."client_id" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_prescriptions" BEFORE INSERT OR UPDATE OF "appointment_id" ON "public"."prescriptions" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_prescriptions"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_prescription_refills"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."prescription_id" IS DISTINCT FROM OLD."prescription_id" AND NEW."prescription_id" IS NOT NULL
       AND NEW."client_id" IS NOT DISTINCT FROM OLD."client_id" THEN
      SELECT p."client_id" INTO NEW."client_id" FROM "public"."prescriptions" p
      WHERE p."id" = NEW."prescription_id";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."client_id" IS NULL THEN
    IF NEW."prescription_id" IS NOT NULL THEN
      SELECT p."client_id" INTO NEW."client_id" FROM "public"."prescriptions" p WHERE p."id" = NEW."prescription_id";
    ELSE
      NEW."client_id" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_prescription_refills" BEFORE INSERT OR UPDATE OF "prescription_id" ON "public"."prescription_refills" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_prescription_refills"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_uploads"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  only_tenant uuid;
BEGIN
  IF NEW."client_id" IS NULL THEN
    NEW."client_id" := tenantmig.current_tenant();
    IF NEW."client_id" IS NULL THEN SELECT mm."organization_id" INTO only_tenant FROM "public"."user_organizations" mm WHERE mm."user_id" = NEW."uploaded_by" AND mm."organization_id" IS NOT NULL LIMIT 1; IF only_tenant IS NOT NULL AND NOT EXISTS (SELECT FROM "public"."user_organizations" mm WHERE mm."user_id" = NEW."uploaded_by" AND mm."organization_id" <> only_tenant) THEN NEW."client_id" := only_tenant; END IF; END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_uploads" BEFORE INSERT ON "public"."uploads" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_uploads"();

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p1_04_fill_triggers' WHERE tenantmig.alembic_version.version_num = 'p1_03_indexes';

COMMIT;

