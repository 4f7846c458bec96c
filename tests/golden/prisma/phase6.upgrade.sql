BEGIN;

-- Running upgrade p5_03_service_roles -> p6_01_cleanup

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none
-- ban-drop-function is off here: the rollout switch helper, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-function
DROP FUNCTION IF EXISTS "tenantmig"."enforced"(text);

-- lock: ACCESS EXCLUSIVE on tenantmig.rollout
-- ban-drop-table is off here: the rollout switches table in the tenantmig schema, created by tenantmig; the downgrade removes exactly what the upgrade added
-- squawk-ignore ban-drop-table
DROP TABLE IF EXISTS "tenantmig"."rollout";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."PageView";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Product";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Country";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Currency";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Timezone";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."PlanTier";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."FeatureFlag";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Invitation";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Subscription";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."ApiKey";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Store";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."StoreSettings";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."StoreHours";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."ProductVariant";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."ProductOverride";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Category";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Tag";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."StoreProduct";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Inventory";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."InventoryMovement";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Review";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Customer";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."CustomerAddress";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."CustomerNote";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."LoyaltyAccount";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."LoyaltyTransaction";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Order";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."OrderItem";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."OrderItemDiscount";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Payment";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Refund";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Shipment";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."ShipmentEvent";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."ShipmentEventPhoto";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Coupon";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."CouponRedemption";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."GiftCard";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Invoice";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."InvoiceLine";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."CreditNote";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Project";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Milestone";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Task";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."TaskComment";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."CommentReaction";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."TaskAttachment";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Team";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."TeamMember";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Channel";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Message";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."MessageAttachment";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Notification";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Webhook";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."WebhookDelivery";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Integration";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."IntegrationLog";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."AuditLog";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Report";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."ReportSchedule";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Dashboard";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Widget";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Folder";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Document";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."DocumentVersion";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Form";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."FormField";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."FormSubmission";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."FormAnswer";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Supplier";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."PurchaseOrder";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."PurchaseOrderLine";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Warehouse";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."Bin";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."EmailTemplate";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."_ProductToTag";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE, reads and writes continue
ANALYZE "public"."_ProjectToUser";

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p6_01_cleanup' WHERE tenantmig.alembic_version.version_num = 'p5_03_service_roles';

COMMIT;

