"""The prisma example: a SaaS back office as Prisma creates it, 83 models filtered by `organizationId`.

What a Prisma schema puts in front of the migration: quoted PascalCase tables and camelCase
columns (`"Organization"."organizationId"`), text cuid ids, enums and enum arrays, jsonb and
jsonb[], implicit many-to-many tables (`_ProductToTag` with columns `A` and `B` and no primary
key, only a unique index), `_prisma_migrations`, foreign keys added by `ALTER TABLE` after every
`CREATE TABLE`. The tenancy shapes: `organizationId` on some tables and derived one to three
foreign keys away on others; a shared product catalogue whose `organizationId` is NULL for global
products, with white-label overrides; stores inside organizations; per-user auth tables (Account,
Session, VerificationToken without a primary key); a time-partitioned `PageView` without the key
(added in raw SQL, as Prisma applications do); a self-reference; a foreign-key cycle.

Data is generated server-side from row numbers only: row i of any table belongs to organization
(i - 1) % 3 + 1, and every count is a multiple of 6, so a child's parent ((i - 1) % parents + 1)
belongs to the same organization. Two loads with the same ``rows`` are identical.
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg import sql

from tenantmig.examples.telehealth import ExampleSummary, _check_prefix

ORGANIZATIONS = 3
ROLE_SUFFIXES = {"app": "prisma_app", "admin": "prisma_admin", "service": "prisma_service"}
EPOCH = "2024-01-01 00:00:00"
# What `tenantmig demo --example prisma` shows isolated.
DEMO = {"setting": "app.current_organization_id", "column": "organizationId", "owned": "Order", "shared": "Product"}

ENUMS = {
    "MembershipRole": ("OWNER", "ADMIN", "MEMBER", "VIEWER"),
    "Permission": ("READ", "WRITE", "BILLING", "ADMIN"),
    "OrderStatus": ("PENDING", "PAID", "SHIPPED", "CANCELLED"),
    "TaskStatus": ("TODO", "IN_PROGRESS", "DONE"),
    "Priority": ("LOW", "MEDIUM", "HIGH"),
    "InvoiceStatus": ("DRAFT", "OPEN", "PAID", "VOID"),
    "ChannelKind": ("PUBLIC", "PRIVATE", "DIRECT"),
    "Visibility": ("PRIVATE", "ORGANIZATION", "PUBLIC"),
}


@dataclass(frozen=True)
class Model:
    """One Prisma model. scope: org (organizationId NOT NULL), shared (nullable: NULL = global),
    child (the key derived through the first parent), global (reference data), user (per-user auth)."""

    name: str
    scope: str
    size: str = "m"  # s: a few, m: rows / 10, l: rows
    parents: tuple[tuple[str, str, bool], ...] = ()  # (column, parent model, nullable)
    fields: tuple[tuple[str, str, str], ...] = ()  # (column, SQL type, expression of the row number i)


def _e(enum: str, pick: str = "i") -> str:
    values = ENUMS[enum]
    return f"""(ARRAY[{", ".join(f"'{v}'" for v in values)}]::"{enum}"[])[({pick}) % {len(values)} + 1]"""


_NAME = ("name", "text NOT NULL", "'{m} ' || i")
_JSON = ("metadata", "jsonb", "jsonb_build_object('n', i, 'even', i % 2 = 0)")

MODELS: tuple[Model, ...] = (
    # -- identities and auth: per user, across organizations --------------------------------------
    Model("User", "user", "s", fields=(("email", "text NOT NULL", "'user' || i || '@example.com'"),
                                       ("emailVerified", "timestamp(3)", "NULL"), _NAME)),
    Model("Account", "user", "s", (("userId", "User", False),),
          (("provider", "text NOT NULL", "'github'"), ("providerAccountId", "text NOT NULL", "'gh' || i"))),
    Model("Session", "user", "s", (("userId", "User", False),),
          (("sessionToken", "text NOT NULL", "md5('session' || i)"),
           ("expires", "timestamp(3) NOT NULL", f"timestamp '{EPOCH}' + interval '30 days'"))),
    Model("Authenticator", "user", "s", (("userId", "User", False),),
          (("credentialID", "text NOT NULL", "md5('cred' || i)"), ("counter", "integer NOT NULL", "i"))),
    Model("PasswordResetToken", "user", "s", (("userId", "User", False),),
          (("token", "text NOT NULL", "md5('reset' || i)"),)),
    Model("NotificationPreference", "user", "s", (("userId", "User", False),),
          (("channels", '"ChannelKind"[] NOT NULL', f"ARRAY[{_e('ChannelKind')}]"),)),
    # -- reference data ------------------------------------------------------------------------
    Model("Country", "global", "s", fields=(_NAME, ("iso2", "text NOT NULL", "'C' || i"))),
    Model("Currency", "global", "s", fields=(("code", "text NOT NULL", "'CU' || i"),)),
    Model("Timezone", "global", "s", fields=(_NAME,)),
    Model("PlanTier", "global", "s", fields=(_NAME, ("priceCents", "integer NOT NULL", "i * 1000"))),
    Model("FeatureFlag", "global", "s", fields=(("key", "text NOT NULL", "'flag_' || i"),
                                                ("enabled", "boolean NOT NULL", "i % 2 = 0"))),
    # -- the organization and what hangs off it ---------------------------------------------------
    Model("Invitation", "org", "s", (("invitedById", "User", False),),
          (("email", "text NOT NULL", "'invite' || i || '@example.com'"), ("role", '"MembershipRole" NOT NULL',
                                                                           _e("MembershipRole")))),
    Model("Subscription", "org", "s", (("planTierId", "PlanTier", False),),
          (("seats", "integer NOT NULL", "i + 1"),)),
    Model("ApiKey", "org", "s", fields=(("hashedKey", "text NOT NULL", "md5('key' || i)"),
                                        ("scopes", '"Permission"[] NOT NULL', f"ARRAY[{_e('Permission')}]"))),
    Model("Store", "org", "s", (("countryId", "Country", True),), (_NAME,)),
    Model("StoreSettings", "child", "s", (("storeId", "Store", False), ("timezoneId", "Timezone", True)), (_JSON,)),
    Model("StoreHours", "child", "s", (("storeId", "Store", False),),
          (("weekday", "integer NOT NULL", "i % 7"), ("opensAt", "text NOT NULL", "'09:00'"))),
    # The shared catalogue: NULL organizationId = a global product every organization sells.
    Model("Product", "shared", "m", fields=(_NAME, ("sku", "text NOT NULL", "'SKU-' || lpad(i::text, 7, '0')"),
                                            ("priceCents", "integer NOT NULL", "100 + i % 900"), _JSON)),
    Model("ProductVariant", "shared", "m", (("productId", "Product", False),),
          (_NAME, ("attributes", "jsonb[]", "ARRAY[jsonb_build_object('size', i % 5)]"))),
    Model("ProductOverride", "org", "s", (("productId", "Product", False),),
          (("priceCents", "integer NOT NULL", "500 + i"),)),
    Model("Category", "org", "s", (("parentId", "Category", True),), (_NAME,)),
    Model("Tag", "org", "s", fields=(_NAME,)),
    Model("StoreProduct", "child", "m", (("storeId", "Store", False), ("productId", "Product", False)),
          (("active", "boolean NOT NULL", "true"),)),
    Model("Inventory", "child", "m", (("storeProductId", "StoreProduct", False),),
          (("quantity", "integer NOT NULL", "i % 50"),)),
    Model("InventoryMovement", "child", "l", (("inventoryId", "Inventory", False),),
          (("delta", "integer NOT NULL", "(i % 7) - 3"),)),
    Model("Review", "child", "m", (("storeProductId", "StoreProduct", False), ("authorId", "User", True)),
          (("rating", "integer NOT NULL", "i % 5 + 1"), ("body", "text", "'Review ' || i"))),
    # -- customers and orders -------------------------------------------------------------------
    Model("Customer", "org", "m", fields=(_NAME, ("email", "text NOT NULL", "'customer' || i || '@shop.example'"))),
    Model("CustomerAddress", "child", "m", (("customerId", "Customer", False), ("countryId", "Country", True)),
          (("line1", "text NOT NULL", "i || ' Main St'"),)),
    Model("CustomerNote", "child", "m", (("customerId", "Customer", False),), (("body", "text NOT NULL", "'Note ' || i"),)),
    Model("LoyaltyAccount", "child", "m", (("customerId", "Customer", False),), (("points", "integer NOT NULL", "i"),)),
    Model("LoyaltyTransaction", "child", "l", (("loyaltyAccountId", "LoyaltyAccount", False),),
          (("points", "integer NOT NULL", "i % 100"),)),
    Model("Order", "org", "l", (("storeId", "Store", False), ("customerId", "Customer", False)),
          (("status", '"OrderStatus" NOT NULL', _e("OrderStatus")), ("totalCents", "integer NOT NULL", "i % 10000"),
           _JSON)),
    Model("OrderItem", "child", "l", (("orderId", "Order", False), ("productId", "Product", False)),
          (("quantity", "integer NOT NULL", "i % 3 + 1"),)),
    Model("OrderItemDiscount", "child", "m", (("orderItemId", "OrderItem", False),),
          (("amountCents", "integer NOT NULL", "i % 500"),)),
    Model("Payment", "child", "l", (("orderId", "Order", False),), (("amountCents", "integer NOT NULL", "i % 10000"),)),
    Model("Refund", "child", "m", (("paymentId", "Payment", False),), (("amountCents", "integer NOT NULL", "i % 100"),)),
    Model("Shipment", "child", "m", (("orderId", "Order", False),), (("carrier", "text NOT NULL", "'UPS'"),)),
    Model("ShipmentEvent", "child", "m", (("shipmentId", "Shipment", False),), (("code", "text NOT NULL", "'E' || i"),)),
    Model("ShipmentEventPhoto", "child", "m", (("shipmentEventId", "ShipmentEvent", False),),
          (("url", "text NOT NULL", "'https://cdn.example/' || i"),)),
    Model("Coupon", "org", "s", fields=(("code", "text NOT NULL", "'SAVE' || i"),)),
    Model("CouponRedemption", "child", "m", (("couponId", "Coupon", False), ("orderId", "Order", True)), ()),
    Model("GiftCard", "org", "s", fields=(("balanceCents", "integer NOT NULL", "i * 100"),)),
    # -- billing ----------------------------------------------------------------------------------
    Model("Invoice", "org", "m", (("subscriptionId", "Subscription", True),),
          (("status", '"InvoiceStatus" NOT NULL', _e("InvoiceStatus")), ("totalCents", "integer NOT NULL", "i"))),
    Model("InvoiceLine", "child", "m", (("invoiceId", "Invoice", False),), (("description", "text NOT NULL", "'Line ' || i"),)),
    Model("CreditNote", "child", "s", (("invoiceId", "Invoice", False),), (("amountCents", "integer NOT NULL", "i"),)),
    # -- work ----------------------------------------------------------------------------------
    Model("Project", "org", "s", fields=(_NAME, ("visibility", '"Visibility" NOT NULL', _e("Visibility")))),
    Model("Milestone", "child", "s", (("projectId", "Project", False),), (_NAME,)),
    Model("Task", "child", "m", (("projectId", "Project", False), ("assigneeId", "User", True)),
          (("title", "text NOT NULL", "'Task ' || i"), ("status", '"TaskStatus" NOT NULL', _e("TaskStatus")),
           ("priority", '"Priority" NOT NULL', _e("Priority")))),
    Model("TaskComment", "child", "m", (("taskId", "Task", False), ("authorId", "User", False)),
          (("body", "text NOT NULL", "'Comment ' || i"),)),
    Model("CommentReaction", "child", "m", (("taskCommentId", "TaskComment", False),),
          (("emoji", "text NOT NULL", "':+1:'"),)),
    Model("TaskAttachment", "child", "s", (("taskId", "Task", False),), (("url", "text NOT NULL", "'f/' || i"),)),
    # Team.leadId -> TeamMember and TeamMember.teamId -> Team: a foreign-key cycle.
    Model("Team", "org", "s", (("leadId", "TeamMember", True),), (_NAME,)),
    Model("TeamMember", "child", "s", (("teamId", "Team", False), ("userId", "User", False)), ()),
    Model("Channel", "org", "s", fields=(_NAME, ("kind", '"ChannelKind" NOT NULL', _e("ChannelKind")))),
    Model("Message", "child", "m", (("channelId", "Channel", False), ("authorId", "User", False)),
          (("body", "text NOT NULL", "'Message ' || i"),)),
    Model("MessageAttachment", "child", "s", (("messageId", "Message", False),), (("url", "text NOT NULL", "'m/' || i"),)),
    Model("Notification", "org", "m", (("userId", "User", False),), (("title", "text NOT NULL", "'Notice ' || i"),)),
    Model("Webhook", "org", "s", fields=(("url", "text NOT NULL", "'https://hooks.example/' || i"),
                                         ("history", "jsonb[]", "ARRAY[jsonb_build_object('status', 200)]"))),
    Model("WebhookDelivery", "child", "m", (("webhookId", "Webhook", False),), (("status", "integer NOT NULL", "200"),)),
    Model("Integration", "org", "s", fields=(_NAME, _JSON)),
    Model("IntegrationLog", "child", "m", (("integrationId", "Integration", False),), (("line", "text NOT NULL", "'log ' || i"),)),
    Model("AuditLog", "org", "l", (("actorId", "User", True),), (("action", "text NOT NULL", "'action.' || i % 9"), _JSON)),
    Model("Report", "org", "s", fields=(_NAME,)),
    Model("ReportSchedule", "child", "s", (("reportId", "Report", False),), (("cron", "text NOT NULL", "'0 6 * * *'"),)),
    Model("Dashboard", "org", "s", fields=(_NAME,)),
    Model("Widget", "child", "s", (("dashboardId", "Dashboard", False),), (_JSON,)),
    Model("Folder", "org", "s", (("parentId", "Folder", True),), (_NAME,)),
    Model("Document", "org", "m", (("folderId", "Folder", True),), (("title", "text NOT NULL", "'Doc ' || i"),)),
    Model("DocumentVersion", "child", "m", (("documentId", "Document", False),), (("version", "integer NOT NULL", "i"),)),
    Model("Form", "org", "s", fields=(_NAME,)),
    Model("FormField", "child", "s", (("formId", "Form", False),), (("label", "text NOT NULL", "'Field ' || i"),)),
    Model("FormSubmission", "child", "m", (("formId", "Form", False),), (_JSON,)),
    Model("FormAnswer", "child", "m", (("formSubmissionId", "FormSubmission", False),), (("value", "text", "'a' || i"),)),
    Model("Supplier", "org", "s", fields=(_NAME,)),
    Model("PurchaseOrder", "child", "s", (("supplierId", "Supplier", False),), (("totalCents", "integer NOT NULL", "i"),)),
    Model("PurchaseOrderLine", "child", "m", (("purchaseOrderId", "PurchaseOrder", False),),
          (("quantity", "integer NOT NULL", "i % 10 + 1"),)),
    Model("Warehouse", "org", "s", fields=(_NAME,)),
    Model("Bin", "child", "s", (("warehouseId", "Warehouse", False),), (("code", "text NOT NULL", "'B' || i"),)),
    # A global default template (NULL organizationId) or an organization's own.
    Model("EmailTemplate", "shared", "s", fields=(_NAME, ("html", "text NOT NULL", "'<p>' || i || '</p>'"))),
)

# Implicit many-to-many tables: Prisma names them _AToB, columns A and B, a unique index, no primary key.
JOIN_TABLES = (("_ProductToTag", "Product", "Tag", "B"), ("_ProjectToUser", "Project", "User", "A"))

# Tables that are not Prisma models of the list above.
SPECIAL = ("Organization", "Membership", "VerificationToken", "PageView", "_prisma_migrations")
PAGE_VIEW_MONTHS = ("2024_01", "2024_02", "2024_03", "2024_04")


def sizes(rows: int) -> dict[str, int]:
    if rows < 1:
        raise ValueError(f"rows must be positive, got {rows}")
    six = lambda n: max(6, n // 6 * 6)  # noqa: E731 - a multiple of 6 keeps every parent in its row's organization
    return {"s": 12, "m": six(rows // 10), "l": six(rows)}


def role_names(role_prefix: str = "") -> dict[str, str]:
    _check_prefix(role_prefix)
    return {key: role_prefix + suffix for key, suffix in ROLE_SUFFIXES.items()}


def _cuid(model: str, index: str) -> str:
    # Deterministic stand-ins for cuid(): 'c' + 24 hex characters, derived from the model and the row number.
    return f"('c' || substr(md5('{model}:' || ({index})), 1, 24))"


def _org(index: str = "i") -> str:
    return _cuid("Organization", f"(({index}) - 1) % {ORGANIZATIONS} + 1")


def _counts(rows: int) -> dict[str, int]:
    n = sizes(rows)
    counts = {m.name: n[m.size] for m in MODELS}
    counts["User"] = 12
    return counts


def _parent_ref(parent: str, counts: dict[str, int], index: str = "i") -> str:
    return _cuid(parent, f"(({index}) - 1) % {counts[parent]} + 1")


def _ddl(model: Model) -> str:
    columns = ['"id" TEXT NOT NULL']
    if model.scope in ("org", "shared"):
        columns.append(f'"organizationId" TEXT{" NOT NULL" if model.scope == "org" else ""}')
    columns += [f'"{column}" TEXT{"" if nullable else " NOT NULL"}' for column, _parent, nullable in model.parents]
    columns += [f'"{column}" {type_}' for column, type_, _expr in model.fields]
    columns += ['"createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP', '"updatedAt" TIMESTAMP(3) NOT NULL']
    columns.append(f'CONSTRAINT "{model.name}_pkey" PRIMARY KEY ("id")')
    return f'CREATE TABLE "{model.name}" (\n    ' + ",\n    ".join(columns) + "\n);"


def _insert(model: Model, counts: dict[str, int]) -> str:
    names = ['"id"']
    values = [_cuid(model.name, "i")]
    if model.scope == "org":
        names.append('"organizationId"')
        values.append(_org())
    elif model.scope == "shared":
        # Odd rows are global (NULL); even rows belong to their organization.
        names.append('"organizationId"')
        values.append(f"CASE WHEN i % 2 = 0 THEN {_org()} END")
    for column, parent, nullable in model.parents:
        names.append(f'"{column}"')
        if model.name == "ProductOverride":
            # White label: an organization overrides the price of the next organization's private product.
            j = f"6 * ((i - 1) / 3 % ({counts['Product']} / 6)) + (ARRAY[4, 2, 6])[((i - 1) % 3 + 1) % 3 + 1]"
            values.append(_cuid("Product", j))
        elif parent == model.name:
            values.append(f"CASE WHEN i > 3 THEN {_cuid(parent, 'i - 3')} END")  # a tree within one organization
        elif nullable and parent == "TeamMember":
            values.append(f"CASE WHEN i <= {counts['TeamMember']} THEN {_parent_ref(parent, counts)} END")
        else:
            values.append(_parent_ref(parent, counts))
    for column, _type, expr in model.fields:
        names.append(f'"{column}"')
        values.append(expr.replace("{m}", model.name))
    names += ['"createdAt"', '"updatedAt"']
    values += [f"timestamp '{EPOCH}' + i * interval '1 minute'"] * 2
    return (f'INSERT INTO "{model.name}" ({", ".join(names)})\nSELECT {", ".join(values)}\n'
            f"  FROM generate_series(1, {counts[model.name]}) AS i;")


def _foreign_keys(model: Model) -> list[str]:
    out = []
    if model.scope in ("org", "shared"):
        out.append(f'ALTER TABLE "{model.name}" ADD CONSTRAINT "{model.name}_organizationId_fkey" FOREIGN KEY '
                   '("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;')
        out.append(f'CREATE INDEX "{model.name}_organizationId_idx" ON "{model.name}"("organizationId");')
    for column, parent, nullable in model.parents:
        action = "SET NULL" if nullable else "RESTRICT"
        out.append(f'ALTER TABLE "{model.name}" ADD CONSTRAINT "{model.name}_{column}_fkey" FOREIGN KEY ("{column}") '
                   f'REFERENCES "{parent}"("id") ON DELETE {action} ON UPDATE CASCADE;')
        out.append(f'CREATE INDEX "{model.name}_{column}_idx" ON "{model.name}"("{column}");')
    return out


_SPECIAL_DDL = """
CREATE TABLE "_prisma_migrations" (
    "id" VARCHAR(36) NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY ("id")
);
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL, "name" TEXT NOT NULL, "slug" TEXT NOT NULL, "plan" TEXT NOT NULL DEFAULT 'free',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL, "userId" TEXT NOT NULL, "organizationId" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL DEFAULT 'MEMBER', "permissions" "Permission"[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Membership_userId_organizationId_key" ON "Membership"("userId", "organizationId");
CREATE TABLE "VerificationToken" ("identifier" TEXT NOT NULL, "token" TEXT NOT NULL, "expires" TIMESTAMP(3) NOT NULL);
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");
-- Raw SQL in a Prisma migration: page views partitioned by month; Prisma itself only sees the parent.
CREATE TABLE "PageView" (
    "id" TEXT NOT NULL, "storeId" TEXT NOT NULL, "path" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "PageView_pkey" PRIMARY KEY ("id", "createdAt")
) PARTITION BY RANGE ("createdAt");
"""


def _special_data(counts: dict[str, int], rows: int) -> list[str]:
    orgs = ", ".join(f"({_cuid('Organization', str(o))}, 'Org {o}', 'org-{o}', 'pro', timestamp '{EPOCH}')"
                     for o in range(1, ORGANIZATIONS + 1))
    views = sizes(rows)["l"]
    months = len(PAGE_VIEW_MONTHS)
    return [
        f'INSERT INTO "Organization" ("id", "name", "slug", "plan", "updatedAt") VALUES {orgs};',
        # User u works for organization (u - 1) % 3 + 1; user 1 also for organization 2.
        f"""INSERT INTO "Membership" ("id", "userId", "organizationId", "role", "permissions")
            SELECT {_cuid('Membership', 'i')}, {_cuid('User', 'i')}, {_org()}, {_e('MembershipRole')},
                   ARRAY[{_e('Permission')}, {_e('Permission', 'i + 1')}]
              FROM generate_series(1, {counts['User']}) AS i
            UNION ALL SELECT {_cuid('Membership', '0')}, {_cuid('User', '1')}, {_org('2')}, 'ADMIN', NULL;""",
        f"""INSERT INTO "VerificationToken" SELECT 'user' || i || '@example.com', md5('verify' || i),
            timestamp '{EPOCH}' FROM generate_series(1, 6) AS i;""",
        f"""INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "started_at",
                                            "applied_steps_count")
            SELECT md5('m' || i)::uuid::text, md5('c' || i) || md5('d' || i), timestamptz '{EPOCH}+00',
                   '2024010' || i || '000000_step_' || i, timestamptz '{EPOCH}+00', 1
              FROM generate_series(1, 4) AS i;""",
        *(f"""CREATE TABLE "PageView_{m}" PARTITION OF "PageView"
              FOR VALUES FROM ('{m.replace('_', '-')}-01') TO ('{_next_month(m)}-01');""" for m in PAGE_VIEW_MONTHS),
        f"""INSERT INTO "PageView" SELECT {_cuid('PageView', 'i')}, {_parent_ref('Store', counts)}, '/p/' || i % 40,
                   timestamp '2024-01-01' + ((i - 1) % {months}) * interval '1 month' + (i / {months}) * interval '1 second'
              FROM generate_series(1, {views}) AS i;""",
    ]


def _next_month(month: str) -> str:
    year, number = (int(part) for part in month.split("_"))
    return f"{year + number // 12}-{number % 12 + 1:02d}"


def _join_table(name: str, a: str, b: str, counts: dict[str, int]) -> list[str]:
    n = min(counts[a], counts[b])
    return [
        f'CREATE TABLE "{name}" ("A" TEXT NOT NULL, "B" TEXT NOT NULL);',
        f'CREATE UNIQUE INDEX "{name}_AB_unique" ON "{name}"("A", "B");',
        f'CREATE INDEX "{name}_B_index" ON "{name}"("B");',
        f'INSERT INTO "{name}" SELECT {_parent_ref(a, counts)}, {_parent_ref(b, counts)} FROM generate_series(1, {n}) AS i;',
        f'ALTER TABLE "{name}" ADD CONSTRAINT "{name}_A_fkey" FOREIGN KEY ("A") REFERENCES "{a}"("id") '
        "ON DELETE CASCADE ON UPDATE CASCADE;",
        f'ALTER TABLE "{name}" ADD CONSTRAINT "{name}_B_fkey" FOREIGN KEY ("B") REFERENCES "{b}"("id") '
        "ON DELETE CASCADE ON UPDATE CASCADE;",
    ]


def tables() -> list[str]:
    return sorted([m.name for m in MODELS] + [j[0] for j in JOIN_TABLES] + list(SPECIAL)
                  + [f"PageView_{m}" for m in PAGE_VIEW_MONTHS])


def load(conn: psycopg.Connection, *, rows: int, role_prefix: str = "") -> ExampleSummary:
    """Create the schema as `prisma migrate deploy` would, data and roles, in an empty database; commit."""
    roles = role_names(role_prefix)
    counts = _counts(rows)
    with conn.transaction(), conn.cursor() as cur:
        for key, name in roles.items():
            if not cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
                bypass = "BYPASSRLS" if key == "service" else "NOBYPASSRLS"
                cur.execute(sql.SQL("CREATE ROLE {} LOGIN NOSUPERUSER " + bypass).format(sql.Identifier(name)))
        for enum, values in ENUMS.items():
            cur.execute(f'CREATE TYPE "{enum}" AS ENUM ({", ".join(repr(v) for v in values)})')
        cur.execute(_SPECIAL_DDL)
        for model in MODELS:
            cur.execute(_ddl(model))
        for statement in _special_data(counts, rows):
            cur.execute(statement)
        for model in MODELS:
            cur.execute(_insert(model, counts))
        for name, a, b, _via in JOIN_TABLES:
            for statement in _join_table(name, a, b, counts):
                cur.execute(statement)
        cur.execute('ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") '
                    'REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE')
        cur.execute('ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY '
                    '("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE')
        cur.execute('ALTER TABLE "PageView" ADD CONSTRAINT "PageView_storeId_fkey" FOREIGN KEY ("storeId") '
                    'REFERENCES "Store"("id") ON DELETE RESTRICT ON UPDATE CASCADE')
        for model in MODELS:
            for statement in _foreign_keys(model):
                cur.execute(statement)
        everyone = sql.SQL(", ").join(sql.Identifier(r) for r in roles.values())
        cur.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(everyone))
        cur.execute(sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {}").format(everyone))
        cur.execute("ANALYZE")
        found = {t: cur.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(t))).fetchone()[0]
                 for t in tables()}
    if not conn.autocommit:
        conn.commit()
    return ExampleSummary(tables=found, tenants=organization_ids(), roles=roles)


def organization_ids() -> list[str]:
    import hashlib

    return ["c" + hashlib.md5(f"Organization:{o}".encode()).hexdigest()[:24] for o in range(1, ORGANIZATIONS + 1)]


_HEADER = """\
# tenancy.toml for the prisma example: 84 Prisma models filtered by organizationId, as the
# database has them: names are case-sensitive and written exactly ([tables.Organization],
# column = "organizationId"); a name with a dot or a quote is written SQL-quoted in a
# quoted key ([tables.'public."a.b"']).

