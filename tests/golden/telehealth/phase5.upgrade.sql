BEGIN;

-- Running upgrade p4_02_policies -> p5_01_strict_policies

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."patients" AS RESTRICTIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant())) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."patients" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NOT NULL) WITH CHECK ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."patients" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."appointments" AS RESTRICTIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant())) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."appointments" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NOT NULL) WITH CHECK ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."appointments" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."prescriptions" AS RESTRICTIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant())) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."prescriptions" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NOT NULL) WITH CHECK ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."prescriptions" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."prescription_refills" AS RESTRICTIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant())) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."prescription_refills" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NOT NULL) WITH CHECK ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."prescription_refills" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."clinical_notes" AS RESTRICTIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant())) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_service_1" ON "public"."clinical_notes" AS PERMISSIVE FOR ALL TO "golden_service_role" USING (((NOT is_private) OR (author_id = (NULLIF(current_setting('app.current_user_id'::text, true), ''::text))::bigint))) WITH CHECK (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."clinical_notes" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NOT NULL) WITH CHECK ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."clinical_notes" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."invoices" AS RESTRICTIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant())) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."invoices" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NOT NULL) WITH CHECK ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."invoices" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."uploads" AS RESTRICTIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant())) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_service_1" ON "public"."uploads" AS PERMISSIVE FOR ALL TO "golden_service_role" USING (true) WITH CHECK (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."uploads" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NOT NULL) WITH CHECK ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."uploads" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
DROP POLICY IF EXISTS "uploads_service_all" ON "public"."uploads";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."messages" AS RESTRICTIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant())) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."messages" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NOT NULL) WITH CHECK ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."messages" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."audit_events" AS RESTRICTIVE FOR ALL TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant())) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."audit_events" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NOT NULL) WITH CHECK ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."audit_events" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_read" ON "public"."products" AS RESTRICTIVE FOR SELECT TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()) OR "client_id" IS NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_insert" ON "public"."products" AS RESTRICTIVE FOR INSERT TO "golden_app_user", "golden_service_role" WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_update" ON "public"."products" AS RESTRICTIVE FOR UPDATE TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant())) WITH CHECK ("client_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_delete" ON "public"."products" AS RESTRICTIVE FOR DELETE TO "golden_app_user", "golden_service_role" USING ("client_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."products" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NOT NULL) WITH CHECK ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin_global" ON "public"."products" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING ("client_id" IS NULL) WITH CHECK ("client_id" IS NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."products" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting_global" ON "public"."products" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING ("client_id" IS NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_no_insert" ON "public"."disease_states" AS RESTRICTIVE FOR INSERT TO "golden_app_user", "golden_service_role" WITH CHECK (false);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_no_update" ON "public"."disease_states" AS RESTRICTIVE FOR UPDATE TO "golden_app_user", "golden_service_role" USING (false);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_no_delete" ON "public"."disease_states" AS RESTRICTIVE FOR DELETE TO "golden_app_user", "golden_service_role" USING (false);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."disease_states" AS PERMISSIVE FOR ALL TO "golden_support_admin" USING (true) WITH CHECK (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."disease_states" AS PERMISSIVE FOR SELECT TO "golden_reporting" USING (true);

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p5_01_strict_policies' WHERE tenantmig.alembic_version.version_num = 'p4_02_policies';

COMMIT;

BEGIN;

-- Running upgrade p5_01_strict_policies -> p5_02_force_rls

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."patients" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."appointments" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescriptions" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."prescription_refills" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."clinical_notes" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."invoices" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."uploads" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."messages" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."audit_events" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."products" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."disease_states" FORCE ROW LEVEL SECURITY;

COMMIT;

-- views reading protected tables: SET (security_invoker = true) (PostgreSQL 15+; listed online)

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p5_02_force_rls' WHERE tenantmig.alembic_version.version_num = 'p5_01_strict_policies';

COMMIT;

BEGIN;

-- Running upgrade p5_02_force_rls -> p5_03_service_roles

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (role attribute)
ALTER ROLE "golden_service_role" NOBYPASSRLS;

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p5_03_service_roles' WHERE tenantmig.alembic_version.version_num = 'p5_02_force_rls';

COMMIT;

