BEGIN;

-- Running upgrade p1_04_fill_triggers -> p2_01_backfill

COMMIT;

-- public.patients: batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source memberships

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."patients" AS "patients" SET "client_id" = tenantmig_member.value FROM (SELECT mm."user_id" AS member, (array_agg(mm."organization_id"))[1] AS value FROM "public"."user_organizations" mm WHERE mm."user_id" IN (SELECT "patients"."created_by" FROM "public"."patients" AS "patients" WHERE ("patients"."id") > ((%(last)s::jsonb ->> 0)::bigint) AND ("patients"."id") <= ((%(upper)s::jsonb ->> 0)::bigint)) GROUP BY mm."user_id" HAVING count(DISTINCT mm."organization_id") = 1) AS tenantmig_member
    WHERE ("patients"."id") > ((%(last)s::jsonb ->> 0)::bigint) AND ("patients"."id") <= ((%(upper)s::jsonb ->> 0)::bigint) AND "patients"."client_id" IS NULL AND tenantmig_member.member = "patients"."created_by"
    RETURNING "patients"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."patients" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::bigint) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public.appointments: batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."appointments" AS "appointments" SET "client_id" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."client_id" AS tenantmig_key FROM "public"."patients" p WHERE p."id" = ANY (ARRAY(SELECT "appointments"."patient_id" FROM "public"."appointments" AS "appointments" WHERE ("appointments"."id") > ((%(last)s::jsonb ->> 0)::bigint) AND ("appointments"."id") <= ((%(upper)s::jsonb ->> 0)::bigint))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("appointments"."id") > ((%(last)s::jsonb ->> 0)::bigint) AND ("appointments"."id") <= ((%(upper)s::jsonb ->> 0)::bigint) AND "appointments"."client_id" IS NULL AND tenantmig_parent.tenantmig_ref = "appointments"."patient_id" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "appointments"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."appointments" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::bigint) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public.audit_events: batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source legacy

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."audit_events" AS "audit_events" SET "client_id" = '00000000-0000-0000-0000-00000000a11c'::uuid 
    WHERE ("audit_events"."id") > ((%(last)s::jsonb ->> 0)::bigint) AND ("audit_events"."id") <= ((%(upper)s::jsonb ->> 0)::bigint) AND "audit_events"."client_id" IS NULL
    RETURNING "audit_events"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."audit_events" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::bigint) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public.clinical_notes: batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."clinical_notes" AS "clinical_notes" SET "client_id" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."client_id" AS tenantmig_key FROM "public"."appointments" p WHERE p."id" = ANY (ARRAY(SELECT "clinical_notes"."appointment_id" FROM "public"."clinical_notes" AS "clinical_notes" WHERE ("clinical_notes"."id") > ((%(last)s::jsonb ->> 0)::bigint) AND ("clinical_notes"."id") <= ((%(upper)s::jsonb ->> 0)::bigint))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("clinical_notes"."id") > ((%(last)s::jsonb ->> 0)::bigint) AND ("clinical_notes"."id") <= ((%(upper)s::jsonb ->> 0)::bigint) AND "clinical_notes"."client_id" IS NULL AND tenantmig_parent.tenantmig_ref = "clinical_notes"."appointment_id" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "clinical_notes"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."clinical_notes" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::bigint) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public.invoices: batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."invoices" AS "invoices" SET "client_id" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."client_id" AS tenantmig_key FROM "public"."patients" p WHERE p."id" = ANY (ARRAY(SELECT "invoices"."patient_id" FROM "public"."invoices" AS "invoices" WHERE ("invoices"."id") > ((%(last)s::jsonb ->> 0)::bigint) AND ("invoices"."id") <= ((%(upper)s::jsonb ->> 0)::bigint))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("invoices"."id") > ((%(last)s::jsonb ->> 0)::bigint) AND ("invoices"."id") <= ((%(upper)s::jsonb ->> 0)::bigint) AND "invoices"."client_id" IS NULL AND tenantmig_parent.tenantmig_ref = "invoices"."patient_id" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "invoices"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."invoices" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::bigint) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public.messages: batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source sql

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."messages" AS "messages" SET "client_id" = ((SELECT o.id FROM public.organizations AS o WHERE o.slug = messages.clinic_slug))::uuid 
    WHERE ("messages"."id") > ((%(last)s::jsonb ->> 0)::bigint) AND ("messages"."id") <= ((%(upper)s::jsonb ->> 0)::bigint) AND "messages"."client_id" IS NULL AND ((SELECT o.id FROM public.organizations AS o WHERE o.slug = messages.clinic_slug))::uuid IS NOT NULL
    RETURNING "messages"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."messages" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::bigint) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public.prescriptions: batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."prescriptions" AS "prescriptions" SET "client_id" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."client_id" AS tenantmig_key FROM "public"."appointments" p WHERE p."id" = ANY (ARRAY(SELECT "prescriptions"."appointment_id" FROM "public"."prescriptions" AS "prescriptions" WHERE ("prescriptions"."id") > ((%(last)s::jsonb ->> 0)::bigint) AND ("prescriptions"."id") <= ((%(upper)s::jsonb ->> 0)::bigint))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("prescriptions"."id") > ((%(last)s::jsonb ->> 0)::bigint) AND ("prescriptions"."id") <= ((%(upper)s::jsonb ->> 0)::bigint) AND "prescriptions"."client_id" IS NULL AND tenantmig_parent.tenantmig_ref = "prescriptions"."appointment_id" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "prescriptions"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."prescriptions" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::bigint) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public.prescription_refills: batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source parent

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."prescription_refills" AS "prescription_refills" SET "client_id" = tenantmig_parent.tenantmig_key FROM (SELECT p."id" AS tenantmig_ref, p."client_id" AS tenantmig_key FROM "public"."prescriptions" p WHERE p."id" = ANY (ARRAY(SELECT "prescription_refills"."prescription_id" FROM "public"."prescription_refills" AS "prescription_refills" WHERE ("prescription_refills"."prescription_id", "prescription_refills"."refill_no") > ((%(last)s::jsonb ->> 0)::bigint, (%(last)s::jsonb ->> 1)::integer) AND ("prescription_refills"."prescription_id", "prescription_refills"."refill_no") <= ((%(upper)s::jsonb ->> 0)::bigint, (%(upper)s::jsonb ->> 1)::integer))) FOR KEY SHARE OF p) AS tenantmig_parent
    WHERE ("prescription_refills"."prescription_id", "prescription_refills"."refill_no") > ((%(last)s::jsonb ->> 0)::bigint, (%(last)s::jsonb ->> 1)::integer) AND ("prescription_refills"."prescription_id", "prescription_refills"."refill_no") <= ((%(upper)s::jsonb ->> 0)::bigint, (%(upper)s::jsonb ->> 1)::integer) AND "prescription_refills"."client_id" IS NULL AND tenantmig_parent.tenantmig_ref = "prescription_refills"."prescription_id" AND tenantmig_parent.tenantmig_key IS NOT NULL
    RETURNING "prescription_refills"."prescription_id", "prescription_refills"."refill_no"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."prescription_id", k."refill_no") FROM (SELECT "prescription_id", "refill_no" FROM "public"."prescription_refills" WHERE ("prescription_id", "refill_no") > ((%(upper)s::jsonb ->> 0)::bigint, (%(upper)s::jsonb ->> 1)::integer) ORDER BY "prescription_id", "refill_no" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public.products: batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source sql

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."products" AS "products" SET "client_id" = ((SELECT o.id FROM public.organizations AS o WHERE o.slug = products.custom_for_slug))::uuid 
    WHERE ("products"."id") > ((%(last)s::jsonb ->> 0)::bigint) AND ("products"."id") <= ((%(upper)s::jsonb ->> 0)::bigint) AND "products"."client_id" IS NULL AND ((SELECT o.id FROM public.organizations AS o WHERE o.slug = products.custom_for_slug))::uuid IS NOT NULL
    RETURNING "products"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."products" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::bigint) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

