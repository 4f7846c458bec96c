from django.db import models


class Organization(models.Model):
    name = models.CharField(max_length=200)

    class Meta:
        db_table = "organizations"


class Patient(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    name = models.CharField(max_length=200)

    class Meta:
        db_table = "patients"


class Appointment(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE)
    starts_at = models.DateTimeField()

    class Meta:
        db_table = "appointments"


class Invoice(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    amount_cents = models.IntegerField()

    class Meta:
        db_table = "invoices"
