"""Small helpers shared by the core tests."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path


def hours_ago(hours: float) -> dt.datetime:
    """An aware UTC time ``hours`` before now, for back-dating steps."""
    return (dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=hours)).replace(microsecond=0)


def table_dump(path: Path | str) -> list[str]:
    """Every row of every table, as SQL text: two equal dumps mean nothing changed."""
    if "://" in str(path):
        return _pg_dump(str(path))
    con = sqlite3.connect(str(path))
    try:
        return list(con.iterdump())
    finally:
        con.close()


def _pg_dump(url: str) -> list[str]:
    """``table_dump`` for PostgreSQL: every row of every table in the public schema, in order
    (a separate connection, so the models stay bound to the test's own)."""
    import psycopg2

    con = psycopg2.connect(url)
    try:
        cur = con.cursor()
        cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
        out = []
        for (table,) in cur.fetchall():
            cur.execute(f'SELECT * FROM "{table}" ORDER BY 1')
            out += [f"{table} {row!r}" for row in cur.fetchall()]
        return out
    finally:
        con.close()
