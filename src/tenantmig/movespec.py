"""The manifest's `[keys]` (Redis) and `[objects]` (stored files) sections.

Both say the same things about a system outside PostgreSQL: which names exist today (patterns with
captures), how each name's tenant is found, and the name it moves to. A name matched by no pattern
is listed by `plan`, never guessed.

    [keys]
    url = "redis://127.0.0.1:6379/0"          # or --redis-url / TENANTMIG_REDIS_URL
    target = "org:{tenant}:{key}"             # default new name; {key} is the whole old name
    unassigned = "fail"                       # or "quarantine": moved aside under tenantmig:quarantine:

    [[keys.patterns]]
    name = "patients"
    match = "patient:{id}"                    # {x} is one segment (no ':' or '/'); {x*} the rest
    tenant = { lookup = "patients.client_id", key = "id", capture = "id" }

Tenant sources: `{ lookup = "table.column", key = "id", capture = "id" }` (a capture looked up in a
table), `{ capture = "org" }` (the tenant is in the name), `{ hash_field = "org_id" }` (Redis hash),
`{ json_path = "owner.org_id" }` (a JSON string value), `{ metadata = "org-id" }` (an object's user
metadata), `{ legacy = true }` (the manifest's legacy tenant); or `exempt = "reason"` instead.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from tenantmig.errors import ManifestError

_IDENT = re.compile(r"^[a-z_][a-z0-9_$]*$")
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(\*?)\}")
QUARANTINE_KEYS = "tenantmig:quarantine:"
QUARANTINE_OBJECTS = "tenantmig-quarantine/"
UNMATCHED = "(unmatched)"

KEY_SOURCES = {"lookup", "capture", "hash_field", "json_path", "legacy"}
OBJECT_SOURCES = {"lookup", "capture", "metadata", "legacy"}


@dataclass(frozen=True)
class Source:
    """How one name's tenant (or store) is found."""

    kind: str  # lookup | capture | hash_field | json_path | metadata | legacy
    table: str | None = None  # lookup: schema.table
    column: str | None = None  # lookup: the column holding the tenant
    key: str | None = None  # lookup: the column the capture equals
    capture: str | None = None  # lookup / capture: which capture of the pattern
    field: str | None = None  # hash_field / json_path / metadata

    def describe(self) -> str:
        if self.kind == "lookup":
            return f"{self.table}.{self.column} where {self.key} = {{{self.capture}}}"
        if self.kind == "capture":
            return f"{{{self.capture}}} in the name"
        if self.kind == "legacy":
            return "the legacy tenant"
        return f"{self.kind} {self.field}"


@dataclass(frozen=True)
class Pattern:
    name: str
    match: str
    regex: re.Pattern = field(repr=False, compare=False)
    captures: tuple[str, ...]
    tenant: Source | None
    store: Source | None
    target: str | None
    exempt: str | None

    def captured(self, name: str) -> dict[str, str] | None:
        m = self.regex.match(name)
        return m.groupdict() if m else None


@dataclass(frozen=True)
class MoveSpec:
    """One system's section: `[keys]` or `[objects]`."""

    system: str  # "keys" | "objects"
    patterns: tuple[Pattern, ...]
    target: str
    unassigned: str  # fail | quarantine
    key_type: str
    legacy_tenant: str | None
    url: str | None = None  # keys
    backend: str | None = None  # objects: s3 | local
    endpoint: str | None = None
    bucket: str | None = None
    region: str | None = None
    root: str | None = None  # objects, local backend
    keep_old: bool = False  # objects: keep the old object until `objects cleanup`
    batch: int = 500

    @property
    def quarantine_prefix(self) -> str:
        return QUARANTINE_KEYS if self.system == "keys" else QUARANTINE_OBJECTS

    def classify(self, name: str) -> tuple[Pattern | None, dict[str, str] | None]:
        """The first pattern that matches `name`, with its captures (patterns are tried in order)."""
        for pattern in self.patterns:
            captured = pattern.captured(name)
            if captured is not None:
                return pattern, captured
        return None, None

    def is_destination(self, name: str, tenants: set[str]) -> bool:
        """Whether `name` is a moved name or a quarantined one: never a source.

        A moved name fits a target template *and* names a known tenant where the template says
        {tenant}: with `{tenant}/{key}`, `invoices/2026/1.pdf` fits the shape but is no tenant's.
        """
        if name.startswith(self.quarantine_prefix):
            return True
        for rx in self._target_regexes:
            m = rx.match(name)
            if m and m.group("tenant") in tenants:
                return True
        return False

    def __post_init__(self) -> None:
        templates = {p.target or self.target for p in self.patterns if p.exempt is None}
        object.__setattr__(self, "_target_regexes", [template_regex(t) for t in templates])


