"""What `tenantmig verify` reports: one outcome per probe, table and role, and its JUnit form."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from tenantmig import shown

PASS, WARN, FAIL = "pass", "warn", "fail"
FROM_PHASE_5 = "applies from phase 5"


@dataclass(frozen=True)
class Probe:
    probe: str
    table: str | None
    role: str | None
    outcome: str  # pass | warn | fail
    detail: str = ""

    def as_dict(self) -> dict:
        return {"probe": self.probe, "table": self.table, "role": self.role, "outcome": self.outcome,
                "detail": self.detail}

    def describe(self) -> str:
        where = " ".join(part for part in (self.table and shown.relation(self.table), f"as {self.role}" if self.role else None) if part)
        return f"{self.probe}" + (f" ({where})" if where else "") + (f": {self.detail}" if self.detail else "")


@dataclass
class Report:
    phase: int
    server_version: str
    probes: list[Probe] = field(default_factory=list)

    def add(self, probe: str, outcome: str, detail: str = "", *, table: str | None = None,
            role: str | None = None) -> None:
        self.probes.append(Probe(probe, table, role, outcome, detail))

    @property
    def ok(self) -> bool:
        return not self.with_outcome(FAIL)

    def with_outcome(self, outcome: str) -> list[Probe]:
        return [p for p in self.probes if p.outcome == outcome]

    def summarised(self, outcome: str, shown_tables: int = 3) -> list[str]:
        """One line per finding with this outcome; the same finding on several tables is one line.

        Same probe, role and detail but for the table's own name (a partitioned table's 55
        partitions, each without FORCE ROW LEVEL SECURITY) is one line naming the first tables and
        how many more; `--json` and JUnit keep every probe.
        """
        groups: dict[tuple, list[Probe]] = {}
        for p in self.with_outcome(outcome):
            detail = p.detail
            if p.table:
                for name in sorted({p.table, shown.relation(p.table)}, key=len, reverse=True):
                    detail = detail.replace(name, "\0")
            groups.setdefault((p.probe, p.role, detail, p.table is None), []).append(p)
        lines = []
        for group in groups.values():
            first = group[0]
            if len(group) == 1:
                lines.append(first.describe())
                continue
            tables = ", ".join(shown.relation(p.table) for p in group[:shown_tables])
            more = f" and {len(group) - shown_tables} more" if len(group) > shown_tables else ""
            where = f"{len(group)} tables: {tables}{more}" + (f", as {first.role}" if first.role else "")
            lines.append(f"{first.probe} ({where}): " + (f"{first.detail} (said of {shown.relation(first.table)}; the "
                                                          "same of each)" if first.detail else "the same of each"))
        return lines

    def counts(self) -> dict[str, int]:
        return {o: len(self.with_outcome(o)) for o in (PASS, WARN, FAIL)}

    def as_dict(self) -> dict:
        return {"ok": self.ok, "phase": self.phase, "server_version": self.server_version,
                "counts": self.counts(), "probes": [p.as_dict() for p in self.probes]}

    def junit(self) -> bytes:
        """JUnit XML: one test case per probe, a warning as skipped; case names unique within a class.

        CI tools merge test cases that share a classname and name, so a probe run once per
        tenant would collapse into one: repeats get " #2", " #3" appended.
        """
        counts = self.counts()
        suite = ET.Element("testsuite", name="tenantmig verify", tests=str(len(self.probes)),
                           failures=str(counts[FAIL]), errors="0", skipped=str(counts[WARN]))
        seen: dict[tuple[str, str], int] = {}
        for p in self.probes:
            classname = p.table or "database"
            name = p.probe + (f"[{p.role}]" if p.role else "")
            seen[(classname, name)] = seen.get((classname, name), 0) + 1
            if seen[(classname, name)] > 1:
                name = f"{name} #{seen[(classname, name)]}"
            case = ET.SubElement(suite, "testcase", classname=classname, name=name)
            if p.outcome == FAIL:
                ET.SubElement(case, "failure", message=p.detail or p.probe).text = p.describe()
            elif p.outcome == WARN:
                ET.SubElement(case, "skipped", message=p.detail or p.probe).text = p.describe()
            elif p.detail:
                ET.SubElement(case, "system-out").text = f"{p.outcome}: {p.detail}"
        suites = ET.Element("testsuites", name="tenantmig", tests=str(len(self.probes)), failures=str(counts[FAIL]),
                            skipped=str(counts[WARN]))
        suites.append(suite)
        return ET.tostring(suites, encoding="utf-8", xml_declaration=True)
