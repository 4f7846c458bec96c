BEGIN;

-- Running downgrade p3_05_tenant_scoped_keys -> p3_04_validate_fks

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p3_04_validate_fks' WHERE tenantmig.alembic_version.version_num = 'p3_05_tenant_scoped_keys';

COMMIT;

BEGIN;

-- Running downgrade p3_04_validate_fks -> p3_03_set_not_null

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Bin" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_Bin";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Bin" ADD CONSTRAINT "tenantmig_kfk_public_Bin" FOREIGN KEY ("organizationId", "warehouseId") REFERENCES "public"."Warehouse" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Task" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_Task";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Task" ADD CONSTRAINT "tenantmig_kfk_public_Task" FOREIGN KEY ("organizationId", "projectId") REFERENCES "public"."Project" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."TaskComment" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_TaskComment";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."TaskComment" ADD CONSTRAINT "tenantmig_kfk_public_TaskComment" FOREIGN KEY ("organizationId", "taskId") REFERENCES "public"."Task" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CommentReaction" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_CommentReaction";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CommentReaction" ADD CONSTRAINT "tenantmig_kfk_public_CommentReaction" FOREIGN KEY ("organizationId", "taskCommentId") REFERENCES "public"."TaskComment" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CouponRedemption" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_CouponRedemption";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CouponRedemption" ADD CONSTRAINT "tenantmig_kfk_public_CouponRedemption" FOREIGN KEY ("organizationId", "couponId") REFERENCES "public"."Coupon" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CreditNote" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_CreditNote";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CreditNote" ADD CONSTRAINT "tenantmig_kfk_public_CreditNote" FOREIGN KEY ("organizationId", "invoiceId") REFERENCES "public"."Invoice" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CustomerAddress" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_CustomerAddress";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CustomerAddress" ADD CONSTRAINT "tenantmig_kfk_public_CustomerAddress" FOREIGN KEY ("organizationId", "customerId") REFERENCES "public"."Customer" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CustomerNote" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_CustomerNote";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CustomerNote" ADD CONSTRAINT "tenantmig_kfk_public_CustomerNote" FOREIGN KEY ("organizationId", "customerId") REFERENCES "public"."Customer" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."DocumentVersion" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_DocumentVersion";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."DocumentVersion" ADD CONSTRAINT "tenantmig_kfk_public_DocumentVersion" FOREIGN KEY ("organizationId", "documentId") REFERENCES "public"."Document" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."FormSubmission" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_FormSubmission";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FormSubmission" ADD CONSTRAINT "tenantmig_kfk_public_FormSubmission" FOREIGN KEY ("organizationId", "formId") REFERENCES "public"."Form" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."FormAnswer" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_FormAnswer";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FormAnswer" ADD CONSTRAINT "tenantmig_kfk_public_FormAnswer" FOREIGN KEY ("organizationId", "formSubmissionId") REFERENCES "public"."FormSubmission" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."FormField" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_FormField";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FormField" ADD CONSTRAINT "tenantmig_kfk_public_FormField" FOREIGN KEY ("organizationId", "formId") REFERENCES "public"."Form" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."IntegrationLog" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_IntegrationLog";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."IntegrationLog" ADD CONSTRAINT "tenantmig_kfk_public_IntegrationLog" FOREIGN KEY ("organizationId", "integrationId") REFERENCES "public"."Integration" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."StoreProduct" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_StoreProduct";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."StoreProduct" ADD CONSTRAINT "tenantmig_kfk_public_StoreProduct" FOREIGN KEY ("organizationId", "storeId") REFERENCES "public"."Store" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Inventory" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_Inventory";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Inventory" ADD CONSTRAINT "tenantmig_kfk_public_Inventory" FOREIGN KEY ("organizationId", "storeProductId") REFERENCES "public"."StoreProduct" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."InventoryMovement" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_InventoryMovement";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."InventoryMovement" ADD CONSTRAINT "tenantmig_kfk_public_InventoryMovement" FOREIGN KEY ("organizationId", "inventoryId") REFERENCES "public"."Inventory" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."InvoiceLine" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_InvoiceLine";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."InvoiceLine" ADD CONSTRAINT "tenantmig_kfk_public_InvoiceLine" FOREIGN KEY ("organizationId", "invoiceId") REFERENCES "public"."Invoice" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."LoyaltyAccount" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_LoyaltyAccount";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."LoyaltyAccount" ADD CONSTRAINT "tenantmig_kfk_public_LoyaltyAccount" FOREIGN KEY ("organizationId", "customerId") REFERENCES "public"."Customer" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."LoyaltyTransaction" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_LoyaltyTransaction";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."LoyaltyTransaction" ADD CONSTRAINT "tenantmig_kfk_public_LoyaltyTransaction" FOREIGN KEY ("organizationId", "loyaltyAccountId") REFERENCES "public"."LoyaltyAccount" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Message" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_Message";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Message" ADD CONSTRAINT "tenantmig_kfk_public_Message" FOREIGN KEY ("organizationId", "channelId") REFERENCES "public"."Channel" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."MessageAttachment" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_MessageAttachment";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."MessageAttachment" ADD CONSTRAINT "tenantmig_kfk_public_MessageAttachment" FOREIGN KEY ("organizationId", "messageId") REFERENCES "public"."Message" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Milestone" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_Milestone";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Milestone" ADD CONSTRAINT "tenantmig_kfk_public_Milestone" FOREIGN KEY ("organizationId", "projectId") REFERENCES "public"."Project" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."OrderItem" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_OrderItem";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."OrderItem" ADD CONSTRAINT "tenantmig_kfk_public_OrderItem" FOREIGN KEY ("organizationId", "orderId") REFERENCES "public"."Order" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."OrderItemDiscount" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_OrderItemDiscount";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."OrderItemDiscount" ADD CONSTRAINT "tenantmig_kfk_public_OrderItemDiscount" FOREIGN KEY ("organizationId", "orderItemId") REFERENCES "public"."OrderItem" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Payment" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_Payment";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Payment" ADD CONSTRAINT "tenantmig_kfk_public_Payment" FOREIGN KEY ("organizationId", "orderId") REFERENCES "public"."Order" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."PurchaseOrder" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_PurchaseOrder";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PurchaseOrder" ADD CONSTRAINT "tenantmig_kfk_public_PurchaseOrder" FOREIGN KEY ("organizationId", "supplierId") REFERENCES "public"."Supplier" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."PurchaseOrderLine" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_PurchaseOrderLine";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PurchaseOrderLine" ADD CONSTRAINT "tenantmig_kfk_public_PurchaseOrderLine" FOREIGN KEY ("organizationId", "purchaseOrderId") REFERENCES "public"."PurchaseOrder" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Refund" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_Refund";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Refund" ADD CONSTRAINT "tenantmig_kfk_public_Refund" FOREIGN KEY ("organizationId", "paymentId") REFERENCES "public"."Payment" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."ReportSchedule" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_ReportSchedule";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ReportSchedule" ADD CONSTRAINT "tenantmig_kfk_public_ReportSchedule" FOREIGN KEY ("organizationId", "reportId") REFERENCES "public"."Report" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Review" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_Review";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Review" ADD CONSTRAINT "tenantmig_kfk_public_Review" FOREIGN KEY ("organizationId", "storeProductId") REFERENCES "public"."StoreProduct" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Shipment" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_Shipment";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Shipment" ADD CONSTRAINT "tenantmig_kfk_public_Shipment" FOREIGN KEY ("organizationId", "orderId") REFERENCES "public"."Order" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."ShipmentEvent" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_ShipmentEvent";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ShipmentEvent" ADD CONSTRAINT "tenantmig_kfk_public_ShipmentEvent" FOREIGN KEY ("organizationId", "shipmentId") REFERENCES "public"."Shipment" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."ShipmentEventPhoto" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_ShipmentEventPhoto";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ShipmentEventPhoto" ADD CONSTRAINT "tenantmig_kfk_public_ShipmentEventPhoto" FOREIGN KEY ("organizationId", "shipmentEventId") REFERENCES "public"."ShipmentEvent" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."StoreHours" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_StoreHours";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."StoreHours" ADD CONSTRAINT "tenantmig_kfk_public_StoreHours" FOREIGN KEY ("organizationId", "storeId") REFERENCES "public"."Store" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."StoreSettings" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_StoreSettings";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."StoreSettings" ADD CONSTRAINT "tenantmig_kfk_public_StoreSettings" FOREIGN KEY ("organizationId", "storeId") REFERENCES "public"."Store" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."TaskAttachment" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_TaskAttachment";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."TaskAttachment" ADD CONSTRAINT "tenantmig_kfk_public_TaskAttachment" FOREIGN KEY ("organizationId", "taskId") REFERENCES "public"."Task" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."TeamMember" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_TeamMember";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."TeamMember" ADD CONSTRAINT "tenantmig_kfk_public_TeamMember" FOREIGN KEY ("organizationId", "teamId") REFERENCES "public"."Team" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."WebhookDelivery" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_WebhookDelivery";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."WebhookDelivery" ADD CONSTRAINT "tenantmig_kfk_public_WebhookDelivery" FOREIGN KEY ("organizationId", "webhookId") REFERENCES "public"."Webhook" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Widget" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_Widget";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Widget" ADD CONSTRAINT "tenantmig_kfk_public_Widget" FOREIGN KEY ("organizationId", "dashboardId") REFERENCES "public"."Dashboard" ("organizationId", "id") ON UPDATE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."_ProductToTag" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public__ProductToTag";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."_ProductToTag" ADD CONSTRAINT "tenantmig_kfk_public__ProductToTag" FOREIGN KEY ("organizationId", "B") REFERENCES "public"."Tag" ("organizationId", "id") ON UPDATE CASCADE ON DELETE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."_ProjectToUser" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public__ProjectToUser";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."_ProjectToUser" ADD CONSTRAINT "tenantmig_kfk_public__ProjectToUser" FOREIGN KEY ("organizationId", "A") REFERENCES "public"."Project" ("organizationId", "id") ON UPDATE CASCADE ON DELETE CASCADE NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."PageView_2024_01" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_PageView_2024_01";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PageView_2024_01" ADD CONSTRAINT "tenantmig_fk_public_PageView_2024_01" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."PageView_2024_02" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_PageView_2024_02";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PageView_2024_02" ADD CONSTRAINT "tenantmig_fk_public_PageView_2024_02" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."PageView_2024_03" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_PageView_2024_03";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PageView_2024_03" ADD CONSTRAINT "tenantmig_fk_public_PageView_2024_03" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."PageView_2024_04" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_PageView_2024_04";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PageView_2024_04" ADD CONSTRAINT "tenantmig_fk_public_PageView_2024_04" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."StoreSettings" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_StoreSettings";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."StoreSettings" ADD CONSTRAINT "tenantmig_fk_public_StoreSettings" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."StoreHours" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_StoreHours";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."StoreHours" ADD CONSTRAINT "tenantmig_fk_public_StoreHours" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."StoreProduct" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_StoreProduct";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."StoreProduct" ADD CONSTRAINT "tenantmig_fk_public_StoreProduct" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Inventory" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_Inventory";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Inventory" ADD CONSTRAINT "tenantmig_fk_public_Inventory" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."InventoryMovement" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_InventoryMovement";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."InventoryMovement" ADD CONSTRAINT "tenantmig_fk_public_InventoryMovement" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Review" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_Review";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Review" ADD CONSTRAINT "tenantmig_fk_public_Review" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CustomerAddress" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_CustomerAddress";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CustomerAddress" ADD CONSTRAINT "tenantmig_fk_public_CustomerAddress" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CustomerNote" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_CustomerNote";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CustomerNote" ADD CONSTRAINT "tenantmig_fk_public_CustomerNote" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."LoyaltyAccount" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_LoyaltyAccount";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."LoyaltyAccount" ADD CONSTRAINT "tenantmig_fk_public_LoyaltyAccount" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."LoyaltyTransaction" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_LoyaltyTransaction";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."LoyaltyTransaction" ADD CONSTRAINT "tenantmig_fk_public_LoyaltyTransaction" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."OrderItem" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_OrderItem";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."OrderItem" ADD CONSTRAINT "tenantmig_fk_public_OrderItem" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."OrderItemDiscount" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_OrderItemDiscount";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."OrderItemDiscount" ADD CONSTRAINT "tenantmig_fk_public_OrderItemDiscount" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Payment" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_Payment";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Payment" ADD CONSTRAINT "tenantmig_fk_public_Payment" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Refund" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_Refund";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Refund" ADD CONSTRAINT "tenantmig_fk_public_Refund" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Shipment" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_Shipment";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Shipment" ADD CONSTRAINT "tenantmig_fk_public_Shipment" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."ShipmentEvent" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_ShipmentEvent";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ShipmentEvent" ADD CONSTRAINT "tenantmig_fk_public_ShipmentEvent" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."ShipmentEventPhoto" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_ShipmentEventPhoto";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ShipmentEventPhoto" ADD CONSTRAINT "tenantmig_fk_public_ShipmentEventPhoto" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CouponRedemption" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_CouponRedemption";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CouponRedemption" ADD CONSTRAINT "tenantmig_fk_public_CouponRedemption" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."InvoiceLine" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_InvoiceLine";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."InvoiceLine" ADD CONSTRAINT "tenantmig_fk_public_InvoiceLine" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CreditNote" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_CreditNote";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CreditNote" ADD CONSTRAINT "tenantmig_fk_public_CreditNote" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Milestone" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_Milestone";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Milestone" ADD CONSTRAINT "tenantmig_fk_public_Milestone" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Task" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_Task";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Task" ADD CONSTRAINT "tenantmig_fk_public_Task" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."TaskComment" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_TaskComment";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."TaskComment" ADD CONSTRAINT "tenantmig_fk_public_TaskComment" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CommentReaction" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_CommentReaction";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CommentReaction" ADD CONSTRAINT "tenantmig_fk_public_CommentReaction" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."TaskAttachment" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_TaskAttachment";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."TaskAttachment" ADD CONSTRAINT "tenantmig_fk_public_TaskAttachment" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."TeamMember" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_TeamMember";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."TeamMember" ADD CONSTRAINT "tenantmig_fk_public_TeamMember" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Message" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_Message";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Message" ADD CONSTRAINT "tenantmig_fk_public_Message" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."MessageAttachment" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_MessageAttachment";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."MessageAttachment" ADD CONSTRAINT "tenantmig_fk_public_MessageAttachment" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."WebhookDelivery" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_WebhookDelivery";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."WebhookDelivery" ADD CONSTRAINT "tenantmig_fk_public_WebhookDelivery" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."IntegrationLog" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_IntegrationLog";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."IntegrationLog" ADD CONSTRAINT "tenantmig_fk_public_IntegrationLog" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."ReportSchedule" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_ReportSchedule";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ReportSchedule" ADD CONSTRAINT "tenantmig_fk_public_ReportSchedule" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Widget" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_Widget";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Widget" ADD CONSTRAINT "tenantmig_fk_public_Widget" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."DocumentVersion" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_DocumentVersion";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."DocumentVersion" ADD CONSTRAINT "tenantmig_fk_public_DocumentVersion" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."FormField" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_FormField";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FormField" ADD CONSTRAINT "tenantmig_fk_public_FormField" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."FormSubmission" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_FormSubmission";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FormSubmission" ADD CONSTRAINT "tenantmig_fk_public_FormSubmission" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."FormAnswer" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_FormAnswer";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FormAnswer" ADD CONSTRAINT "tenantmig_fk_public_FormAnswer" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."PurchaseOrder" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_PurchaseOrder";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PurchaseOrder" ADD CONSTRAINT "tenantmig_fk_public_PurchaseOrder" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."PurchaseOrderLine" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_PurchaseOrderLine";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PurchaseOrderLine" ADD CONSTRAINT "tenantmig_fk_public_PurchaseOrderLine" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Bin" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_Bin";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Bin" ADD CONSTRAINT "tenantmig_fk_public_Bin" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."_ProductToTag" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public__ProductToTag";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."_ProductToTag" ADD CONSTRAINT "tenantmig_fk_public__ProductToTag" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."_ProjectToUser" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public__ProjectToUser";