-- public.uploads: batches sized to take about 50 ms, walked by key in 1 range(s), each batch with its checkpoint; source memberships

-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could rewrite a row, the batch also compares its other columns before and after

WITH walked AS MATERIALIZED (SELECT %(limit)s::bigint AS n), filled AS (
    UPDATE "public"."uploads" AS "uploads" SET "client_id" = tenantmig_member.value FROM (SELECT mm."user_id" AS member, (array_agg(mm."organization_id"))[1] AS value FROM "public"."user_organizations" mm WHERE mm."user_id" IN (SELECT "uploads"."uploaded_by" FROM "public"."uploads" AS "uploads" WHERE ("uploads"."id") > ((%(last)s::jsonb ->> 0)::bigint) AND ("uploads"."id") <= ((%(upper)s::jsonb ->> 0)::bigint)) GROUP BY mm."user_id" HAVING count(DISTINCT mm."organization_id") = 1) AS tenantmig_member
    WHERE ("uploads"."id") > ((%(last)s::jsonb ->> 0)::bigint) AND ("uploads"."id") <= ((%(upper)s::jsonb ->> 0)::bigint) AND "uploads"."client_id" IS NULL AND tenantmig_member.member = "uploads"."uploaded_by"
    RETURNING "uploads"."id"
), checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), (SELECT jsonb_build_array(k."id") FROM (SELECT "id" FROM "public"."uploads" WHERE ("id") > ((%(upper)s::jsonb ->> 0)::bigint) ORDER BY "id" OFFSET (%(next_limit)s - 1) LIMIT 1) AS k);;

BEGIN;

UPDATE tenantmig.alembic_version SET version_num='p2_01_backfill' WHERE tenantmig.alembic_version.version_num = 'p1_04_fill_triggers';

COMMIT;

