"""How much of a manifest `tenantmig init` gets right, against truth files a DBA wrote, and how fast.

    .venv/bin/python -m bench.init_accuracy --database-url postgresql://postgres@127.0.0.1:5432/postgres
    .venv/bin/python -m bench.init_accuracy --only pagila --generated 0

For each truth file in bench/init_truth/ (or --truth FILE ...): a scratch database is loaded from its
source, `tenantmig init` runs on it as a user runs it (the CLI, one process, --json), and each table's
proposal is compared with the truth. Printed per schema: tables, % left TODO (no pattern), % of the
proposals wrong, seconds for the init process (wall clock, and the CPU it used: on a busy machine
most of the wall clock is waiting for a core). Then, with --generated N (default 500), the same on a
generated N-table schema whose truth the generator knows.

A truth file (TOML):

    [source]                 # one of:
    example = "telehealth"   #   a tenantmig example, loaded with `tenantmig example`
    repo = "owner/name"      #   a public repository's files at a commit, read from a `fetch` mirror
    commit = "40 hex digits" #   (--mirror, default /work/.mirror: <mirror>/<owner>+<name>/repo),
    files = ["a.sql"]        #   applied in order; or files_glob = "dir/*/migration.sql" (sorted)
    snake_case = true        #   rename tables and columns to snake_case after loading
    [init]
    args = ["--tenants-table", "organisation", ...]
    [tables]                 # every table of the migrated schemas, bare in the first schema
    users = "exempt"                                         # the pattern alone
    orders = { pattern = "tenant", parent = "customers", via = "customer_id" }
    uploads = { pattern = "tenant", memberships = "user_id" }
    visits = { pattern = "tenant", source = "existing_key" }  # or the backfill's kind: sql, legacy, ...
    rentals = [{ ... }, { ... }]                             # any of these is right

A proposal without a pattern is TODO, not wrong; a proposal with one is right when one of the
table's truths matches every key that truth names. Nothing here is a test: no time is asserted.
"""

from __future__ import annotations

import fnmatch
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

import psycopg

from bench import common
from tenantmig import servers

TRUTH_DIR = Path(__file__).parent / "init_truth"

SNAKE_CASE = r"""
DO $$
DECLARE r record; snake text;
BEGIN
  FOR r IN SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped LOOP
    snake := lower(regexp_replace(r.attname, '([a-z0-9])([A-Z])', '\1_\2', 'g'));
    -- a table holding both createdAt and created_at keeps the camel-case one as it is
    IF snake <> r.attname AND NOT EXISTS (SELECT 1 FROM pg_attribute x WHERE x.attrelid = ('public.' || quote_ident(r.relname))::regclass
                                           AND x.attname = snake) THEN
      EXECUTE format('ALTER TABLE public.%I RENAME COLUMN %I TO %I', r.relname, r.attname, snake);
    END IF;
  END LOOP;
  FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') LOOP
    snake := lower(regexp_replace(r.relname, '([a-z0-9])([A-Z])', '\1_\2', 'g'));
    IF snake <> r.relname THEN
      EXECUTE format('ALTER TABLE public.%I RENAME TO %I', r.relname, snake);
    END IF;
  END LOOP;
END $$;
"""


def main() -> None:
    parser = common.parser(__doc__.split("\n")[0])
    parser.add_argument("--truth", nargs="*", type=Path, help="truth files (default: bench/init_truth/*.toml)")
    parser.add_argument("--only", help="run only the truth files whose name contains this")
    parser.add_argument("--mirror", default="/work/.mirror", help="where `fetch` left repository snapshots")
    parser.add_argument("--generated", type=int, default=500, help="tables of the generated schema (0: none)")
    args = parser.parse_args()
    files = args.truth or sorted(TRUTH_DIR.glob("*.toml"))
    if args.only:
        files = [f for f in files if args.only in f.stem]
    results = []
    with common.server(args) as server_url:
        for path in files:
            truth = tomllib.loads(path.read_text())
            with common.scratch_database(server_url, prefix="tenantmig_bench_init") as (url, _prefix):
                skipped = load(url, truth["source"], Path(args.mirror), _prefix)
                if skipped:
                    print(f"{path.stem}: skipped, {skipped}")
                    continue
                results.append(measure(path.stem, url, truth["init"]["args"], truth["tables"]))
        if args.generated:
            with common.scratch_database(server_url, prefix="tenantmig_bench_init") as (url, _prefix):
                tables, init_args = generate(url, args.generated)
                results.append(measure(f"generated-{args.generated}", url, init_args, tables))
    print(f"{'schema':<16} {'tables':>6} {'TODO':>6} {'% TODO':>7} {'wrong':>6} {'% wrong':>8} {'seconds':>8} "
          f"{'cpu s':>6}")
    for r in results:
        print(f"{r['schema']:<16} {r['tables']:>6} {r['todo']:>6} {r['pct_todo']:>7.1f} {r['wrong']:>6} "
              f"{r['pct_wrong']:>8.1f} {r['seconds']:>8.2f} {r['cpu_seconds']:>6.2f}")
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    common.emit({"init_accuracy": results, "loadavg": os.getloadavg()})


