"""Alembic environment of the tenantmig chain; the logic lives in tenantmig.alembic_env."""

from alembic import context

from tenantmig.alembic_env import run

run(context)
