"""A full disk, a database that can only be read, a lock held by another program (issue 12),
met through the command line as a user meets them."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import pytest

from desktop_app import cli_common, db
from desktop_app.cli import main

DISK_FULL = "fixdesk: The disk holding the database is full: free some space; nothing was changed."


def run(db_path: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _counts(db_path: Path, capsys) -> dict[str, int]:
    code, out, err = run(db_path, capsys, "check")
    assert code == 0, out + err
    assert ": ok, integrity ok," in out
    _code, out, _err = run(db_path, capsys, "list", "incidents", "--json")
    return {"incidents": len(json.loads(out))}


@pytest.fixture
def full_disk(tmp_path, monkeypatch, disk_tools):
    """(database path, make_full, make_room): a small tmpfs filled up, or (where nothing can be
    mounted) SQLite's page limit set to the file's size, which SQLite reports the same way."""
    where = tmp_path / "disk"
    if disk_tools.mount_tmpfs(where, "8m"):
        def make_full() -> None:
            disk_tools.fill_disk(where)

        def make_room() -> None:
            (where / "filler.bin").unlink()

        yield where / "fixdesk.sqlite3", make_full, make_room
        disk_tools.unmount(where)
        return
    path = tmp_path / "fixdesk.sqlite3"

    def limit() -> None:
        conn = sqlite3.connect(path)
        (pages,) = conn.execute("PRAGMA page_count").fetchone()
        conn.close()
        monkeypatch.setitem(db.SQLITE_PRAGMAS, "max_page_count", pages)

    yield path, limit, lambda: monkeypatch.delitem(db.SQLITE_PRAGMAS, "max_page_count")


# -- a full disk ----------------------------------------------------------------------------------
def test_a_full_disk_is_named_in_plain_words_and_nothing_is_lost(full_disk, tmp_path, capsys):
    path, make_full, make_room = full_disk
    assert run(path, capsys, "demo", "--assets", "5", "--incidents", "20")[0] == 0
    before = _counts(path, capsys)
    make_full()
    code, _out, err = run(path, capsys, "add", "incident", "--title", "Server down",
                          "--description", "Long story. " * 8_000)
    assert (code, err.strip()) == (1, DISK_FULL)
    csv_path = tmp_path / "assets.csv"
    csv_path.write_text("Asset Tag,Name,Notes\n" + "".join(f"N-{i},Laptop {i},{'n' * 2000}\n"
                                                           for i in range(600)))
    code, _out, err = run(path, capsys, "import", "assets", str(csv_path))
    assert (code, err.strip()) == (1, DISK_FULL)
    assert _counts(path, capsys) == before  # the database reads and checks as before
    make_room()
    code, out, err = run(path, capsys, "add", "incident", "--title", "Server down")
    assert code == 0, err
    assert _counts(path, capsys)["incidents"] == before["incidents"] + 1


# -- a database that can only be read -------------------------------------------------------------
@pytest.fixture
def office_file(tmp_path, capsys) -> Path:
    path = tmp_path / "office" / "fixdesk.sqlite3"
    path.parent.mkdir()
    assert run(path, capsys, "demo", "--assets", "5", "--incidents", "12")[0] == 0
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # all in the main file, as when it is copied
    conn.close()
    return path


def _unwritable(path: Path) -> None:
    """A file this user cannot write: as root (who may write anything) an immutable file."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(path)]).returncode:
            pytest.skip("cannot make a file unwritable for root here")
    else:
        path.chmod(0o444)


def _writable_again(path: Path) -> None:
    if shutil.which("chattr"):
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)
    path.chmod(0o600)