def compile_pattern(match: str) -> tuple[re.Pattern, tuple[str, ...]]:
    parts, names, pos = [], [], 0
    for m in _PLACEHOLDER.finditer(match):
        parts.append(_glob(match[pos:m.start()]))
        names.append(m.group(1))
        parts.append(f"(?P<{m.group(1)}>.+)" if m.group(2) else f"(?P<{m.group(1)}>[^:/]+)")
        pos = m.end()
    parts.append(_glob(match[pos:]))
    return re.compile("^" + "".join(parts) + "$", re.DOTALL), tuple(names)


def _glob(text: str) -> str:
    return ".*".join(re.escape(piece) for piece in text.split("*"))


def template_regex(template: str) -> re.Pattern:
    """Every name a target template can produce; the tenant is captured (one segment)."""
    parts, pos, seen = [], 0, False
    for m in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[pos:m.start()]))
        if m.group(1) == "tenant" and not seen:
            parts.append("(?P<tenant>[^:/]+)")
            seen = True
        else:
            parts.append("[^:/]+" if m.group(1) in ("tenant", "store") else ".+")
        pos = m.end()
    parts.append(re.escape(template[pos:]))
    return re.compile("^" + "".join(parts) + "$", re.DOTALL)


def render(template: str, values: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def normalise_tenant(value: Any, key_type: str) -> str | None:
    """The tenant as it is written into names, or None when `value` is not a tenant of this type."""
    if value is None or isinstance(value, bool):
        return None
    text = value.decode() if isinstance(value, bytes) else str(value)
    try:
        if key_type == "uuid":
            return str(uuid.UUID(text))
        if key_type in ("bigint", "integer"):
            return str(int(text)) if re.fullmatch(r"-?\d+", text) else None
    except ValueError:
        return None
    # A text tenant is written into names and prefixes: a separator inside it would let one
    # tenant's prefix contain another's.
    return text if text and not re.search(r"[:/*?\[\]{}\s]", text) else None


class _SectionParser:
    def __init__(self, where: str, system: str, doc: dict[str, Any], key_type: str, legacy: str | None):
        self.where, self.system, self.doc, self.key_type, self.legacy = where, system, doc, key_type, legacy

    def fail(self, key: str, expected: str, found: Any = None) -> ManifestError:
        suffix = "" if found is None else f", found {found!r}"
        return ManifestError(f"{self.where}: `{key}`: expected {expected}{suffix}")

    def only(self, table: dict, prefix: str, allowed: set[str]) -> None:
        unknown = sorted(set(table) - allowed)
        if unknown:
            raise ManifestError(f"{self.where}: `{prefix}.{unknown[0]}`: unknown key; "
                                f"expected one of {', '.join(sorted(allowed))}")

    def text(self, key: str, value: Any) -> str:
        if not isinstance(value, str) or not value:
            raise self.fail(key, "a non-empty string", value)
        return value

    def section(self) -> MoveSpec:
        s = self.system
        common = {"patterns", "target", "unassigned", "batch"}
        extra = {"url"} if s == "keys" else {"backend", "endpoint", "bucket", "region", "root", "keep_old"}
        self.only(self.doc, s, common | extra)
        target = self.text(f"{s}.target", self.doc.get("target", "org:{tenant}:{key}" if s == "keys"
                                                         else "{tenant}/{key}"))
        unassigned = self.doc.get("unassigned", "fail")
        if unassigned not in ("fail", "quarantine"):
            raise self.fail(f"{s}.unassigned", '"fail" or "quarantine"', unassigned)
        batch = self.doc.get("batch", 500 if s == "keys" else 50)
        if not isinstance(batch, int) or isinstance(batch, bool) or not 1 <= batch <= 10000:
            raise self.fail(f"{s}.batch", "an integer from 1 to 10000", batch)
        raw_patterns = self.doc.get("patterns")
        if not isinstance(raw_patterns, list) or not raw_patterns:
            raise self.fail(f"{s}.patterns", f"one or more [[{s}.patterns]] tables")
        patterns, names = [], set()
        for i, body in enumerate(raw_patterns):
            pattern = self.pattern(f"{s}.patterns[{i}]", body, target)
            if pattern.name in names:
                raise self.fail(f"{s}.patterns[{i}].name", "a name used once", pattern.name)
            names.add(pattern.name)
            patterns.append(pattern)
        options: dict[str, Any] = {}
        if s == "keys":
            if "url" in self.doc:
                options["url"] = self.text("keys.url", self.doc["url"])
        else:
            backend = self.doc.get("backend", "s3")
            if backend not in ("s3", "local"):
                raise self.fail("objects.backend", '"s3" or "local"', backend)
            options["backend"] = backend
            if backend == "s3":
                options["bucket"] = self.text("objects.bucket", self.doc.get("bucket"))
                if "endpoint" in self.doc:
                    options["endpoint"] = self.text("objects.endpoint", self.doc["endpoint"])
                options["region"] = self.text("objects.region", self.doc.get("region", "us-east-1"))
            else:
                options["root"] = self.text("objects.root", self.doc.get("root"))
            keep_old = self.doc.get("keep_old", False)
            if not isinstance(keep_old, bool):
                raise self.fail("objects.keep_old", "true or false", keep_old)
            options["keep_old"] = keep_old
            if not target.startswith("{tenant}/"):
                # The bucket policy confines a tenant to `{tenant}/`: a template that does not start
                # there cannot be enforced by a prefix condition.
                raise self.fail("objects.target", 'a template starting with "{tenant}/"', target)
            for p in patterns:
                if p.target and not p.target.startswith("{tenant}/"):
                    raise self.fail(f"objects.patterns.{p.name}.target", 'a template starting with "{tenant}/"',
                                    p.target)
        spec = MoveSpec(system=s, patterns=tuple(patterns), target=target, unassigned=unassigned,
                        key_type=self.key_type, legacy_tenant=self.legacy, batch=batch, **options)
        self.check_targets(spec)
        return spec

    def pattern(self, key: str, body: Any, default_target: str) -> Pattern:
        if not isinstance(body, dict):
            raise self.fail(key, "a table with match and tenant (or exempt)", body)
        self.only(body, key, {"name", "match", "tenant", "store", "target", "exempt"})
        match = self.text(f"{key}.match", body.get("match"))
        regex, captures = compile_pattern(match)
        if len(set(captures)) != len(captures):
            raise self.fail(f"{key}.match", "each capture named once", match)
        name = self.text(f"{key}.name", body.get("name", match))
        if "exempt" in body:
            reason = body["exempt"]
            if not isinstance(reason, str) or not reason.strip():
                raise self.fail(f"{key}.exempt", "the reason these names stay as they are", reason)
            if set(body) & {"tenant", "store", "target"}:
                raise self.fail(f"{key}.exempt", "no tenant, store or target on an exempt pattern")
            return Pattern(name, match, regex, captures, None, None, None, reason)
        if "tenant" not in body:
            raise self.fail(f"{key}.tenant", "how the tenant is found, or exempt = \"reason\"")
        tenant = self.source(f"{key}.tenant", body["tenant"], captures)
        store = self.source(f"{key}.store", body["store"], captures) if "store" in body else None
        if store is not None and store.kind == "legacy":
            raise self.fail(f"{key}.store", "a lookup, capture or field (the legacy source is for tenants)")
        target = self.text(f"{key}.target", body["target"]) if "target" in body else None
        template = target or default_target
        allowed = set(captures) | {"tenant", "key"} | ({"store"} if store else set())
        for m in _PLACEHOLDER.finditer(template):
            if m.group(1) not in allowed:
                raise self.fail(f"{key}.target", "placeholders among " + ", ".join(sorted(allowed)), template)
        if "{tenant}" not in template:
            raise self.fail(f"{key}.target", "a template containing {tenant}", template)
        return Pattern(name, match, regex, captures, tenant, store, target, None)

    def source(self, key: str, doc: Any, captures: tuple[str, ...]) -> Source:
        allowed_kinds = KEY_SOURCES if self.system == "keys" else OBJECT_SOURCES
        if not isinstance(doc, dict):
            raise self.fail(key, "an inline table: " + " | ".join(f"{{ {k} = ... }}" for k in sorted(allowed_kinds)),
                            doc)
        # `capture` names the looked-up capture inside a lookup, and is a source of its own without one.
        kinds = ["lookup"] if "lookup" in doc else [k for k in doc if k in allowed_kinds]
        if len(kinds) != 1:
            raise self.fail(key, "exactly one of " + ", ".join(sorted(allowed_kinds)), doc)
        kind = kinds[0]
        if kind == "legacy":
            self.only(doc, key, {"legacy"})
            if doc["legacy"] is not True:
                raise self.fail(f"{key}.legacy", "true", doc["legacy"])
            if self.legacy is None:
                raise self.fail(f"{key}.legacy", "tenancy.legacy_tenant to be set")
            return Source("legacy")
        if kind in ("hash_field", "json_path", "metadata"):
            self.only(doc, key, {kind})
            return Source(kind, field=self.text(f"{key}.{kind}", doc[kind]))
        if kind == "capture":
            self.only(doc, key, {"capture"})
            return Source("capture", capture=self.capture(f"{key}.capture", doc["capture"], captures))
        self.only(doc, key, {"lookup", "key", "capture"})
        lookup = self.text(f"{key}.lookup", doc["lookup"])
        pieces = lookup.split(".")
        if len(pieces) not in (2, 3) or not all(_IDENT.match(p) for p in pieces):
            raise self.fail(f"{key}.lookup", '"table.column" or "schema.table.column"', lookup)
        table = ".".join(pieces[:-1]) if len(pieces) == 3 else f"public.{pieces[0]}"
        column_key = doc.get("key", "id")
        if not isinstance(column_key, str) or not _IDENT.match(column_key):
            raise self.fail(f"{key}.key", "the lookup table's column that the capture equals", column_key)
        default_capture = captures[0] if len(captures) == 1 else None
        capture = self.capture(f"{key}.capture", doc.get("capture", default_capture), captures)
        return Source("lookup", table=table, column=pieces[-1], key=column_key, capture=capture)

    def capture(self, key: str, value: Any, captures: tuple[str, ...]) -> str:
        if value not in captures:
            raise self.fail(key, "one of the pattern's captures (" + ", ".join(captures) + ")", value)
        return value

    def check_targets(self, spec: MoveSpec) -> None:
        # A moved name that some pattern matches again would be moved again on the next run.
        for p in spec.patterns:
            if p.exempt is not None:
                continue
            template = p.target or spec.target
            sample = render(template, {n: "x" for n in [*p.captures, "tenant", "key", "store"]})
            for other in spec.patterns:
                if other.exempt is None and other.captured(sample) is not None:
                    raise self.fail(f"{self.system}.patterns.{p.name}.target",
                                    f"a template no pattern matches (pattern {other.name!r} matches {sample!r})",
                                    template)


def parse_section(system: str, doc: Any, *, where: str, key_type: str, legacy_tenant: str | None) -> MoveSpec:
    if not isinstance(doc, dict):
        raise ManifestError(f"{where}: `{system}`: expected a [{system}] table, found {doc!r}")
    return _SectionParser(where, system, doc, key_type, legacy_tenant).section()


def sections(doc: dict[str, Any], *, where: str, key_type: str, legacy_tenant: str | None) -> dict[str, MoveSpec]:
    """The `[keys]` and `[objects]` sections a manifest has, validated (used by manifest loading)."""
    return {system: parse_section(system, doc[system], where=where, key_type=key_type, legacy_tenant=legacy_tenant)
            for system in ("keys", "objects") if system in doc}
