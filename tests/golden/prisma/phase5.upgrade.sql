BEGIN;

-- Running upgrade p4_02_policies -> p5_01_strict_policies

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."PageView" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."PageView" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."PageView_2024_01" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."PageView_2024_01" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."PageView_2024_02" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."PageView_2024_02" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."PageView_2024_03" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."PageView_2024_03" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."PageView_2024_04" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."PageView_2024_04" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_read" ON "public"."Product" AS RESTRICTIVE FOR SELECT TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR "organizationId" IS NULL OR (EXISTS (SELECT 1 FROM public."ProductOverride" AS o WHERE o."productId" = "Product".id AND o."organizationId" = (SELECT tenantmig.current_tenant()))));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_insert" ON "public"."Product" AS RESTRICTIVE FOR INSERT TO "golden_prisma_app", "golden_prisma_service" WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_update" ON "public"."Product" AS RESTRICTIVE FOR UPDATE TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_delete" ON "public"."Product" AS RESTRICTIVE FOR DELETE TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Product" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin_global" ON "public"."Product" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NULL) WITH CHECK ("organizationId" IS NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_no_insert" ON "public"."Country" AS RESTRICTIVE FOR INSERT TO "golden_prisma_app", "golden_prisma_service" WITH CHECK (false);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_no_update" ON "public"."Country" AS RESTRICTIVE FOR UPDATE TO "golden_prisma_app", "golden_prisma_service" USING (false);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_no_delete" ON "public"."Country" AS RESTRICTIVE FOR DELETE TO "golden_prisma_app", "golden_prisma_service" USING (false);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Country" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING (true) WITH CHECK (true);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_no_insert" ON "public"."Currency" AS RESTRICTIVE FOR INSERT TO "golden_prisma_app", "golden_prisma_service" WITH CHECK (false);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_no_update" ON "public"."Currency" AS RESTRICTIVE FOR UPDATE TO "golden_prisma_app", "golden_prisma_service" USING (false);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_no_delete" ON "public"."Currency" AS RESTRICTIVE FOR DELETE TO "golden_prisma_app", "golden_prisma_service" USING (false);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Currency" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING (true) WITH CHECK (true);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_no_insert" ON "public"."Timezone" AS RESTRICTIVE FOR INSERT TO "golden_prisma_app", "golden_prisma_service" WITH CHECK (false);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_no_update" ON "public"."Timezone" AS RESTRICTIVE FOR UPDATE TO "golden_prisma_app", "golden_prisma_service" USING (false);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_no_delete" ON "public"."Timezone" AS RESTRICTIVE FOR DELETE TO "golden_prisma_app", "golden_prisma_service" USING (false);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Timezone" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING (true) WITH CHECK (true);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_no_insert" ON "public"."PlanTier" AS RESTRICTIVE FOR INSERT TO "golden_prisma_app", "golden_prisma_service" WITH CHECK (false);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_no_update" ON "public"."PlanTier" AS RESTRICTIVE FOR UPDATE TO "golden_prisma_app", "golden_prisma_service" USING (false);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_no_delete" ON "public"."PlanTier" AS RESTRICTIVE FOR DELETE TO "golden_prisma_app", "golden_prisma_service" USING (false);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."PlanTier" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING (true) WITH CHECK (true);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_no_insert" ON "public"."FeatureFlag" AS RESTRICTIVE FOR INSERT TO "golden_prisma_app", "golden_prisma_service" WITH CHECK (false);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_no_update" ON "public"."FeatureFlag" AS RESTRICTIVE FOR UPDATE TO "golden_prisma_app", "golden_prisma_service" USING (false);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_global_no_delete" ON "public"."FeatureFlag" AS RESTRICTIVE FOR DELETE TO "golden_prisma_app", "golden_prisma_service" USING (false);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."FeatureFlag" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING (true) WITH CHECK (true);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Invitation" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Invitation" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Subscription" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Subscription" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."ApiKey" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."ApiKey" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Store" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Store" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."StoreSettings" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."StoreSettings" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."StoreHours" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."StoreHours" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_read" ON "public"."ProductVariant" AS RESTRICTIVE FOR SELECT TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR "organizationId" IS NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_insert" ON "public"."ProductVariant" AS RESTRICTIVE FOR INSERT TO "golden_prisma_app", "golden_prisma_service" WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_update" ON "public"."ProductVariant" AS RESTRICTIVE FOR UPDATE TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_delete" ON "public"."ProductVariant" AS RESTRICTIVE FOR DELETE TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."ProductVariant" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin_global" ON "public"."ProductVariant" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NULL) WITH CHECK ("organizationId" IS NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."ProductOverride" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."ProductOverride" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Category" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Category" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Tag" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Tag" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."StoreProduct" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."StoreProduct" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Inventory" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Inventory" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."InventoryMovement" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."InventoryMovement" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Review" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Review" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Customer" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Customer" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."CustomerAddress" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."CustomerAddress" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."CustomerNote" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."CustomerNote" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."LoyaltyAccount" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."LoyaltyAccount" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."LoyaltyTransaction" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."LoyaltyTransaction" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Order" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Order" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."OrderItem" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."OrderItem" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."OrderItemDiscount" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."OrderItemDiscount" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Payment" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Payment" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Refund" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Refund" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Shipment" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Shipment" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."ShipmentEvent" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."ShipmentEvent" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."ShipmentEventPhoto" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."ShipmentEventPhoto" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Coupon" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Coupon" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."CouponRedemption" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."CouponRedemption" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."GiftCard" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."GiftCard" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Invoice" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Invoice" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."InvoiceLine" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."InvoiceLine" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."CreditNote" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."CreditNote" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Project" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Project" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Milestone" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Milestone" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Task" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Task" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."TaskComment" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."TaskComment" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."CommentReaction" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."CommentReaction" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."TaskAttachment" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."TaskAttachment" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Team" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Team" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."TeamMember" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."TeamMember" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Channel" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Channel" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Message" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Message" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."MessageAttachment" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."MessageAttachment" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Notification" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Notification" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Webhook" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Webhook" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."WebhookDelivery" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."WebhookDelivery" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Integration" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Integration" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."IntegrationLog" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."IntegrationLog" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."AuditLog" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."AuditLog" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Report" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Report" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."ReportSchedule" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."ReportSchedule" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Dashboard" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Dashboard" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Widget" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Widget" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Folder" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Folder" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Document" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Document" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."DocumentVersion" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."DocumentVersion" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Form" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Form" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."FormField" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."FormField" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."FormSubmission" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."FormSubmission" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."FormAnswer" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."FormAnswer" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Supplier" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Supplier" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."PurchaseOrder" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."PurchaseOrder" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."PurchaseOrderLine" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."PurchaseOrderLine" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Warehouse" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Warehouse" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."Bin" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."Bin" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_read" ON "public"."EmailTemplate" AS RESTRICTIVE FOR SELECT TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()) OR "organizationId" IS NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_insert" ON "public"."EmailTemplate" AS RESTRICTIVE FOR INSERT TO "golden_prisma_app", "golden_prisma_service" WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_update" ON "public"."EmailTemplate" AS RESTRICTIVE FOR UPDATE TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_shared_delete" ON "public"."EmailTemplate" AS RESTRICTIVE FOR DELETE TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."EmailTemplate" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin_global" ON "public"."EmailTemplate" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NULL) WITH CHECK ("organizationId" IS NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."_ProductToTag" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."_ProductToTag" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."_ProjectToUser" AS RESTRICTIVE FOR ALL TO "golden_prisma_app", "golden_prisma_service" USING ("organizationId" = (SELECT tenantmig.current_tenant())) WITH CHECK ("organizationId" = (SELECT tenantmig.current_tenant()));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."_ProjectToUser" AS PERMISSIVE FOR ALL TO "golden_prisma_admin" USING ("organizationId" IS NOT NULL) WITH CHECK ("organizationId" IS NOT NULL);

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
ALTER TABLE "public"."PageView" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PageView_2024_01" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PageView_2024_02" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PageView_2024_03" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PageView_2024_04" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Product" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Country" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Currency" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Timezone" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PlanTier" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FeatureFlag" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Invitation" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Subscription" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ApiKey" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Store" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."StoreSettings" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."StoreHours" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ProductVariant" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ProductOverride" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Category" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Tag" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."StoreProduct" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Inventory" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."InventoryMovement" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Review" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Customer" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CustomerAddress" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CustomerNote" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."LoyaltyAccount" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."LoyaltyTransaction" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Order" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."OrderItem" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."OrderItemDiscount" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Payment" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Refund" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Shipment" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ShipmentEvent" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ShipmentEventPhoto" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Coupon" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CouponRedemption" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."GiftCard" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Invoice" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."InvoiceLine" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CreditNote" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Project" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Milestone" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Task" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."TaskComment" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CommentReaction" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."TaskAttachment" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Team" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."TeamMember" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Channel" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Message" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."MessageAttachment" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Notification" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Webhook" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."WebhookDelivery" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Integration" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."IntegrationLog" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."AuditLog" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Report" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ReportSchedule" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Dashboard" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Widget" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Folder" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Document" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."DocumentVersion" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Form" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FormField" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FormSubmission" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FormAnswer" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Supplier" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PurchaseOrder" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PurchaseOrderLine" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Warehouse" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Bin" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."EmailTemplate" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."_ProductToTag" FORCE ROW LEVEL SECURITY;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."_ProjectToUser" FORCE ROW LEVEL SECURITY;

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
ALTER ROLE "golden_prisma_service" NOBYPASSRLS;

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p5_03_service_roles' WHERE tenantmig.alembic_version.version_num = 'p5_02_force_rls';

COMMIT;

