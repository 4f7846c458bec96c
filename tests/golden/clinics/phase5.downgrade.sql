BEGIN;

-- Running downgrade p5_03_service_roles -> p5_02_force_rls

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p5_02_force_rls' WHERE tenantmig.alembic_version.version_num = 'p5_03_service_roles';

COMMIT;

BEGIN;

-- Running downgrade p5_02_force_rls -> p5_01_strict_policies

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p5_01_strict_policies' WHERE tenantmig.alembic_version.version_num = 'p5_02_force_rls';

COMMIT;

BEGIN;

-- Running downgrade p5_01_strict_policies -> p4_02_policies

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."stores" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.stores'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.stores')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."stores" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."stores" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."categories" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING (true) WITH CHECK (true);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."categories" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING (true);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."customers" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.customers'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.customers')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_store" ON "public"."customers" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()) OR NOT (SELECT tenantmig.enforced('public.customers'))) WITH CHECK (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()) OR NOT (SELECT tenantmig.enforced('public.customers')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."customers" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."customers" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."orders" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.orders'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.orders')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_store" ON "public"."orders" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()) OR NOT (SELECT tenantmig.enforced('public.orders'))) WITH CHECK (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()) OR NOT (SELECT tenantmig.enforced('public.orders')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."orders" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."orders" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

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
CREATE POLICY "tenantmig_tenant" ON "public"."product_overrides" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.product_overrides'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.product_overrides')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."product_overrides" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."product_overrides" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."visits" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.visits'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.visits')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_store" ON "public"."visits" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()) OR NOT (SELECT tenantmig.enforced('public.visits'))) WITH CHECK (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()) OR NOT (SELECT tenantmig.enforced('public.visits')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."visits" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."visits" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."visits_2023" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.visits_2023'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.visits_2023')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_store" ON "public"."visits_2023" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()) OR NOT (SELECT tenantmig.enforced('public.visits_2023'))) WITH CHECK (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()) OR NOT (SELECT tenantmig.enforced('public.visits_2023')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."visits_2023" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."visits_2023" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."visits_2024" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.visits_2024'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.visits_2024')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_store" ON "public"."visits_2024" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()) OR NOT (SELECT tenantmig.enforced('public.visits_2024'))) WITH CHECK (NOT (SELECT tenantmig.store_stated()) OR "store_id" = (SELECT tenantmig.current_store()) OR NOT (SELECT tenantmig.enforced('public.visits_2024')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."visits_2024" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."visits_2024" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_tenant" ON "public"."notes" AS RESTRICTIVE FOR ALL TO "golden_clinic_app", "golden_clinic_service" USING ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.notes'))) WITH CHECK ("organization_id" = (SELECT tenantmig.current_tenant()) OR NOT (SELECT tenantmig.enforced('public.notes')));

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_admin" ON "public"."notes" AS PERMISSIVE FOR ALL TO "golden_clinic_admin" USING ("organization_id" IS NOT NULL) WITH CHECK ("organization_id" IS NOT NULL);

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
CREATE POLICY "tenantmig_reporting" ON "public"."notes" AS PERMISSIVE FOR SELECT TO "golden_clinic_reporting" USING ("organization_id" IS NOT NULL);

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p4_02_policies' WHERE tenantmig.alembic_version.version_num = 'p5_01_strict_policies';

COMMIT;