def load(url: str, source: dict, mirror: Path, prefix: str) -> str | None:
    """Fill the scratch database from the truth file's source; a reason when it cannot."""
    if "example" in source:
        with tempfile.TemporaryDirectory() as tmp:
            done = subprocess.run([sys.executable, "-m", "tenantmig", "--database-url", url, "example",
                                   source["example"], "--rows", "50", "--manifest-out", str(Path(tmp) / "m.toml"),
                                   "--role-prefix", prefix], capture_output=True, text=True)
        if done.returncode != 0:
            return f"the example did not load: {done.stderr.strip()[-300:]}"
        return None
    git_dir = mirror / source["repo"].replace("/", "+") / "repo"
    if not git_dir.exists():
        return f"no snapshot of {source['repo']} in {mirror} (fetch github:{source['repo']} first)"
    commit = source["commit"]
    names = list(source.get("files", []))
    if "files_glob" in source:
        listed = subprocess.run(["git", f"--git-dir={git_dir}", "ls-tree", "-r", "--name-only", commit],
                                capture_output=True, text=True, check=True).stdout.splitlines()
        names += sorted(n for n in listed if fnmatch.fnmatch(n, source["files_glob"]))
    with psycopg.connect(servers.libpq_url(url), autocommit=True) as conn:
        for name in names:
            text = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{commit}:{name}"],
                                  capture_output=True, text=True, check=True).stdout
            with tempfile.NamedTemporaryFile("w", suffix=".sql") as handle:
                handle.write(text)
                handle.flush()
                # psql, as the files are written for it (COPY ... FROM stdin, \connect-free dumps)
                done = subprocess.run(["psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", "-d", servers.libpq_url(url),
                                       "-f", handle.name], capture_output=True, text=True)
            if done.returncode != 0:
                return f"{name} did not load: {done.stderr.strip()[-300:]}"
        if source.get("snake_case"):
            conn.execute(SNAKE_CASE)
    return None


def measure(name: str, url: str, init_args: list[str], truth: dict) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        started, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
        done = subprocess.run([sys.executable, "-m", "tenantmig", "--database-url", url, "init", *init_args,
                               "--out", str(Path(tmp) / "tenancy.toml"), "--json"], capture_output=True, text=True)
        seconds, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
        # Wall time on a shared 2-core machine is mostly waiting for a core; the process's own CPU is not.
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        raise SystemExit(f"{name}: init exited {done.returncode}: {done.stderr.strip()[-500:]}")
    summary = json.loads(done.stdout)
    first = summary["schemas"][0]
    todo, wrong, unknown = [], [], []
    for qualified, entry in summary["tables"].items():
        key = qualified.partition(".")[2] if qualified.startswith(first + ".") else qualified
        if entry["pattern"] is None:
            todo.append(key)
        elif key not in truth:
            unknown.append(key)
        elif not right(entry, truth[key], first):
            wrong.append(f"{key}: proposed {describe(entry)}, truth {truth[key]}")
    missing = sorted(set(truth) - {q.partition(".")[2] if q.startswith(first + ".") else q for q in summary["tables"]})
    for line in wrong:
        print(f"{name}: wrong: {line}")
    for key in unknown + missing:
        print(f"{name}: the truth file does not match the schema on {key}")
    tables = len(summary["tables"])
    decided = tables - len(todo)
    return {"schema": name, "tables": tables, "todo": len(todo), "pct_todo": 100.0 * len(todo) / tables,
            "wrong": len(wrong) + len(unknown), "pct_wrong": 100.0 * (len(wrong) + len(unknown)) / max(decided, 1),
            "seconds": round(seconds, 3), "cpu_seconds": round(cpu, 3), "todo_tables": todo, "wrong_tables": wrong}


