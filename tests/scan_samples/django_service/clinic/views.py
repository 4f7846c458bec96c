from django.db import connection
from django.http import JsonResponse

from .models import Appointment, Invoice, Patient


def patient_list(request):
    patients = Patient.objects.filter(organization_id=request.organization.id).order_by("name")
    return JsonResponse({"patients": list(patients.values("id", "name"))})


def appointment_list(request):
    qs = Appointment.objects.select_related("patient").filter(organization__id=request.organization.id)
    return JsonResponse({"appointments": list(qs.values("id"))})


def invoice_detail(request, pk):
    invoice = Invoice.objects.get(pk=pk, organization=request.organization)
    return JsonResponse({"amount": invoice.amount_cents})


def overdue(request):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM invoices WHERE organization_id = %s AND due_at < now()", [request.organization.id]
        )
        return JsonResponse({"ids": [row[0] for row in cursor.fetchall()]})


def lookalikes(request, organization_id):
    # Patient.objects.filter(organization_id=organization_id) -- a comment
    names = Patient.objects.filter(name=organization_id)
    same = organization_id == request.organization.id
    return JsonResponse({"same": same, "names": list(names.values("name"))})
