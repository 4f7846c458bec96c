"""The `keys` and `objects` verbs: plan, advance, rollback, cleanup, status (one function each).

Like `api`, they return results and never print; the CLI renders them. Moves are recorded in the
PostgreSQL ledger (`tenantmig.moves`, one row per name, and `tenantmig.ledger` per run), under the
same run lock as the phases.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from tenantmig import db, ledger
from tenantmig import manifest as manifest_mod
from tenantmig import moves
from tenantmig.errors import UsageError
from tenantmig.movespec import MoveSpec

Progress = Callable[[str, int, int], None]


@dataclass
class Target:
    """Where the system is, when the command line or the environment overrides the manifest."""

    redis_url: str | None = None
    endpoint: str | None = None


def _spec(settings, system: str) -> tuple[manifest_mod.Manifest, MoveSpec]:
    manifest = manifest_mod.load(settings.manifest_path)
    spec = manifest.outside.get(system)
    if spec is None:
        raise UsageError(f"{settings.manifest_path} has no [{system}] section",
                         hint=f"runbooks/{system}.md shows one to start from.")
    return manifest, spec


def _tenants(manifest: manifest_mod.Manifest) -> tuple[str, str]:
    return manifest.tenants_qualified, manifest.tenants_key


def _backend(spec: MoveSpec, target: Target):
    if spec.system == "keys":
        from tenantmig import keys
        url = target.redis_url or os.environ.get("TENANTMIG_REDIS_URL") or spec.url
        if not url:
            raise UsageError("no Redis given: set [keys].url, pass --redis-url or set TENANTMIG_REDIS_URL")
        return keys.RedisBackend(keys.connect(url))
    from tenantmig import objects
    return objects.backend(spec, endpoint=target.endpoint or os.environ.get("TENANTMIG_OBJECTS_ENDPOINT"))


def plan(settings, system: str, target: Target | None = None) -> dict:
    """What would move, per pattern and tenant; what is unassigned; changes nothing."""
    _manifest, spec = _spec(settings, system)
    backend = _backend(spec, target or Target())
    with db.connect(settings.url(), f"{system} plan") as conn:
        result = moves.Engine(spec, backend, conn, None, tenants_table=_tenants(_manifest)).plan()
    out = result.as_dict()
    if system == "objects" and spec.backend == "s3":
        from tenantmig import objects
        out["policy"] = objects.bucket_policy(spec)
        out["policy_per_tenant"] = objects.bucket_policy(spec, sorted(result.per_tenant()))
    return out


def run(settings, system: str, action: str, target: Target | None = None,
        progress: Progress | None = None) -> moves.RunResult:
    """advance | rollback | cleanup, under the run lock, every move recorded."""
    manifest, spec = _spec(settings, system)
    if action == "cleanup" and system == "keys":
        raise UsageError("keys have nothing to clean up: a rename leaves no old copy")
    backend = _backend(spec, target or Target())
    with db.RunLock(settings.url(), f"{system} {action}") as conn:
        moves.bootstrap(conn)
        book = ledger.Ledger(conn, f"{system} {action}", manifest.sha256)
        engine = moves.Engine(spec, backend, conn, book, progress, tenants_table=_tenants(manifest))
        return getattr(engine, action)()


def status(settings, system: str) -> dict:
    _manifest, spec = _spec(settings, system)
    with db.connect(settings.url(), f"{system} status") as conn:
        return moves.status(spec, conn)
