"""Where the Alembic chain and the gate files are: inside an installed wheel, or in the checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent.parent  # src/tenantmig -> repository root


def _find(installed: str, checkout: str) -> Path:
    for candidate in (_PACKAGE / installed, _CHECKOUT / checkout):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"tenantmig is installed without its {checkout} (looked in {_PACKAGE / installed})")


def migrations_dir() -> Path:
    return _find("_migrations", "migrations")


def phases_dir() -> Path:
    return _find("_phases", "phases")
