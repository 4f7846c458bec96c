BEGIN;

-- Running downgrade p1_04_fill_triggers -> p1_03_indexes

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Bin" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_Bin";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Task" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_Task";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."TaskComment" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_TaskComment";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CommentReaction" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_CommentReaction";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CouponRedemption" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_CouponRedemption";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CreditNote" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_CreditNote";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CustomerAddress" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_CustomerAddress";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CustomerNote" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_CustomerNote";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."DocumentVersion" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_DocumentVersion";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."FormSubmission" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_FormSubmission";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."FormAnswer" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_FormAnswer";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."FormField" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_FormField";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."IntegrationLog" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_IntegrationLog";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."StoreProduct" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_StoreProduct";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Inventory" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_Inventory";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."InventoryMovement" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_InventoryMovement";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."InvoiceLine" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_InvoiceLine";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."LoyaltyAccount" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_LoyaltyAccount";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."LoyaltyTransaction" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_LoyaltyTransaction";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Message" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_Message";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."MessageAttachment" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_MessageAttachment";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Milestone" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_Milestone";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."OrderItem" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_OrderItem";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."OrderItemDiscount" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_OrderItemDiscount";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Payment" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_Payment";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."PurchaseOrder" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_PurchaseOrder";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."PurchaseOrderLine" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_PurchaseOrderLine";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Refund" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_Refund";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."ReportSchedule" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_ReportSchedule";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Review" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_Review";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Shipment" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_Shipment";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."ShipmentEvent" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_ShipmentEvent";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."ShipmentEventPhoto" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_ShipmentEventPhoto";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."StoreHours" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_StoreHours";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."StoreSettings" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_StoreSettings";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."TaskAttachment" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_TaskAttachment";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."TeamMember" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_TeamMember";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."WebhookDelivery" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_WebhookDelivery";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Widget" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public_Widget";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."_ProductToTag" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public__ProductToTag";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the key-following foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."_ProjectToUser" DROP CONSTRAINT IF EXISTS "tenantmig_kfk_public__ProjectToUser";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Warehouse" ON "public"."Warehouse";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Warehouse"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_warehouse"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Project" ON "public"."Project";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Project"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_project"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Task" ON "public"."Task";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Task"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_task"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_TaskComment" ON "public"."TaskComment";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_TaskComment"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_taskcomment"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Coupon" ON "public"."Coupon";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Coupon"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_coupon"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Invoice" ON "public"."Invoice";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Invoice"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_invoice"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Customer" ON "public"."Customer";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Customer"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_customer"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Document" ON "public"."Document";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Document"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_document"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Form" ON "public"."Form";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Form"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_form"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_FormSubmission" ON "public"."FormSubmission";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_FormSubmission"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_formsubmission"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Integration" ON "public"."Integration";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Integration"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_integration"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Store" ON "public"."Store";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Store"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_store"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_StoreProduct" ON "public"."StoreProduct";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_StoreProduct"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_storeproduct"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Inventory" ON "public"."Inventory";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Inventory"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_inventory"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_LoyaltyAccount" ON "public"."LoyaltyAccount";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_LoyaltyAccount"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_loyaltyaccount"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Channel" ON "public"."Channel";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Channel"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_channel"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Message" ON "public"."Message";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Message"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_message"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Order" ON "public"."Order";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Order"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_order"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_OrderItem" ON "public"."OrderItem";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_OrderItem"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_orderitem"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Supplier" ON "public"."Supplier";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Supplier"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_supplier"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_PurchaseOrder" ON "public"."PurchaseOrder";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_PurchaseOrder"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_purchaseorder"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Payment" ON "public"."Payment";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Payment"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_payment"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Report" ON "public"."Report";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Report"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_report"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Shipment" ON "public"."Shipment";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Shipment"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_shipment"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_ShipmentEvent" ON "public"."ShipmentEvent";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_ShipmentEvent"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_shipmentevent"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Team" ON "public"."Team";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Team"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_team"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Webhook" ON "public"."Webhook";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Webhook"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_webhook"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Dashboard" ON "public"."Dashboard";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Dashboard"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_dashboard"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_follow_public_Tag" ON "public"."Tag";

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_Tag"();

