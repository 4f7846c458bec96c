"""An application workload on the telehealth example: N clients doing what the clinic app does, while tenantmig runs.

Each client is a thread with its own connection, logged in as the example's application
role ({prefix}app_user). Every transaction states its clinic the way the application version
that ships the tenant context does (`SELECT set_config('app.current_client_id', $1, true)`),
then does one piece of clinic work: a point read, a tenant-scoped list, an insert that never
names the tenant key (the fill trigger supplies it), or an update. Which rows belong to which
clinic is worked out once at the start, as the application knows it today (the registering
clinician's memberships), so the same work is valid in every phase, before and after RLS.

It records every failed transaction with its SQLSTATE and message, every transaction's
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


@dataclass(frozen=True)
class Failure:
    at: float
    operation: str
    tenant: str
    sqlstate: str | None
    message: str


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


class Workload:
    def __init__(self, database_url: str, role: str, *, clients: int = 8, think_s: float = 0.005, seed: int = 1):
        self.url = libpq_url(database_url)
        self.role = role
        self.clients = clients
        self.think_s = think_s
        self.seed = seed
        self.app_name = f"tenantmig-workload-{uuid.uuid4().hex[:6]}"
        self.failures: list[Failure] = []
        self.inserted: list[Inserted] = []
        self.transactions: list[tuple[float, float]] = []  # (started at, seconds)
        self.longest_statement_s = 0.0
        self.longest_lock_wait_s = 0.0
        self._stop = threading.Event()
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
        for n in range(self.clients):
            self._threads.append(threading.Thread(target=self._client, args=(n, ready), daemon=True))
        self._threads.append(threading.Thread(target=self._sample_lock_waits, daemon=True))
        for thread in self._threads:
            thread.start()
        ready.wait(30)

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(30)

    # -- what a client does -------------------------------------------------------------

    def _client(self, number: int, ready: threading.Barrier) -> None:
        rng = random.Random(self.seed * 1000 + number)
        conn = psycopg.connect(self.url, user=self.role, application_name=self.app_name)
        ready.wait(30)
        try:
            while not self._stop.is_set():
                clinic = rng.choice(self._clinics)
                operation = rng.choices(list(OPERATIONS), weights=[w for w, _ in OPERATIONS.values()])[0]
                started = time.monotonic()
                pending: list[Inserted] = []
                try:
                    with conn.transaction():
                        self._run(conn, "SELECT set_config(%s, %s, true)", (SETTING, clinic.tenant))
                        OPERATIONS[operation][1](self, conn, rng, clinic, pending)
                except psycopg.Error as exc:
                    self.failures.append(Failure(time.time(), operation, clinic.tenant,
                                                 getattr(exc, "sqlstate", None), str(exc).splitlines()[0]))
                    if conn.closed:
                        conn = psycopg.connect(self.url, user=self.role, application_name=self.app_name)
                else:
                    self.inserted.extend(pending)
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
        for failure in self.failures:
            by_state[failure.sqlstate or "?"] = by_state.get(failure.sqlstate or "?", 0) + 1
        inserted: dict[str, int] = {}
        for row in self.inserted:
            inserted[row.table] = inserted.get(row.table, 0) + 1
        return {
            "clients": self.clients,
            "transactions": len(lat),
            "failed_transactions": len(self.failures),
            "failures_by_sqlstate": by_state,
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
