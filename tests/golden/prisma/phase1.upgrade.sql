BEGIN;

-- Running upgrade p0_01_baseline -> p1_01_registry

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."current_tenant"() RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $fn$
    SELECT CASE WHEN (pg_catalog.current_setting('app.current_organization_id', true)) OPERATOR(pg_catalog.<>) '' THEN (pg_catalog.current_setting('app.current_organization_id', true)) END
$fn$;

-- lock: none
GRANT EXECUTE ON FUNCTION "tenantmig"."current_tenant"() TO PUBLIC;

-- lock: none
GRANT USAGE ON SCHEMA "tenantmig" TO "golden_prisma_app", "golden_prisma_service", "golden_prisma_admin";

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
ALTER TABLE "public"."PageView" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PageView_2024_01" ADD CONSTRAINT "tenantmig_fk_public_PageView_2024_01" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PageView_2024_02" ADD CONSTRAINT "tenantmig_fk_public_PageView_2024_02" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PageView_2024_03" ADD CONSTRAINT "tenantmig_fk_public_PageView_2024_03" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PageView_2024_04" ADD CONSTRAINT "tenantmig_fk_public_PageView_2024_04" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."StoreSettings" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."StoreSettings" ADD CONSTRAINT "tenantmig_fk_public_StoreSettings" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."StoreHours" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."StoreHours" ADD CONSTRAINT "tenantmig_fk_public_StoreHours" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."StoreProduct" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."StoreProduct" ADD CONSTRAINT "tenantmig_fk_public_StoreProduct" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."Inventory" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Inventory" ADD CONSTRAINT "tenantmig_fk_public_Inventory" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."InventoryMovement" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."InventoryMovement" ADD CONSTRAINT "tenantmig_fk_public_InventoryMovement" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."Review" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Review" ADD CONSTRAINT "tenantmig_fk_public_Review" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."CustomerAddress" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CustomerAddress" ADD CONSTRAINT "tenantmig_fk_public_CustomerAddress" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."CustomerNote" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CustomerNote" ADD CONSTRAINT "tenantmig_fk_public_CustomerNote" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."LoyaltyAccount" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."LoyaltyAccount" ADD CONSTRAINT "tenantmig_fk_public_LoyaltyAccount" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."LoyaltyTransaction" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."LoyaltyTransaction" ADD CONSTRAINT "tenantmig_fk_public_LoyaltyTransaction" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."OrderItem" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."OrderItem" ADD CONSTRAINT "tenantmig_fk_public_OrderItem" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."OrderItemDiscount" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."OrderItemDiscount" ADD CONSTRAINT "tenantmig_fk_public_OrderItemDiscount" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."Payment" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Payment" ADD CONSTRAINT "tenantmig_fk_public_Payment" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."Refund" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Refund" ADD CONSTRAINT "tenantmig_fk_public_Refund" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."Shipment" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Shipment" ADD CONSTRAINT "tenantmig_fk_public_Shipment" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."ShipmentEvent" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ShipmentEvent" ADD CONSTRAINT "tenantmig_fk_public_ShipmentEvent" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."ShipmentEventPhoto" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ShipmentEventPhoto" ADD CONSTRAINT "tenantmig_fk_public_ShipmentEventPhoto" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."CouponRedemption" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CouponRedemption" ADD CONSTRAINT "tenantmig_fk_public_CouponRedemption" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."InvoiceLine" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."InvoiceLine" ADD CONSTRAINT "tenantmig_fk_public_InvoiceLine" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."CreditNote" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CreditNote" ADD CONSTRAINT "tenantmig_fk_public_CreditNote" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."Milestone" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Milestone" ADD CONSTRAINT "tenantmig_fk_public_Milestone" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."Task" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Task" ADD CONSTRAINT "tenantmig_fk_public_Task" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."TaskComment" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."TaskComment" ADD CONSTRAINT "tenantmig_fk_public_TaskComment" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."CommentReaction" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CommentReaction" ADD CONSTRAINT "tenantmig_fk_public_CommentReaction" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."TaskAttachment" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."TaskAttachment" ADD CONSTRAINT "tenantmig_fk_public_TaskAttachment" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."TeamMember" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."TeamMember" ADD CONSTRAINT "tenantmig_fk_public_TeamMember" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."Message" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Message" ADD CONSTRAINT "tenantmig_fk_public_Message" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."MessageAttachment" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."MessageAttachment" ADD CONSTRAINT "tenantmig_fk_public_MessageAttachment" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."WebhookDelivery" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."WebhookDelivery" ADD CONSTRAINT "tenantmig_fk_public_WebhookDelivery" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."IntegrationLog" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."IntegrationLog" ADD CONSTRAINT "tenantmig_fk_public_IntegrationLog" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."ReportSchedule" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ReportSchedule" ADD CONSTRAINT "tenantmig_fk_public_ReportSchedule" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."Widget" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Widget" ADD CONSTRAINT "tenantmig_fk_public_Widget" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."DocumentVersion" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."DocumentVersion" ADD CONSTRAINT "tenantmig_fk_public_DocumentVersion" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."FormField" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FormField" ADD CONSTRAINT "tenantmig_fk_public_FormField" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."FormSubmission" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FormSubmission" ADD CONSTRAINT "tenantmig_fk_public_FormSubmission" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."FormAnswer" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FormAnswer" ADD CONSTRAINT "tenantmig_fk_public_FormAnswer" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."PurchaseOrder" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PurchaseOrder" ADD CONSTRAINT "tenantmig_fk_public_PurchaseOrder" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."PurchaseOrderLine" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PurchaseOrderLine" ADD CONSTRAINT "tenantmig_fk_public_PurchaseOrderLine" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."Bin" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Bin" ADD CONSTRAINT "tenantmig_fk_public_Bin" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."_ProductToTag" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."_ProductToTag" ADD CONSTRAINT "tenantmig_fk_public__ProductToTag" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
ALTER TABLE "public"."_ProjectToUser" ADD COLUMN IF NOT EXISTS "organizationId" text;

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."_ProjectToUser" ADD CONSTRAINT "tenantmig_fk_public__ProjectToUser" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p1_02_columns' WHERE tenantmig.alembic_version.version_num = 'p1_01_registry';

