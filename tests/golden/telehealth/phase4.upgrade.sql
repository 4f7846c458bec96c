BEGIN;

-- Running upgrade p3_05_tenant_scoped_keys -> p4_01_rollout_switches

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: new table
CREATE TABLE IF NOT EXISTS "tenantmig"."rollout" (
    scope text NOT NULL CHECK (scope IN ('all', 'table', 'tenant')),
    value text NOT NULL DEFAULT '',
    enabled_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    enabled_by text NOT NULL DEFAULT session_user,
    PRIMARY KEY (scope, value)
);

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."enforced"("target" text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
    SELECT EXISTS (
        SELECT 1 FROM tenantmig.rollout r
        WHERE r.scope = 'all'
           OR (r.scope = 'table' AND r.value = target)
           OR (r.scope = 'tenant' AND r.value = (SELECT tenantmig.current_tenant())::text)
    )
$fn$;

-- lock: none
GRANT EXECUTE ON FUNCTION "tenantmig"."enforced"(text) TO PUBLIC;

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p4_01_rollout_switches' WHERE tenantmig.alembic_version.version_num = 'p3_05_tenant_scoped_keys';

COMMIT;

BEGIN;

-- Running upgrade p4_01_rollout_switches -> p4_02_policies

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."patients" AS RESTRICTIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.patients'))) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.patients')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."patients" AS PERMISSIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.patients'))) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.patients')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."patients" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NOT NULL) WITH CHECK ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."patients" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."patients" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."appointments" AS RESTRICTIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.appointments'))) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.appointments')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."appointments" AS PERMISSIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.appointments'))) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.appointments')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."appointments" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NOT NULL) WITH CHECK ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."appointments" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."appointments" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."prescriptions" AS RESTRICTIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.prescriptions'))) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.prescriptions')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."prescriptions" AS PERMISSIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.prescriptions'))) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.prescriptions')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."prescriptions" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NOT NULL) WITH CHECK ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."prescriptions" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescriptions" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."prescription_refills" AS RESTRICTIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.prescription_refills'))) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.prescription_refills')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."prescription_refills" AS PERMISSIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.prescription_refills'))) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.prescription_refills')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."prescription_refills" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NOT NULL) WITH CHECK ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."prescription_refills" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescription_refills" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."clinical_notes" AS RESTRICTIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.clinical_notes'))) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.clinical_notes')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_service_1" ON "public"."clinical_notes" AS PERMISSIVE FOR ALL TO "golden_service_role" USING (((NOT is_private) OR (author_id = (NULLIF(current_setting('app.current_user_id'::text, true), ''::text))::bigint))) WITH CHECK (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."clinical_notes" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NOT NULL) WITH CHECK ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."clinical_notes" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."clinical_notes" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."invoices" AS RESTRICTIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.invoices'))) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.invoices')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."invoices" AS PERMISSIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.invoices'))) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.invoices')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."invoices" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NOT NULL) WITH CHECK ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."invoices" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."invoices" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."uploads" AS RESTRICTIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.uploads'))) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.uploads')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_service_1" ON "public"."uploads" AS PERMISSIVE FOR ALL TO "golden_service_role" USING (true) WITH CHECK (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."uploads" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NOT NULL) WITH CHECK ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."uploads" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."uploads" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."messages" AS RESTRICTIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.messages'))) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.messages')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."messages" AS PERMISSIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.messages'))) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.messages')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."messages" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NOT NULL) WITH CHECK ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."messages" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."messages" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."audit_events" AS RESTRICTIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.audit_events'))) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.audit_events')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."audit_events" AS PERMISSIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.audit_events'))) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.audit_events')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."audit_events" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NOT NULL) WITH CHECK ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."audit_events" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."audit_events" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_read" ON "public"."products" AS RESTRICTIVE FOR SELECT TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR "client_id" IS NULL OR NOT (SELECT tenantmig.enforced('public.products')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_insert" ON "public"."products" AS RESTRICTIVE FOR INSERT TO "golden_app_user", "golden_service_role" WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.products')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_update" ON "public"."products" AS RESTRICTIVE FOR UPDATE TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.products'))) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.products')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_delete" ON "public"."products" AS RESTRICTIVE FOR DELETE TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.products')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access_read" ON "public"."products" AS PERMISSIVE FOR SELECT TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR "client_id" IS NULL OR NOT (SELECT tenantmig.enforced('public.products')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access_insert" ON "public"."products" AS PERMISSIVE FOR INSERT TO "golden_app_user", "golden_service_role" WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.products')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access_update" ON "public"."products" AS PERMISSIVE FOR UPDATE TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.products'))) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.products')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access_delete" ON "public"."products" AS PERMISSIVE FOR DELETE TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.products')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."products" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NOT NULL) WITH CHECK ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin_global" ON "public"."products" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NULL) WITH CHECK ("client_id" IS NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."products" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting_global" ON "public"."products" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."products" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_read" ON "public"."disease_states" AS PERMISSIVE FOR SELECT TO "golden_app_user", "golden_service_role" USING (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_legacy_write" ON "public"."disease_states" AS PERMISSIVE FOR ALL TO "golden_app_user", "golden_service_role" USING (NOT (SELECT tenantmig.enforced('public.disease_states'))) WITH CHECK (NOT (SELECT tenantmig.enforced('public.disease_states')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."disease_states" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING (true) WITH CHECK (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."disease_states" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."disease_states" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p4_02_policies' WHERE tenantmig.alembic_version.version_num = 'p4_01_rollout_switches';

COMMIT;

