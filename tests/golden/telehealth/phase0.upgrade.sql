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

-- baseline: row counts and content checksums of public.appointments, public.audit_events, public.clinical_notes, public.disease_states, public.invoices, public.messages, public.organizations, public.patients, public.prescription_refills, public.prescriptions, public.products, public.schema_migrations, public.uploads, public.user_organizations, public.users

BEGIN;

INSERT INTO tenantmig.alembic_version (version_num) VALUES ('p0_01_baseline') RETURNING tenantmig.alembic_version.version_num;

COMMIT;

