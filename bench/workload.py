"""An application workload on the telehealth example: N clients doing what the clinic app does, while tenantmig runs.

Each client is a thread with its own connection, logged in as the example's application
role ({prefix}app_user). Every transaction states its clinic the way the application version
that ships the tenant context does (`SELECT set_config('app.current_client_id', $1, true)`),
then does one piece of clinic work: a point read, a tenant-scoped list, an insert that never
names the tenant key (the fill trigger supplies it), or an update. Which rows belong to which
clinic is worked out once at the start, as the application knows it today (the registering
clinician's memberships), so the same work is valid in every phase, before and after RLS.

Client kinds (`kinds={"named": 4, "unchanged": 2, "prepared_star": 2}`; default: all "named"):

- named: the above, every statement naming its columns (today's application, with the tenant context);
- unchanged: the application before it states a tenant: the same work, never calling set_config
  (its inserts get their key from the fill trigger's parent, memberships, legacy or SQL source);
- prepared_star: the tenant context, and reads written `SELECT *` / `SELECT a.*` on a connection
  that prepares every statement at once (psycopg `prepare_threshold=0`, as JDBC, pgx and Rails do):
  the client that a column added or dropped breaks with 0A000.

It records every failed transaction with its kind, SQLSTATE and message, every transaction's
latency, the longest single statement, the rows it inserted (table, id, clinic) once their
transaction committed, and (sampled from pg_locks.waitstart every 10 ms) the longest any of
its statements waited for a lock.

    with Workload(url, role=f"{prefix}app_user", clients=8) as load:
        ...                                   # run phases
    print(load.summary())

Importable by tests (`from bench.workload import Workload`) and used by bench/chain_under_load.py.
"""

from __future__ import annotations

import math
import random
import threading
import time
import uuid
from dataclasses import dataclass

import psycopg

from tenantmig.examples import telehealth
from tenantmig.servers import libpq_url

SETTING = "app.current_client_id"
POOL = 400  # ids per clinic and table the clients pick from


KINDS = ("named", "unchanged", "prepared_star")


@dataclass(frozen=True)
class Failure:
    at: float
    operation: str
    tenant: str
    sqlstate: str | None
    message: str
    kind: str = "named"


@dataclass(frozen=True)
class Inserted:
    table: str
    id: int
    tenant: str
    at: float


@dataclass
class Clinic:
    tenant: str
    slug: str
    users: list[int]
    patients: list[int]
    appointments: list[int]


def clinics(conn: psycopg.Connection) -> list[Clinic]:
    """Each clinic's staff, patients and appointments, as the application tells them apart today."""
    found = []
    for tenant, slug in telehealth.TENANTS:
        # Single-clinic staff only: what they register belongs to one clinic, unambiguously.
        users = [r[0] for r in conn.execute(
            "SELECT user_id FROM user_organizations WHERE organization_id = %s AND user_id IN ("
            "  SELECT user_id FROM user_organizations GROUP BY user_id HAVING count(*) = 1) ORDER BY 1 LIMIT %s",
            (tenant, POOL))]
        patients = [r[0] for r in conn.execute(
            "SELECT id FROM patients WHERE created_by = ANY(%s) ORDER BY id LIMIT %s", (users, POOL))]
        appointments = [r[0] for r in conn.execute(
            "SELECT id FROM appointments WHERE patient_id = ANY(%s) ORDER BY id LIMIT %s", (patients, POOL))]
        found.append(Clinic(tenant, slug, users, patients, appointments))
    return found


def parse_kinds(text: str) -> dict[str, int]:
    """`named=4,unchanged=2,prepared_star=2` -> {"named": 4, ...}; an unknown kind is named in the error."""
    kinds: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, _, count = part.partition("=")
        if name not in KINDS or not count.isdigit():
            raise ValueError(f"client kind {part!r}: expected KIND=N with KIND one of {', '.join(KINDS)}")
        kinds[name] = int(count)
    return kinds