COMMIT;

BEGIN;

-- Running upgrade p1_02_columns -> p1_03_indexes

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE on the partitioned table, catalog only (no data is read)
CREATE INDEX IF NOT EXISTS "tenantmig_ix_public_PageView" ON ONLY "public"."PageView" ("organizationId");

COMMIT;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_PageView_2024_01" ON "public"."PageView_2024_01" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_PageView_2024_02" ON "public"."PageView_2024_02" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_PageView_2024_03" ON "public"."PageView_2024_03" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_PageView_2024_04" ON "public"."PageView_2024_04" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE UPDATE EXCLUSIVE on the partition, catalog only
ALTER INDEX "public"."tenantmig_ix_public_PageView" ATTACH PARTITION "public"."tenantmig_ix_public_PageView_2024_01";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE UPDATE EXCLUSIVE on the partition, catalog only
ALTER INDEX "public"."tenantmig_ix_public_PageView" ATTACH PARTITION "public"."tenantmig_ix_public_PageView_2024_02";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE UPDATE EXCLUSIVE on the partition, catalog only
ALTER INDEX "public"."tenantmig_ix_public_PageView" ATTACH PARTITION "public"."tenantmig_ix_public_PageView_2024_03";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE UPDATE EXCLUSIVE on the partition, catalog only
ALTER INDEX "public"."tenantmig_ix_public_PageView" ATTACH PARTITION "public"."tenantmig_ix_public_PageView_2024_04";

