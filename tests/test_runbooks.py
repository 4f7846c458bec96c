"""The runbooks' transcripts are real: every ```console block is run on the example and compared.

A transcript block is a fenced ```console block of `$ command` lines, each followed by
what it prints (stdout and stderr as a terminal shows them, log lines left out) and,
when it is not 0, `exit N`. An HTML comment right before a block,
`<!-- transcript: fresh phase=N -->` (N, or `none`), starts it on a fresh copy of the
telehealth example brought to phase N; other blocks continue where the block before
them on the page left the database. Commands run through bash in a directory holding
`tenancy.toml`, with TENANTMIG_DATABASE_URL and the PG* variables set (so `psql` works).

Comparison ignores timestamps, durations, hashes, byte counts and pids. Output is
shown with stable names: the database is `app_staging`, the directory `/srv/app`, the
roles have no prefix, and the host is `dbhost`.

TENANTMIG_REFRESH_RUNBOOKS=1 rewrites the blocks from real output instead of comparing:
run it after changing what a command prints, and review the diff.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shlex
import shutil
import subprocess
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from psycopg.conninfo import conninfo_to_dict

import psycopg
from psycopg import sql

from tenantmig import api, clikit, servers
from tenantmig import cli as tenantmig_cli
from tenantmig.db import client_host
from tenantmig.examples.telehealth import ROLE_SUFFIXES

RUNBOOKS = Path(__file__).resolve().parent.parent / "runbooks"
REFRESH = os.environ.get("TENANTMIG_REFRESH_RUNBOOKS") == "1"
ROWS = 200
SHOWN_DIR = "/srv/app"
SHOWN_DB = "app_staging"
SHOWN_HOST = "dbhost"

SHELL = re.compile(r"[|;&<>$`()*'\"]|^\w+=")  # lines that need bash; plain `tenantmig ...` lines run in-process
BLOCK = re.compile(r"(?:<!-- transcript: (?P<directive>[^>]*?) -->\n)?```console\n(?P<body>.*?)```", re.S)
VOLATILE = [
    (re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d(:\d\d)?)?( UTC)?"), "<time>"),
    (re.compile(r"\d{8}T\d{6}Z"), "<stamp>"),
    (re.compile(r"\b\d+(\.\d+)?(s|ms)\b"), "<duration>"),
    (re.compile(r"\b[0-9a-f]{64}\b"), "<sha256>"),
    (re.compile(r"\b[0-9a-f]{16}\.\.\."), "<sha256>..."),
    (re.compile(r"\b\d+ bytes\b"), "<n> bytes"),
    (re.compile(r"\bpid \d+"), "pid <n>"),
    # The harness's own clones share the example's roles; how many exist depends on the pages run so far.
    (re.compile(r"also holds privileges in \d+ other database\(s\): .*"), "also holds privileges in <n> other databases"),
    # The pre-flight names the server's major version; the pages run on each CI leg's server.
    (re.compile(r"(connected as .*), PostgreSQL \d+"), r"\1, PostgreSQL <major>"),
    (re.compile(r"[ \t]+"), " "),
]


def normalized(text: str) -> str:
    for pattern, replacement in VOLATILE:
        text = pattern.sub(replacement, text)
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


@dataclass
class Chain:
    """The example once per test session, cloned at every phase: pages start from a clone, not a re-run."""

    server_url: str
    workdir: Path
    prefix: str
    templates: dict[int | None, str] = field(default_factory=dict)  # phase -> database name

    def build(self) -> None:
        url = servers.create_database(self.server_url, prefix="tenantmig_rb")
        settings = api.Settings(database_url=url, manifest_path=str(self.workdir / "tenancy.toml"))
        settings.options.backup_dir = str(self.workdir / "backups")
        api.load_example(settings, "telehealth", rows=ROWS, manifest_out=settings.manifest_path,
                         role_prefix=self.prefix)
        self.templates[None] = self.clone(url)
        for number in range(7):
            api.prepare_for(settings, number)
            api.advance(settings, number)
            self.templates[number] = self.clone(url)
        servers.drop_database(self.server_url, url)

    def clone(self, url: str) -> str:
        name = f"tenantmig_rb_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(servers.libpq_url(self.server_url), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(servers.database_name_from_url(url))))
        return servers.with_database(self.server_url, name)

    def drop(self) -> None:
        for url in self.templates.values():
            servers.drop_database(self.server_url, url)
        servers.drop_database(self.server_url, servers.with_database(self.server_url, "unused"),
                              role_prefix=self.prefix)


@pytest.fixture(scope="module")
def chain(server_url, tmp_path_factory):
    made = Chain(server_url, tmp_path_factory.mktemp("chain"), f"rb{uuid.uuid4().hex[:6]}_")
    try:
        made.build()
        yield made
    finally:
        made.drop()


@dataclass
class Scene:
    """One page's database (a clone of the chain at some phase) and the names shown in place of its own."""

    chain: Chain
    workdir: Path
    url: str | None = None
    names: dict[str, str] = field(default_factory=dict)  # real -> shown

    def fresh(self, phase: int | None) -> None:
        self.drop()
        self.url = self.chain.clone(self.chain.templates[phase])
        # Roles are cluster-wide: the chain left them as phase 6 does. A page before the policy
        # swap (phase 5) must see the service role as that phase has it, still bypassing RLS.
        bypass = "BYPASSRLS" if phase is None or phase < 5 else "NOBYPASSRLS"
        with psycopg.connect(servers.libpq_url(self.url), autocommit=True) as conn:
            conn.execute(sql.SQL("ALTER ROLE {} " + bypass).format(
                sql.Identifier(self.chain.prefix + ROLE_SUFFIXES["service"])))
        for leftover in self.workdir.iterdir():
            if leftover.is_file():
                leftover.unlink()
        shutil.copy(self.chain.workdir / "tenancy.toml", self.workdir / "tenancy.toml")
        self.names = {str(self.workdir): SHOWN_DIR, str(self.chain.workdir): SHOWN_DIR,
                      servers.database_name_from_url(self.url): SHOWN_DB, f"@{client_host()}": f"@{SHOWN_HOST}"}
        self.names.update({self.chain.prefix + suffix: suffix for suffix in ROLE_SUFFIXES.values()})

    def drop(self) -> None:
        if self.url:
            servers.drop_database(self.chain.server_url, self.url)
            self.url = None

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TENANTMIG_", "PG"))}
        info = conninfo_to_dict(servers.libpq_url(self.url))
        env.update({"PGHOST": info.get("host", ""), "PGPORT": str(info.get("port", "5432")),
                    "PGUSER": info.get("user", ""), "PGDATABASE": info["dbname"],
                    "PGPASSWORD": info.get("password", "") or "",
                    "TENANTMIG_DATABASE_URL": self.url, "PYTHONUNBUFFERED": "1", "COLUMNS": "100",
                    "XDG_RUNTIME_DIR": str(self.workdir.parent),
                    "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"})
        return env

    def shown(self, text: str) -> str:
        for real, shown in sorted(self.names.items(), key=lambda kv: -len(kv[0])):
            text = text.replace(real, shown)
        return re.sub(r"tenantmig_rb_[0-9a-f]{10}", SHOWN_DB, text)  # the chain's databases, e.g. in dump names

    def real(self, command: str) -> str:
        """A command as the page shows it, with this scene's real names put back (longest first)."""
        for real, shown in sorted(self.names.items(), key=lambda kv: -len(kv[1])):
            if shown.startswith("@"):
                continue
            command = re.sub(rf"(?<![\w/]){re.escape(shown)}", real, command)
        return command

    def run(self, command: str) -> str:
        real = self.real(command)
        assigned = dict(re.findall(r"^(TENANTMIG_DRILL_CORRUPT)=(\S+) ", real))
        plain = re.sub(r"^TENANTMIG_DRILL_CORRUPT=\S+ ", "", real)
        if SHELL.search(plain) or not plain.startswith("tenantmig "):
            done = subprocess.run(["bash", "-c", real], cwd=self.workdir, env=self.env(),
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=300)
            code, printed = done.returncode, done.stdout
        else:
            code, printed = self.in_process(shlex.split(plain)[1:], assigned)
        lines = [shown for line in printed.splitlines() for shown in _as_terminal(line)]
        if code:
            lines.append(f"exit {code}")
        return self.shown("\n".join(lines))

    def in_process(self, args: list[str], assigned: dict[str, str]) -> tuple[int, str]:
        """A plain `tenantmig ...` line, run by the CLI's own entry point here: a process start saved per line."""
        root = logging.getLogger()
        handlers, level, cwd, argv = root.handlers[:], root.level, os.getcwd(), sys.argv
        env = {"TENANTMIG_DATABASE_URL": self.url, "COLUMNS": "100", "TENANTMIG_CRASH_AT": None,
               "TENANTMIG_DRILL_CORRUPT": None, **assigned}
        code = 0
        try:
            os.chdir(self.workdir)
            with CliRunner().isolation(env=env) as (_, _, mixed):
                sys.argv = ["tenantmig", *args]
                click.formatting.FORCED_WIDTH = None  # the runner's fixed 80 columns; COLUMNS decides, as in a shell
                try:
                    tenantmig_cli.main()
                except SystemExit as exit_:
                    code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
                printed = mixed.getvalue().decode()
        finally:
            sys.argv = argv
            os.chdir(cwd)
            root.handlers[:] = handlers
            root.setLevel(level)
        return code, printed


