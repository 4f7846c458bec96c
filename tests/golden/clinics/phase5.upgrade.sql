BEGIN;

-- Running upgrade p4_02_policies -> p5_01_strict_policies

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."stores" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."stores" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."stores" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_no_insert" ON "public"."categories" AS RESTRICTIVE FOR INSERT TO "golden_clinic_app", "golden_clinic_service" WITH CHECK (false);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_no_update" ON "public"."categories" AS RESTRICTIVE FOR UPDATE TO "golden_clinic_app", "golden_clinic_service" USING (false);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_no_delete" ON "public"."categories" AS RESTRICTIVE FOR DELETE TO "golden_clinic_app", "golden_clinic_service" USING (false);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."categories" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING (true) WITH CHECK (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."categories" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING (true);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."customers" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_store" ON "public"."customers" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store())) WITH CHECK (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."customers" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."customers" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."orders" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_store" ON "public"."orders" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store())) WITH CHECK (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."orders" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."orders" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_read" ON "public"."products" AS RESTRICTIVE FOR SELECT TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR "organization_id" IS NULL OR (EXISTS (SELECT 1 FROM public.product_overrides AS o WHERE o.product_id = products.id AND o.organization_id = (SELECT tenantmig.current_tenant()))));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_insert" ON "public"."products" AS RESTRICTIVE FOR INSERT TO "golden_clinic_app", "golden_clinic_service" WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_update" ON "public"."products" AS RESTRICTIVE FOR UPDATE TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_delete" ON "public"."products" AS RESTRICTIVE FOR DELETE TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."products" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin_global" ON "public"."products" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NULL) WITH CHECK ("organization_id" IS NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."products" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting_global" ON "public"."products" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."product_overrides" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."product_overrides" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."product_overrides" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."visits" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_store" ON "public"."visits" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store())) WITH CHECK (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."visits" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."visits" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."visits_2023" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_store" ON "public"."visits_2023" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store())) WITH CHECK (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."visits_2023" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."visits_2023" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."visits_2024" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_store" ON "public"."visits_2024" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store())) WITH CHECK (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."visits_2024" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."visits_2024" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."notes" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."notes" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."notes" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

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
ALTER TABLE "public"."stores" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."categories" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."customers" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."orders" FORCE ROW LEVEL SECURITY;

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
ALTER TABLE "public"."product_overrides" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."visits" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."visits_2023" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."visits_2024" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."notes" FORCE ROW LEVEL SECURITY;

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
ALTER ROLE "golden_clinic_service" NOBYPASSRLS;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (role membership)
GRANT "golden_clinic_admin" TO "golden_clinic_service";

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p5_03_service_roles' WHERE tenantmig.alembic_version.version_num = 'p5_02_force_rls';

COMMIT;