-- lock: none
-- ban-drop-function is off here: the follow trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."follow_public_tag"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_Bin" ON "public"."Bin";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_Bin"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_Task" ON "public"."Task";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_Task"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_TaskComment" ON "public"."TaskComment";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_TaskComment"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_CommentReaction" ON "public"."CommentReaction";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_CommentReaction"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_CouponRedemption" ON "public"."CouponRedemption";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_CouponRedemption"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_CreditNote" ON "public"."CreditNote";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_CreditNote"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_CustomerAddress" ON "public"."CustomerAddress";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_CustomerAddress"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_CustomerNote" ON "public"."CustomerNote";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_CustomerNote"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_DocumentVersion" ON "public"."DocumentVersion";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_DocumentVersion"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_FormSubmission" ON "public"."FormSubmission";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_FormSubmission"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_FormAnswer" ON "public"."FormAnswer";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_FormAnswer"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_FormField" ON "public"."FormField";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_FormField"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_IntegrationLog" ON "public"."IntegrationLog";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_IntegrationLog"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_StoreProduct" ON "public"."StoreProduct";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_StoreProduct"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_Inventory" ON "public"."Inventory";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_Inventory"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_InventoryMovement" ON "public"."InventoryMovement";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_InventoryMovement"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_InvoiceLine" ON "public"."InvoiceLine";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_InvoiceLine"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_LoyaltyAccount" ON "public"."LoyaltyAccount";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_LoyaltyAccount"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_LoyaltyTransaction" ON "public"."LoyaltyTransaction";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_LoyaltyTransaction"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_Message" ON "public"."Message";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_Message"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_MessageAttachment" ON "public"."MessageAttachment";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_MessageAttachment"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_Milestone" ON "public"."Milestone";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_Milestone"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_OrderItem" ON "public"."OrderItem";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_OrderItem"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_OrderItemDiscount" ON "public"."OrderItemDiscount";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_OrderItemDiscount"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_PageView" ON "public"."PageView";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_PageView"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_Payment" ON "public"."Payment";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_Payment"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_PurchaseOrder" ON "public"."PurchaseOrder";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_PurchaseOrder"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_PurchaseOrderLine" ON "public"."PurchaseOrderLine";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_PurchaseOrderLine"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_Refund" ON "public"."Refund";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_Refund"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_ReportSchedule" ON "public"."ReportSchedule";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_ReportSchedule"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_Review" ON "public"."Review";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_Review"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_Shipment" ON "public"."Shipment";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_Shipment"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_ShipmentEvent" ON "public"."ShipmentEvent";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_ShipmentEvent"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_ShipmentEventPhoto" ON "public"."ShipmentEventPhoto";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_ShipmentEventPhoto"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_StoreHours" ON "public"."StoreHours";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_StoreHours"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_StoreSettings" ON "public"."StoreSettings";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_StoreSettings"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_TaskAttachment" ON "public"."TaskAttachment";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_TaskAttachment"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_TeamMember" ON "public"."TeamMember";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_TeamMember"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_WebhookDelivery" ON "public"."WebhookDelivery";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_WebhookDelivery"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public_Widget" ON "public"."Widget";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public_Widget"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public__ProductToTag" ON "public"."_ProductToTag";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public__ProductToTag"();

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE, brief
DROP TRIGGER IF EXISTS "tenantmig_fill_public__ProjectToUser" ON "public"."_ProjectToUser";

-- lock: none
-- ban-drop-function is off here: the fill trigger's function, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."fill_public__ProjectToUser"();

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p1_03_indexes' WHERE tenantmig.alembic_version.version_num = 'p1_04_fill_triggers';

COMMIT;

BEGIN;

-- Running downgrade p1_03_indexes -> p1_02_columns

