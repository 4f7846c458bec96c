from django.core.management.base import BaseCommand
from django.utils import timezone

from clinic.models import Appointment


class Command(BaseCommand):
    """A nightly job: every clinic's appointments of tomorrow."""

    def handle(self, *args, **options):
        tomorrow = timezone.now() + timezone.timedelta(days=1)
        for appointment in Appointment.objects.filter(starts_at__date=tomorrow.date()):
            self.stdout.write(f"remind {appointment.patient_id}")