def _as_terminal(line: str) -> list[str]:
    """A line as a terminal shows it: off a terminal the CLI's own messages are JSON lines; logs are left out."""
    if not line.startswith('{"'):
        return [line]
    try:
        record = json.loads(line)
    except ValueError:
        return [line]
    if "schema_version" in record:
        return [line]  # a --json result (stdout), shown as printed
    shown = clikit.human(record)
    return [] if shown is None else shown.splitlines()


def transcript(scene: Scene, body: str) -> str:
    """The block as it should read: each `$ command` line followed by what it printed."""
    out = []
    for line in body.splitlines():
        if line.startswith("$ "):
            out.append(line)
            printed = scene.run(line[2:])
            if printed:
                out.append(printed)
    return "\n".join(out) + "\n"


def _phase(directive: str) -> int | None:
    found = re.fullmatch(r"fresh phase=(\d+|none)", directive.strip())
    if not found:
        raise AssertionError(f"unknown transcript directive {directive!r} (expected `fresh phase=N|none`)")
    return None if found.group(1) == "none" else int(found.group(1))


PAGES = sorted(p for p in RUNBOOKS.glob("*.md") if BLOCK.search(p.read_text()))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_runbook_transcripts_match_real_output(page, chain, tmp_path):
    text = page.read_text()
    workdir = tmp_path / "app"
    workdir.mkdir()
    scene = Scene(chain, workdir)
    pieces, position, differences = [], 0, []
    try:
        for match in BLOCK.finditer(text):
            if match.group("directive"):
                scene.fresh(_phase(match.group("directive")))
            elif scene.url is None:
                raise AssertionError(f"{page.name}: the first console block needs <!-- transcript: fresh phase=N -->")
            actual = transcript(scene, match.group("body"))
            if normalized(actual) != normalized(match.group("body")):
                differences.append((match.group("body"), actual))
            pieces += [text[position:match.start("body")], actual if REFRESH else match.group("body")]
            position = match.end("body")
    finally:
        scene.drop()
    if REFRESH:
        page.write_text("".join(pieces) + text[position:])
        return
    assert not differences, f"{page.name}: transcripts no longer match (TENANTMIG_REFRESH_RUNBOOKS=1 rewrites them):\n" \
        + "\n".join(f"--- page\n{shown}--- now\n{actual}" for shown, actual in differences)
