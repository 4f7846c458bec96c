"""Published PostgreSQL security advisories that weaken row-level security, and the minor releases that fix them.

Fixed versions per major, from the PostgreSQL security pages
(https://www.postgresql.org/support/security/<CVE>/) and release announcements:
- CVE-2023-2455, row security policies disregard user ID changes after inlining:
  fixed in 15.3, 14.8, 13.11, 12.15, 11.20 (2023-05-11).
- CVE-2023-39418, MERGE fails to enforce UPDATE or SELECT row security policies:
  MERGE is new in 15; fixed in 15.4 (2023-08-10), 16 was released fixed.
- CVE-2024-10976, row security below subqueries disregards user ID changes:
  fixed in 17.1, 16.5, 15.9, 14.14, 13.17, 12.21 (2024-11-14).
- CVE-2024-10978, SET ROLE / SET SESSION AUTHORIZATION reset to the wrong user ID:
  fixed in 17.1, 16.5, 15.9, 14.14, 13.17, 12.21 (2024-11-14).
- CVE-2025-8713, optimizer statistics expose sampled rows of a view, partition or
  child table past RLS: fixed in 17.6, 16.10, 15.14, 14.19, 13.22 (2025-08-14);
  18.0 was released with the fix.
- The May 2026 security release (the advisories issue 19 names): fixed in 18.4, 17.10,
  16.14, 15.18, 14.23, released 2026-05-14. Confirmed from public pages (searched in
  December 2026): the release announcement
  https://www.postgresql.org/about/news/postgresql-184-1710-1614-1518-and-1423-released-3297/
  as cited by the Belgian CCB advisory (ccb.belgium.be, "PostgreSQL patches multiple
  vulnerabilities and announces EOL date for version 14"), and the CVE records it fixes
  (CVE-2026-6472 to -6479, -6575, -6637, -6638), each "before 18.4, 17.10, 16.14, 15.18,
  and 14.23". The announcement page itself was not read here.
- CVE-2026-6471, a role with REPLICATION reads rows past row-level security: fixed in
  18.5, 17.11, 16.15, 15.19, 14.24. Until then every REPLICATION role is a bypass, which
  the `replication_roles` probe names role by role. NOT confirmed: no public page found
  names CVE-2026-6471 or a 18.5/17.11/16.15/15.19/14.24 release (it is not among the May
  2026 release's eleven CVEs). These figures are as issue 19 states them; check
  https://www.postgresql.org/support/security/ before relying on them.
A major not listed for an advisory either predates the affected feature or was
released with the fix; majors older than the table are past end of life and warned as such.
"""

from __future__ import annotations

# CVE -> {major: first fixed minor}
FIXED_IN: dict[str, dict[int, int]] = {
    "CVE-2023-2455": {11: 20, 12: 15, 13: 11, 14: 8, 15: 3},
    "CVE-2023-39418": {15: 4},
    "CVE-2024-10976": {12: 21, 13: 17, 14: 14, 15: 9, 16: 5, 17: 1},
    "CVE-2024-10978": {12: 21, 13: 17, 14: 14, 15: 9, 16: 5, 17: 1},
    "CVE-2025-8713": {13: 22, 14: 19, 15: 14, 16: 10, 17: 6},
    "the May 2026 security release": {14: 23, 15: 18, 16: 14, 17: 10, 18: 4},
    "CVE-2026-6471": {14: 24, 15: 19, 16: 15, 17: 11, 18: 5},
}
REPLICATION_CVE = "CVE-2026-6471"
OLDEST_LISTED_MAJOR = 11
# Advisories about a feature younger than the oldest major listed for them: an older major is
# not exposed (MERGE is new in 15), rather than "past end of life without a fix".
_NEW_FEATURE = {"CVE-2023-39418"}


def replication_unfixed(version_num: int) -> bool:
    """Whether a server of `server_version_num` still lets a REPLICATION role read past RLS (CVE-2026-6471)."""
    major, minor = version_num // 10000, version_num % 10000
    fixed_minor = FIXED_IN[REPLICATION_CVE].get(major)
    if fixed_minor is None:
        return major < min(FIXED_IN[REPLICATION_CVE])
    return minor < fixed_minor


def unfixed_advisories(version_num: int) -> list[str]:
    """The advisories a server of `server_version_num` (e.g. 150004) is still exposed to, each with its fix."""
    major, minor = version_num // 10000, version_num % 10000
    if major < OLDEST_LISTED_MAJOR:
        return [f"PostgreSQL {major} is past end of life and misses every fix listed here"]
    found = []
    for cve, fixes in FIXED_IN.items():
        fixed_minor = fixes.get(major)
        if fixed_minor is not None and minor < fixed_minor:
            found.append(f"{cve} (fixed in {major}.{fixed_minor})")
        elif fixed_minor is None and major < min(fixes) and cve not in _NEW_FEATURE:
            found.append(f"{cve} (no fix for PostgreSQL {major}, which is past end of life)")
    return found
