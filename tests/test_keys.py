"""Redis keys moved under tenant prefixes and back, against a real redis-server and PostgreSQL."""

from __future__ import annotations

import random
import re
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
import redis

from tenantmig import api, api_moves, manifest
from tenantmig.errors import GateFailed, ManifestError
from tenantmig.examples import keyspace
from tenantmig.servers import libpq_url
from tests.stores import redis_server, redis_url  # noqa: F401  (fixtures)


def _setup(database_url, redis_url, tmp_path, *, keys: int, strays: bool = False, extra: str = "",
           batch: int | None = None):
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        keyspace.load_schema(conn, patients=keys // 5 + 1)
    client = redis.Redis.from_url(redis_url)
    keyspace.load_keys(client, keys=keys, strays=strays)
    text = keyspace.manifest(extra=extra).replace('url = ', 'url = ')
    if batch:
        text = text.replace("batch = 500", f"batch = {batch}")
    path = tmp_path / "tenancy.toml"
    path.write_text(text)
    settings = api.Settings(database_url=database_url, manifest_path=str(path))
    return client, settings, api_moves.Target(redis_url=redis_url)


def _moves(database_url) -> dict[str, int]:
    with psycopg.connect(libpq_url(database_url)) as conn:
        return dict(conn.execute("SELECT state, count(*) FROM tenantmig.moves WHERE system = 'keys' "
                                 "GROUP BY state").fetchall())


def test_plan_lists_unassigned_keys_by_pattern_and_changes_nothing(database_url, redis_url, tmp_path):
    client, settings, target = _setup(database_url, redis_url, tmp_path, keys=500, strays=True)
    before = keyspace.snapshot(client)
    out = api_moves.plan(settings, "keys", target)
    assert keyspace.snapshot(client) == before
    assert out["per_tenant"] and sum(out["per_tenant"].values()) == 500
    assert set(out["to_move"]) == {"sessions", "patients", "carts", "feeds", "flags"}
    assert out["exempt"] == {"ratelimits": 1}
    unassigned = out["unassigned"]
    assert unassigned["patients"]["names"] == [
        {"name": "patient:999999999", "reason": "no row in public.patients where id = '999999999'"}]
    assert unassigned["sessions"]["names"][0]["name"] == "session:no-org"
    assert unassigned["(unmatched)"]["names"] == [{"name": "mystery:1", "reason": "matched by no pattern"}]


def test_advance_refuses_unassigned_keys_and_moves_nothing(database_url, redis_url, tmp_path):
    client, settings, target = _setup(database_url, redis_url, tmp_path, keys=200, strays=True)
    before = keyspace.snapshot(client)
    with pytest.raises(GateFailed) as failed:
        api_moves.run(settings, "keys", "advance", target)
    assert "patient:999999999" in str(failed.value) and "mystery:1" in str(failed.value)
    assert keyspace.snapshot(client) == before


def test_quarantine_moves_unassigned_aside_and_rollback_brings_them_back(database_url, redis_url, tmp_path):
    client, settings, target = _setup(database_url, redis_url, tmp_path, keys=200, strays=True)
    text = Path(settings.manifest_path).read_text().replace("batch = 500", 'batch = 500\nunassigned = "quarantine"')
    Path(settings.manifest_path).write_text(text)
    before = keyspace.snapshot(client)
    result = api_moves.run(settings, "keys", "advance", target)
    assert result.counts_after["(quarantine)"] == 3
    assert client.get("tenantmig:quarantine:mystery:1") == b"nobody knows"
    assert client.exists("mystery:1") == 0
    api_moves.run(settings, "keys", "rollback", target)
    assert keyspace.snapshot(client) == before


@pytest.mark.slow
def test_round_trip_of_100000_keys_keeps_type_value_and_ttl(database_url, redis_url, tmp_path):
    client, settings, target = _setup(database_url, redis_url, tmp_path, keys=100_000)
    before = keyspace.snapshot(client)
    result = api_moves.run(settings, "keys", "advance", target)
    assert result.outcome == "applied" and not result.problems
    assert len(result.counts_before) == 5  # four tenants and the legacy one
    after = keyspace.snapshot(client)
    with psycopg.connect(libpq_url(database_url)) as conn:
        moved = dict(conn.execute("SELECT source, target FROM tenantmig.moves WHERE system = 'keys'").fetchall())
        patients = {str(i): str(t) for i, t in conn.execute("SELECT id, client_id FROM patients")}
    assert len(after) == len(before) and len(moved) == 100_000
    for name, dumped in before.items():
        text = name.decode()
        new = moved.get(text, text).encode()  # ratelimit:* is exempt and stays
        assert after[new] == dumped, text  # DUMP (type and value) and PEXPIRETIME identical
        # The tenant in the new name is the one the source says, read here independently.
        kind = text.split(":")[0]
        if kind == "patient":
            assert new.decode() == f"org:{patients[text.split(':')[1]]}:{text}"
        elif kind == "feed":
            assert new.decode() == f"org:{text.split(':')[1]}:feed:{text.split(':')[2]}"
        elif kind == "flags":
            assert new.decode() == f"org:{keyspace.LEGACY_TENANT}:{text}"
    tenant = keyspace.TENANTS[0]
    session = next(client.scan_iter(match=f"org:{tenant}:session:*"))
    assert client.hget(session, "org_id").decode() == tenant
    assert _moves(database_url) == {"moved": 100_000}
    assert sum(result.counts_after.values()) == 100_000 == sum(result.counts_before.values())
    api_moves.run(settings, "keys", "rollback", target)
    assert keyspace.snapshot(client) == before
    assert _moves(database_url) == {"restored": 100_000}
    # And again: a rolled-back keyspace can move forward a second time.
    api_moves.run(settings, "keys", "advance", target)
    assert _moves(database_url) == {"moved": 100_000}


def test_collision_is_never_overwritten(database_url, redis_url, tmp_path):
    client, settings, target = _setup(database_url, redis_url, tmp_path, keys=50)
    client.set(f"org:{keyspace.LEGACY_TENANT}:flags:4", b"written by the new code")
    with pytest.raises(GateFailed, match="flags:4"):
        api_moves.run(settings, "keys", "advance", target)
    assert client.get(f"org:{keyspace.LEGACY_TENANT}:flags:4") == b"written by the new code"
    assert client.exists("flags:4") == 1


def test_manifest_errors_name_the_key(tmp_path):
    base = keyspace.manifest(keys=False)
    bad = {
        '[keys]\n[[keys.patterns]]\nmatch = "a:{id}"\n': "keys.patterns[0].tenant",
        '[keys]\n[[keys.patterns]]\nmatch = "a:{id}"\ntenant = { lookup = "patients.client_id", capture = "x" }\n':
            "keys.patterns[0].tenant.capture",
        '[keys]\n[[keys.patterns]]\nmatch = "a:{id*}"\ntenant = { legacy = true }\ntarget = "a:{tenant}:{id}"\n':
            "keys.patterns.a:{id*}.target",
        '[keys]\npaterns = []\n': "keys.paterns",
        '[objects]\nbucket = "b"\ntarget = "x/{tenant}/{key}"\n[[objects.patterns]]\nmatch = "a/{f}"\n'
        'tenant = { legacy = true }\n': "objects.target",
    }
    for section, key in bad.items():
        with pytest.raises(ManifestError, match=re.escape(f"`{key}`")):
            manifest.parse(base + section)


def _cli(settings, redis_url, *args) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tenantmig", "--database-url", settings.database_url, "--manifest",
         settings.manifest_path, "keys", *args, "--redis-url", redis_url, "--yes"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _killed_then_finished(settings, redis_url, action: str, rng: random.Random, kills: int) -> None:
    """Run `action` in a subprocess, kill -9 it at random moments `kills` times, then let it finish."""
    for _ in range(kills):
        proc = _cli(settings, redis_url, action)
        time.sleep(rng.uniform(0.5, 3.0))
        proc.kill()
        proc.wait()
    proc = _cli(settings, redis_url, action)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()[-2000:]


@pytest.mark.parametrize("seed", [1, 2])
def test_kill_9_at_random_moments_converges_both_ways(database_url, redis_url, tmp_path, seed):
    client, settings, _target = _setup(database_url, redis_url, tmp_path, keys=20000, batch=200)
    before = keyspace.snapshot(client)
    rng = random.Random(seed)
    _killed_then_finished(settings, redis_url, "advance", rng, kills=2)
    after = keyspace.snapshot(client)
    assert len(after) == len(before)  # nothing lost, nothing duplicated
    assert not [k for k in after if not (k.startswith(b"org:") or k.startswith(b"ratelimit:"))]
    assert sorted(v for v in after.values()) == sorted(v for v in before.values())
    assert _moves(database_url) == {"moved": 20000}
    _killed_then_finished(settings, redis_url, "rollback", rng, kills=2)
    assert keyspace.snapshot(client) == before
    assert _moves(database_url) == {"restored": 20000}


def _toml_block(page: str) -> str:
    text = (Path(__file__).parent.parent / "runbooks" / page).read_text()
    return re.search(r"```toml\n(.*?)```", text, re.DOTALL).group(1)


def test_runbook_sections_load_as_they_are_and_cover_every_tenant_source():
    keys = manifest.parse(_toml_block("keys.md")).outside["keys"]
    assert {p.tenant.kind for p in keys.patterns if p.tenant} == {"lookup", "hash_field", "json_path", "capture",
                                                                   "legacy"}
    assert any(p.exempt for p in keys.patterns)
    objects = manifest.parse(_toml_block("objects.md")).outside["objects"]
    assert {p.tenant.kind for p in objects.patterns if p.tenant} == {"lookup", "metadata", "capture", "legacy"}
    assert any(p.store for p in objects.patterns) and any(p.exempt for p in objects.patterns)


def test_a_key_that_is_not_utf8_is_listed_and_stops_the_advance(database_url, redis_url, tmp_path):
    client, settings, target = _setup(database_url, redis_url, tmp_path, keys=20)
    client.set(b"session:\xff\xfe", b"binary name")
    out = api_moves.plan(settings, "keys", target)
    assert out["unassigned"]["(not UTF-8)"]["names"] == [{"name": "b'session:\\xff\\xfe'",
                                                         "reason": "name is not UTF-8"}]
    with pytest.raises(GateFailed, match="not UTF-8"):
        api_moves.run(settings, "keys", "advance", target)
    assert client.get(b"session:\xff\xfe") == b"binary name"


def test_cli_errors_name_the_problem_without_a_traceback(database_url, tmp_path):
    path = tmp_path / "tenancy.toml"
    path.write_text(keyspace.manifest(keys=False))
    run = [sys.executable, "-m", "tenantmig", "--database-url", database_url, "--manifest", str(path)]
    missing = subprocess.run([*run, "keys", "plan"], capture_output=True, text=True)
    assert missing.returncode == 2 and "has no [keys] section" in missing.stderr
    assert "Traceback" not in missing.stderr
    path.write_text(keyspace.manifest())
    down = subprocess.run([*run, "keys", "plan", "--redis-url", "redis://:secret@127.0.0.1:1/0"],
                          capture_output=True, text=True)
    assert down.returncode == 1 and "does not answer" in down.stderr
    assert "secret" not in down.stderr and "Traceback" not in down.stderr
