import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Patient(Base):
    __tablename__ = "patients"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    organization_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organizations.id"))
    name: Mapped[str] = mapped_column(String(200))


class Visit(Base):
    # The class name differs from the table: the scanner must read __tablename__.
    __tablename__ = "appointments"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    organization_id: Mapped[uuid.UUID]
    patient_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patients.id"))


class Invoice(Base):
    __tablename__ = "invoices"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    organization_id: Mapped[uuid.UUID]
    amount_cents: Mapped[int]


class Country(Base):
    __tablename__ = "countries"
    code: Mapped[str] = mapped_column(primary_key=True)
    name: Mapped[str]
