"""Probe: what RLS with one shared application role cannot close, reported so nobody assumes it does.

Row-level security filters rows a query returns. Other channels show, to any session of the
same role, facts about rows it cannot read. None of these is a policy to fix; each has a
mitigation outside tenantmig, named in the warning (runbooks/verify.md, "What RLS does not close").
"""

from __future__ import annotations

from tenantmig.probes import WARN, Probing

PROBE = "inherent_channel"

# (channel, what it reveals, what reduces it)
CHANNELS = (
    ("estimates", "EXPLAIN row estimates, pg_class.reltuples, pg_stat_user_tables and pg_sequences.last_value "
     "reveal every tenant's row totals and write rates",
     "separate database roles per tenant class (statistics views stay readable); sequences per tenant, or uuid keys"),
    ("activity", "pg_stat_activity shows the query text of other sessions of the same role, parameters inlined "
     "by clients that do not use bind parameters",
     "separate roles per tenant class, bind parameters always, track_activity_query_size small; never grant "
     "pg_read_all_stats to an application role"),
    ("constraints", "a unique violation or ON CONFLICT outcome confirms that another tenant's value exists",
     "tenant-scoped keys (tenant_scoped_keys = true): unique and foreign keys that include the tenant key"),
    ("large_objects_notify", "large objects and LISTEN/NOTIFY channels are not rows: RLS does not apply to them",
     "no large objects for tenant data (bytea or object storage by tenant prefix); NOTIFY payloads without "
     "tenant data, channel names the application checks"),
    ("with_hold", "a WITH HOLD cursor opened for one tenant survives the transaction; on a pooled connection the "
     "next client can FETCH from it",
     "no WITH HOLD cursors through a pooler; DISCARD ALL (or server_reset_query) when a connection is returned"),
)


def inherent_channels(p: Probing) -> None:
    for role in p.filtered_roles:
        stats = p.conn.execute("SELECT pg_has_role(%s, 'pg_read_all_stats', 'MEMBER')", (role,)).fetchone()[0]
        for channel, reveals, reduce in CHANNELS:
            detail = f"{channel}: {reveals}. Reduce with: {reduce}"
            if channel == "activity" and stats:
                detail = f"{channel}: a member of pg_read_all_stats sees every role's query text. Reduce with: {reduce}"
            p.add(PROBE, WARN, detail, role=role)
