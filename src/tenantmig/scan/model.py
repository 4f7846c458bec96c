"""What a scan reports, and how it names tables and tenant fields across ORMs.

A finding is one place in application code that filters a tenant table by its tenant
(redundant once phase 5 enforces isolation), or reads across tenants (admin, reporting,
jobs: it must move to an admin or reporting role before phase 5, or it will see one
tenant's rows at most).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from tenantmig.manifest import Manifest

REDUNDANT = "redundant"
CROSS_TENANT = "cross-tenant"

# Names that mark code as working across tenants on purpose. Matched against the file's
# path and the enclosing functions and classes, never against arbitrary identifiers. A
# function name only marks a query that names no tenant at all: `isTeamAdmin(userId, teamId)`
# is a check inside one tenant, while `adminListAllPatients()` reads them all. Background work
# is marked by where it lives (Django's management/commands, tasks/, workers/), not by names
# like `get_tasks`. ("support" is left out: test harnesses keep helpers in support/.)
_NAME_MARKERS = re.compile(r"admin|report|analytic|cron|superuser|backoffice|jobs?(?:\b|_|[A-Z])", re.IGNORECASE)
_PATH_MARKERS = re.compile(_NAME_MARKERS.pattern + r"|management/commands|(?:^|/)(?:tasks|workers?|celery|scheduler)"
                           r"(?:/|\.py$|\.[jt]s$)", re.IGNORECASE)
_SQL_START = re.compile(r"^\s*\(?\s*(select|with|update|delete|insert)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    table: str | None  # qualified; None when the code does not say which tenant table it reads
    kind: str  # REDUNDANT | CROSS_TENANT
    source: str  # prisma | sqlalchemy | django | sql
    reason: str
    code: str  # the source line, stripped

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


def norm(name: str) -> str:
    """organizationId, organization_id and OrganizationID all compare equal."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def cross_tenant_context(path: str, *names: str) -> str | None:
    """The path (below the directory scanned) or enclosing name that marks cross-tenant code, if any."""
    if path and _PATH_MARKERS.search(path.replace("\\", "/")):
        return path
    return next((name for name in names if name and _NAME_MARKERS.search(name)), None)


def classify(table: str, *, several: bool, marker: str | None, how: str, through: str | None = None
             ) -> tuple[str, str]:
    """(kind, reason) of one tenant filter. through: a field of the tenant other than its key
    (project__ping_key): such a lookup may be how the request finds its tenant."""
    if several:
        return CROSS_TENANT, f"filters {table} on several tenants ({how})"
    if marker:
        return CROSS_TENANT, f"chooses the tenant in cross-tenant code ({marker})"
    if through:
        return REDUNDANT, (f"tenant filter on {table} through the tenant's {through}: redundant only where the "
                           "tenant is set before this query (it may be how the request finds its tenant)")
    return REDUNDANT, f"tenant filter on {table}"


def looks_like_sql(text: str) -> bool:
    return bool(_SQL_START.match(text))


@dataclass
class Targets:
    """The manifest's tenant tables and their key columns, plus model names the code declares."""

    columns: dict[str, str]  # qualified table -> tenant key column (tenant and shared tables)
    models: dict[str, str] = field(default_factory=dict)  # norm(model name) -> qualified table
    fields: dict[tuple[str, str], str] = field(default_factory=dict)  # (table, norm(field)) -> column (Prisma @map)
    _by_name: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def from_manifest(cls, manifest: Manifest) -> Targets:
        targets = cls({spec.qualified: spec.column for spec in manifest.keyed_tables()})
        for qualified in targets.columns:
            name = qualified.split(".", 1)[1]
            # Django names tables app_model: the model name is what follows the app label.
            names = {name, name.split("_", 1)[-1]}
            for key in {k for n in names for k in (norm(n), _singular(norm(n)))}:
                targets._by_name.setdefault(key, []).append(qualified)
        return targets

    def declare_model(self, model: str, table_name: str) -> None:
        """A model class or Prisma model mapped to a table by name (__tablename__, db_table, @@map)."""
        for qualified in self.columns:
            if qualified.split(".", 1)[1] == table_name or qualified == table_name:
                self.models[norm(model)] = qualified

    def table_of_model(self, model: str | None) -> str | None:
        if not model:
            return None
        key = norm(model)
        if key in self.models:
            return self.models[key]
        found = self._by_name.get(key) or self._by_name.get(_singular(key))
        return found[0] if found and len(found) == 1 else None

    def is_key(self, table: str, name: str) -> bool:
        """Whether a field or column name of this table is its tenant key."""
        column = self.columns.get(table)
        if column is None:
            return False
        mapped = self.fields.get((table, norm(name)))
        return (mapped or name) == column or norm(name) == norm(column)

    def is_relation(self, table: str, name: str) -> bool:
        """`organization` for the key `organization_id`: the ORM's relation to the tenants table."""
        column = self.columns.get(table)
        return bool(column) and norm(column).endswith("id") and norm(name) == norm(column)[:-2]

    def tables_keyed_by(self, column: str) -> list[str]:
        return sorted(t for t, c in self.columns.items() if c == column)

    def resolve_relation(self, name: str, schema_hint: str | None = None) -> str | None:
        """A table named in SQL, as the manifest qualifies it (unqualified names: the first schema holding it)."""
        if schema_hint:
            qualified = f"{schema_hint}.{name}"
            return qualified if qualified in self.columns else None
        for qualified in self.columns:
            if qualified.split(".", 1)[1] == name:
                return qualified
        return None


def _singular(name: str) -> str:
    if name.endswith("ies"):
        return name[:-3] + "y"
    if name.endswith("ses") or name.endswith("xes"):
        return name[:-2]
    return name[:-1] if name.endswith("s") else name
