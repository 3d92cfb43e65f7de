"""Backups, restore, automatic daily copies and opening a damaged database."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from data_support import count_rows

from desktop_app import backup
from desktop_app.backup import backup_dir
from desktop_app.services import Services


def _count_assets(location) -> int:
    return count_rows(location, "asset")


def test_backup_and_restore_round_trip(demo_services, db_path, tmp_path):
    before = demo_services.assets.count(include_archived=True)
    copy = backup.backup(db_path, tmp_path / "copy.sqlite3")
    info = backup.inspect(copy)
    assert (info.assets, info.incidents) == (before, demo_services.incidents.total())
    assert not (tmp_path / "copy.sqlite3-wal").exists()  # one self-contained file
    # Change the live database, then go back to the copy.
    demo_services.assets.create(tag="NEW-1", name="Bought after the backup")
    demo_services.close()
    safety = backup.restore(db_path, copy)
    assert safety is not None and safety.parent == backup_dir(db_path)
    assert _count_assets(safety) == before + 1  # the safety copy holds what was replaced
    reopened = Services.open(db_path)
    try:
        assert reopened.assets.count(include_archived=True) == before
        assert all(a.tag != "NEW-1" for a in reopened.assets.list(include_archived=True))
    finally:
        reopened.close()


def test_backup_while_another_connection_writes(services, db_path, tmp_path):
    services.assets.create(tag="A-1", name="One")
    with services.db.atomic():  # an open write transaction: the backup sees the committed state
        services.assets.create(tag="A-2", name="Two")
        copy = backup.backup(db_path, tmp_path / "mid.sqlite3")
    assert backup.inspect(copy).assets == 1


def test_restore_refuses_a_file_that_is_not_fixdesk(services, db_path, tmp_path):
    services.assets.create(tag="KEEP", name="Still here")
    services.close()
    text = tmp_path / "notes.sqlite3"
    text.write_text("hello")
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(backup.BackupError, match="not an SQLite file"):
        backup.restore(db_path, text)
    with pytest.raises(backup.BackupError, match="not a FixDesk database"):
        backup.restore(db_path, other)
    assert _count_assets(db_path) == 1
    assert not backup_dir(db_path).exists()  # refused before any safety copy


def _corrupt(path, offset_pages=(2, 3, 4)):
    data = bytearray(path.read_bytes())
    page = 4096
    for n in offset_pages:
        data[n * page:(n + 1) * page] = b"\xde\xad\xbe\xef" * (page // 4)
    path.write_bytes(bytes(data))


def test_restore_refuses_a_damaged_backup(demo_services, db_path, tmp_path):
    copy = backup.backup(db_path, tmp_path / "bad.sqlite3")
    _corrupt(copy)
    with pytest.raises(backup.BackupError, match="damaged"):
        backup.restore(db_path, copy)
    assert demo_services.assets.count(include_archived=True) == 20


# Automatic daily copies: of the file for a local office; for a shared (PostgreSQL) office an
# SQLite copy of every record in this computer's data folder.
def test_auto_backup_once_a_day_keeping_the_last_n(services):
    services.assets.create(tag="A-1", name="One")
    day = dt.date(2026, 3, 1)
    first = backup.auto_backup(services.db, keep=3, today=day)
    assert first is not None and first.name == "auto-2026-03-01.sqlite3"
    assert backup.inspect(first).assets == 1
    assert backup.auto_backup(services.db, keep=3, today=day) is None  # at most once a day
    for n in range(1, 6):
        backup.auto_backup(services.db, keep=3, today=day + dt.timedelta(days=n))
    names = sorted(p.name for p in backup_dir(services.db).glob("auto-*.sqlite3"))
    assert names == ["auto-2026-03-04.sqlite3", "auto-2026-03-05.sqlite3", "auto-2026-03-06.sqlite3"]
    listed = backup.list_backups(services.db)
    assert len(listed) == 3 and all(b.assets == 1 for b in listed)


@pytest.mark.sqlite_only  # pruning of the automatic daily copies, which only a local file gets
def test_manual_backups_are_not_pruned(services, db_path):
    manual = backup.backup(db_path)
    for n in range(4):
        backup.auto_backup(db_path, keep=1, today=dt.date(2026, 1, 1) + dt.timedelta(days=n))
    assert manual.exists()


@pytest.mark.sqlite_only  # damages the bytes of the database file
def test_damaged_database_is_explained_with_the_newest_good_backup(demo_services, db_path):
    good = backup.auto_backup(db_path, keep=14)
    demo_services.close()
    # The database file itself is damaged (WAL checkpointed into it first).
    _corrupt(db_path)
    with pytest.raises(backup.DamagedDatabase) as caught:
        backup.open_or_explain(db_path)
    err = caught.value
    assert err.newest_good_backup is not None and err.newest_good_backup.path == good
    assert "damaged" in str(err) and "newest good backup" in str(err)
    # Never silently replaced by an empty database: the damaged file is untouched.
    before = db_path.read_bytes()
    with pytest.raises(backup.DamagedDatabase):
        backup.open_or_explain(db_path)
    assert db_path.read_bytes() == before
    # The offered backup brings the records back.
    backup.restore(db_path, err.newest_good_backup.path)
    reopened = Services(backup.open_or_explain(db_path))
    try:
        assert reopened.assets.count(include_archived=True) == 20
    finally:
        reopened.close()


def test_a_text_file_as_database_is_explained(tmp_path):
    path = tmp_path / "fixdesk.sqlite3"
    path.write_text("not a database")
    with pytest.raises(backup.DamagedDatabase, match="not an SQLite file"):
        backup.open_or_explain(path)
    assert path.read_text() == "not a database"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_backups_are_private_to_the_user(services, db_path):
    services.assets.create(tag="A-1", name="One")
    made = [backup.backup(db_path)]
    if not isinstance(db_path, Path):  # a shared database: every backup is a manual one
        assert made[0].parent == backup_dir(db_path)
    else:
        made.append(backup.auto_backup(db_path))
    for path in made:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        assert stat.S_IMODE(path.parent.stat().st_mode) & 0o077 == 0, path.parent
        assert backup.inspect(path).assets == 1


@pytest.mark.sqlite_only  # two database files in one folder, one of them not a database
def test_a_damaged_database_is_only_offered_its_own_backups(demo_services, tmp_path):
    # Two offices' databases in one folder: the damaged one must not be offered the other's copy.
    other = tmp_path / "other-office.sqlite3"
    assert backup.auto_backup(demo_services.db) is not None
    other.write_text("this is not a database\n")
    with pytest.raises(backup.DamagedDatabase) as err:
        backup.open_or_explain(other)
    assert err.value.newest_good_backup is None