def describe(entry: dict) -> str:
    return json.dumps({k: entry[k] for k in ("pattern", "derivation", "backfill", "column") if k in entry})


def right(entry: dict, truths, first_schema: str) -> bool:
    for truth in truths if isinstance(truths, list) else [truths]:
        truth = {"pattern": truth} if isinstance(truth, str) else truth
        backfill = entry.get("backfill") or {}
        if entry["pattern"] != truth["pattern"]:
            continue
        if "parent" in truth:
            parent = truth["parent"] if "." in truth["parent"] else f"{first_schema}.{truth['parent']}"
            if backfill != {"parent": parent, "via": truth["via"]}:
                continue
        if "memberships" in truth and backfill != {"memberships": truth["memberships"]}:
            continue
        # how the key is filled: the backfill's kind, or existing_key when the table has it already
        source = next(iter(backfill)) if backfill else entry["derivation"]
        if "source" in truth and source != truth["source"]:
            continue
        if "column" in truth and entry.get("column") != truth["column"]:
            continue
        return True
    return False


def generate(url: str, count: int) -> tuple[dict, list[str]]:
    """`count` tables in the shapes init meets: keyed tables, chains below them, one-to-one children,
    memberships-only tables, per-user auth tables, reference data and its join tables, machinery."""
    statements = [
        "CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL)",
        "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL)",
        "CREATE TABLE memberships (user_id bigint NOT NULL REFERENCES users, "
        "account_id bigint NOT NULL REFERENCES accounts, PRIMARY KEY (user_id, account_id))",
    ]
    truth: dict = {"accounts": "exempt", "users": "exempt", "memberships": "exempt"}
    n = 3
    group = 0
    while n < count:
        g = group
        group += 1
        # each group: 1 keyed root, a 3-deep chain, a 1:1 body, a user-only table, a session table,
        # a reference table and its join table, one job table: 10 tables
        statements += [
            f"CREATE TABLE ref_{g} (id bigint PRIMARY KEY, name text)",
            f"CREATE TABLE root_{g} (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts, "
            f"ref_id bigint REFERENCES ref_{g})",
            f"CREATE TABLE body_{g} (id bigint PRIMARY KEY, content text)",
            f"CREATE TABLE child_{g} (id bigint PRIMARY KEY, root_id bigint NOT NULL REFERENCES root_{g}, "
            f"body_id bigint NOT NULL UNIQUE REFERENCES body_{g}, author_id bigint REFERENCES users)",
            f"CREATE TABLE grandchild_{g} (id bigint PRIMARY KEY, child_id bigint NOT NULL REFERENCES child_{g}, "
            f"created_by bigint NOT NULL REFERENCES users)",
            f"CREATE TABLE upload_{g} (id bigint PRIMARY KEY, uploaded_by bigint NOT NULL REFERENCES users)",
            f"CREATE TABLE session_{g} (id text PRIMARY KEY, user_id bigint NOT NULL REFERENCES users)",
            f"CREATE TABLE tag_{g} (id bigint PRIMARY KEY)",
            f"CREATE TABLE ref_tag_{g} (ref_id bigint REFERENCES ref_{g}, tag_id bigint REFERENCES tag_{g}, "
            f"PRIMARY KEY (ref_id, tag_id))",
            f"CREATE TABLE job_queue_{g} (id bigint PRIMARY KEY, payload jsonb)",
        ]
        truth.update({
            f"ref_{g}": "global", f"tag_{g}": "global", f"ref_tag_{g}": "global",
            f"root_{g}": {"pattern": "tenant", "source": "existing_key"},
            f"body_{g}": {"pattern": "tenant", "source": "sql"},
            f"child_{g}": {"pattern": "tenant", "parent": f"root_{g}", "via": "root_id"},
            f"grandchild_{g}": {"pattern": "tenant", "parent": f"child_{g}", "via": "child_id"},
            f"upload_{g}": {"pattern": "tenant", "memberships": "uploaded_by"},
            f"session_{g}": "exempt", f"job_queue_{g}": "exempt",
        })
        n += 10
    with psycopg.connect(servers.libpq_url(url), autocommit=True) as conn:
        conn.execute(";\n".join(statements))
    return truth, ["--tenants-table", "accounts", "--memberships-table", "memberships"]


if __name__ == "__main__":
    main()
