"""tenantmig: move a live PostgreSQL database to Row-Level Security in gated, reversible phases."""

__version__ = "0.1.0"
