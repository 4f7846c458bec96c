from clinic.models import Patient


def test_admin_listing_sees_everything():
    # Test code: skipped unless the scan is asked for tests (--include-tests).
    assert Patient.objects.filter(organization_id=1).count() == 0
