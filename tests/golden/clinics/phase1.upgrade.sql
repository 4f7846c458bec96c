BEGIN;

-- Running upgrade p0_01_baseline -> p1_01_registry

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: ROW EXCLUSIVE (one row)
INSERT INTO "public"."organizations" ("id", "name") VALUES ('9999'::bigint, 'Legacy (rows from before organizations)') ON CONFLICT DO NOTHING;

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."current_tenant"() RETURNS bigint
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    v text;
BEGIN
    v := (pg_catalog.current_setting('request.jwt.claims', true))::pg_catalog.jsonb OPERATOR(pg_catalog.->>) 'org_id';
    RETURN CASE WHEN v OPERATOR(pg_catalog.~~) '_%' AND v OPERATOR(pg_catalog.!~~) '___________________%' AND pg_catalog.ltrim(v, '0123456789') OPERATOR(pg_catalog.=) '' THEN CAST(v AS bigint) END;
EXCEPTION WHEN data_exception THEN
    RETURN NULL;
END
$fn$;

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."current_store"() RETURNS bigint
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    v text;
BEGIN
    v := (pg_catalog.current_setting('request.jwt.claims', true))::pg_catalog.jsonb OPERATOR(pg_catalog.->>) 'store_id';
    RETURN CASE WHEN v OPERATOR(pg_catalog.~~) '_%' AND v OPERATOR(pg_catalog.!~~) '___________________%' AND pg_catalog.ltrim(v, '0123456789') OPERATOR(pg_catalog.=) '' THEN CAST(v AS bigint) END;
EXCEPTION WHEN data_exception THEN
    RETURN NULL;
END
$fn$;

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."store_stated"() RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
    RETURN COALESCE((pg_catalog.current_setting('request.jwt.claims', true))::pg_catalog.jsonb OPERATOR(pg_catalog.->) 'store_id', 'null') OPERATOR(pg_catalog.<>) 'null'::pg_catalog.jsonb;
EXCEPTION WHEN data_exception THEN
    RETURN COALESCE(pg_catalog.current_setting('request.jwt.claims', true) OPERATOR(pg_catalog.<>) '', false);
END
$fn$;

-- lock: none
GRANT EXECUTE ON FUNCTION "tenantmig"."current_tenant"() TO PUBLIC;

-- lock: none
GRANT EXECUTE ON FUNCTION "tenantmig"."current_store"() TO PUBLIC;

-- lock: none
GRANT EXECUTE ON FUNCTION "tenantmig"."store_stated"() TO PUBLIC;

-- lock: none
GRANT USAGE ON SCHEMA "tenantmig" TO "golden_clinic_app", "golden_clinic_service", "golden_clinic_admin", "golden_clinic_reporting";

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p1_01_registry' WHERE tenantmig.alembic_version.version_num = 'p0_01_baseline';

COMMIT;

BEGIN;

-- Running upgrade p1_01_registry -> p1_02_columns

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p1_02_columns' WHERE tenantmig.alembic_version.version_num = 'p1_01_registry';

COMMIT;

BEGIN;

-- Running upgrade p1_02_columns -> p1_03_indexes

COMMIT;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_stores" ON "public"."stores" ("organization_id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_customers" ON "public"."customers" ("organization_id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_orders" ON "public"."orders" ("organization_id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_products" ON "public"."products" ("organization_id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_product_overrides" ON "public"."product_overrides" ("organization_id");

RESET lock_timeout;

RESET statement_timeout;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE on the partitioned table, catalog only (no data is read)
CREATE INDEX IF NOT EXISTS "tenantmig_ix_public_visits" ON ONLY "public"."visits" ("organization_id");

COMMIT;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_visits_2023" ON "public"."visits_2023" ("organization_id");

RESET lock_timeout;

RESET statement_timeout;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_visits_2024" ON "public"."visits_2024" ("organization_id");

RESET lock_timeout;

RESET statement_timeout;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE UPDATE EXCLUSIVE on the partition, catalog only
ALTER INDEX "public"."tenantmig_ix_public_visits" ATTACH PARTITION "public"."tenantmig_ix_public_visits_2023";

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: SHARE UPDATE EXCLUSIVE on the partition, catalog only
ALTER INDEX "public"."tenantmig_ix_public_visits" ATTACH PARTITION "public"."tenantmig_ix_public_visits_2024";

COMMIT;

SET lock_timeout = '500ms';

SET statement_timeout = '0ms';

-- lock: SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenantmig_ix_public_notes" ON "public"."notes" ("organization_id");

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

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."fill_public_notes"() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF NEW."organization_id" IS NULL THEN
    NEW."organization_id" := tenantmig.current_tenant();
    IF NEW."organization_id" IS NULL THEN NEW."organization_id" := '9999'::bigint; END IF;
  END IF;
  RETURN NEW;
END
$fn$;

-- lock: SHARE ROW EXCLUSIVE, brief
CREATE OR REPLACE TRIGGER "tenantmig_fill_public_notes" BEFORE INSERT ON "public"."notes" FOR EACH ROW EXECUTE FUNCTION "tenantmig"."fill_public_notes"();

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p1_04_fill_triggers' WHERE tenantmig.alembic_version.version_num = 'p1_03_indexes';

COMMIT;