[tenancy]
schemas = ["public"]
column = "organizationId"
type = "text"                             # Prisma's cuid() ids
setting = "app.current_organization_id"
tenants_table = "Organization"
memberships_table = "Membership"
memberships_user_column = "userId"
memberships_tenant_column = "organizationId"

[roles]
app = ["{p}prisma_app"]
admin = ["{p}prisma_admin"]
service = ["{p}prisma_service"]           # BYPASSRLS today; loses it at the swap

[tables.Organization]
pattern = "exempt"
reason = "the tenant registry itself"

[tables.Membership]
pattern = "exempt"
reason = "the memberships table: it says which organizations a user may act for"

[tables._prisma_migrations]
pattern = "exempt"
reason = "owned by prisma migrate"

[tables.VerificationToken]
pattern = "exempt"
reason = "per-user sign-in tokens, before any organization is chosen"

[tables.PageView]
pattern = "tenant"                        # partitioned by month, without the key: derived from the store
backfill = {{ parent = "Store", via = "storeId" }}

[tables.Product]
pattern = "shared"                        # NULL organizationId = the global catalogue
# A private product is also visible to an organization that overrides its price (white label).
visible_also = 'EXISTS (SELECT 1 FROM "ProductOverride" o WHERE o."productId" = "Product"."id" AND o."organizationId" = (SELECT tenantmig.current_tenant()))'
"""


def manifest(role_prefix: str = "") -> str:
    _check_prefix(role_prefix)
    out = [_HEADER.format(p=role_prefix)]
    for model in MODELS:
        if model.name == "Product":
            continue
        out.append(f"[tables.{model.name}]")
        if model.scope == "user":
            out += ['pattern = "exempt"', 'reason = "per-user authentication data, shared across organizations"']
        elif model.scope == "global":
            out.append('pattern = "global"')
        elif model.scope == "shared":
            out.append('pattern = "shared"')
        elif model.scope == "org":
            out.append('pattern = "tenant"')
        else:
            column, parent, _nullable = model.parents[0]
            out += ['pattern = "tenant"', f'backfill = {{ parent = "{parent}", via = "{column}" }}']
        out.append("")
    for name, _a, _b, via in JOIN_TABLES:
        parent = dict(A=_a, B=_b)[via]
        out += [f"[tables.{name}]", 'pattern = "tenant"', '# No primary key: the backfill walks the unique index.',
                'unique_key = ["A", "B"]', f'backfill = {{ parent = "{parent}", via = "{via}" }}', ""]
    return "\n".join(out)
