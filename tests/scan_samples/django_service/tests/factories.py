from clinic.models import Patient


def empty_organization_has_no_patients():
    # Test code: skipped unless the scan is asked for tests (--include-tests).
    assert Patient.objects.filter(organization_id=1).count() == 0
