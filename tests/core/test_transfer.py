"""Copying a whole office: to a shared database and back, and backups of a PostgreSQL office.

The SQLite-to-SQLite copy runs everywhere; the PostgreSQL ones when FIXDESK_TEST_PG_URL
points at a scratch database.  Records are compared as the services return them (an
incident's detail carries its timeline, costs and attachments), and row counts per table.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import backup, transfer
from desktop_app.services import Services, demo

PG_URL = os.environ.get("FIXDESK_TEST_PG_URL", "")
needs_pg = pytest.mark.skipif(not PG_URL, reason="FIXDESK_TEST_PG_URL is not set")
ROOT = Path(__file__).resolve().parents[2]


def _wipe(url: str) -> None:
    from desktop_app.db import connect

    db = connect(url, bind=False)
    try:
        db.execute_sql("DROP SCHEMA public CASCADE")
        db.execute_sql("CREATE SCHEMA public")
    finally:
        db.close()


@pytest.fixture
def pg_url():
    if not PG_URL:
        pytest.skip("FIXDESK_TEST_PG_URL is not set")
    _wipe(PG_URL)
    yield PG_URL
    _wipe(PG_URL)


@pytest.fixture
def office(services, tmp_path):
    """A demo office plus what the demo lacks: an attachment (bytes), a Zoë and a decimal fee."""
    demo.build(services.db, assets=25, incidents=80)
    services.settings.update(office_name="Harbour Street", currency="GBP")
    photo = tmp_path / "error-screen.png"
    photo.write_bytes(bytes(range(256)) * 40)
    first = services.incidents.list()[0]
    services.costs.attach(first.id, photo, author="Zoë Hartley")
    services.costs.add(first.id, kind="parts", amount="19.99", description="Toner", author="Zoë")
    return services


def _sample(services: Services) -> dict[str, object]:
    """What a user would compare: a spread of incidents in full, every asset, vendor and setting."""
    ids = [r.id for r in services.incidents.list(sort="ref", descending=False)]
    return {
        "incidents": [services.incidents.detail(i) for i in ids[::7] + ids[-1:]],
        "assets": [services.assets.get(a.id) for a in services.assets.list()],
        "vendors": [services.vendors.get(v.id) for v in services.vendors.list()],
        "settings": services.settings.get_all(),
        "counts": transfer.counts(services.db),
    }


def test_a_copy_into_a_new_file_holds_the_same_office(office, tmp_path):
    before = _sample(office)
    copy = transfer.write_sqlite_copy(office.db, tmp_path / "copy.sqlite3")
    other = Services.open(copy)
    try:
        assert _sample(other) == before
        # The copy is a working office: new ids follow the copied ones.
        assert other.incidents.create(title="After the copy").ref.endswith(
            f"{int(before['incidents'][-1].incident.ref[-4:]) + 1:04d}")
    finally:
        other.close()


def test_a_copy_into_a_database_that_holds_an_office_is_refused(office, tmp_path):
    other_path = tmp_path / "other.sqlite3"
    other = Services.open(other_path)
    other.sites.create(name="Elsewhere")
    other.close()
    dest = transfer.open_beside(other_path)
    try:
        with pytest.raises(transfer.TransferError, match="already holds an office"):
            transfer.copy_office(office.db, dest)
        assert transfer.counts(dest)["site"] == 1 and transfer.counts(dest)["incident"] == 0
    finally:
        dest.close()


@needs_pg
@pytest.mark.sqlite_only  # moves a local (file) office into the shared database
def test_move_to_the_shared_database_and_back(office, pg_url, tmp_path, db_path):
    before = _sample(office)
    steps: list[tuple[int, int]] = []
    moved = transfer.move_office(office.db, pg_url, lambda done, total: steps.append((done, total)))
    assert moved == before["counts"]
    assert steps[-1][0] == steps[-1][1] == sum(moved.values())
    # The local file is untouched: still the whole office, still usable.
    assert transfer.counts(office.db) == before["counts"]
    office.close()

    shared = Services.open(pg_url)
    try:
        assert _sample(shared) == before
        made = shared.incidents.create(title="Logged on the shared database")  # sequences moved on
        back = transfer.write_sqlite_copy(shared.db, tmp_path / "local-copy.sqlite3")
        after_move = _sample(shared)
    finally:
        shared.close()
    local = Services.open(back)
    try:
        assert _sample(local) == after_move
        assert local.incidents.by_ref(made.ref).title == "Logged on the shared database"
    finally:
        local.close()
    # Moving again into the shared database, which now holds the office, changes nothing.
    again = Services.open(db_path)
    try:
        with pytest.raises(transfer.TransferError, match="already holds an office"):
            transfer.move_office(again.db, pg_url)
    finally:
        again.close()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "desktop_app.cli", *args], capture_output=True,
                          text=True, env=env, timeout=300)


@needs_pg
@pytest.mark.sqlite_only  # the office starts as a local file and is moved into the shared database
def test_backup_and_restore_of_a_postgresql_office(office, pg_url, tmp_path):
    transfer.move_office(office.db, pg_url)
    office.close()
    shared = Services.open(pg_url)
    before = _sample(shared)
    shared.close()

    file = tmp_path / "office-backup.sqlite3"
    done = _cli("backup", str(file), "--db", pg_url)
    assert done.returncode == 0, done.stderr
    assert "Backed up to" in done.stdout and "80 incidents" in done.stdout
    info = backup.inspect(file)  # the same kind of file as a local office's backup
    assert (info.incidents, info.assets) == (80, 25)

    shared = Services.open(pg_url)
    shared.incidents.create(title="Logged after the backup")
    shared.vendors.create(name="Later Vendor Ltd")
    shared.close()

    done = _cli("restore", str(file), "--db", pg_url, "--yes")
    assert done.returncode == 0, done.stderr
    assert "previous database was saved as" in done.stdout
    shared = Services.open(pg_url)
    try:
        assert _sample(shared) == before
        assert shared.incidents.create(title="After the restore").id  # sequences still right
    finally:
        shared.close()

    # The same file restores into a local office too.
    local = tmp_path / "restored-locally.sqlite3"
    Services.open(local).close()
    done = _cli("restore", str(file), "--db", str(local), "--yes")
    assert done.returncode == 0, done.stderr
    restored = Services.open(local)
    try:
        assert _sample(restored) == before
    finally:
        restored.close()


@needs_pg
@pytest.mark.sqlite_only  # the office starts as a local file and is moved into the shared database
def test_a_bad_backup_file_is_refused_before_the_shared_office_changes(office, pg_url, tmp_path):
    transfer.move_office(office.db, pg_url)
    office.close()
    bogus = tmp_path / "not-a-backup.sqlite3"
    bogus.write_text("hello")
    done = _cli("restore", str(bogus), "--db", pg_url, "--yes")
    assert done.returncode == 1
    assert "not a FixDesk database" in done.stderr and "Traceback" not in done.stderr
    shared = Services.open(pg_url)
    try:
        assert transfer.counts(shared.db)["incident"] == 80
    finally:
        shared.close()
