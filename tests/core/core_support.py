"""Small helpers shared by the core tests."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path


def hours_ago(hours: float) -> dt.datetime:
    """An aware UTC time ``hours`` before now, for back-dating steps."""
    return (dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=hours)).replace(microsecond=0)


def table_dump(path: Path) -> list[str]:
    """Every row of every table, as SQL text: two equal dumps mean nothing changed."""
    con = sqlite3.connect(str(path))
    try:
        return list(con.iterdump())
    finally:
        con.close()
