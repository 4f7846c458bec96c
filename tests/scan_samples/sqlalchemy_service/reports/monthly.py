from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Invoice, Patient


def revenue_per_organization(session: Session):
    stmt = select(Invoice.organization_id, func.sum(Invoice.amount_cents)).group_by(Invoice.organization_id)
    return session.execute(stmt).all()


def patient_totals(session: Session):
    return session.execute(
        """
        SELECT p.organization_id, count(*)
          FROM patients p
         GROUP BY p.organization_id
        """
    ).all()
