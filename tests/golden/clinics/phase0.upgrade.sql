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

-- baseline: row counts and content checksums of public.categories, public.customers, public.notes, public.orders, public.organizations, public.product_overrides, public.products, public.schema_version, public.stores, public.visits, public.visits_2023, public.visits_2024

BEGIN;

INSERT INTO tenantmig.alembic_version (version_num) VALUES ('p0_01_baseline') RETURNING tenantmig.alembic_version.version_num;

COMMIT;

