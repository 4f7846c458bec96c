"""verify's text lines (no server): one finding repeated on many tables is one line; JSON keeps each."""

from __future__ import annotations

from tenantmig.probes.model import FAIL, WARN, Report


def test_the_same_finding_on_many_partitions_is_one_line_and_different_ones_stay_apart():
    report = Report(phase=4, server_version="15")
    for month in range(1, 6):
        table = f"public.payment_p2022_0{month}"
        report.add("rls_forced", FAIL, "FORCE ROW LEVEL SECURITY is off: the owner skips every policy", table=table)
        report.add("partition_key", FAIL, f"{table} has no key; fix: ALTER TABLE {table} ...", table=table)
    report.add("rls_forced", FAIL, "FORCE ROW LEVEL SECURITY is off: the owner skips every policy",
               table="public.rental")
    report.add("tenant_scoped_keys", WARN, "unique without store_id: rental_pkey", table="public.rental")
    report.add("tenant_scoped_keys", WARN, "unique without store_id: staff_pkey", table="public.staff")
    report.add("isolation", FAIL, "sees another tenant's rows", role="app")
    report.add("isolation", FAIL, "sees another tenant's rows", role="reporting")

    lines = report.summarised(FAIL)
    assert lines[0] == ("rls_forced (6 tables: public.payment_p2022_01, public.payment_p2022_02, public.payment_p2022_03 "
                        "and 3 more): FORCE ROW LEVEL SECURITY is off: the owner skips every policy "
                        "(said of public.payment_p2022_01; the same of each)")
    # The table's own name inside the detail does not keep equal findings apart.
    assert lines[1].startswith("partition_key (5 tables: public.payment_p2022_01, ") and \
        "public.payment_p2022_01 has no key; fix: ALTER TABLE public.payment_p2022_01 ..." in lines[1]
    # Per role: two roles are two findings.
    assert lines[2:] == ["isolation (as app): sees another tenant's rows",
                         "isolation (as reporting): sees another tenant's rows"]
    # Details that differ beyond the table's name stay one line each.
    assert report.summarised(WARN) == [
        "tenant_scoped_keys (public.rental): unique without store_id: rental_pkey",
        "tenant_scoped_keys (public.staff): unique without store_id: staff_pkey"]
    assert len(report.as_dict()["probes"]) == 15
