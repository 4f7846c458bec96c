BEGIN;

-- Running upgrade p1_04_fill_triggers -> p2_01_backfill

COMMIT;

-- public."Bin": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."Bin" AS "Bin" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Warehouse" p WHERE p."id" = ANY (ARRAY(SELECT "Bin"."warehouseId" FROM "public"."Bin" AS "Bin" WHERE ("Bin"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("Bin"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("Bin"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("Bin"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "Bin"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "Bin"."warehouseId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "Bin"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."Bin" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."Task": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."Task" AS "Task" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Project" p WHERE p."id" = ANY (ARRAY(SELECT "Task"."projectId" FROM "public"."Task" AS "Task" WHERE ("Task"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("Task"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("Task"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("Task"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "Task"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "Task"."projectId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "Task"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."Task" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."TaskComment": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."TaskComment" AS "TaskComment" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Task" p WHERE p."id" = ANY (ARRAY(SELECT "TaskComment"."taskId" FROM "public"."TaskComment" AS "TaskComment" WHERE ("TaskComment"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("TaskComment"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("TaskComment"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("TaskComment"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "TaskComment"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "TaskComment"."taskId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "TaskComment"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."TaskComment" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."CommentReaction": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."CommentReaction" AS "CommentReaction" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."TaskComment" p WHERE p."id" = ANY (ARRAY(SELECT "CommentReaction"."taskCommentId" FROM "public"."CommentReaction" AS "CommentReaction" WHERE ("CommentReaction"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("CommentReaction"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("CommentReaction"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("CommentReaction"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "CommentReaction"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "CommentReaction"."taskCommentId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "CommentReaction"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."CommentReaction" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."CouponRedemption": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."CouponRedemption" AS "CouponRedemption" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Coupon" p WHERE p."id" = ANY (ARRAY(SELECT "CouponRedemption"."couponId" FROM "public"."CouponRedemption" AS "CouponRedemption" WHERE ("CouponRedemption"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("CouponRedemption"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("CouponRedemption"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("CouponRedemption"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "CouponRedemption"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "CouponRedemption"."couponId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "CouponRedemption"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."CouponRedemption" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."CreditNote": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."CreditNote" AS "CreditNote" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Invoice" p WHERE p."id" = ANY (ARRAY(SELECT "CreditNote"."invoiceId" FROM "public"."CreditNote" AS "CreditNote" WHERE ("CreditNote"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("CreditNote"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("CreditNote"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("CreditNote"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "CreditNote"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "CreditNote"."invoiceId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "CreditNote"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."CreditNote" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."CustomerAddress": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."CustomerAddress" AS "CustomerAddress" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Customer" p WHERE p."id" = ANY (ARRAY(SELECT "CustomerAddress"."customerId" FROM "public"."CustomerAddress" AS "CustomerAddress" WHERE ("CustomerAddress"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("CustomerAddress"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("CustomerAddress"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("CustomerAddress"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "CustomerAddress"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "CustomerAddress"."customerId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "CustomerAddress"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."CustomerAddress" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."CustomerNote": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."CustomerNote" AS "CustomerNote" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Customer" p WHERE p."id" = ANY (ARRAY(SELECT "CustomerNote"."customerId" FROM "public"."CustomerNote" AS "CustomerNote" WHERE ("CustomerNote"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("CustomerNote"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("CustomerNote"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("CustomerNote"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "CustomerNote"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "CustomerNote"."customerId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "CustomerNote"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."CustomerNote" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."DocumentVersion": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."DocumentVersion" AS "DocumentVersion" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Document" p WHERE p."id" = ANY (ARRAY(SELECT "DocumentVersion"."documentId" FROM "public"."DocumentVersion" AS "DocumentVersion" WHERE ("DocumentVersion"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("DocumentVersion"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("DocumentVersion"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("DocumentVersion"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "DocumentVersion"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "DocumentVersion"."documentId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "DocumentVersion"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."DocumentVersion" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."FormSubmission": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."FormSubmission" AS "FormSubmission" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Form" p WHERE p."id" = ANY (ARRAY(SELECT "FormSubmission"."formId" FROM "public"."FormSubmission" AS "FormSubmission" WHERE ("FormSubmission"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("FormSubmission"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("FormSubmission"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("FormSubmission"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "FormSubmission"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "FormSubmission"."formId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "FormSubmission"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."FormSubmission" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."FormAnswer": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."FormAnswer" AS "FormAnswer" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."FormSubmission" p WHERE p."id" = ANY (ARRAY(SELECT "FormAnswer"."formSubmissionId" FROM "public"."FormAnswer" AS "FormAnswer" WHERE ("FormAnswer"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("FormAnswer"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("FormAnswer"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("FormAnswer"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "FormAnswer"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "FormAnswer"."formSubmissionId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "FormAnswer"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."FormAnswer" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."FormField": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."FormField" AS "FormField" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Form" p WHERE p."id" = ANY (ARRAY(SELECT "FormField"."formId" FROM "public"."FormField" AS "FormField" WHERE ("FormField"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("FormField"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("FormField"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("FormField"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "FormField"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "FormField"."formId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "FormField"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."FormField" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."IntegrationLog": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."IntegrationLog" AS "IntegrationLog" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Integration" p WHERE p."id" = ANY (ARRAY(SELECT "IntegrationLog"."integrationId" FROM "public"."IntegrationLog" AS "IntegrationLog" WHERE ("IntegrationLog"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("IntegrationLog"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("IntegrationLog"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("IntegrationLog"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "IntegrationLog"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "IntegrationLog"."integrationId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "IntegrationLog"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."IntegrationLog" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."StoreProduct": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."StoreProduct" AS "StoreProduct" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Store" p WHERE p."id" = ANY (ARRAY(SELECT "StoreProduct"."storeId" FROM "public"."StoreProduct" AS "StoreProduct" WHERE ("StoreProduct"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("StoreProduct"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("StoreProduct"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("StoreProduct"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "StoreProduct"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "StoreProduct"."storeId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "StoreProduct"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."StoreProduct" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."Inventory": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."Inventory" AS "Inventory" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."StoreProduct" p WHERE p."id" = ANY (ARRAY(SELECT "Inventory"."storeProductId" FROM "public"."Inventory" AS "Inventory" WHERE ("Inventory"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("Inventory"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("Inventory"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("Inventory"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "Inventory"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "Inventory"."storeProductId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "Inventory"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."Inventory" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."InventoryMovement": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."InventoryMovement" AS "InventoryMovement" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Inventory" p WHERE p."id" = ANY (ARRAY(SELECT "InventoryMovement"."inventoryId" FROM "public"."InventoryMovement" AS "InventoryMovement" WHERE ("InventoryMovement"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("InventoryMovement"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("InventoryMovement"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("InventoryMovement"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "InventoryMovement"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "InventoryMovement"."inventoryId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "InventoryMovement"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."InventoryMovement" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."InvoiceLine": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."InvoiceLine" AS "InvoiceLine" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Invoice" p WHERE p."id" = ANY (ARRAY(SELECT "InvoiceLine"."invoiceId" FROM "public"."InvoiceLine" AS "InvoiceLine" WHERE ("InvoiceLine"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("InvoiceLine"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("InvoiceLine"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("InvoiceLine"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "InvoiceLine"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "InvoiceLine"."invoiceId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "InvoiceLine"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."InvoiceLine" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."LoyaltyAccount": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."LoyaltyAccount" AS "LoyaltyAccount" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Customer" p WHERE p."id" = ANY (ARRAY(SELECT "LoyaltyAccount"."customerId" FROM "public"."LoyaltyAccount" AS "LoyaltyAccount" WHERE ("LoyaltyAccount"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("LoyaltyAccount"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("LoyaltyAccount"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("LoyaltyAccount"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "LoyaltyAccount"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "LoyaltyAccount"."customerId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "LoyaltyAccount"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."LoyaltyAccount" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."LoyaltyTransaction": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."LoyaltyTransaction" AS "LoyaltyTransaction" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."LoyaltyAccount" p WHERE p."id" = ANY (ARRAY(SELECT "LoyaltyTransaction"."loyaltyAccountId" FROM "public"."LoyaltyTransaction" AS "LoyaltyTransaction" WHERE ("LoyaltyTransaction"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("LoyaltyTransaction"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("LoyaltyTransaction"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("LoyaltyTransaction"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "LoyaltyTransaction"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "LoyaltyTransaction"."loyaltyAccountId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "LoyaltyTransaction"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."LoyaltyTransaction" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."Message": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."Message" AS "Message" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Channel" p WHERE p."id" = ANY (ARRAY(SELECT "Message"."channelId" FROM "public"."Message" AS "Message" WHERE ("Message"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("Message"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("Message"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("Message"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "Message"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "Message"."channelId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "Message"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."Message" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."MessageAttachment": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."MessageAttachment" AS "MessageAttachment" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Message" p WHERE p."id" = ANY (ARRAY(SELECT "MessageAttachment"."messageId" FROM "public"."MessageAttachment" AS "MessageAttachment" WHERE ("MessageAttachment"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("MessageAttachment"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("MessageAttachment"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("MessageAttachment"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "MessageAttachment"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "MessageAttachment"."messageId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "MessageAttachment"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."MessageAttachment" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."Milestone": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."Milestone" AS "Milestone" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Project" p WHERE p."id" = ANY (ARRAY(SELECT "Milestone"."projectId" FROM "public"."Milestone" AS "Milestone" WHERE ("Milestone"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("Milestone"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("Milestone"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("Milestone"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "Milestone"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "Milestone"."projectId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "Milestone"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."Milestone" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."OrderItem": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."OrderItem" AS "OrderItem" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Order" p WHERE p."id" = ANY (ARRAY(SELECT "OrderItem"."orderId" FROM "public"."OrderItem" AS "OrderItem" WHERE ("OrderItem"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("OrderItem"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("OrderItem"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("OrderItem"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "OrderItem"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "OrderItem"."orderId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "OrderItem"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."OrderItem" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."OrderItemDiscount": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."OrderItemDiscount" AS "OrderItemDiscount" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."OrderItem" p WHERE p."id" = ANY (ARRAY(SELECT "OrderItemDiscount"."orderItemId" FROM "public"."OrderItemDiscount" AS "OrderItemDiscount" WHERE ("OrderItemDiscount"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("OrderItemDiscount"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("OrderItemDiscount"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("OrderItemDiscount"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "OrderItemDiscount"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "OrderItemDiscount"."orderItemId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "OrderItemDiscount"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."OrderItemDiscount" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."PageView": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."PageView" AS "PageView" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Store" p WHERE p."id" = ANY (ARRAY(SELECT "PageView"."storeId" FROM "public"."PageView" AS "PageView" WHERE ("PageView"."id", "PageView"."createdAt") > ((%(last)s::jsonb ->> 0)::text, (%(last)s::jsonb ->> 1)::timestamp(3) without time zone) AND ("PageView"."id", "PageView"."createdAt") <= ((%(upper)s::jsonb ->> 0)::text, (%(upper)s::jsonb ->> 1)::timestamp(3) without time zone))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("PageView"."id", "PageView"."createdAt") > ((%(last)s::jsonb ->> 0)::text, (%(last)s::jsonb ->> 1)::timestamp(3) without time zone) AND ("PageView"."id", "PageView"."createdAt") <= ((%(upper)s::jsonb ->> 0)::text, (%(upper)s::jsonb ->> 1)::timestamp(3) without time zone) AND "PageView"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "PageView"."storeId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "PageView"."id", "PageView"."createdAt"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id", k."createdAt") FROM (SELECT "id", "createdAt" FROM "public"."PageView" WHERE ("id", "createdAt") > ((%(upper)s::jsonb ->> 0)::text, (%(upper)s::jsonb ->> 1)::timestamp(3) without time zone) ORDER BY "id", "createdAt" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."Payment": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."Payment" AS "Payment" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Order" p WHERE p."id" = ANY (ARRAY(SELECT "Payment"."orderId" FROM "public"."Payment" AS "Payment" WHERE ("Payment"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("Payment"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("Payment"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("Payment"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "Payment"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "Payment"."orderId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "Payment"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."Payment" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."PurchaseOrder": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."PurchaseOrder" AS "PurchaseOrder" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Supplier" p WHERE p."id" = ANY (ARRAY(SELECT "PurchaseOrder"."supplierId" FROM "public"."PurchaseOrder" AS "PurchaseOrder" WHERE ("PurchaseOrder"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("PurchaseOrder"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("PurchaseOrder"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("PurchaseOrder"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "PurchaseOrder"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "PurchaseOrder"."supplierId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "PurchaseOrder"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."PurchaseOrder" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."PurchaseOrderLine": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."PurchaseOrderLine" AS "PurchaseOrderLine" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."PurchaseOrder" p WHERE p."id" = ANY (ARRAY(SELECT "PurchaseOrderLine"."purchaseOrderId" FROM "public"."PurchaseOrderLine" AS "PurchaseOrderLine" WHERE ("PurchaseOrderLine"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("PurchaseOrderLine"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("PurchaseOrderLine"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("PurchaseOrderLine"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "PurchaseOrderLine"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "PurchaseOrderLine"."purchaseOrderId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "PurchaseOrderLine"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."PurchaseOrderLine" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."Refund": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."Refund" AS "Refund" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Payment" p WHERE p."id" = ANY (ARRAY(SELECT "Refund"."paymentId" FROM "public"."Refund" AS "Refund" WHERE ("Refund"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("Refund"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("Refund"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("Refund"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "Refund"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "Refund"."paymentId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "Refund"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."Refund" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."ReportSchedule": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."ReportSchedule" AS "ReportSchedule" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Report" p WHERE p."id" = ANY (ARRAY(SELECT "ReportSchedule"."reportId" FROM "public"."ReportSchedule" AS "ReportSchedule" WHERE ("ReportSchedule"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("ReportSchedule"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("ReportSchedule"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("ReportSchedule"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "ReportSchedule"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "ReportSchedule"."reportId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "ReportSchedule"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."ReportSchedule" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."Review": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."Review" AS "Review" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."StoreProduct" p WHERE p."id" = ANY (ARRAY(SELECT "Review"."storeProductId" FROM "public"."Review" AS "Review" WHERE ("Review"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("Review"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("Review"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("Review"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "Review"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "Review"."storeProductId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "Review"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."Review" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."Shipment": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."Shipment" AS "Shipment" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Order" p WHERE p."id" = ANY (ARRAY(SELECT "Shipment"."orderId" FROM "public"."Shipment" AS "Shipment" WHERE ("Shipment"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("Shipment"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("Shipment"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("Shipment"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "Shipment"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "Shipment"."orderId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "Shipment"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."Shipment" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."ShipmentEvent": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."ShipmentEvent" AS "ShipmentEvent" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Shipment" p WHERE p."id" = ANY (ARRAY(SELECT "ShipmentEvent"."shipmentId" FROM "public"."ShipmentEvent" AS "ShipmentEvent" WHERE ("ShipmentEvent"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("ShipmentEvent"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("ShipmentEvent"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("ShipmentEvent"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "ShipmentEvent"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "ShipmentEvent"."shipmentId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "ShipmentEvent"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."ShipmentEvent" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."ShipmentEventPhoto": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."ShipmentEventPhoto" AS "ShipmentEventPhoto" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."ShipmentEvent" p WHERE p."id" = ANY (ARRAY(SELECT "ShipmentEventPhoto"."shipmentEventId" FROM "public"."ShipmentEventPhoto" AS "ShipmentEventPhoto" WHERE ("ShipmentEventPhoto"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("ShipmentEventPhoto"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("ShipmentEventPhoto"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("ShipmentEventPhoto"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "ShipmentEventPhoto"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "ShipmentEventPhoto"."shipmentEventId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "ShipmentEventPhoto"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."ShipmentEventPhoto" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."StoreHours": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."StoreHours" AS "StoreHours" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Store" p WHERE p."id" = ANY (ARRAY(SELECT "StoreHours"."storeId" FROM "public"."StoreHours" AS "StoreHours" WHERE ("StoreHours"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("StoreHours"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("StoreHours"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("StoreHours"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "StoreHours"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "StoreHours"."storeId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "StoreHours"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."StoreHours" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."StoreSettings": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."StoreSettings" AS "StoreSettings" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Store" p WHERE p."id" = ANY (ARRAY(SELECT "StoreSettings"."storeId" FROM "public"."StoreSettings" AS "StoreSettings" WHERE ("StoreSettings"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("StoreSettings"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("StoreSettings"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("StoreSettings"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "StoreSettings"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "StoreSettings"."storeId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "StoreSettings"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."StoreSettings" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."TaskAttachment": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."TaskAttachment" AS "TaskAttachment" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Task" p WHERE p."id" = ANY (ARRAY(SELECT "TaskAttachment"."taskId" FROM "public"."TaskAttachment" AS "TaskAttachment" WHERE ("TaskAttachment"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("TaskAttachment"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("TaskAttachment"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("TaskAttachment"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "TaskAttachment"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "TaskAttachment"."taskId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "TaskAttachment"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."TaskAttachment" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."TeamMember": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."TeamMember" AS "TeamMember" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Team" p WHERE p."id" = ANY (ARRAY(SELECT "TeamMember"."teamId" FROM "public"."TeamMember" AS "TeamMember" WHERE ("TeamMember"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("TeamMember"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("TeamMember"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("TeamMember"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "TeamMember"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "TeamMember"."teamId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "TeamMember"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."TeamMember" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."WebhookDelivery": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."WebhookDelivery" AS "WebhookDelivery" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Webhook" p WHERE p."id" = ANY (ARRAY(SELECT "WebhookDelivery"."webhookId" FROM "public"."WebhookDelivery" AS "WebhookDelivery" WHERE ("WebhookDelivery"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("WebhookDelivery"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("WebhookDelivery"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("WebhookDelivery"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "WebhookDelivery"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "WebhookDelivery"."webhookId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "WebhookDelivery"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."WebhookDelivery" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."Widget": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."Widget" AS "Widget" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Dashboard" p WHERE p."id" = ANY (ARRAY(SELECT "Widget"."dashboardId" FROM "public"."Widget" AS "Widget" WHERE ("Widget"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("Widget"."id") <= ((%(upper)s::jsonb ->> 0)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("Widget"."id") > ((%(last)s::jsonb ->> 0)::text) AND ("Widget"."id") <= ((%(upper)s::jsonb ->> 0)::text) AND "Widget"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "Widget"."dashboardId" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "Widget"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."Widget" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::text) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."_ProductToTag": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."_ProductToTag" AS "_ProductToTag" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Tag" p WHERE p."id" = ANY (ARRAY(SELECT "_ProductToTag"."B" FROM "public"."_ProductToTag" AS "_ProductToTag" WHERE ("_ProductToTag"."A", "_ProductToTag"."B") > ((%(last)s::jsonb ->> 0)::text, (%(last)s::jsonb ->> 1)::text) AND ("_ProductToTag"."A", "_ProductToTag"."B") <= ((%(upper)s::jsonb ->> 0)::text, (%(upper)s::jsonb ->> 1)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("_ProductToTag"."A", "_ProductToTag"."B") > ((%(last)s::jsonb ->> 0)::text, (%(last)s::jsonb ->> 1)::text) AND ("_ProductToTag"."A", "_ProductToTag"."B") <= ((%(upper)s::jsonb ->> 0)::text, (%(upper)s::jsonb ->> 1)::text) AND "_ProductToTag"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "_ProductToTag"."B" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "_ProductToTag"."A", "_ProductToTag"."B"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."A", k."B") FROM (SELECT "A", "B" FROM "public"."_ProductToTag" WHERE ("A", "B") > ((%(upper)s::jsonb ->> 0)::text, (%(upper)s::jsonb ->> 1)::text) ORDER BY "A", "B" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public."_ProjectToUser": batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."_ProjectToUser" AS "_ProjectToUser" SET "organizationId" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."organizationId" AS tenantmig_key FROM "public"."Project" p WHERE p."id" = ANY (ARRAY(SELECT "_ProjectToUser"."A" FROM "public"."_ProjectToUser" AS "_ProjectToUser" WHERE ("_ProjectToUser"."A", "_ProjectToUser"."B") > ((%(last)s::jsonb ->> 0)::text, (%(last)s::jsonb ->> 1)::text) AND ("_ProjectToUser"."A", "_ProjectToUser"."B") <= ((%(upper)s::jsonb ->> 0)::text, (%(upper)s::jsonb ->> 1)::text))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("_ProjectToUser"."A", "_ProjectToUser"."B") > ((%(last)s::jsonb ->> 0)::text, (%(last)s::jsonb ->> 1)::text) AND ("_ProjectToUser"."A", "_ProjectToUser"."B") <= ((%(upper)s::jsonb ->> 0)::text, (%(upper)s::jsonb ->> 1)::text) AND "_ProjectToUser"."organizationId" IS NULL AND tenantmig_parent.tenantmig_ref = "_ProjectToUser"."A" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "_ProjectToUser"."A", "_ProjectToUser"."B"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."A", k."B") FROM (SELECT "A", "B" FROM "public"."_ProjectToUser" WHERE ("A", "B") > ((%(upper)s::jsonb ->> 0)::text, (%(upper)s::jsonb ->> 1)::text) ORDER BY "A", "B" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p2_01_backfill' WHERE tenantmig.alembic_version.version_num = 'p1_04_fill_triggers';

COMMIT;

