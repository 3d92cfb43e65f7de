"""A scratch PostgreSQL database for window tests (FIXDESK_TEST_PG_URL), emptied before and after."""

from __future__ import annotations

import os

PG_URL = os.environ.get("FIXDESK_TEST_PG_URL", "")
NO_PG = "FIXDESK_TEST_PG_URL is not set (run .ci/setup-postgres.sh to start a server)"


def wipe(url: str) -> None:
    from desktop_app.db import connect

    db = connect(url)
    try:
        db.execute_sql("DROP SCHEMA public CASCADE")
        db.execute_sql("CREATE SCHEMA public")
    finally:
        db.close()


def other_pg_connection(url: str):  # noqa: ANN201
    """Another PC: a plain driver connection, not FixDesk's."""
    import psycopg2

    conn = psycopg2.connect(url)
    conn.autocommit = True
    return conn
