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
CREATE POLICY "tenantmig_tenant" ON "public"."PageView" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PageView'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PageView')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."PageView" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PageView'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PageView')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."PageView" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PageView" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."PageView_2024_01" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PageView_2024_01'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PageView_2024_01')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."PageView_2024_01" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PageView_2024_01'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PageView_2024_01')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."PageView_2024_01" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PageView_2024_01" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."PageView_2024_02" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PageView_2024_02'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PageView_2024_02')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."PageView_2024_02" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PageView_2024_02'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PageView_2024_02')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."PageView_2024_02" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PageView_2024_02" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."PageView_2024_03" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PageView_2024_03'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PageView_2024_03')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."PageView_2024_03" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PageView_2024_03'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PageView_2024_03')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."PageView_2024_03" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PageView_2024_03" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."PageView_2024_04" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PageView_2024_04'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PageView_2024_04')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."PageView_2024_04" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PageView_2024_04'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PageView_2024_04')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."PageView_2024_04" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PageView_2024_04" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_read" ON "public"."Product" AS RESTRICTIVE FOR SELECT TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR "organizationId" IS NULL OR (EXISTS (SELECT 1 FROM public."ProductOverride" AS o WHERE o."productId" = "Product".id AND o."organizationId" = (SELECT tenantmig.current_tenant()))) OR NOT (SELECT tenantmig.enforced('public.Product')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_insert" ON "public"."Product" AS RESTRICTIVE FOR INSERT TO "golden_prisma_app", "golden_prisma_service" WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Product')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_update" ON "public"."Product" AS RESTRICTIVE FOR UPDATE TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Product'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Product')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_delete" ON "public"."Product" AS RESTRICTIVE FOR DELETE TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Product')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access_read" ON "public"."Product" AS PERMISSIVE FOR SELECT TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR "organizationId" IS NULL OR (EXISTS (SELECT 1 FROM public."ProductOverride" AS o WHERE o."productId" = "Product".id AND o."organizationId" = (SELECT tenantmig.current_tenant()))) OR NOT (SELECT tenantmig.enforced('public.Product')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access_insert" ON "public"."Product" AS PERMISSIVE FOR INSERT TO "golden_prisma_app", "golden_prisma_service" WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Product')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access_update" ON "public"."Product" AS PERMISSIVE FOR UPDATE TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Product'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Product')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access_delete" ON "public"."Product" AS PERMISSIVE FOR DELETE TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Product')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Product" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin_global" ON "public"."Product" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NULL) WITH CHECK ("organizationId" IS NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Product" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_read" ON "public"."Country" AS PERMISSIVE FOR SELECT TO "golden_prisma_app", "golden_prisma_service" USING (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_legacy_write" ON "public"."Country" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING (NOT (SELECT tenantmig.enforced('public.Country'))) WITH CHECK (NOT (SELECT tenantmig.enforced('public.Country')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Country" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING (true) WITH CHECK (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Country" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_read" ON "public"."Currency" AS PERMISSIVE FOR SELECT TO "golden_prisma_app", "golden_prisma_service" USING (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_legacy_write" ON "public"."Currency" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING (NOT (SELECT tenantmig.enforced('public.Currency'))) WITH CHECK (NOT (SELECT tenantmig.enforced('public.Currency')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Currency" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING (true) WITH CHECK (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Currency" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_read" ON "public"."Timezone" AS PERMISSIVE FOR SELECT TO "golden_prisma_app", "golden_prisma_service" USING (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_legacy_write" ON "public"."Timezone" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING (NOT (SELECT tenantmig.enforced('public.Timezone'))) WITH CHECK (NOT (SELECT tenantmig.enforced('public.Timezone')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Timezone" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING (true) WITH CHECK (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Timezone" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_read" ON "public"."PlanTier" AS PERMISSIVE FOR SELECT TO "golden_prisma_app", "golden_prisma_service" USING (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_legacy_write" ON "public"."PlanTier" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING (NOT (SELECT tenantmig.enforced('public.PlanTier'))) WITH CHECK (NOT (SELECT tenantmig.enforced('public.PlanTier')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."PlanTier" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING (true) WITH CHECK (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PlanTier" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_read" ON "public"."FeatureFlag" AS PERMISSIVE FOR SELECT TO "golden_prisma_app", "golden_prisma_service" USING (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_legacy_write" ON "public"."FeatureFlag" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING (NOT (SELECT tenantmig.enforced('public.FeatureFlag'))) WITH CHECK (NOT (SELECT tenantmig.enforced('public.FeatureFlag')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."FeatureFlag" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING (true) WITH CHECK (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FeatureFlag" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Invitation" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Invitation'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Invitation')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Invitation" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Invitation'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Invitation')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Invitation" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Invitation" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Subscription" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Subscription'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Subscription')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Subscription" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Subscription'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Subscription')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Subscription" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Subscription" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."ApiKey" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ApiKey'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ApiKey')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."ApiKey" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ApiKey'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ApiKey')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."ApiKey" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ApiKey" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Store" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Store'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Store')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Store" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Store'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Store')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Store" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Store" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."StoreSettings" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.StoreSettings'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.StoreSettings')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."StoreSettings" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.StoreSettings'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.StoreSettings')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."StoreSettings" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."StoreSettings" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."StoreHours" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.StoreHours'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.StoreHours')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."StoreHours" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.StoreHours'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.StoreHours')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."StoreHours" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."StoreHours" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_read" ON "public"."ProductVariant" AS RESTRICTIVE FOR SELECT TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR "organizationId" IS NULL OR NOT (SELECT tenantmig.enforced('public.ProductVariant')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_insert" ON "public"."ProductVariant" AS RESTRICTIVE FOR INSERT TO "golden_prisma_app", "golden_prisma_service" WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ProductVariant')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_update" ON "public"."ProductVariant" AS RESTRICTIVE FOR UPDATE TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ProductVariant'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ProductVariant')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_delete" ON "public"."ProductVariant" AS RESTRICTIVE FOR DELETE TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ProductVariant')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access_read" ON "public"."ProductVariant" AS PERMISSIVE FOR SELECT TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR "organizationId" IS NULL OR NOT (SELECT tenantmig.enforced('public.ProductVariant')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access_insert" ON "public"."ProductVariant" AS PERMISSIVE FOR INSERT TO "golden_prisma_app", "golden_prisma_service" WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ProductVariant')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access_update" ON "public"."ProductVariant" AS PERMISSIVE FOR UPDATE TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ProductVariant'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ProductVariant')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access_delete" ON "public"."ProductVariant" AS PERMISSIVE FOR DELETE TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ProductVariant')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."ProductVariant" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin_global" ON "public"."ProductVariant" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NULL) WITH CHECK ("organizationId" IS NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ProductVariant" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."ProductOverride" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ProductOverride'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ProductOverride')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."ProductOverride" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ProductOverride'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ProductOverride')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."ProductOverride" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ProductOverride" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Category" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Category'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Category')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Category" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Category'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Category')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Category" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Category" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Tag" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Tag'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Tag')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Tag" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Tag'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Tag')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Tag" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Tag" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."StoreProduct" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.StoreProduct'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.StoreProduct')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."StoreProduct" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.StoreProduct'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.StoreProduct')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."StoreProduct" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."StoreProduct" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Inventory" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Inventory'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Inventory')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Inventory" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Inventory'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Inventory')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Inventory" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Inventory" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."InventoryMovement" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.InventoryMovement'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.InventoryMovement')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."InventoryMovement" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.InventoryMovement'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.InventoryMovement')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."InventoryMovement" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."InventoryMovement" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Review" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Review'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Review')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Review" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Review'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Review')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Review" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Review" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Customer" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Customer'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Customer')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Customer" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Customer'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Customer')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Customer" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Customer" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."CustomerAddress" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.CustomerAddress'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.CustomerAddress')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."CustomerAddress" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.CustomerAddress'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.CustomerAddress')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."CustomerAddress" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CustomerAddress" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."CustomerNote" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.CustomerNote'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.CustomerNote')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."CustomerNote" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.CustomerNote'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.CustomerNote')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."CustomerNote" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CustomerNote" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."LoyaltyAccount" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.LoyaltyAccount'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.LoyaltyAccount')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."LoyaltyAccount" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.LoyaltyAccount'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.LoyaltyAccount')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."LoyaltyAccount" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."LoyaltyAccount" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."LoyaltyTransaction" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.LoyaltyTransaction'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.LoyaltyTransaction')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."LoyaltyTransaction" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.LoyaltyTransaction'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.LoyaltyTransaction')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."LoyaltyTransaction" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."LoyaltyTransaction" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Order" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Order'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Order')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Order" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Order'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Order')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Order" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Order" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."OrderItem" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.OrderItem'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.OrderItem')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."OrderItem" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.OrderItem'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.OrderItem')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."OrderItem" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."OrderItem" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."OrderItemDiscount" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.OrderItemDiscount'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.OrderItemDiscount')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."OrderItemDiscount" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.OrderItemDiscount'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.OrderItemDiscount')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."OrderItemDiscount" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."OrderItemDiscount" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Payment" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Payment'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Payment')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Payment" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Payment'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Payment')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Payment" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Payment" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Refund" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Refund'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Refund')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Refund" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Refund'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Refund')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Refund" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Refund" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Shipment" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Shipment'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Shipment')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Shipment" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Shipment'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Shipment')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Shipment" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Shipment" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."ShipmentEvent" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ShipmentEvent'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ShipmentEvent')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."ShipmentEvent" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ShipmentEvent'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ShipmentEvent')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."ShipmentEvent" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ShipmentEvent" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."ShipmentEventPhoto" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ShipmentEventPhoto'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ShipmentEventPhoto')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."ShipmentEventPhoto" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ShipmentEventPhoto'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ShipmentEventPhoto')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."ShipmentEventPhoto" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ShipmentEventPhoto" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Coupon" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Coupon'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Coupon')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Coupon" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Coupon'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Coupon')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Coupon" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Coupon" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."CouponRedemption" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.CouponRedemption'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.CouponRedemption')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."CouponRedemption" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.CouponRedemption'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.CouponRedemption')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."CouponRedemption" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CouponRedemption" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."GiftCard" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.GiftCard'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.GiftCard')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."GiftCard" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.GiftCard'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.GiftCard')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."GiftCard" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."GiftCard" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Invoice" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Invoice'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Invoice')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Invoice" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Invoice'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Invoice')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Invoice" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Invoice" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."InvoiceLine" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.InvoiceLine'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.InvoiceLine')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."InvoiceLine" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.InvoiceLine'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.InvoiceLine')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."InvoiceLine" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."InvoiceLine" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."CreditNote" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.CreditNote'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.CreditNote')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."CreditNote" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.CreditNote'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.CreditNote')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."CreditNote" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CreditNote" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Project" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Project'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Project')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Project" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Project'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Project')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Project" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Project" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Milestone" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Milestone'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Milestone')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Milestone" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Milestone'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Milestone')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Milestone" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Milestone" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Task" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Task'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Task')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Task" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Task'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Task')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Task" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Task" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."TaskComment" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.TaskComment'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.TaskComment')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."TaskComment" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.TaskComment'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.TaskComment')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."TaskComment" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."TaskComment" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."CommentReaction" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.CommentReaction'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.CommentReaction')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."CommentReaction" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.CommentReaction'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.CommentReaction')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."CommentReaction" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CommentReaction" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."TaskAttachment" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.TaskAttachment'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.TaskAttachment')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."TaskAttachment" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.TaskAttachment'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.TaskAttachment')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."TaskAttachment" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."TaskAttachment" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Team" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Team'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Team')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Team" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Team'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Team')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Team" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Team" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."TeamMember" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.TeamMember'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.TeamMember')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."TeamMember" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.TeamMember'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.TeamMember')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."TeamMember" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."TeamMember" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Channel" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Channel'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Channel')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Channel" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Channel'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Channel')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Channel" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Channel" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Message" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Message'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Message')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Message" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Message'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Message')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Message" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Message" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."MessageAttachment" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.MessageAttachment'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.MessageAttachment')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."MessageAttachment" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.MessageAttachment'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.MessageAttachment')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."MessageAttachment" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."MessageAttachment" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Notification" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Notification'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Notification')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Notification" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Notification'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Notification')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Notification" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Notification" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Webhook" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Webhook'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Webhook')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Webhook" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Webhook'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Webhook')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Webhook" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Webhook" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."WebhookDelivery" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.WebhookDelivery'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.WebhookDelivery')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."WebhookDelivery" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.WebhookDelivery'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.WebhookDelivery')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."WebhookDelivery" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."WebhookDelivery" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Integration" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Integration'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Integration')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Integration" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Integration'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Integration')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Integration" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Integration" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."IntegrationLog" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.IntegrationLog'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.IntegrationLog')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."IntegrationLog" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.IntegrationLog'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.IntegrationLog')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."IntegrationLog" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."IntegrationLog" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."AuditLog" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.AuditLog'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.AuditLog')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."AuditLog" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.AuditLog'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.AuditLog')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."AuditLog" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."AuditLog" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Report" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Report'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Report')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Report" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Report'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Report')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Report" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Report" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."ReportSchedule" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ReportSchedule'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ReportSchedule')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."ReportSchedule" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ReportSchedule'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.ReportSchedule')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."ReportSchedule" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ReportSchedule" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Dashboard" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Dashboard'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Dashboard')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Dashboard" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Dashboard'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Dashboard')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Dashboard" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Dashboard" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Widget" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Widget'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Widget')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Widget" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Widget'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Widget')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Widget" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Widget" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Folder" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Folder'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Folder')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Folder" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Folder'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Folder')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Folder" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Folder" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Document" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Document'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Document')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Document" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Document'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Document')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Document" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Document" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."DocumentVersion" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.DocumentVersion'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.DocumentVersion')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."DocumentVersion" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.DocumentVersion'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.DocumentVersion')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."DocumentVersion" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."DocumentVersion" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Form" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Form'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Form')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Form" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Form'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Form')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Form" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Form" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."FormField" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.FormField'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.FormField')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."FormField" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.FormField'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.FormField')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."FormField" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FormField" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."FormSubmission" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.FormSubmission'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.FormSubmission')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."FormSubmission" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.FormSubmission'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.FormSubmission')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."FormSubmission" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FormSubmission" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."FormAnswer" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.FormAnswer'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.FormAnswer')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."FormAnswer" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.FormAnswer'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.FormAnswer')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."FormAnswer" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FormAnswer" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Supplier" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Supplier'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Supplier')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Supplier" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Supplier'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Supplier')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Supplier" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Supplier" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."PurchaseOrder" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PurchaseOrder'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PurchaseOrder')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."PurchaseOrder" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PurchaseOrder'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PurchaseOrder')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."PurchaseOrder" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PurchaseOrder" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."PurchaseOrderLine" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PurchaseOrderLine'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PurchaseOrderLine')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."PurchaseOrderLine" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PurchaseOrderLine'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.PurchaseOrderLine')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."PurchaseOrderLine" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PurchaseOrderLine" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Warehouse" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Warehouse'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Warehouse')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Warehouse" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Warehouse'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Warehouse')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Warehouse" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Warehouse" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Bin" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Bin'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Bin')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."Bin" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Bin'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.Bin')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Bin" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Bin" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_read" ON "public"."EmailTemplate" AS RESTRICTIVE FOR SELECT TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR "organizationId" IS NULL OR NOT (SELECT tenantmig.enforced('public.EmailTemplate')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_insert" ON "public"."EmailTemplate" AS RESTRICTIVE FOR INSERT TO "golden_prisma_app", "golden_prisma_service" WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.EmailTemplate')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_update" ON "public"."EmailTemplate" AS RESTRICTIVE FOR UPDATE TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.EmailTemplate'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.EmailTemplate')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_delete" ON "public"."EmailTemplate" AS RESTRICTIVE FOR DELETE TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.EmailTemplate')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access_read" ON "public"."EmailTemplate" AS PERMISSIVE FOR SELECT TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR "organizationId" IS NULL OR NOT (SELECT tenantmig.enforced('public.EmailTemplate')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access_insert" ON "public"."EmailTemplate" AS PERMISSIVE FOR INSERT TO "golden_prisma_app", "golden_prisma_service" WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.EmailTemplate')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access_update" ON "public"."EmailTemplate" AS PERMISSIVE FOR UPDATE TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.EmailTemplate'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.EmailTemplate')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access_delete" ON "public"."EmailTemplate" AS PERMISSIVE FOR DELETE TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.EmailTemplate')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."EmailTemplate" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin_global" ON "public"."EmailTemplate" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NULL) WITH CHECK ("organizationId" IS NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."EmailTemplate" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."_ProductToTag" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public._ProductToTag'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public._ProductToTag')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."_ProductToTag" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public._ProductToTag'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public._ProductToTag')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."_ProductToTag" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."_ProductToTag" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."_ProjectToUser" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public._ProjectToUser'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public._ProjectToUser')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_access" ON "public"."_ProjectToUser" AS PERMISSIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public._ProjectToUser'))) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public._ProjectToUser')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."_ProjectToUser" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."_ProjectToUser" ENABLE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p4_02_policies' WHERE tenantmig.alembic_version.version_num = 'p4_01_rollout_switches';

COMMIT;

