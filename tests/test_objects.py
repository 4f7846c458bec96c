"""Stored objects moved under tenant prefixes and back: SeaweedFS's S3 gateway and a local directory."""

from __future__ import annotations

import random
import subprocess
import sys
import time

import psycopg
import pytest

from tenantmig import api, api_moves
from tenantmig.errors import GateFailed
from tenantmig.examples import keyspace
from tenantmig.servers import libpq_url
from tests.stores import bucket, s3_client, seaweed  # noqa: F401  (fixtures)


def _settings(database_url, tmp_path, text: str, *, patients: int):
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        keyspace.load_schema(conn, patients=patients)
    path = tmp_path / "tenancy.toml"
    path.write_text(text)
    return api.Settings(database_url=database_url, manifest_path=str(path))


def _s3(database_url, seaweed, bucket, tmp_path, *, count: int, strays: bool = False, extra: str = ""):
    client = s3_client(seaweed)
    keyspace.load_objects_s3(client, bucket, count=count, strays=strays)
    text = keyspace.manifest(keys=False, objects="s3", bucket=bucket, endpoint=seaweed)
    settings = _settings(database_url, tmp_path, text.replace("batch = 100", "batch = 100" + extra),
                         patients=count // 4 + 1)
    return client, settings


def _states(database_url) -> dict[str, int]:
    with psycopg.connect(libpq_url(database_url)) as conn:
        return dict(conn.execute("SELECT state, count(*) FROM tenantmig.moves WHERE system = 'objects' "
                                 "GROUP BY state").fetchall())


def test_round_trip_on_seaweedfs_keeps_bytes_and_metadata(database_url, seaweed, bucket, tmp_path):
    client, settings = _s3(database_url, seaweed, bucket, tmp_path, count=2000)
    before = keyspace.snapshot_s3(client, bucket)
    result = api_moves.run(settings, "objects", "advance")
    assert not result.problems and sum(result.counts_after.values()) == 2000
    after = keyspace.snapshot_s3(client, bucket)
    assert len(after) == len(before)
    # Each document sits under {tenant}/{store}/, with its patient's tenant and store from PostgreSQL.
    with psycopg.connect(libpq_url(database_url)) as conn:
        patients = {str(i): (str(t), str(s)) for i, t, s in conn.execute("SELECT id, client_id, store_id FROM patients")}
    for name, fingerprint in before.items():
        if name.startswith("patient-documents/"):
            pid = name.split("/")[1]
            tenant, store = patients[pid]
            assert after[f"{tenant}/{store}/{name}"] == fingerprint
        elif name.startswith("invoices/"):
            assert after[f"{fingerprint[3]['org-id']}/{name}"] == fingerprint
        else:
            assert after[name] == fingerprint  # public/: exempt
    assert _states(database_url) == {"moved": 2000}
    api_moves.run(settings, "objects", "rollback")
    assert keyspace.snapshot_s3(client, bucket) == before
    assert _states(database_url) == {"restored": 2000}


def test_keep_old_deletes_nothing_until_cleanup(database_url, seaweed, bucket, tmp_path):
    client, settings = _s3(database_url, seaweed, bucket, tmp_path, count=40, extra="\nkeep_old = true")
    before = keyspace.snapshot_s3(client, bucket)
    api_moves.run(settings, "objects", "advance")
    after = keyspace.snapshot_s3(client, bucket)
    assert set(before) < set(after) and len(after) == len(before) + 40  # old ones all still there
    assert _states(database_url) == {"verified": 40}
    api_moves.run(settings, "objects", "cleanup")
    assert _states(database_url) == {"moved": 40}
    assert len(keyspace.snapshot_s3(client, bucket)) == len(before)
    api_moves.run(settings, "objects", "rollback")
    assert keyspace.snapshot_s3(client, bucket) == before


def test_old_object_is_kept_when_the_new_name_holds_something_else(database_url, seaweed, bucket, tmp_path):
    client, settings = _s3(database_url, seaweed, bucket, tmp_path, count=8)
    head = client.head_object(Bucket=bucket, Key="invoices/2026/0.pdf")
    taken = f"{head['Metadata']['org-id']}/invoices/2026/0.pdf"
    client.put_object(Bucket=bucket, Key=taken, Body=b"something else")
    with pytest.raises(GateFailed, match="invoices/2026/0.pdf"):
        api_moves.run(settings, "objects", "advance")
    assert client.get_object(Bucket=bucket, Key=taken)["Body"].read() == b"something else"
    assert client.head_object(Bucket=bucket, Key="invoices/2026/0.pdf")["ContentLength"] == head["ContentLength"]


def test_plan_counts_lists_unassigned_and_prints_a_prefix_policy(database_url, seaweed, bucket, tmp_path):
    client, settings = _s3(database_url, seaweed, bucket, tmp_path, count=40, strays=True)
    before = keyspace.snapshot_s3(client, bucket)
    out = api_moves.plan(settings, "objects")
    assert keyspace.snapshot_s3(client, bucket) == before
    assert sum(out["per_tenant"].values()) == 40 and out["exempt"] == {"public": 1}
    assert out["unassigned"]["patient-documents"]["count"] == 1
    assert out["unassigned"]["(unmatched)"]["names"][0]["name"] == "misc/readme.txt"
    statements = out["policy"]["Statement"]
    assert statements[0]["Condition"]["StringLike"]["s3:prefix"] == [
        "${aws:PrincipalTag/tenant}/", "${aws:PrincipalTag/tenant}/*"]
    assert statements[1]["Resource"] == f"arn:aws:s3:::{bucket}/${{aws:PrincipalTag/tenant}}/*"
    tenant = keyspace.TENANTS[0]
    assert out["policy_per_tenant"][tenant]["Statement"][1]["Resource"] == f"arn:aws:s3:::{bucket}/{tenant}/*"
    with pytest.raises(GateFailed, match="misc/readme.txt"):
        api_moves.run(settings, "objects", "advance")
    assert keyspace.snapshot_s3(client, bucket) == before


def test_local_directory_round_trip(database_url, tmp_path):
    root = tmp_path / "files"
    root.mkdir()
    keyspace.load_objects_local(root, count=300)
    before = keyspace.snapshot_local(root)
    settings = _settings(database_url, tmp_path, keyspace.manifest(keys=False, objects="local", root=str(root)),
                         patients=300 // 4 + 1)
    api_moves.run(settings, "objects", "advance")
    after = keyspace.snapshot_local(root)
    assert not [n for n in after if n.startswith("patient-documents/") and not n.endswith("/")]
    moved = {n.split("/", 1)[1] if n.startswith(keyspace.LEGACY_TENANT) else n: v for n, v in after.items()}
    assert moved["invoices/2026/0.pdf"] == before["invoices/2026/0.pdf"]  # mode and mtime kept
    api_moves.run(settings, "objects", "rollback")
    assert keyspace.snapshot_local(root) == before


def _cli(settings, action) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tenantmig", "--database-url", settings.database_url,
                             "--manifest", settings.manifest_path, "objects", action, "--yes"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_kill_9_at_random_moments_converges_both_ways(database_url, seaweed, bucket, tmp_path):
    client, settings = _s3(database_url, seaweed, bucket, tmp_path, count=600)
    before = keyspace.snapshot_s3(client, bucket)
    rng = random.Random(5)
    for action in ("advance", "rollback"):
        for _ in range(2):
            proc = _cli(settings, action)
            time.sleep(rng.uniform(1.0, 4.0))
            proc.kill()
            proc.wait()
            # Killed anywhere: every object is whole under at least one of its two names.
            now = keyspace.snapshot_s3(client, bucket)
            assert {repr(v) for v in now.values()} == {repr(v) for v in before.values()}
        proc = _cli(settings, action)
        _out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err.decode()[-2000:]
        if action == "advance":
            after = keyspace.snapshot_s3(client, bucket)
            assert len(after) == len(before) and sorted(after.values(), key=str) == sorted(before.values(), key=str)
            assert _states(database_url) == {"moved": 600}
    assert keyspace.snapshot_s3(client, bucket) == before
    assert _states(database_url) == {"restored": 600}
