BEGIN;

-- Running upgrade p1_04_fill_triggers -> p2_01_backfill

COMMIT;

-- public.notes: batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source legacy

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."notes" AS "notes" SET "organization_id" = '9999'::bigint 
    WHERE ("notes"."id") > ((%(last)s::jsonb ->> 0)::bigint) AND ("notes"."id") <= ((%(upper)s::jsonb ->> 0)::bigint) AND "notes"."organization_id" IS NULL
    RETURNING "notes"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."notes" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::bigint) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p2_01_backfill' WHERE tenantmig.alembic_version.version_num = 'p1_04_fill_triggers';

COMMIT;

