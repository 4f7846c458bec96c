"""tenantmig's own sessions beside a live application: no parallel workers (a gate's scan with two
workers took three cores of a two-core server from the application), the URL's own options kept."""

from __future__ import annotations

import psycopg
import pytest
import sqlalchemy as sa

from tenantmig import db


def _with_options(url: str, options: str) -> str:
    return url + ("&" if "?" in url else "?") + "options=" + options.replace(" ", "%20").replace("=", "%3D")


def test_sessions_take_no_parallel_workers_and_keep_the_urls_options(database_url):
    url = _with_options(database_url, "-c work_mem=7MB")
    with db.connect(url) as conn:
        assert conn.execute("SHOW max_parallel_workers_per_gather").fetchone()[0] == "0"
        assert conn.execute("SHOW work_mem").fetchone()[0] == "7MB"
    for read_only in (False, True):
        with db.create_engine(url, read_only=read_only).connect() as conn:
            assert conn.execute(sa.text("SHOW max_parallel_workers_per_gather")).scalar() == "0"
            assert conn.execute(sa.text("SHOW work_mem")).scalar() == "7MB"
            assert conn.execute(sa.text("SHOW default_transaction_read_only")).scalar() == ("on" if read_only else "off")
    with db.create_engine(url, read_only=True).connect() as conn:
        with pytest.raises(sa.exc.InternalError) as refused:
            conn.execute(sa.text("CREATE TABLE refused_here (id int)"))
        assert isinstance(refused.value.orig, psycopg.errors.ReadOnlySqlTransaction)