def _reads_work_and_writes_are_refused(path: Path, tmp_path: Path, capsys, why: str) -> None:
    code, out, err = run(path, capsys, "check")
    assert (code, err) == (0, ""), out
    assert out.startswith(f"{path}: ok, integrity ok, schema version ") and "12 incidents" in out
    code, out, err = run(path, capsys, "list", "incidents")
    assert code == 0 and len(out.splitlines()) == 12, err
    report = tmp_path / "log.pdf"
    code, out, err = run(path, capsys, "report", "incidents", "--out", str(report))
    assert code == 0 and report.read_bytes().startswith(b"%PDF"), err
    export = tmp_path / "incidents.csv"
    code, out, err = run(path, capsys, "export", "incidents", str(export))
    assert code == 0 and len(export.read_text().splitlines()) == 13, err
    refused = f"fixdesk: This database can only be read ({why}); nothing was changed.\n"
    code, _out, err = run(path, capsys, "add", "incident", "--title", "Printer jams")
    assert (code, err) == (1, refused)
    ref = out and json.loads(run(path, capsys, "list", "incidents", "--json")[1])[0]["ref"]
    code, _out, err = run(path, capsys, "incident", ref, "note", "Rang them")
    assert (code, err) == (1, refused)
    assert len(run(path, capsys, "list", "incidents")[1].splitlines()) == 12


def test_a_file_the_user_cannot_write_opens_read_only(office_file, tmp_path, capsys):
    _unwritable(office_file)
    try:
        _reads_work_and_writes_are_refused(office_file, tmp_path, capsys,
                                           "you do not have permission to change the file")
    finally:
        _writable_again(office_file)


def test_a_database_on_a_read_only_disk_opens_read_only(office_file, tmp_path, capsys, disk_tools):
    where = tmp_path / "medium"
    if not disk_tools.mount_tmpfs(where):
        pytest.skip("cannot mount a small tmpfs here (needs root and mount)")
    try:
        shutil.copy(office_file, where / "fixdesk.sqlite3")  # its -wal and -shm stay behind
        disk_tools.remount_read_only(where)
        _reads_work_and_writes_are_refused(where / "fixdesk.sqlite3", tmp_path, capsys,
                                           "it is on a read-only disk or share")
    finally:
        disk_tools.unmount(where)


def test_the_integrity_check_writes_nothing(office_file, capsys):
    import gc

    gc.collect()  # the demo's connection, so only the check's own is open on the file
    before = hashlib.sha256(office_file.read_bytes()).hexdigest()
    code, out, _err = run(office_file, capsys, "check")
    assert code == 0 and ": ok, integrity ok," in out
    assert hashlib.sha256(office_file.read_bytes()).hexdigest() == before
    wal = office_file.with_name(office_file.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # nothing waiting to be written either


# -- a lock held by another program ---------------------------------------------------------------
def _hold_lock(path: Path, seconds: float) -> threading.Thread:
    holder = sqlite3.connect(path, timeout=0, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    ready = threading.Event()

    def release() -> None:
        ready.set()
        time.sleep(seconds)
        holder.rollback()
        holder.close()

    thread = threading.Thread(target=release)
    thread.start()
    ready.wait()
    return thread


def test_the_cli_waits_for_another_program_and_says_so(office_file, capsys, monkeypatch):
    monkeypatch.setitem(db.SQLITE_PRAGMAS, "busy_timeout", 300)  # first try short, to keep the test short
    thread = _hold_lock(office_file, 1.5)
    try:
        code, out, err = run(office_file, capsys, "add", "incident", "--title", "Scanner offline")
    finally:
        thread.join()
    assert code == 0 and out.startswith("INC-"), err
    assert err == ("fixdesk: another program is changing the database; waiting up to 2 minutes "
                   "for it to finish...\n")


def test_the_cli_gives_up_after_waiting_with_one_sentence(office_file, capsys, monkeypatch):
    monkeypatch.setitem(db.SQLITE_PRAGMAS, "busy_timeout", 300)
    monkeypatch.setattr(cli_common, "LOCK_WAIT_SECONDS", 1)
    thread = _hold_lock(office_file, 2.5)
    try:
        code, _out, err = run(office_file, capsys, "add", "incident", "--title", "Scanner offline")
    finally:
        thread.join()
    lines = err.splitlines()
    assert code == 1 and len(lines) == 2
    assert lines[0] == ("fixdesk: another program is changing the database; waiting up to 1 seconds "
                        "for it to finish...")
    assert lines[1] in {f"fixdesk: Another program kept the database busy for {n} seconds; nothing was "
                        "changed: try again when it has finished." for n in (1, 2)}
    assert len(run(office_file, capsys, "list", "incidents")[1].splitlines()) == 12
