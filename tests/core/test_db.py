"""Where the database lives, how it is opened, and how times are stored."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import time
from pathlib import Path

import peewee as pw
import pytest

from desktop_app import db as dbmod
from desktop_app.db import DatabaseError, open_database, resolve_location
from desktop_app.services import Services
from desktop_app.timeutil import format_local, iso_utc, to_utc_naive


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_file_is_owner_only(tmp_path):
    old = os.umask(0o022)  # a typical, permissive umask
    try:
        path = tmp_path / "new" / "fixdesk.sqlite3"
        svc = Services.open(path)
        svc.vendors.create(name="Acme")  # writes, so the WAL and shared-memory files exist
        for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if candidate.exists():
                assert stat.S_IMODE(candidate.stat().st_mode) == 0o600, candidate
        svc.close()
    finally:
        os.umask(old)


@pytest.mark.sqlite_only
def test_pragmas(services):
    ask = lambda name: services.db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert ask("journal_mode") == "wal"
    assert ask("foreign_keys") == 1
    assert ask("busy_timeout") == 5000
    assert ask("synchronous") == 1  # NORMAL: safe with WAL


def test_foreign_keys_are_enforced_by_the_database(services):
    from desktop_app.models import Incident

    with pytest.raises(pw.IntegrityError):
        Incident.create(ref="INC-2000-0001", title="orphan", asset=9999, opened_at=dt.datetime(2024, 1, 1),
                        total_cost=0, updated_at=dt.datetime(2024, 1, 1))


def test_location_order(tmp_path, monkeypatch):
    explicit = tmp_path / "explicit.sqlite3"
    monkeypatch.setenv("FIXDESK_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_location(explicit) == str(explicit)
    assert resolve_location() == str(tmp_path / "env.sqlite3")
    monkeypatch.delenv("FIXDESK_DB")
    # The conftest points XDG_DATA_HOME into a temporary home: platformdirs follows it.
    default = Path(resolve_location())
    assert default.name == "fixdesk.sqlite3"
    assert str(default).startswith(os.environ["XDG_DATA_HOME"])


def test_first_use_creates_the_default_database(monkeypatch):
    svc = Services.open()
    try:
        assert Path(svc.location).exists()
        assert Path(svc.location) == dbmod.default_data_dir() / "fixdesk.sqlite3"
    finally:
        svc.close()


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list")
    with pytest.raises(DatabaseError, match="is not a FixDesk database"):
        open_database(notes)
    assert notes.read_text() == "shopping list"


def test_another_programs_sqlite_database_is_refused_untouched(tmp_path):
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="another program's data"):
        open_database(other)
    con = sqlite3.connect(other)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["recipes"]
    con.close()


def test_unreachable_postgres_url_is_one_sentence_without_the_password():
    with pytest.raises(DatabaseError) as err:
        open_database("postgresql://office:s3cret@127.0.0.1:1/fixdesk")
    assert "s3cret" not in str(err.value)
    assert "***" in str(err.value)


@pytest.fixture
def berlin_time(monkeypatch):
    """Run with the office in Berlin (UTC+1 in winter, +2 in summer)."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is POSIX-only")
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.sqlite_only
def test_times_are_stored_utc_and_shown_local(services, berlin_time, db_path):
    inc = services.incidents.create(title="x", opened_at="2025-01-15T09:30")  # typed as local time
    assert inc.opened_at == dt.datetime(2025, 1, 15, 8, 30)  # naive UTC in the record
    raw = sqlite3.connect(db_path).execute("SELECT opened_at FROM incident").fetchone()[0]
    assert raw.startswith("2025-01-15 08:30")
    assert format_local(inc.opened_at) == "2025-01-15 09:30"
    assert iso_utc(inc.opened_at) == "2025-01-15T08:30:00Z"
    summer = services.incidents.create(title="y", opened_at="2025-07-01T12:00:00+02:00")
    assert summer.opened_at == dt.datetime(2025, 7, 1, 10, 0)
    assert format_local(summer.opened_at) == "2025-07-01 12:00"
    assert to_utc_naive(dt.datetime(2025, 7, 1, 10, 0, tzinfo=dt.timezone.utc)) == dt.datetime(2025, 7, 1, 10)


def test_reference_year_is_the_local_year(services, berlin_time):
    # 00:30 on New Year's Day in Berlin is still the old year in UTC.
    inc = services.incidents.create(title="Fireworks fried the router", opened_at="2025-01-01T00:30")
    assert inc.opened_at.year == 2024
    assert inc.ref == "INC-2025-0001"


def test_a_folder_is_refused_with_a_sentence(tmp_path):
    with pytest.raises(DatabaseError, match="is a folder"):
        open_database(tmp_path)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_folder_made_for_the_database_is_private(tmp_path):
    old = os.umask(0o022)
    try:
        open_database(tmp_path / "made" / "fixdesk.sqlite3").close()
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "made").stat().st_mode) == 0o700
