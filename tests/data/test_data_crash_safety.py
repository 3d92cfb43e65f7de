"""Crash safety: a process killed mid-import, two writers at once, and a lock held too long."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from data_support import count_rows, on_server

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROWS = 3000
# Progress counts each row once checked and once written: this is two chunks into the writing.
KILL_AT = ROWS + 1000

IMPORTER = textwrap.dedent("""
    import sys
    from desktop_app.importing import import_file
    from desktop_app.services import Services

    db, csv_path, kill_at = sys.argv[1], sys.argv[2], int(sys.argv[3])
    services = Services.open(db)
    if "://" not in db:
        # A tiny page cache makes SQLite spill the unfinished transaction into the WAL file,
        # so the kill really lands with half an import on disk.
        services.db.execute_sql("PRAGMA cache_size=-64")

    def progress(done, total):
        if done == kill_at:
            print("midway", flush=True)
            sys.stdin.readline()  # parked inside the import's transaction until killed

    result = import_file(services, "assets", csv_path, progress=progress)
    print("finished", result.summary(), flush=True)
""")

WRITER = textwrap.dedent("""
    import sys
    from desktop_app.services import Services

    db, prefix, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    services = Services.open(db)
    print("ready", flush=True)
    sys.stdin.readline()  # both start writing when the test says go
    for n in range(count):
        services.assets.create(tag=f"{prefix}-{n:04d}", name=f"Writer {prefix} item {n}")
    print("done", flush=True)
""")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    return env


def _integrity(location) -> tuple[str, int]:
    """(SQLite's integrity check, assets); a server's files are its own business, so there
    only the assets are counted."""
    if on_server(location):
        return "ok", count_rows(location, "asset")
    conn = sqlite3.connect(location)
    try:
        return (conn.execute("PRAGMA integrity_check").fetchone()[0],
                conn.execute("SELECT COUNT(*) FROM asset").fetchone()[0])
    finally:
        conn.close()


def test_sigkill_mid_import_leaves_a_sound_database_with_none_of_it(services, db_path, tmp_path):
    services.assets.create(tag="KEEP-1", name="Was here before the import")
    services.close()
    csv_path = tmp_path / "big.csv"
    lines = ["Asset Tag,Name,Serial,Location,Purchase Date,Purchase Cost,Notes"]
    lines += [f"BULK-{n:05d},Laptop {n},SN{n:08d},Site {n % 7},2024-01-{n % 28 + 1:02d},"
              f"\"1,{n % 1000:03d}.50\",note {n}" for n in range(ROWS)]
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", IMPORTER, str(db_path), str(csv_path), str(KILL_AT)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=_env())
    try:
        first = proc.stdout.readline().strip()
        assert first == "midway", proc.stderr.read()
        if not on_server(db_path):  # the WAL really holds uncommitted work from the import now
            assert os.path.getsize(f"{db_path}-wal") > 0
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    check, count = _integrity(db_path)
    assert check == "ok"
    assert count == 1  # none of the import, and the earlier record intact
    # The next open works normally and the import can simply be run again.
    from desktop_app.importing import import_file
    from desktop_app.services import Services

    again = Services.open(db_path)
    try:
        result = import_file(again, "assets", csv_path)
        assert result.committed and len(result.created) == ROWS
    finally:
        again.close()
    assert _integrity(db_path) == ("ok", ROWS + 1)


def test_two_processes_writing_at_once_lose_nothing(services, db_path):
    services.close()
    per_writer = 150
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), prefix, str(per_writer)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=_env()) for prefix in ("A", "B")]
    try:
        for p in procs:
            assert p.stdout.readline().strip() == "ready", p.stderr.read()
        for p in procs:
            p.stdin.write("go\n")
            p.stdin.flush()
        for p in procs:
            out, err = p.communicate(timeout=600)
            assert p.returncode == 0, err
            assert out.strip() == "done"
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    assert _integrity(db_path) == ("ok", 2 * per_writer)


# SQLite has one write lock for the whole file, which another program can hold; a database
# server has no such lock (writers wait only for the rows they share: tests/core/test_races.py).
@pytest.mark.sqlite_only
def test_lock_held_too_long_gives_a_clear_busy_message(services, db_path, tmp_path, capsys, monkeypatch):
    from desktop_app import cli_common
    from desktop_app.cli import main

    monkeypatch.setattr(cli_common, "LOCK_WAIT_SECONDS", 1)  # a command waits 2 minutes; a test need not
    services.close()
    csv_path = tmp_path / "a.csv"
    csv_path.write_text("Asset Tag,Name\nL-1,Laptop\n")
    holder = sqlite3.connect(db_path, timeout=0)
    holder.execute("BEGIN IMMEDIATE")  # another program keeps the write lock
    try:
        code = main(["--db", str(db_path), "import", "assets", str(csv_path)])
    finally:
        holder.rollback()
        holder.close()
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err[0] == ("fixdesk: another program is changing the database; waiting up to 1 seconds "
                      "for it to finish...")
    assert len(err) == 2
    assert err[1].startswith("fixdesk: Another program kept the database busy for ")
    assert err[1].endswith(" seconds; nothing was changed: try again when it has finished.")
    assert _integrity(db_path) == ("ok", 0)
    assert main(["--db", str(db_path), "import", "assets", str(csv_path)]) == 0  # fine once released