COMMIT;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Tag_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Dashboard_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Webhook_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Team_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_ShipmentEvent_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Shipment_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Report_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Payment_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_PurchaseOrder_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Supplier_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_OrderItem_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Order_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Message_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Channel_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_LoyaltyAccount_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Inventory_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_StoreProduct_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Store_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Integration_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_FormSubmission_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Form_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Document_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Customer_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Invoice_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Coupon_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_TaskComment_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Task_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Project_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_kr_public_Warehouse_id";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public__ProjectToUser";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public__ProductToTag";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_EmailTemplate";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Bin";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Warehouse";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_PurchaseOrderLine";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_PurchaseOrder";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Supplier";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_FormAnswer";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_FormSubmission";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_FormField";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Form";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_DocumentVersion";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Document";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Folder";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Widget";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Dashboard";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_ReportSchedule";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Report";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_AuditLog";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_IntegrationLog";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Integration";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_WebhookDelivery";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Webhook";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Notification";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_MessageAttachment";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Message";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Channel";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_TeamMember";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Team";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_TaskAttachment";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_CommentReaction";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_TaskComment";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Task";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Milestone";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Project";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_CreditNote";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_InvoiceLine";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Invoice";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_GiftCard";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_CouponRedemption";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Coupon";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_ShipmentEventPhoto";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_ShipmentEvent";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Shipment";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Refund";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Payment";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_OrderItemDiscount";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_OrderItem";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Order";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_LoyaltyTransaction";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_LoyaltyAccount";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_CustomerNote";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_CustomerAddress";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Customer";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Review";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_InventoryMovement";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Inventory";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_StoreProduct";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Tag";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Category";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_ProductOverride";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_ProductVariant";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_StoreHours";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_StoreSettings";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Store";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_ApiKey";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Subscription";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Invitation";

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, no writes blocked
DROP INDEX CONCURRENTLY IF EXISTS "public"."tenantmig_ix_public_Product";

RESET lock_timeout;

RESET statement_timeout;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on the table and its partitions, catalog only (brief)
DROP INDEX IF EXISTS "public"."tenantmig_ix_public_PageView";

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p1_02_columns' WHERE tenantmig.alembic_version.version_num = 'p1_03_indexes';

COMMIT;

BEGIN;

-- Running downgrade p1_02_columns -> p1_01_registry

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."PageView_2024_04" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_PageView_2024_04";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."PageView_2024_03" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_PageView_2024_03";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."PageView_2024_02" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_PageView_2024_02";

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."PageView_2024_01" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_PageView_2024_01";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."StoreSettings" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_StoreSettings";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."StoreHours" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_StoreHours";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."StoreProduct" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_StoreProduct";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Inventory" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_Inventory";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."InventoryMovement" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_InventoryMovement";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Review" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_Review";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CustomerAddress" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_CustomerAddress";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CustomerNote" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_CustomerNote";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."LoyaltyAccount" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_LoyaltyAccount";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."LoyaltyTransaction" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_LoyaltyTransaction";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."OrderItem" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_OrderItem";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."OrderItemDiscount" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_OrderItemDiscount";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Payment" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_Payment";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Refund" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_Refund";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Shipment" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_Shipment";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."ShipmentEvent" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_ShipmentEvent";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."ShipmentEventPhoto" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_ShipmentEventPhoto";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CouponRedemption" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_CouponRedemption";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."InvoiceLine" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_InvoiceLine";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CreditNote" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_CreditNote";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Milestone" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_Milestone";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Task" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_Task";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."TaskComment" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_TaskComment";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."CommentReaction" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_CommentReaction";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."TaskAttachment" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_TaskAttachment";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."TeamMember" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_TeamMember";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Message" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_Message";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."MessageAttachment" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_MessageAttachment";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."WebhookDelivery" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_WebhookDelivery";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."IntegrationLog" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_IntegrationLog";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."ReportSchedule" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_ReportSchedule";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Widget" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_Widget";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."DocumentVersion" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_DocumentVersion";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."FormField" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_FormField";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."FormSubmission" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_FormSubmission";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."FormAnswer" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_FormAnswer";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."PurchaseOrder" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_PurchaseOrder";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."PurchaseOrderLine" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_PurchaseOrderLine";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."Bin" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public_Bin";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."_ProductToTag" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public__ProductToTag";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)
-- ban-drop-constraint is off here: the tenant foreign key of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-constraint
ALTER TABLE "public"."_ProjectToUser" DROP CONSTRAINT IF EXISTS "tenantmig_fk_public__ProjectToUser";

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p1_01_registry' WHERE tenantmig.alembic_version.version_num = 'p1_02_columns';

COMMIT;

BEGIN;

-- Running downgrade p1_01_registry -> p0_01_baseline

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none
REVOKE USAGE ON SCHEMA "tenantmig" FROM "golden_prisma_app", "golden_prisma_service", "golden_prisma_admin";

-- lock: none
-- ban-drop-function is off here: a context helper of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."admin_context"();

-- lock: none
-- ban-drop-function is off here: a context helper of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."current_store"();

-- lock: none
-- ban-drop-function is off here: a context helper of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."store_stated"();

-- lock: none
-- ban-drop-function is off here: a context helper of phase 1, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."current_tenant"();

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p0_01_baseline' WHERE tenantmig.alembic_version.version_num = 'p1_01_registry';

COMMIT;

