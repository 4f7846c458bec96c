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
CREATE POLICY "tenantmig_tenant" ON "public"."stores" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.stores'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.stores')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."stores" AS PERMISSIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.stores'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.stores')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."stores" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."stores" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."stores" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_read" ON "public"."categories" AS PERMISSIVE FOR SELECT TO "golden_clinic_app", "golden_clinic_service" USING (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_legacy_write" ON "public"."categories" AS PERMISSIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING (NOT (SELECT tenantmig.enforced('public.categories'))) WITH CHECK (NOT (SELECT tenantmig.enforced('public.categories')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."categories" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING (true) WITH CHECK (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."categories" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."categories" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."customers" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.customers'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.customers')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."customers" AS PERMISSIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.customers'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.customers')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_store" ON "public"."customers" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()) OR NOT (SELECT tenantmig.enforced('public.customers'))) WITH CHECK (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()) OR NOT (SELECT tenantmig.enforced('public.customers')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."customers" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."customers" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."customers" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."orders" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.orders'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.orders')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."orders" AS PERMISSIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.orders'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.orders')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_store" ON "public"."orders" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()) OR NOT (SELECT tenantmig.enforced('public.orders'))) WITH CHECK (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()) OR NOT (SELECT tenantmig.enforced('public.orders')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."orders" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."orders" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."orders" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_read" ON "public"."products" AS RESTRICTIVE FOR SELECT TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR "organization_id" IS NULL OR (EXISTS (SELECT 1 FROM public.product_overrides AS o WHERE o.product_id = products.id AND o.organization_id = (SELECT tenantmig.current_tenant()))) OR NOT (SELECT tenantmig.enforced('public.products')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_insert" ON "public"."products" AS RESTRICTIVE FOR INSERT TO "golden_clinic_app", "golden_clinic_service" WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.products')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_update" ON "public"."products" AS RESTRICTIVE FOR UPDATE TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.products'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.products')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_delete" ON "public"."products" AS RESTRICTIVE FOR DELETE TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.products')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access_read" ON "public"."products" AS PERMISSIVE FOR SELECT TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR "organization_id" IS NULL OR (EXISTS (SELECT 1 FROM public.product_overrides AS o WHERE o.product_id = products.id AND o.organization_id = (SELECT tenantmig.current_tenant()))) OR NOT (SELECT tenantmig.enforced('public.products')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access_insert" ON "public"."products" AS PERMISSIVE FOR INSERT TO "golden_clinic_app", "golden_clinic_service" WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.products')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access_update" ON "public"."products" AS PERMISSIVE FOR UPDATE TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.products'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.products')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access_delete" ON "public"."products" AS PERMISSIVE FOR DELETE TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.products')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."products" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin_global" ON "public"."products" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NULL) WITH CHECK ("organization_id" IS NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."products" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting_global" ON "public"."products" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."products" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."product_overrides" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.product_overrides'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.product_overrides')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."product_overrides" AS PERMISSIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.product_overrides'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.product_overrides')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."product_overrides" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."product_overrides" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."product_overrides" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."visits" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.visits'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.visits')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."visits" AS PERMISSIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.visits'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.visits')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_store" ON "public"."visits" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()) OR NOT (SELECT tenantmig.enforced('public.visits'))) WITH CHECK (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()) OR NOT (SELECT tenantmig.enforced('public.visits')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."visits" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."visits" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."visits" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."visits_2023" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.visits_2023'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.visits_2023')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."visits_2023" AS PERMISSIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.visits_2023'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.visits_2023')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_store" ON "public"."visits_2023" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()) OR NOT (SELECT tenantmig.enforced('public.visits_2023'))) WITH CHECK (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()) OR NOT (SELECT tenantmig.enforced('public.visits_2023')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."visits_2023" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."visits_2023" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."visits_2023" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."visits_2024" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.visits_2024'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.visits_2024')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."visits_2024" AS PERMISSIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.visits_2024'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.visits_2024')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_store" ON "public"."visits_2024" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()) OR NOT (SELECT tenantmig.enforced('public.visits_2024'))) WITH CHECK (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()) OR NOT (SELECT tenantmig.enforced('public.visits_2024')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."visits_2024" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."visits_2024" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."visits_2024" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."notes" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.notes'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.notes')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."notes" AS PERMISSIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.notes'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.notes')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."notes" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."notes" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."notes" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p4_02_policies' WHERE tenantmig.alembic_version.version_num = 'p4_01_rollout_switches';

COMMIT;

