from django.db.models import Count

from .models import Invoice, Patient


def support_console_patients(request):
    """The support team's view across every organization."""
    return list(Patient.objects.all().values("id", "name", "organization_id"))


def invoices_per_organization():
    return list(Invoice.objects.values("organization_id").annotate(n=Count("id")))


def patients_in(org_ids):
    return Patient.objects.filter(organization_id__in=org_ids).count()
