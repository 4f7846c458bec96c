BEGIN;

-- Running downgrade p6_01_cleanup -> p5_03_service_roles

COMMIT;

BEGIN;

SET LOCAL lock_timeout = '500ms';

SET LOCAL statement_timeout = '10000ms';

-- lock: new table
CREATE TABLE IF NOT EXISTS "tenantmig"."rollout" (
    scope text NOT NULL CHECK (scope IN ('all', 'table', 'tenant')),
    value text NOT NULL DEFAULT '',
    enabled_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    enabled_by text NOT NULL DEFAULT session_user,
    PRIMARY KEY (scope, value)
);

-- lock: none (function)
CREATE OR REPLACE FUNCTION "tenantmig"."enforced"("target" text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
    SELECT EXISTS (
        SELECT 1 FROM tenantmig.rollout r
        WHERE r.scope = 'all'
           OR (r.scope = 'table' AND r.value = target)
           OR (r.scope = 'tenant' AND r.value = (SELECT tenantmig.current_tenant())::text)
    )
$fn$;

-- lock: none
GRANT EXECUTE ON FUNCTION "tenantmig"."enforced"(text) TO PUBLIC;

COMMIT;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p5_03_service_roles' WHERE tenantmig.alembic_version.version_num = 'p6_01_cleanup';

COMMIT;

