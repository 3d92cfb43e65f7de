"""The two backends a service test can run on: a fresh SQLite file, or PostgreSQL.

PostgreSQL runs when FIXDESK_TEST_PG_URL points at a scratch database (CI: .ci/setup-postgres.sh
starts a server and sets it); each test starts from an empty schema there.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

PG_URL = os.environ.get("FIXDESK_TEST_PG_URL", "")

NO_PG = "FIXDESK_TEST_PG_URL is not set (run .ci/setup-postgres.sh to start a server)"

# For @pytest.mark.parametrize / fixture params: PostgreSQL is skipped, and says so, without a server.
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(not PG_URL, reason=NO_PG))]


def wipe(url: str) -> None:
    """An empty database: whatever an earlier run (of any test) left in it goes."""
    from desktop_app.db import connect

    db = connect(url)
    try:
        # The test user owns the scratch database and its public schema (.ci/setup-postgres.sh).
        db.execute_sql("DROP SCHEMA public CASCADE")
        db.execute_sql("CREATE SCHEMA public")
    finally:
        db.close()


def location(backend: str, tmp_path: Path) -> str:
    """Where a test's database lives: a new file, or the emptied PostgreSQL database."""
    if backend == "postgresql":
        wipe(PG_URL)
        return PG_URL
    return str(tmp_path / "fixdesk.sqlite3")
