from sqlalchemy import select, text
from sqlalchemy.orm import Session

from .models import Country, Invoice, Patient, Visit


def list_patients(session: Session, organization_id):
    return session.query(Patient).filter(Patient.organization_id == organization_id).all()


def patient_by_name(session: Session, organization_id, name):
    return session.query(Patient).filter_by(organization_id=organization_id, name=name).one()


def visits_of(session: Session, org, patient_id):
    stmt = select(Visit).where(Visit.patient_id == patient_id, Visit.organization_id == org)
    return session.scalars(stmt).all()


def open_invoices(session: Session, organization_id):
    return session.execute(
        text("SELECT id, amount_cents FROM invoices WHERE organization_id = :org AND paid_at IS NULL"),
        {"org": organization_id},
    ).all()


def invoice_total(connection, organization_id):
    invoices = Invoice.__table__
    return connection.execute(select(invoices.c.amount_cents).where(invoices.c.organization_id == organization_id))


def lookalikes(session: Session, organization_id, patient):
    # session.query(Patient).filter(Patient.organization_id == organization_id)  -- only a comment
    if organization_id == 0:
        return None
    if patient.organization_id == organization_id:
        pass
    session.query(Country).filter(Country.name == organization_id).all()
    return "select the organization_id from the form"