-- lock: SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)
-- prefer-robust-stmts is off here: the same transaction drops the constraint IF EXISTS first, so a re-run recreates it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."_ProjectToUser" ADD CONSTRAINT "tenantmig_fk_public__ProjectToUser" FOREIGN KEY ("organizationId") REFERENCES "public"."Organization" ("id") NOT VALID;

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p3_03_set_not_null' WHERE tenantmig.alembic_version.version_num = 'p3_04_validate_fks';

COMMIT;

BEGIN;

-- Running downgrade p3_03_set_not_null -> p3_02_validate_checks

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PageView" ADD CONSTRAINT "tenantmig_nn_public_PageView" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."PageView" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Invitation" ADD CONSTRAINT "tenantmig_nn_public_Invitation" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Invitation" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Subscription" ADD CONSTRAINT "tenantmig_nn_public_Subscription" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Subscription" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ApiKey" ADD CONSTRAINT "tenantmig_nn_public_ApiKey" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."ApiKey" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Store" ADD CONSTRAINT "tenantmig_nn_public_Store" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Store" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."StoreSettings" ADD CONSTRAINT "tenantmig_nn_public_StoreSettings" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."StoreSettings" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."StoreHours" ADD CONSTRAINT "tenantmig_nn_public_StoreHours" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."StoreHours" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ProductOverride" ADD CONSTRAINT "tenantmig_nn_public_ProductOverride" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."ProductOverride" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Category" ADD CONSTRAINT "tenantmig_nn_public_Category" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Category" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Tag" ADD CONSTRAINT "tenantmig_nn_public_Tag" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Tag" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."StoreProduct" ADD CONSTRAINT "tenantmig_nn_public_StoreProduct" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."StoreProduct" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Inventory" ADD CONSTRAINT "tenantmig_nn_public_Inventory" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Inventory" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."InventoryMovement" ADD CONSTRAINT "tenantmig_nn_public_InventoryMovement" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."InventoryMovement" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Review" ADD CONSTRAINT "tenantmig_nn_public_Review" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Review" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Customer" ADD CONSTRAINT "tenantmig_nn_public_Customer" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Customer" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CustomerAddress" ADD CONSTRAINT "tenantmig_nn_public_CustomerAddress" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."CustomerAddress" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CustomerNote" ADD CONSTRAINT "tenantmig_nn_public_CustomerNote" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."CustomerNote" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."LoyaltyAccount" ADD CONSTRAINT "tenantmig_nn_public_LoyaltyAccount" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."LoyaltyAccount" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."LoyaltyTransaction" ADD CONSTRAINT "tenantmig_nn_public_LoyaltyTransaction" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."LoyaltyTransaction" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Order" ADD CONSTRAINT "tenantmig_nn_public_Order" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Order" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."OrderItem" ADD CONSTRAINT "tenantmig_nn_public_OrderItem" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."OrderItem" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."OrderItemDiscount" ADD CONSTRAINT "tenantmig_nn_public_OrderItemDiscount" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."OrderItemDiscount" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Payment" ADD CONSTRAINT "tenantmig_nn_public_Payment" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Payment" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Refund" ADD CONSTRAINT "tenantmig_nn_public_Refund" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Refund" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Shipment" ADD CONSTRAINT "tenantmig_nn_public_Shipment" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Shipment" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ShipmentEvent" ADD CONSTRAINT "tenantmig_nn_public_ShipmentEvent" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."ShipmentEvent" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ShipmentEventPhoto" ADD CONSTRAINT "tenantmig_nn_public_ShipmentEventPhoto" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."ShipmentEventPhoto" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Coupon" ADD CONSTRAINT "tenantmig_nn_public_Coupon" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Coupon" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CouponRedemption" ADD CONSTRAINT "tenantmig_nn_public_CouponRedemption" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."CouponRedemption" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."GiftCard" ADD CONSTRAINT "tenantmig_nn_public_GiftCard" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."GiftCard" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Invoice" ADD CONSTRAINT "tenantmig_nn_public_Invoice" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Invoice" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."InvoiceLine" ADD CONSTRAINT "tenantmig_nn_public_InvoiceLine" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."InvoiceLine" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CreditNote" ADD CONSTRAINT "tenantmig_nn_public_CreditNote" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."CreditNote" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Project" ADD CONSTRAINT "tenantmig_nn_public_Project" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Project" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Milestone" ADD CONSTRAINT "tenantmig_nn_public_Milestone" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Milestone" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Task" ADD CONSTRAINT "tenantmig_nn_public_Task" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Task" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."TaskComment" ADD CONSTRAINT "tenantmig_nn_public_TaskComment" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."TaskComment" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."CommentReaction" ADD CONSTRAINT "tenantmig_nn_public_CommentReaction" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."CommentReaction" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."TaskAttachment" ADD CONSTRAINT "tenantmig_nn_public_TaskAttachment" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."TaskAttachment" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Team" ADD CONSTRAINT "tenantmig_nn_public_Team" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Team" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."TeamMember" ADD CONSTRAINT "tenantmig_nn_public_TeamMember" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."TeamMember" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Channel" ADD CONSTRAINT "tenantmig_nn_public_Channel" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Channel" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Message" ADD CONSTRAINT "tenantmig_nn_public_Message" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Message" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."MessageAttachment" ADD CONSTRAINT "tenantmig_nn_public_MessageAttachment" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."MessageAttachment" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Notification" ADD CONSTRAINT "tenantmig_nn_public_Notification" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Notification" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Webhook" ADD CONSTRAINT "tenantmig_nn_public_Webhook" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Webhook" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."WebhookDelivery" ADD CONSTRAINT "tenantmig_nn_public_WebhookDelivery" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."WebhookDelivery" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Integration" ADD CONSTRAINT "tenantmig_nn_public_Integration" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Integration" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."IntegrationLog" ADD CONSTRAINT "tenantmig_nn_public_IntegrationLog" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."IntegrationLog" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."AuditLog" ADD CONSTRAINT "tenantmig_nn_public_AuditLog" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."AuditLog" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Report" ADD CONSTRAINT "tenantmig_nn_public_Report" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Report" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."ReportSchedule" ADD CONSTRAINT "tenantmig_nn_public_ReportSchedule" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."ReportSchedule" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Dashboard" ADD CONSTRAINT "tenantmig_nn_public_Dashboard" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Dashboard" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Widget" ADD CONSTRAINT "tenantmig_nn_public_Widget" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Widget" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Folder" ADD CONSTRAINT "tenantmig_nn_public_Folder" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Folder" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Document" ADD CONSTRAINT "tenantmig_nn_public_Document" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Document" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."DocumentVersion" ADD CONSTRAINT "tenantmig_nn_public_DocumentVersion" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."DocumentVersion" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Form" ADD CONSTRAINT "tenantmig_nn_public_Form" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Form" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FormField" ADD CONSTRAINT "tenantmig_nn_public_FormField" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."FormField" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FormSubmission" ADD CONSTRAINT "tenantmig_nn_public_FormSubmission" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."FormSubmission" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."FormAnswer" ADD CONSTRAINT "tenantmig_nn_public_FormAnswer" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."FormAnswer" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Supplier" ADD CONSTRAINT "tenantmig_nn_public_Supplier" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Supplier" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PurchaseOrder" ADD CONSTRAINT "tenantmig_nn_public_PurchaseOrder" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."PurchaseOrder" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."PurchaseOrderLine" ADD CONSTRAINT "tenantmig_nn_public_PurchaseOrderLine" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."PurchaseOrderLine" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Warehouse" ADD CONSTRAINT "tenantmig_nn_public_Warehouse" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Warehouse" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."Bin" ADD CONSTRAINT "tenantmig_nn_public_Bin" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."Bin" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."_ProductToTag" ADD CONSTRAINT "tenantmig_nn_public__ProductToTag" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."_ProductToTag" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: the step reads the catalog and emits this only while the constraint is absent, so a re-run skips it
-- squawk-ignore prefer-robust-stmts
ALTER TABLE "public"."_ProjectToUser" ADD CONSTRAINT "tenantmig_nn_public__ProjectToUser" CHECK ("organizationId" IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- prefer-robust-stmts is off here: idempotent: run again on a table already in this state, it changes nothing
-- ban-drop-not-null is off here: undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists
-- squawk-ignore prefer-robust-stmts, ban-drop-not-null
ALTER TABLE "public"."_ProjectToUser" ALTER COLUMN "organizationId" DROP NOT NULL;

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p3_02_validate_checks' WHERE tenantmig.alembic_version.version_num = 'p3_03_set_not_null';

COMMIT;

BEGIN;

-- Running downgrade p3_02_validate_checks -> p3_01_check_not_valid

COMMIT;

-- step.noop: reason=validated checks need no undo of their own

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p3_01_check_not_valid' WHERE tenantmig.alembic_version.version_num = 'p3_02_validate_checks';

COMMIT;

BEGIN;

-- Running downgrade p3_01_check_not_valid -> p2_01_backfill

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."PageView" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_PageView";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Invitation" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Invitation";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Subscription" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Subscription";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."ApiKey" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_ApiKey";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Store" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Store";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."StoreSettings" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_StoreSettings";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."StoreHours" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_StoreHours";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."ProductOverride" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_ProductOverride";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Category" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Category";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Tag" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Tag";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."StoreProduct" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_StoreProduct";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Inventory" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Inventory";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."InventoryMovement" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_InventoryMovement";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Review" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Review";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Customer" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Customer";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CustomerAddress" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_CustomerAddress";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CustomerNote" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_CustomerNote";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."LoyaltyAccount" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_LoyaltyAccount";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."LoyaltyTransaction" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_LoyaltyTransaction";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Order" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Order";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."OrderItem" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_OrderItem";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."OrderItemDiscount" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_OrderItemDiscount";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Payment" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Payment";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Refund" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Refund";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Shipment" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Shipment";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."ShipmentEvent" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_ShipmentEvent";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."ShipmentEventPhoto" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_ShipmentEventPhoto";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Coupon" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Coupon";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CouponRedemption" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_CouponRedemption";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."GiftCard" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_GiftCard";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Invoice" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Invoice";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."InvoiceLine" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_InvoiceLine";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CreditNote" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_CreditNote";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Project" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Project";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Milestone" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Milestone";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Task" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Task";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."TaskComment" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_TaskComment";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CommentReaction" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_CommentReaction";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."TaskAttachment" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_TaskAttachment";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Team" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Team";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."TeamMember" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_TeamMember";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Channel" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Channel";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Message" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Message";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."MessageAttachment" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_MessageAttachment";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Notification" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Notification";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Webhook" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Webhook";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."WebhookDelivery" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_WebhookDelivery";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Integration" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Integration";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."IntegrationLog" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_IntegrationLog";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."AuditLog" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_AuditLog";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Report" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Report";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."ReportSchedule" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_ReportSchedule";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Dashboard" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Dashboard";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Widget" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Widget";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Folder" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Folder";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Document" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Document";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."DocumentVersion" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_DocumentVersion";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Form" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Form";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."FormField" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_FormField";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."FormSubmission" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_FormSubmission";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."FormAnswer" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_FormAnswer";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Supplier" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Supplier";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."PurchaseOrder" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_PurchaseOrder";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."PurchaseOrderLine" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_PurchaseOrderLine";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Warehouse" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Warehouse";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Bin" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public_Bin";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."_ProductToTag" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public__ProductToTag";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, catalog only (milliseconds)
-- ban-drop-constraint is off here: phase 3's temporary NOT NULL check, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."_ProjectToUser" DROP CONSTRAINT IF EXISTS "tenantmig_nn_public__ProjectToUser";

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p2_01_backfill' WHERE tenantmig.alembic_version.version_num = 'p3_01_check_not_valid';

COMMIT;

