"""Probes that act: each application role, as a tenant, tries what a leak would look like.

Every attempt runs in its own transaction on the DBA's connection, as the probed
role (SET LOCAL ROLE) with the tenant context set through the one helper the
application uses, and is rolled back: verify never leaves a row behind. A write
is "refused" when PostgreSQL raises insufficient_privilege (a policy's WITH
CHECK, or no grant at all) or touches no row; any other error is reported.
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg.types.json import Jsonb

from tenantmig.db import connect, primary_key, qualify, quote_ident
from tenantmig.impersonate import acting_as, set_tenant
from tenantmig.probes import FAIL, PASS, WARN, Probing, Target, scopes

# Shape-valid non-values too: `x` in every uuid digit's place once passed the shape check and made the cast raise.
MALFORMED = {"uuid": ("not-a-uuid", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"), "bigint": ("12abc",),
             "integer": ("99999999999",)}


def run(p: Probing) -> None:
    context_transaction_local(p)
    probers = _probing_roles(p)
    for target in p.targets("tenant", "shared"):
        sample = _sample(p, target)
        for role in probers:
            keyed_table(p, target, sample, role)
            scopes.malformed_store(p, target, role, sample.owner)
        cross_tenant_roles(p, target, sample)
    for target in p.targets("global"):
        for role in probers:
            global_table(p, target, role)
    for role in probers:
        scopes.self_grant(p, role)


def _probing_roles(p: Probing) -> list[str]:
    roles = []
    for role in p.filtered_roles:
        bypass = p.conn.execute("SELECT rolbypassrls FROM pg_roles WHERE rolname = %s", (role,)).fetchone()[0]
        if bypass and not p.strict and role in p.manifest.roles.service:
            p.add("isolation", WARN, "keeps BYPASSRLS until phase 5, so its sessions are not filtered yet; "
                  "probed from phase 5 (applies from phase 5)", role=role)
            continue
        roles.append(role)
    return roles


# -- what the probes act on ------------------------------------------------------------------------------------

@dataclass
class Sample:
    counts: dict[str | None, int]  # rows per tenant (None: global rows of a shared table)
    owner: str | None  # a tenant with rows ("X")
    prober: str | None  # another tenant ("A"), with rows if there is one
    owner_row: dict | None  # one of X's rows, as to_jsonb
    global_row: dict | None
    columns: list[str]  # the columns an INSERT may name
    overriding: bool  # an identity column GENERATED ALWAYS
    primary_key: list[str]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _sample(p: Probing, t: Target) -> Sample:
    table, key = qualify(t.name), quote_ident(t.spec.column)
    counts = {k: n for k, n in p.conn.execute(f"SELECT {key}::text, count(*) FROM {table} GROUP BY 1 ORDER BY 1")}
    owners = [k for k in counts if k is not None]
    owner = owners[0] if owners else None
    others = owners[1:] + [x for x in p.tenants if x not in owners]
    row = None if owner is None else p.conn.execute(
        f"SELECT to_jsonb(t) FROM {table} t WHERE {key}::text = %s LIMIT 1", (owner,)).fetchone()[0]
    global_row = None
    if None in counts:
        global_row = p.conn.execute(f"SELECT to_jsonb(t) FROM {table} t WHERE {key} IS NULL LIMIT 1").fetchone()[0]
    attributes = p.conn.execute(
        "SELECT attname, attidentity::text FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0 "
        "AND NOT attisdropped AND attgenerated = '' ORDER BY attnum", (table,)).fetchall()
    return Sample(counts, owner, others[0] if others else None, row, global_row,
                  [a for a, _ in attributes], any(identity == "a" for _, identity in attributes),
                  primary_key(p.conn, t.name))


def _row_match(s: Sample, alias: str = "t") -> str:
    """A condition matching the row passed as the jsonb parameter: by primary key, else by every column."""
    if s.primary_key:
        cols = ", ".join(f"{alias}.{quote_ident(c)}" for c in s.primary_key)
        picked = ", ".join(f"r.{quote_ident(c)}" for c in s.primary_key)
        return f"({cols}) = (SELECT {picked} FROM jsonb_populate_record(NULL::{{table}}, %s::jsonb) r)"
    return f"to_jsonb({alias}.*) = %s::jsonb"


def _insert_sql(t: Target, s: Sample) -> str:
    cols = ", ".join(quote_ident(c) for c in s.columns)
    overriding = " OVERRIDING SYSTEM VALUE" if s.overriding else ""
    return (f"INSERT INTO {qualify(t.name)} ({cols}){overriding} "
            f"SELECT {cols} FROM jsonb_populate_record(NULL::{qualify(t.name)}, %s::jsonb)")


def _read(p: Probing, role: str, tenant: str | None, sql: str, params=None) -> tuple[tuple | None, str | None]:
    try:
        with acting_as(p.conn, role, p.manifest, tenant) as conn:
            return conn.execute(sql, params).fetchone(), None
    except psycopg.Error as exc:
        return None, _error(exc)


def _write(p: Probing, role: str, tenant: str | None, sql: str, params=None) -> tuple[int, str | None, bool]:
    """(rows touched, error text, refused by a policy or a missing grant)."""
    try:
        with acting_as(p.conn, role, p.manifest, tenant) as conn:
            return conn.execute(sql, params).rowcount, None, False
    except psycopg.errors.InsufficientPrivilege as exc:
        return 0, _error(exc), True
    except psycopg.Error as exc:
        return 0, _error(exc), False


def _error(exc: psycopg.Error) -> str:
    return f"{type(exc).__name__}: {str(exc).splitlines()[0]}"


def _refusal(p: Probing, probe: str, t: Target, role: str, attempt: tuple[int, str | None, bool], what: str) -> None:
    """Report a write that must not happen: refused or no row touched passes; anything else fails."""
    rows, error, refused = attempt
    if refused:
        p.add(probe, PASS, f"{what}: refused ({error})", table=t.name, role=role)
    elif error:
        p.add(probe, FAIL, f"{what}: failed with an error other than a refusal: {error}", table=t.name, role=role)
    elif rows:
        p.add(probe, FAIL, f"{what}: {rows} row(s) written", table=t.name, role=role)
    else:
        p.add(probe, PASS, f"{what}: no row touched", table=t.name, role=role)


# -- the probes -----------------------------------------------------------------------------------------------

def context_transaction_local(p: Probing) -> None:
    """The helper's tenant context ends with its transaction: a pooled connection's next client starts with none."""
    roles = p.roles("app")
    if not roles or not p.tenants:
        p.add("context_transaction_local", WARN, "needs an application role and a tenant to probe")
        return
    tenant = p.tenants[0]
    with connect(p.url, "verify", autocommit=False) as conn:
        conn.execute(f"SET LOCAL ROLE {quote_ident(roles[0])}")
        set_tenant(conn, p.manifest, tenant)
        # Read back through the policies' own reader: the setting may be a JSON object holding a claim.
        try:
            inside = conn.execute("SELECT tenantmig.current_tenant()::text").fetchone()[0]
        except psycopg.Error as exc:
            # policy_functions_executable names the function and role; this probe cannot read the context.
            conn.rollback()
            p.add("context_transaction_local", FAIL, f"{roles[0]} cannot read the tenant context: {_error(exc)}",
                  role=roles[0])
            return
        conn.commit()
        after = conn.execute("SELECT current_setting(%s, true)", (p.manifest.setting,)).fetchone()[0]
        conn.rollback()
    if inside != tenant:
        p.add("context_transaction_local", FAIL, f"with the helper's context the policies read tenant {inside!r}, not {tenant}",
              role=roles[0])
    elif after:
        p.add("context_transaction_local", FAIL, f"{p.manifest.setting} is still {after!r} in the next transaction "
              "of the same connection: a pooled connection would carry it to another client", role=roles[0])
    else:
        p.add("context_transaction_local", PASS, "set with set_config(..., true); gone in the next transaction",
              role=roles[0])


def _alias(t: Target) -> str:
    # The manifest's visible_also expression names the table by its own (parent's) name.
    return quote_ident(t.spec.qualified.split(".")[-1])


def _not_granted(t: Target) -> str:
    """Excludes rows the manifest makes readable on purpose (visible_also, e.g. overrides): those are not a leak."""
    return f" AND NOT coalesce(({t.spec.visible_also}), false)" if t.spec.visible_also else ""


def _visible(p: Probing, t: Target, role: str, tenant: str | None) -> tuple[tuple | None, str | None]:
    """(rows of other tenants, own rows, global rows) visible as `role` in `tenant`."""
    key = quote_ident(t.spec.column)
    return _read(p, role, tenant,
                 f"SELECT count(*) FILTER (WHERE {key} IS NOT NULL AND {key}::text IS DISTINCT FROM %(t)s"
                 f"{_not_granted(t)}), "
                 f"count(*) FILTER (WHERE {key}::text = %(t)s), count(*) FILTER (WHERE {key} IS NULL) "
                 f"FROM {qualify(t.name)} AS {_alias(t)}", {"t": tenant})


def keyed_table(p: Probing, t: Target, s: Sample, role: str) -> None:
    if s.owner is None:
        p.add("isolation", WARN, "no tenant rows: the row probes need at least one", table=t.name, role=role)
        return
    contexts = [("no_context_sees_nothing", None, "no tenant set"), ("empty_context", "", "an empty tenant setting")]
    malformed = MALFORMED.get(p.manifest.key_type, ())
    for value in malformed:
        contexts.append(("malformed_context", value, f"a malformed tenant setting {value!r}"))
    if not malformed:
        p.add("malformed_context", PASS, "any text is a valid tenant key", table=t.name, role=role)
    for probe, tenant, what in contexts:
        if tenant is None:
            found, error = _read(p, role, None, f"SELECT count(*) FILTER (WHERE {quote_ident(t.spec.column)} IS NOT "
                                 f"NULL) FROM {qualify(t.name)}")
            seen = None if found is None else found[0]
        else:
            found, error = _visible(p, t, role, tenant)
            seen = None if found is None else found[0] + found[1]
        if error:
            p.add(probe, FAIL, f"with {what} a query fails instead of seeing nothing: {error}", table=t.name, role=role)
        elif seen:
            p.add(probe, FAIL, f"with {what} it sees {seen} tenant rows", table=t.name, role=role)
        else:
            p.add(probe, PASS, f"with {what} it sees no tenant row", table=t.name, role=role)

    for tenant in [x for x in (s.owner, s.prober) if x is not None]:
        found, error = _visible(p, t, role, tenant)
        if error:
            p.add("tenant_sees_only_own", FAIL, f"as tenant {tenant}: {error}", table=t.name, role=role)
            continue
        foreign, own, global_rows = found
        p.add("tenant_sees_only_own", FAIL if foreign else PASS,
              f"as tenant {tenant}: sees {foreign} rows of other tenants", table=t.name, role=role)
        expected = s.counts.get(tenant, 0)
        expected_global = s.counts.get(None, 0)
        if global_rows != expected_global:
            p.add("tenant_sees_own", FAIL, f"as tenant {tenant}: sees {global_rows} of {expected_global} global rows",
                  table=t.name, role=role)
        elif own == expected:
            p.add("tenant_sees_own", PASS, f"as tenant {tenant}: sees all {own} of its rows"
                  + (f" and {global_rows} global rows" if t.spec.pattern == "shared" else ""), table=t.name, role=role)
        elif own == 0:
            p.add("tenant_sees_own", FAIL, f"as tenant {tenant}: sees none of its {expected} rows: the application "
                  "would be locked out", table=t.name, role=role)
        else:
            p.add("tenant_sees_own", PASS, f"as tenant {tenant}: sees {own} of its {expected} rows (the table's own "
                  "policies hide the rest)", table=t.name, role=role)

    if s.prober is None:
        p.add("isolation", WARN, "only one tenant exists: nothing to cross", table=t.name, role=role)
        return
    a, x, row = s.prober, s.owner, Jsonb(s.owner_row)
    match = _row_match(s).format(table=qualify(t.name))
    table, key = qualify(t.name), quote_ident(t.spec.column)
    by_key = _row_match(s, _alias(t)).format(table=table)
    found, error = _read(p, role, a, f"SELECT count(*) FROM {table} AS {_alias(t)} WHERE {by_key}{_not_granted(t)}",
                         (row,))
    if error:
        p.add("cross_tenant_read_by_id", FAIL, f"as tenant {a}, reading a row of {x}: {error}", table=t.name, role=role)
    else:
        p.add("cross_tenant_read_by_id", FAIL if found[0] else PASS,
              f"as tenant {a}, a row of tenant {x} by its key: {found[0]} found", table=t.name, role=role)
    _refusal(p, "cross_tenant_update", t, role,
             _write(p, role, a, f"UPDATE {table} t SET {key} = t.{key} WHERE {match}", (row,)),
             f"as tenant {a}, updating a row of tenant {x}")
    _refusal(p, "cross_tenant_delete", t, role, _write(p, role, a, f"DELETE FROM {table} t WHERE {match}", (row,)),
             f"as tenant {a}, deleting a row of tenant {x}")
    _refusal(p, "cross_tenant_insert", t, role, _write(p, role, a, _insert_sql(t, s), (row,)),
             f"as tenant {a}, inserting a row for tenant {x}")
    _move(p, t, s, role)
    _merge(p, t, s, role, row, match)
    _copy(p, t, role, a)
    if t.spec.pattern == "shared":
        _shared_rows(p, t, s, role)


def _move(p: Probing, t: Target, s: Sample, role: str) -> None:
    """Tenant X moves one of the rows it sees to tenant A: WITH CHECK must refuse."""
    x, a = s.owner, s.prober
    table, key = qualify(t.name), quote_ident(t.spec.column)
    match = _row_match(s).format(table=table)
    try:
        with acting_as(p.conn, role, p.manifest, x) as conn:
            mine = conn.execute(f"SELECT to_jsonb(t) FROM {table} t LIMIT 1").fetchone()
            if mine is None:
                p.add("cross_tenant_move", WARN, f"as tenant {x}: no visible row to try moving", table=t.name, role=role)
                return
            moved = conn.execute(f"UPDATE {table} t SET {key} = %s::{p.manifest.key_type} WHERE {match}",
                                 (a, Jsonb(mine[0]))).rowcount
        attempt = (moved, None, False)
    except psycopg.errors.InsufficientPrivilege as exc:
        attempt = (0, _error(exc), True)
    except psycopg.Error as exc:
        attempt = (0, _error(exc), False)
    _refusal(p, "cross_tenant_move", t, role, attempt, f"as tenant {x}, moving its row to tenant {a}")


def _merge(p: Probing, t: Target, s: Sample, role: str, row: Jsonb, match: str) -> None:
    if p.version_num < 150000:
        p.add("merge_obeys_policies", WARN, "MERGE needs PostgreSQL 15: not probed", table=t.name, role=role)
        return
    a, x = s.prober, s.owner
    table, key = qualify(t.name), quote_ident(t.spec.column)
    source = f"(SELECT * FROM jsonb_populate_record(NULL::{table}, %s::jsonb)) s"
    on = " AND ".join(f"t.{quote_ident(c)} = s.{quote_ident(c)}" for c in s.primary_key) or "to_jsonb(t.*) = to_jsonb(s.*)"
    update = _write(p, role, a, f"MERGE INTO {table} t USING {source} ON {on} WHEN MATCHED THEN UPDATE SET {key} = t.{key}",
                    (row,))
    cols = ", ".join(quote_ident(c) for c in s.columns)
    overriding = " OVERRIDING SYSTEM VALUE" if s.overriding else ""
    insert = _write(p, role, a, f"MERGE INTO {table} t USING {source} ON false WHEN NOT MATCHED THEN INSERT ({cols})"
                    f"{overriding} VALUES ({', '.join('s.' + quote_ident(c) for c in s.columns)})", (row,))
    for attempt, what in ((update, "updating"), (insert, "inserting")):
        rows, error, refused = attempt
        if error and not refused:
            p.add("merge_obeys_policies", FAIL, f"as tenant {a}, MERGE {what} a row of tenant {x}: {error}",
                  table=t.name, role=role)
            return
        if rows:
            p.add("merge_obeys_policies", FAIL, f"as tenant {a}, MERGE {what} a row of tenant {x}: {rows} written",
                  table=t.name, role=role)
            return
    p.add("merge_obeys_policies", PASS, f"as tenant {a}, MERGE reached no row of tenant {x}", table=t.name, role=role)


def _copy(p: Probing, t: Target, role: str, tenant: str) -> None:
    key = quote_ident(t.spec.column)
    # COPY of a partitioned table is refused by PostgreSQL; the query form goes through the same policies.
    if t.kind == "p" or t.spec.visible_also:
        source = f"(SELECT {key} FROM {qualify(t.name)} AS {_alias(t)} WHERE true{_not_granted(t)})"
    else:
        source = f"{qualify(t.name)} ({key})"
    try:
        with acting_as(p.conn, role, p.manifest, tenant) as conn:
            with conn.cursor().copy(f"COPY {source} TO STDOUT") as copy:
                data = b"".join(bytes(chunk) for chunk in copy)
    except psycopg.Error as exc:
        p.add("copy_to_obeys_policies", FAIL, f"as tenant {tenant}: {_error(exc)}", table=t.name, role=role)
        return
    foreign = [line for line in data.decode().splitlines() if line not in (tenant, r"\N")]
    p.add("copy_to_obeys_policies", FAIL if foreign else PASS,
          f"as tenant {tenant}: COPY TO wrote {len(foreign)} rows of other tenants", table=t.name, role=role)


def _shared_rows(p: Probing, t: Target, s: Sample, role: str) -> None:
    """A tenant reads global rows of a shared table but can neither change them nor create new ones."""
    if s.global_row is None:
        p.add("shared_rows_read_only", WARN, "no global row to probe", table=t.name, role=role)
        return
    a, row = s.prober, Jsonb(s.global_row)
    table, key = qualify(t.name), quote_ident(t.spec.column)
    match = _row_match(s).format(table=table)
    attempts = [
        (_write(p, role, a, f"UPDATE {table} t SET {key} = t.{key} WHERE {match}", (row,)), "updating a global row"),
        (_write(p, role, a, _insert_sql(t, s), (row,)), "inserting a global row"),
    ]
    for attempt, what in attempts:
        rows, error, refused = attempt
        if rows or (error and not refused):
            p.add("shared_rows_read_only", FAIL, f"as tenant {a}, {what}: {error or f'{rows} row(s) written'}",
                  table=t.name, role=role)
            return
    p.add("shared_rows_read_only", PASS, f"as tenant {a}, global rows can be read, not written", table=t.name, role=role)


def _count_as_role_and_all(p: Probing, role: str, table: str) -> tuple[int, int]:
    """(rows `role` sees, rows there are), both in one snapshot: the application may be writing meanwhile."""
    with p.conn.transaction(force_rollback=True):
        p.conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        every = p.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        p.conn.execute(f"SET LOCAL ROLE {quote_ident(role)}")
        return p.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0], every


def cross_tenant_roles(p: Probing, t: Target, s: Sample) -> None:
    """Admin and reporting roles see every tenant's rows, as declared; reporting cannot write."""
    for kind in ("admin", "reporting"):
        for role in p.roles(kind):
            try:
                seen, every = _count_as_role_and_all(p, role, qualify(t.name))
            except psycopg.Error as exc:
                p.add(f"{kind}_sees_all", FAIL, _error(exc), table=t.name, role=role)
            else:
                p.add(f"{kind}_sees_all", PASS if seen == every else FAIL,
                      f"sees {seen} of {every} rows", table=t.name, role=role)
            if kind == "reporting" and s.owner_row is not None:
                match = _row_match(s).format(table=qualify(t.name))
                key = quote_ident(t.spec.column)
                _refusal(p, "reporting_cannot_write", t, role,
                         _write(p, role, None, f"UPDATE {qualify(t.name)} t SET {key} = t.{key} WHERE {match}",
                                (Jsonb(s.owner_row),)), "updating a row")


