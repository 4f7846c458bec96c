BEGIN;

-- prefer-robust-stmts is off here: Alembic creates its version table once, before phase 0
-- squawk-ignore prefer-robust-stmts
CREATE TABLE tenantmig.alembic_version (
    -- prefer-text-field is off here: Alembic's column type, on a one-row table nothing else locks
    -- squawk-ignore prefer-text-field
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> p0_01_baseline

COMMIT;

-- pg_dump --format=custom, verified with pg_restore --list (outside SQL)

-- baseline: row counts and content checksums of public.Account, public.ApiKey, public.AuditLog, public.Authenticator, public.Bin, public.Category, public.Channel, public.CommentReaction, public.Country, public.Coupon, public.CouponRedemption, public.CreditNote, public.Currency, public.Customer, public.CustomerAddress, public.CustomerNote, public.Dashboard, public.Document, public.DocumentVersion, public.EmailTemplate, public.FeatureFlag, public.Folder, public.Form, public.FormAnswer, public.FormField, public.FormSubmission, public.GiftCard, public.Integration, public.IntegrationLog, public.Inventory, public.InventoryMovement, public.Invitation, public.Invoice, public.InvoiceLine, public.LoyaltyAccount, public.LoyaltyTransaction, public.Membership, public.Message, public.MessageAttachment, public.Milestone, public.Notification, public.NotificationPreference, public.Order, public.OrderItem, public.OrderItemDiscount, public.Organization, public.PageView, public.PageView_2024_01, public.PageView_2024_02, public.PageView_2024_03, public.PageView_2024_04, public.PasswordResetToken, public.Payment, public.PlanTier, public.Product, public.ProductOverride, public.ProductVariant, public.Project, public.PurchaseOrder, public.PurchaseOrderLine, public.Refund, public.Report, public.ReportSchedule, public.Review, public.Session, public.Shipment, public.ShipmentEvent, public.ShipmentEventPhoto, public.Store, public.StoreHours, public.StoreProduct, public.StoreSettings, public.Subscription, public.Supplier, public.Tag, public.Task, public.TaskAttachment, public.TaskComment, public.Team, public.TeamMember, public.Timezone, public.User, public.VerificationToken, public.Warehouse, public.Webhook, public.WebhookDelivery, public.Widget, public._ProductToTag, public._ProjectToUser, public._prisma_migrations

BEGIN;

INSERT INTO tenantmig.alembic_version (version_num) VALUES ('p0_01_baseline') RETURNING tenantmig.alembic_version.version_num;

COMMIT;