COMMIT;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Product" ON "public"."Product" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Invitation" ON "public"."Invitation" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Subscription" ON "public"."Subscription" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_ApiKey" ON "public"."ApiKey" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Store" ON "public"."Store" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_StoreSettings" ON "public"."StoreSettings" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_StoreHours" ON "public"."StoreHours" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_ProductVariant" ON "public"."ProductVariant" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_ProductOverride" ON "public"."ProductOverride" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Category" ON "public"."Category" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Tag" ON "public"."Tag" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_StoreProduct" ON "public"."StoreProduct" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Inventory" ON "public"."Inventory" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_InventoryMovement" ON "public"."InventoryMovement" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Review" ON "public"."Review" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Customer" ON "public"."Customer" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_CustomerAddress" ON "public"."CustomerAddress" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_CustomerNote" ON "public"."CustomerNote" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_LoyaltyAccount" ON "public"."LoyaltyAccount" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_LoyaltyTransaction" ON "public"."LoyaltyTransaction" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Order" ON "public"."Order" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_OrderItem" ON "public"."OrderItem" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_OrderItemDiscount" ON "public"."OrderItemDiscount" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Payment" ON "public"."Payment" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Refund" ON "public"."Refund" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Shipment" ON "public"."Shipment" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_ShipmentEvent" ON "public"."ShipmentEvent" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_ShipmentEventPhoto" ON "public"."ShipmentEventPhoto" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Coupon" ON "public"."Coupon" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_CouponRedemption" ON "public"."CouponRedemption" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_GiftCard" ON "public"."GiftCard" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Invoice" ON "public"."Invoice" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_InvoiceLine" ON "public"."InvoiceLine" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_CreditNote" ON "public"."CreditNote" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Project" ON "public"."Project" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Milestone" ON "public"."Milestone" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Task" ON "public"."Task" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_TaskComment" ON "public"."TaskComment" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_CommentReaction" ON "public"."CommentReaction" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_TaskAttachment" ON "public"."TaskAttachment" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Team" ON "public"."Team" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_TeamMember" ON "public"."TeamMember" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Channel" ON "public"."Channel" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Message" ON "public"."Message" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_MessageAttachment" ON "public"."MessageAttachment" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Notification" ON "public"."Notification" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Webhook" ON "public"."Webhook" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_WebhookDelivery" ON "public"."WebhookDelivery" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Integration" ON "public"."Integration" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_IntegrationLog" ON "public"."IntegrationLog" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_AuditLog" ON "public"."AuditLog" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Report" ON "public"."Report" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_ReportSchedule" ON "public"."ReportSchedule" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Dashboard" ON "public"."Dashboard" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Widget" ON "public"."Widget" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Folder" ON "public"."Folder" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Document" ON "public"."Document" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_DocumentVersion" ON "public"."DocumentVersion" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Form" ON "public"."Form" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_FormField" ON "public"."FormField" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_FormSubmission" ON "public"."FormSubmission" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_FormAnswer" ON "public"."FormAnswer" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Supplier" ON "public"."Supplier" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_PurchaseOrder" ON "public"."PurchaseOrder" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_PurchaseOrderLine" ON "public"."PurchaseOrderLine" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Warehouse" ON "public"."Warehouse" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_Bin" ON "public"."Bin" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_EmailTemplate" ON "public"."EmailTemplate" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public__ProductToTag" ON "public"."_ProductToTag" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public__ProjectToUser" ON "public"."_ProjectToUser" ("organizationId");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Warehouse_id" ON "public"."Warehouse" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Project_id" ON "public"."Project" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Task_id" ON "public"."Task" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_TaskComment_id" ON "public"."TaskComment" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Coupon_id" ON "public"."Coupon" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Invoice_id" ON "public"."Invoice" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Customer_id" ON "public"."Customer" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Document_id" ON "public"."Document" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Form_id" ON "public"."Form" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_FormSubmission_id" ON "public"."FormSubmission" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Integration_id" ON "public"."Integration" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Store_id" ON "public"."Store" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_StoreProduct_id" ON "public"."StoreProduct" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Inventory_id" ON "public"."Inventory" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_LoyaltyAccount_id" ON "public"."LoyaltyAccount" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Channel_id" ON "public"."Channel" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Message_id" ON "public"."Message" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Order_id" ON "public"."Order" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_OrderItem_id" ON "public"."OrderItem" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Supplier_id" ON "public"."Supplier" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_PurchaseOrder_id" ON "public"."PurchaseOrder" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Payment_id" ON "public"."Payment" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Report_id" ON "public"."Report" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Shipment_id" ON "public"."Shipment" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_ShipmentEvent_id" ON "public"."ShipmentEvent" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Team_id" ON "public"."Team" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Webhook_id" ON "public"."Webhook" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Dashboard_id" ON "public"."Dashboard" ("organizationId", "id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_kr_public_Tag_id" ON "public"."Tag" ("organizationId", "id");

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
ALTER TABLE "public"."Bin" ADD CONSTRAINT "tenantmig_kfk_public_Bin" FOREIGN KEY ("organizationId", "warehouseId") REFERENCES "public"."Warehouse" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Task" ADD CONSTRAINT "tenantmig_kfk_public_Task" FOREIGN KEY ("organizationId", "projectId") REFERENCES "public"."Project" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."TaskComment" ADD CONSTRAINT "tenantmig_kfk_public_TaskComment" FOREIGN KEY ("organizationId", "taskId") REFERENCES "public"."Task" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CommentReaction" ADD CONSTRAINT "tenantmig_kfk_public_CommentReaction" FOREIGN KEY ("organizationId", "taskCommentId") REFERENCES "public"."TaskComment" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CouponRedemption" ADD CONSTRAINT "tenantmig_kfk_public_CouponRedemption" FOREIGN KEY ("organizationId", "couponId") REFERENCES "public"."Coupon" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CreditNote" ADD CONSTRAINT "tenantmig_kfk_public_CreditNote" FOREIGN KEY ("organizationId", "invoiceId") REFERENCES "public"."Invoice" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CustomerAddress" ADD CONSTRAINT "tenantmig_kfk_public_CustomerAddress" FOREIGN KEY ("organizationId", "customerId") REFERENCES "public"."Customer" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CustomerNote" ADD CONSTRAINT "tenantmig_kfk_public_CustomerNote" FOREIGN KEY ("organizationId", "customerId") REFERENCES "public"."Customer" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."DocumentVersion" ADD CONSTRAINT "tenantmig_kfk_public_DocumentVersion" FOREIGN KEY ("organizationId", "documentId") REFERENCES "public"."Document" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FormSubmission" ADD CONSTRAINT "tenantmig_kfk_public_FormSubmission" FOREIGN KEY ("organizationId", "formId") REFERENCES "public"."Form" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FormAnswer" ADD CONSTRAINT "tenantmig_kfk_public_FormAnswer" FOREIGN KEY ("organizationId", "formSubmissionId") REFERENCES "public"."FormSubmission" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FormField" ADD CONSTRAINT "tenantmig_kfk_public_FormField" FOREIGN KEY ("organizationId", "formId") REFERENCES "public"."Form" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."IntegrationLog" ADD CONSTRAINT "tenantmig_kfk_public_IntegrationLog" FOREIGN KEY ("organizationId", "integrationId") REFERENCES "public"."Integration" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."StoreProduct" ADD CONSTRAINT "tenantmig_kfk_public_StoreProduct" FOREIGN KEY ("organizationId", "storeId") REFERENCES "public"."Store" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Inventory" ADD CONSTRAINT "tenantmig_kfk_public_Inventory" FOREIGN KEY ("organizationId", "storeProductId") REFERENCES "public"."StoreProduct" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."InventoryMovement" ADD CONSTRAINT "tenantmig_kfk_public_InventoryMovement" FOREIGN KEY ("organizationId", "inventoryId") REFERENCES "public"."Inventory" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."InvoiceLine" ADD CONSTRAINT "tenantmig_kfk_public_InvoiceLine" FOREIGN KEY ("organizationId", "invoiceId") REFERENCES "public"."Invoice" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."LoyaltyAccount" ADD CONSTRAINT "tenantmig_kfk_public_LoyaltyAccount" FOREIGN KEY ("organizationId", "customerId") REFERENCES "public"."Customer" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."LoyaltyTransaction" ADD CONSTRAINT "tenantmig_kfk_public_LoyaltyTransaction" FOREIGN KEY ("organizationId", "loyaltyAccountId") REFERENCES "public"."LoyaltyAccount" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Message" ADD CONSTRAINT "tenantmig_kfk_public_Message" FOREIGN KEY ("organizationId", "channelId") REFERENCES "public"."Channel" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."MessageAttachment" ADD CONSTRAINT "tenantmig_kfk_public_MessageAttachment" FOREIGN KEY ("organizationId", "messageId") REFERENCES "public"."Message" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Milestone" ADD CONSTRAINT "tenantmig_kfk_public_Milestone" FOREIGN KEY ("organizationId", "projectId") REFERENCES "public"."Project" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."OrderItem" ADD CONSTRAINT "tenantmig_kfk_public_OrderItem" FOREIGN KEY ("organizationId", "orderId") REFERENCES "public"."Order" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."OrderItemDiscount" ADD CONSTRAINT "tenantmig_kfk_public_OrderItemDiscount" FOREIGN KEY ("organizationId", "orderItemId") REFERENCES "public"."OrderItem" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Payment" ADD CONSTRAINT "tenantmig_kfk_public_Payment" FOREIGN KEY ("organizationId", "orderId") REFERENCES "public"."Order" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PurchaseOrder" ADD CONSTRAINT "tenantmig_kfk_public_PurchaseOrder" FOREIGN KEY ("organizationId", "supplierId") REFERENCES "public"."Supplier" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PurchaseOrderLine" ADD CONSTRAINT "tenantmig_kfk_public_PurchaseOrderLine" FOREIGN KEY ("organizationId", "purchaseOrderId") REFERENCES "public"."PurchaseOrder" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Refund" ADD CONSTRAINT "tenantmig_kfk_public_Refund" FOREIGN KEY ("organizationId", "paymentId") REFERENCES "public"."Payment" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ReportSchedule" ADD CONSTRAINT "tenantmig_kfk_public_ReportSchedule" FOREIGN KEY ("organizationId", "reportId") REFERENCES "public"."Report" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Review" ADD CONSTRAINT "tenantmig_kfk_public_Review" FOREIGN KEY ("organizationId", "storeProductId") REFERENCES "public"."StoreProduct" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Shipment" ADD CONSTRAINT "tenantmig_kfk_public_Shipment" FOREIGN KEY ("organizationId", "orderId") REFERENCES "public"."Order" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ShipmentEvent" ADD CONSTRAINT "tenantmig_kfk_public_ShipmentEvent" FOREIGN KEY ("organizationId", "shipmentId") REFERENCES "public"."Shipment" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ShipmentEventPhoto" ADD CONSTRAINT "tenantmig_kfk_public_ShipmentEventPhoto" FOREIGN KEY ("organizationId", "shipmentEventId") REFERENCES "public"."ShipmentEvent" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."StoreHours" ADD CONSTRAINT "tenantmig_kfk_public_StoreHours" FOREIGN KEY ("organizationId", "storeId") REFERENCES "public"."Store" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."StoreSettings" ADD CONSTRAINT "tenantmig_kfk_public_StoreSettings" FOREIGN KEY ("organizationId", "storeId") REFERENCES "public"."Store" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."TaskAttachment" ADD CONSTRAINT "tenantmig_kfk_public_TaskAttachment" FOREIGN KEY ("organizationId", "taskId") REFERENCES "public"."Task" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."TeamMember" ADD CONSTRAINT "tenantmig_kfk_public_TeamMember" FOREIGN KEY ("organizationId", "teamId") REFERENCES "public"."Team" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."WebhookDelivery" ADD CONSTRAINT "tenantmig_kfk_public_WebhookDelivery" FOREIGN KEY ("organizationId", "webhookId") REFERENCES "public"."Webhook" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Widget" ADD CONSTRAINT "tenantmig_kfk_public_Widget" FOREIGN KEY ("organizationId", "dashboardId") REFERENCES "public"."Dashboard" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."_ProductToTag" ADD CONSTRAINT "tenantmig_kfk_public__ProductToTag" FOREIGN KEY ("organizationId", "B") REFERENCES "public"."Tag" ("organizationId", "id") ON UPDATE CASCADE ON DELETE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."_ProjectToUser" ADD CONSTRAINT "tenantmig_kfk_public__ProjectToUser" FOREIGN KEY ("organizationId", "A") REFERENCES "public"."Project" ("organizationId", "id") ON UPDATE CASCADE ON DELETE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."follow_public_Store"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  UPDATE "public"."PageView" SET "organizationId" = NEW."organizationId" WHERE "storeId" = NEW."id" AND ("organizationId" = OLD."organizationId" OR "organizationId" IS NULL);
  RETURN NULL;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_follow_public_Store" AFTER UPDATE ON "public"."Store" FOR EACH ROW WHEN (OLD."organizationId" IS DISTINCT FROM NEW."organizationId" AND OLD."organizationId" IS NOT NULL AND NEW."organizationId" IS NOT NULL) EXECUTE FUNCTION "tenantmig"."follow_public_Store"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_Bin"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."warehouseId" IS DISTINCT FROM OLD."warehouseId" AND NEW."warehouseId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Warehouse" p
      WHERE p."id" = NEW."warehouseId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."warehouseId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Warehouse" p WHERE p."id" = NEW."warehouseId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_Bin" BEFORE INSERT OR UPDATE OF "warehouseId" ON "public"."Bin" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_Bin"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_Task"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."projectId" IS DISTINCT FROM OLD."projectId" AND NEW."projectId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Project" p
      WHERE p."id" = NEW."projectId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."projectId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Project" p WHERE p."id" = NEW."projectId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_Task" BEFORE INSERT OR UPDATE OF "projectId" ON "public"."Task" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_Task"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_TaskComment"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."taskId" IS DISTINCT FROM OLD."taskId" AND NEW."taskId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Task" p
      WHERE p."id" = NEW."taskId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."taskId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Task" p WHERE p."id" = NEW."taskId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_TaskComment" BEFORE INSERT OR UPDATE OF "taskId" ON "public"."TaskComment" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_TaskComment"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_CommentReaction"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."taskCommentId" IS DISTINCT FROM OLD."taskCommentId" AND NEW."taskCommentId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."TaskComment" p
      WHERE p."id" = NEW."taskCommentId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."taskCommentId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."TaskComment" p WHERE p."id" = NEW."taskCommentId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_CommentReaction" BEFORE INSERT OR UPDATE OF "taskCommentId" ON "public"."CommentReaction" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_CommentReaction"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_CouponRedemption"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."couponId" IS DISTINCT FROM OLD."couponId" AND NEW."couponId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Coupon" p
      WHERE p."id" = NEW."couponId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."couponId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Coupon" p WHERE p."id" = NEW."couponId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_CouponRedemption" BEFORE INSERT OR UPDATE OF "couponId" ON "public"."CouponRedemption" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_CouponRedemption"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_CreditNote"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."invoiceId" IS DISTINCT FROM OLD."invoiceId" AND NEW."invoiceId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Invoice" p
      WHERE p."id" = NEW."invoiceId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."invoiceId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Invoice" p WHERE p."id" = NEW."invoiceId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_CreditNote" BEFORE INSERT OR UPDATE OF "invoiceId" ON "public"."CreditNote" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_CreditNote"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_CustomerAddress"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."customerId" IS DISTINCT FROM OLD."customerId" AND NEW."customerId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Customer" p
      WHERE p."id" = NEW."customerId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."customerId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Customer" p WHERE p."id" = NEW."customerId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_CustomerAddress" BEFORE INSERT OR UPDATE OF "customerId" ON "public"."CustomerAddress" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_CustomerAddress"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_CustomerNote"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."customerId" IS DISTINCT FROM OLD."customerId" AND NEW."customerId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Customer" p
      WHERE p."id" = NEW."customerId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."customerId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Customer" p WHERE p."id" = NEW."customerId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_CustomerNote" BEFORE INSERT OR UPDATE OF "customerId" ON "public"."CustomerNote" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_CustomerNote"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_DocumentVersion"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."documentId" IS DISTINCT FROM OLD."documentId" AND NEW."documentId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Document" p
      WHERE p."id" = NEW."documentId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."documentId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Document" p WHERE p."id" = NEW."documentId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_DocumentVersion" BEFORE INSERT OR UPDATE OF "documentId" ON "public"."DocumentVersion" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_DocumentVersion"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_FormSubmission"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."formId" IS DISTINCT FROM OLD."formId" AND NEW."formId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Form" p
      WHERE p."id" = NEW."formId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."formId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Form" p WHERE p."id" = NEW."formId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_FormSubmission" BEFORE INSERT OR UPDATE OF "formId" ON "public"."FormSubmission" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_FormSubmission"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_FormAnswer"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."formSubmissionId" IS DISTINCT FROM OLD."formSubmissionId" AND NEW."formSubmissionId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."FormSubmission" p
      WHERE p."id" = NEW."formSubmissionId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."formSubmissionId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."FormSubmission" p WHERE p."id" = NEW."formSubmissionId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_FormAnswer" BEFORE INSERT OR UPDATE OF "formSubmissionId" ON "public"."FormAnswer" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_FormAnswer"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_FormField"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."formId" IS DISTINCT FROM OLD."formId" AND NEW."formId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Form" p
      WHERE p."id" = NEW."formId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."formId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Form" p WHERE p."id" = NEW."formId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_FormField" BEFORE INSERT OR UPDATE OF "formId" ON "public"."FormField" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_FormField"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_IntegrationLog"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."integrationId" IS DISTINCT FROM OLD."integrationId" AND NEW."integrationId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Integration" p
      WHERE p."id" = NEW."integrationId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."integrationId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Integration" p WHERE p."id" = NEW."integrationId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_IntegrationLog" BEFORE INSERT OR UPDATE OF "integrationId" ON "public"."IntegrationLog" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_IntegrationLog"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_StoreProduct"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."storeId" IS DISTINCT FROM OLD."storeId" AND NEW."storeId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Store" p
      WHERE p."id" = NEW."storeId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."storeId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Store" p WHERE p."id" = NEW."storeId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_StoreProduct" BEFORE INSERT OR UPDATE OF "storeId" ON "public"."StoreProduct" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_StoreProduct"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_Inventory"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."storeProductId" IS DISTINCT FROM OLD."storeProductId" AND NEW."storeProductId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."StoreProduct" p
      WHERE p."id" = NEW."storeProductId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."storeProductId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."StoreProduct" p WHERE p."id" = NEW."storeProductId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_Inventory" BEFORE INSERT OR UPDATE OF "storeProductId" ON "public"."Inventory" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_Inventory"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_InventoryMovement"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."inventoryId" IS DISTINCT FROM OLD."inventoryId" AND NEW."inventoryId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Inventory" p
      WHERE p."id" = NEW."inventoryId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."inventoryId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Inventory" p WHERE p."id" = NEW."inventoryId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_InventoryMovement" BEFORE INSERT OR UPDATE OF "inventoryId" ON "public"."InventoryMovement" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_InventoryMovement"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_InvoiceLine"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."invoiceId" IS DISTINCT FROM OLD."invoiceId" AND NEW."invoiceId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Invoice" p
      WHERE p."id" = NEW."invoiceId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."invoiceId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Invoice" p WHERE p."id" = NEW."invoiceId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_InvoiceLine" BEFORE INSERT OR UPDATE OF "invoiceId" ON "public"."InvoiceLine" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_InvoiceLine"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_LoyaltyAccount"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."customerId" IS DISTINCT FROM OLD."customerId" AND NEW."customerId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Customer" p
      WHERE p."id" = NEW."customerId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."customerId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Customer" p WHERE p."id" = NEW."customerId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_LoyaltyAccount" BEFORE INSERT OR UPDATE OF "customerId" ON "public"."LoyaltyAccount" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_LoyaltyAccount"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_LoyaltyTransaction"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."loyaltyAccountId" IS DISTINCT FROM OLD."loyaltyAccountId" AND NEW."loyaltyAccountId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."LoyaltyAccount" p
      WHERE p."id" = NEW."loyaltyAccountId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."loyaltyAccountId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."LoyaltyAccount" p WHERE p."id" = NEW."loyaltyAccountId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_LoyaltyTransaction" BEFORE INSERT OR UPDATE OF "loyaltyAccountId" ON "public"."LoyaltyTransaction" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_LoyaltyTransaction"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_Message"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."channelId" IS DISTINCT FROM OLD."channelId" AND NEW."channelId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Channel" p
      WHERE p."id" = NEW."channelId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."channelId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Channel" p WHERE p."id" = NEW."channelId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_Message" BEFORE INSERT OR UPDATE OF "channelId" ON "public"."Message" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_Message"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_MessageAttachment"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."messageId" IS DISTINCT FROM OLD."messageId" AND NEW."messageId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Message" p
      WHERE p."id" = NEW."messageId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."messageId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Message" p WHERE p."id" = NEW."messageId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_MessageAttachment" BEFORE INSERT OR UPDATE OF "messageId" ON "public"."MessageAttachment" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_MessageAttachment"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_Milestone"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."projectId" IS DISTINCT FROM OLD."projectId" AND NEW."projectId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Project" p
      WHERE p."id" = NEW."projectId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."projectId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Project" p WHERE p."id" = NEW."projectId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_Milestone" BEFORE INSERT OR UPDATE OF "projectId" ON "public"."Milestone" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_Milestone"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_OrderItem"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."orderId" IS DISTINCT FROM OLD."orderId" AND NEW."orderId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Order" p
      WHERE p."id" = NEW."orderId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."orderId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Order" p WHERE p."id" = NEW."orderId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_OrderItem" BEFORE INSERT OR UPDATE OF "orderId" ON "public"."OrderItem" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_OrderItem"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_OrderItemDiscount"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."orderItemId" IS DISTINCT FROM OLD."orderItemId" AND NEW."orderItemId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."OrderItem" p
      WHERE p."id" = NEW."orderItemId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."orderItemId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."OrderItem" p WHERE p."id" = NEW."orderItemId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_OrderItemDiscount" BEFORE INSERT OR UPDATE OF "orderItemId" ON "public"."OrderItemDiscount" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_OrderItemDiscount"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_PageView"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."storeId" IS DISTINCT FROM OLD."storeId" AND NEW."storeId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Store" p
      WHERE p."id" = NEW."storeId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."storeId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Store" p WHERE p."id" = NEW."storeId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_PageView" BEFORE INSERT OR UPDATE OF "storeId" ON "public"."PageView" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_PageView"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_Payment"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."orderId" IS DISTINCT FROM OLD."orderId" AND NEW."orderId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Order" p
      WHERE p."id" = NEW."orderId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."orderId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Order" p WHERE p."id" = NEW."orderId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_Payment" BEFORE INSERT OR UPDATE OF "orderId" ON "public"."Payment" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_Payment"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_PurchaseOrder"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."supplierId" IS DISTINCT FROM OLD."supplierId" AND NEW."supplierId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Supplier" p
      WHERE p."id" = NEW."supplierId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."supplierId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Supplier" p WHERE p."id" = NEW."supplierId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_PurchaseOrder" BEFORE INSERT OR UPDATE OF "supplierId" ON "public"."PurchaseOrder" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_PurchaseOrder"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_PurchaseOrderLine"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."purchaseOrderId" IS DISTINCT FROM OLD."purchaseOrderId" AND NEW."purchaseOrderId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."PurchaseOrder" p
      WHERE p."id" = NEW."purchaseOrderId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."purchaseOrderId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."PurchaseOrder" p WHERE p."id" = NEW."purchaseOrderId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_PurchaseOrderLine" BEFORE INSERT OR UPDATE OF "purchaseOrderId" ON "public"."PurchaseOrderLine" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_PurchaseOrderLine"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_Refund"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."paymentId" IS DISTINCT FROM OLD."paymentId" AND NEW."paymentId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Payment" p
      WHERE p."id" = NEW."paymentId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."paymentId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Payment" p WHERE p."id" = NEW."paymentId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_Refund" BEFORE INSERT OR UPDATE OF "paymentId" ON "public"."Refund" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_Refund"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_ReportSchedule"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."reportId" IS DISTINCT FROM OLD."reportId" AND NEW."reportId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Report" p
      WHERE p."id" = NEW."reportId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."reportId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Report" p WHERE p."id" = NEW."reportId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_ReportSchedule" BEFORE INSERT OR UPDATE OF "reportId" ON "public"."ReportSchedule" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_ReportSchedule"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_Review"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."storeProductId" IS DISTINCT FROM OLD."storeProductId" AND NEW."storeProductId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."StoreProduct" p
      WHERE p."id" = NEW."storeProductId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."storeProductId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."StoreProduct" p WHERE p."id" = NEW."storeProductId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_Review" BEFORE INSERT OR UPDATE OF "storeProductId" ON "public"."Review" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_Review"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_Shipment"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."orderId" IS DISTINCT FROM OLD."orderId" AND NEW."orderId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Order" p
      WHERE p."id" = NEW."orderId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."orderId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Order" p WHERE p."id" = NEW."orderId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_Shipment" BEFORE INSERT OR UPDATE OF "orderId" ON "public"."Shipment" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_Shipment"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_ShipmentEvent"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."shipmentId" IS DISTINCT FROM OLD."shipmentId" AND NEW."shipmentId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Shipment" p
      WHERE p."id" = NEW."shipmentId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."shipmentId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Shipment" p WHERE p."id" = NEW."shipmentId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_ShipmentEvent" BEFORE INSERT OR UPDATE OF "shipmentId" ON "public"."ShipmentEvent" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_ShipmentEvent"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_ShipmentEventPhoto"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."shipmentEventId" IS DISTINCT FROM OLD."shipmentEventId" AND NEW."shipmentEventId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."ShipmentEvent" p
      WHERE p."id" = NEW."shipmentEventId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."shipmentEventId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."ShipmentEvent" p WHERE p."id" = NEW."shipmentEventId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_ShipmentEventPhoto" BEFORE INSERT OR UPDATE OF "shipmentEventId" ON "public"."ShipmentEventPhoto" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_ShipmentEventPhoto"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_StoreHours"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."storeId" IS DISTINCT FROM OLD."storeId" AND NEW."storeId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Store" p
      WHERE p."id" = NEW."storeId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."storeId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Store" p WHERE p."id" = NEW."storeId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_StoreHours" BEFORE INSERT OR UPDATE OF "storeId" ON "public"."StoreHours" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_StoreHours"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_StoreSettings"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."storeId" IS DISTINCT FROM OLD."storeId" AND NEW."storeId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Store" p
      WHERE p."id" = NEW."storeId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."storeId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Store" p WHERE p."id" = NEW."storeId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_StoreSettings" BEFORE INSERT OR UPDATE OF "storeId" ON "public"."StoreSettings" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_StoreSettings"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_TaskAttachment"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."taskId" IS DISTINCT FROM OLD."taskId" AND NEW."taskId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Task" p
      WHERE p."id" = NEW."taskId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."taskId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Task" p WHERE p."id" = NEW."taskId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_TaskAttachment" BEFORE INSERT OR UPDATE OF "taskId" ON "public"."TaskAttachment" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_TaskAttachment"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_TeamMember"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."teamId" IS DISTINCT FROM OLD."teamId" AND NEW."teamId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Team" p
      WHERE p."id" = NEW."teamId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."teamId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Team" p WHERE p."id" = NEW."teamId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_TeamMember" BEFORE INSERT OR UPDATE OF "teamId" ON "public"."TeamMember" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_TeamMember"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_WebhookDelivery"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."webhookId" IS DISTINCT FROM OLD."webhookId" AND NEW."webhookId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Webhook" p
      WHERE p."id" = NEW."webhookId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."webhookId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Webhook" p WHERE p."id" = NEW."webhookId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_WebhookDelivery" BEFORE INSERT OR UPDATE OF "webhookId" ON "public"."WebhookDelivery" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_WebhookDelivery"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_Widget"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."dashboardId" IS DISTINCT FROM OLD."dashboardId" AND NEW."dashboardId" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Dashboard" p
      WHERE p."id" = NEW."dashboardId";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."dashboardId" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Dashboard" p WHERE p."id" = NEW."dashboardId";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_Widget" BEFORE INSERT OR UPDATE OF "dashboardId" ON "public"."Widget" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_Widget"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public__ProductToTag"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."B" IS DISTINCT FROM OLD."B" AND NEW."B" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Tag" p
      WHERE p."id" = NEW."B";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."B" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Tag" p WHERE p."id" = NEW."B";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public__ProductToTag" BEFORE INSERT OR UPDATE OF "B" ON "public"."_ProductToTag" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public__ProductToTag"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public__ProjectToUser"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."A" IS DISTINCT FROM OLD."A" AND NEW."A" IS NOT NULL
       AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId" THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Project" p
      WHERE p."id" = NEW."A";
    END IF;
    RETURN NEW;
  END IF;
  IF NEW."organizationId" IS NULL THEN
    IF NEW."A" IS NOT NULL THEN
      SELECT p."organizationId" INTO NEW."organizationId" FROM "public"."Project" p WHERE p."id" = NEW."A";
    ELSE
      NEW."organizationId" := tenantmig.current_tenant();
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public__ProjectToUser" BEFORE INSERT OR UPDATE OF "A" ON "public"."_ProjectToUser" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public__ProjectToUser"();

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p1_04_fill_triggers' WHERE tenantmig.alembic_version.version_num = 'p1_03_indexes';

COMMIT;

