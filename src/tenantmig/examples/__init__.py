"""Example databases that the demo, the tests and the benchmarks migrate.

Each example module exposes the same interface: ``TENANTS``, ``LEGACY_TENANT``,
``load(conn, *, rows, role_prefix="")`` and ``manifest(role_prefix="")``.
"""

from __future__ import annotations

from tenantmig.examples import clinics, prisma, telehealth

EXAMPLES = {"telehealth": telehealth, "clinics": clinics, "prisma": prisma}

__all__ = ["EXAMPLES", "clinics", "prisma", "telehealth"]