def global_table(p: Probing, t: Target, role: str) -> None:
    """Reference data: every tenant reads all of it; no tenant changes it."""
    table = qualify(t.name)
    total = p.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    tenant = p.tenants[0] if p.tenants else None
    found, error = _read(p, role, tenant, f"SELECT count(*) FROM {table}")
    if error:
        p.add("global_readable", FAIL, error, table=t.name, role=role)
    else:
        p.add("global_readable", PASS if found[0] == total else FAIL, f"sees {found[0]} of {total} rows",
              table=t.name, role=role)
    row = p.conn.execute(f"SELECT to_jsonb(t) FROM {table} t LIMIT 1").fetchone()
    if row is None:
        p.add("global_read_only", WARN, "empty: no row to try writing", table=t.name, role=role)
        return
    first = p.conn.execute("SELECT attname FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0 "
                           "AND NOT attisdropped AND attgenerated = '' AND attidentity = '' ORDER BY attnum LIMIT 1",
                           (table,)).fetchone()
    if first is None:
        p.add("global_read_only", WARN, "no plain column to try writing", table=t.name, role=role)
        return
    column = quote_ident(first[0])
    _refusal(p, "global_read_only", t, role,
             _write(p, role, tenant, f"UPDATE {table} t SET {column} = t.{column} WHERE to_jsonb(t.*) = %s::jsonb",
                    (Jsonb(row[0]),)), f"as tenant {tenant}, updating reference data")