class Workload:
    def __init__(self, database_url: str, role: str, *, clients: int = 8, think_s: float = 0.005, seed: int = 1,
                 kinds: dict[str, int] | None = None):
        self.url = libpq_url(database_url)
        self.role = role
        self.kinds = {k: n for k, n in (kinds or {"named": clients}).items() if n}
        self.clients = sum(self.kinds.values())
        self.think_s = think_s
        self.seed = seed
        self.app_name = f"tenantmig-workload-{uuid.uuid4().hex[:6]}"
        self.failures: list[Failure] = []
        self.inserted: list[Inserted] = []
        self.transactions: list[tuple[float, float]] = []  # (started at, seconds)
        self.longest_statement_s = 0.0
        self.longest_lock_wait_s = 0.0
        self._stop = threading.Event()
        self._paused = {kind: threading.Event() for kind in KINDS}
        self._busy = {kind: 0 for kind in KINDS}  # transactions in flight, per kind
        self.committed = {kind: 0 for kind in KINDS}
        self._idle = threading.Condition()
        self._threads: list[threading.Thread] = []
        self._clinics: list[Clinic] = []

    # -- start / stop -----------------------------------------------------------------

    def __enter__(self) -> "Workload":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        with psycopg.connect(self.url) as admin:
            self._clinics = clinics(admin)
        ready = threading.Barrier(self.clients + 1)
        kinds = [kind for kind, count in self.kinds.items() for _ in range(count)]
        for n, kind in enumerate(kinds):
            self._threads.append(threading.Thread(target=self._client, args=(n, ready, kind), daemon=True))
        self._threads.append(threading.Thread(target=self._sample_lock_waits, daemon=True))
        for thread in self._threads:
            thread.start()
        ready.wait(30)

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(30)

    def pause(self, kind: str) -> None:
        """Clients of `kind` start no new transaction; returns once none is in flight."""
        self._paused[kind].set()
        with self._idle:
            self._idle.wait_for(lambda: self._busy[kind] == 0, timeout=30)

    def resume(self, kind: str) -> None:
        self._paused[kind].clear()

    # -- what a client does -------------------------------------------------------------

    def _connect(self, kind: str) -> psycopg.Connection:
        # psycopg's default prepares a statement on its 5th run; prepared_star prepares at once.
        extra = {"prepare_threshold": 0} if kind == "prepared_star" else {}
        return psycopg.connect(self.url, user=self.role, application_name=self.app_name, **extra)

    def _client(self, number: int, ready: threading.Barrier, kind: str = "named") -> None:
        rng = random.Random(self.seed * 1000 + number)
        conn = self._connect(kind)
        operations = STAR_OPERATIONS if kind == "prepared_star" else OPERATIONS
        ready.wait(30)
        try:
            while not self._stop.is_set():
                if self._paused[kind].is_set():
                    time.sleep(0.01)
                    continue
                with self._idle:
                    self._busy[kind] += 1
                clinic = rng.choice(self._clinics)
                operation = rng.choices(list(operations), weights=[w for w, _ in operations.values()])[0]
                started = time.monotonic()
                pending: list[Inserted] = []
                try:
                    with conn.transaction():
                        if kind != "unchanged":
                            self._run(conn, "SELECT set_config(%s, %s, true)", (SETTING, clinic.tenant))
                        operations[operation][1](self, conn, rng, clinic, pending)
                except psycopg.Error as exc:
                    self.failures.append(Failure(time.time(), operation, clinic.tenant,
                                                 getattr(exc, "sqlstate", None), str(exc).splitlines()[0], kind))
                    if conn.closed:
                        conn = self._connect(kind)
                else:
                    self.inserted.extend(pending)
                    self.committed[kind] += 1
                finally:
                    with self._idle:
                        self._busy[kind] -= 1
                        self._idle.notify_all()
                self.transactions.append((started, time.monotonic() - started))
                if self.think_s:
                    time.sleep(self.think_s)
        finally:
            conn.close()

    def _run(self, conn: psycopg.Connection, sql: str, params=None) -> list:
        started = time.monotonic()
        cursor = conn.execute(sql, params)
        rows = cursor.fetchall() if cursor.description else []
        self.longest_statement_s = max(self.longest_statement_s, time.monotonic() - started)
        return rows

    def _insert(self, conn, clinic: Clinic, pending: list[Inserted], table: str, sql: str, params) -> int:
        new_id = self._run(conn, sql + " RETURNING id", params)[0][0]
        pending.append(Inserted(table, new_id, clinic.tenant, time.time()))
        return new_id

    def _read_patient(self, conn, rng, clinic, pending) -> None:
        patient = rng.choice(clinic.patients)
        self._run(conn, "SELECT id, full_name, date_of_birth, email FROM patients WHERE id = %s", (patient,))
        self._run(conn, "SELECT id, scheduled_at, status FROM appointments WHERE patient_id = %s "
                        "ORDER BY scheduled_at DESC LIMIT 10", (patient,))

    def _list_patients(self, conn, rng, clinic, pending) -> None:
        # Today's application-level filter; RLS, once on, agrees with it.
        self._run(conn, "SELECT p.id, p.full_name FROM patients p "
                        "JOIN user_organizations uo ON uo.user_id = p.created_by "
                        "WHERE uo.organization_id = %s ORDER BY p.id DESC LIMIT 20", (clinic.tenant,))

    def _read_patient_star(self, conn, rng, clinic, pending) -> None:
        patient = rng.choice(clinic.patients)
        self._run(conn, "SELECT * FROM patients WHERE id = %s", (patient,))
        self._run(conn, "SELECT a.* FROM appointments a WHERE a.patient_id = %s "
                        "ORDER BY a.scheduled_at DESC LIMIT 10", (patient,))

    def _list_patients_star(self, conn, rng, clinic, pending) -> None:
        self._run(conn, "SELECT p.* FROM patients p "
                        "JOIN user_organizations uo ON uo.user_id = p.created_by "
                        "WHERE uo.organization_id = %s ORDER BY p.id DESC LIMIT 20", (clinic.tenant,))

    def _book_appointment(self, conn, rng, clinic, pending) -> None:
        patient = rng.choice(clinic.patients)
        self._insert(conn, clinic, pending, "appointments",
                     "INSERT INTO appointments (patient_id, scheduled_at, status) VALUES (%s, now(), 'scheduled')",
                     (patient,))
        self._insert(conn, clinic, pending, "invoices",
                     "INSERT INTO invoices (patient_id, amount_cents, issued_on) VALUES (%s, %s, current_date)",
                     (patient, rng.randrange(2500, 50000)))

    def _prescribe(self, conn, rng, clinic, pending) -> None:
        self._insert(conn, clinic, pending, "prescriptions",
                     "INSERT INTO prescriptions (appointment_id, drug, dose_mg) VALUES (%s, 'metformin', 500)",
                     (rng.choice(clinic.appointments),))

    def _register_patient(self, conn, rng, clinic, pending) -> None:
        self._insert(conn, clinic, pending, "patients",
                     "INSERT INTO patients (created_by, full_name, email) VALUES (%s, 'New Patient', NULL)",
                     (rng.choice(clinic.users),))

    def _message(self, conn, rng, clinic, pending) -> None:
        self._insert(conn, clinic, pending, "messages",
                     "INSERT INTO messages (clinic_slug, sender, body, sent_at) VALUES (%s, 'patient', 'hello', now())",
                     (clinic.slug,))

    def _audit(self, conn, rng, clinic, pending) -> None:
        self._insert(conn, clinic, pending, "audit_events",
                     "INSERT INTO audit_events (occurred_at, action, detail) VALUES (now(), 'view_patient', '{}')", ())

    def _update(self, conn, rng, clinic, pending) -> None:
        self._run(conn, "UPDATE appointments SET status = %s WHERE id = %s",
                  (rng.choice(["completed", "cancelled", "scheduled"]), rng.choice(clinic.appointments)))

    # -- lock waits, measured by the server ------------------------------------------------

    def _sample_lock_waits(self) -> None:
        with psycopg.connect(self.url, autocommit=True) as conn:
            while not self._stop.is_set():
                waited = conn.execute(
                    "SELECT coalesce(extract(epoch FROM max(clock_timestamp() - l.waitstart)), 0)::float8 "
                    "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                    "WHERE NOT l.granted AND a.application_name = %s", (self.app_name,)).fetchone()[0]
                self.longest_lock_wait_s = max(self.longest_lock_wait_s, waited)
                time.sleep(0.01)

    # -- what happened ------------------------------------------------------------------------

    def latencies(self, since: float | None = None, until: float | None = None) -> list[float]:
        """Transaction latencies (seconds) of transactions started in [since, until) (time.monotonic())."""
        return [s for t, s in list(self.transactions)
                if (since is None or t >= since) and (until is None or t < until)]

    def summary(self, since: float | None = None, until: float | None = None) -> dict:
        lat = sorted(self.latencies(since, until))
        by_state: dict[str, int] = {}
        by_kind: dict[str, dict[str, int]] = {kind: {} for kind in self.kinds}
        for failure in self.failures:
            by_state[failure.sqlstate or "?"] = by_state.get(failure.sqlstate or "?", 0) + 1
            states = by_kind.setdefault(failure.kind, {})
            states[failure.sqlstate or "?"] = states.get(failure.sqlstate or "?", 0) + 1
        inserted: dict[str, int] = {}
        for row in self.inserted:
            inserted[row.table] = inserted.get(row.table, 0) + 1
        return {
            "clients": self.clients,
            "transactions": len(lat),
            "failed_transactions": len(self.failures),
            "failures_by_sqlstate": by_state,
            "failures_by_kind": by_kind,
            "kinds": dict(self.kinds),
            "first_failures": [f.__dict__ for f in self.failures[:5]],
            "p50_ms": round(percentile(lat, 50) * 1000, 2),
            "p99_ms": round(percentile(lat, 99) * 1000, 2),
            "max_ms": round((lat[-1] if lat else 0.0) * 1000, 2),
            "longest_statement_s": round(self.longest_statement_s, 3),
            "longest_lock_wait_s": round(self.longest_lock_wait_s, 3),
            "inserted": inserted,
        }


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest rank: the smallest value with at least p% of the values at or below it."""
    if not sorted_values:
        return 0.0
    return sorted_values[max(0, math.ceil(p / 100 * len(sorted_values)) - 1)]


# name -> (weight, what one transaction does)
OPERATIONS = {
    "read_patient": (30, Workload._read_patient),
    "list_patients": (15, Workload._list_patients),
    "book_appointment": (15, Workload._book_appointment),
    "prescribe": (8, Workload._prescribe),
    "register_patient": (5, Workload._register_patient),
    "message": (10, Workload._message),
    "audit": (7, Workload._audit),
    "update_appointment": (10, Workload._update),
}

# prepared_star: the same work, its reads written with `*`
STAR_OPERATIONS = {**OPERATIONS, "read_patient": (30, Workload._read_patient_star),
                   "list_patients": (15, Workload._list_patients_star)}
