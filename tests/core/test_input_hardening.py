"""Faults a new user found (issue 12), through the command line as they met them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from desktop_app.cli import main


def run(db: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


# -- control characters ---------------------------------------------------------------------------
def test_escape_sequences_in_a_title_are_not_stored_or_printed(db_path, capsys):
    title = "\x1b[31mPrinter\x1b[0m jams\x07 on \x1b]0;pwned\x07tray 2\x00"
    code, out, err = run(db_path, capsys, "add", "incident", "--title", title,
                         "--description", "Line one\r\nLine\ttwo\x1b[2J")
    assert code == 0, err
    ref = out.strip()
    code, out, _ = run(db_path, capsys, "list", "incidents")
    assert "Printer jams on tray 2" in out
    assert "\x1b" not in out and "\x07" not in out and "\x00" not in out
    code, out, _ = run(db_path, capsys, "show", "incident", ref, "--json")
    shown = json.loads(out)
    assert shown["title"] == "Printer jams on tray 2"
    assert shown["description"] == "Line one\nLine\ttwo"  # tab and newline are kept


def test_control_characters_in_notes_and_steps_are_dropped(db_path, capsys):
    _code, out, _err = run(db_path, capsys, "add", "incident", "--title", "Screen flickers")
    ref = out.strip()
    assert run(db_path, capsys, "add", "vendor", "--name", "BrightFix")[0] == 0
    assert run(db_path, capsys, "incident", ref, "note", "Rang\x1b[1m twice\x08")[0] == 0
    assert run(db_path, capsys, "incident", ref, "status", "called_out", "--vendor", "BrightFix",
               "--vendor-ref", "JOB\x1b[0m-7")[0] == 0
    code, out, _ = run(db_path, capsys, "show", "incident", ref, "--json")
    shown = json.loads(out)
    assert shown["vendor_ref"] == "JOB-7"
    assert "Rang twice" in [e["text"] for e in shown["events"]]
    assert "\x1b" not in out and "\\u001b" not in out


def test_control_characters_in_an_imported_file_are_dropped(db_path, tmp_path, capsys):
    path = tmp_path / "assets.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["Asset Tag", "Name", "Notes"],
                                  ["PC-1", "Reception\x1b[5m PC", "Blinks\x07"],
                                  ["PC-2", "Back office PC", "fine"]])
    code, _out, err = run(db_path, capsys, "import", "assets", str(path))
    assert code == 0, err
    code, out, _ = run(db_path, capsys, "list", "assets", "--json")
    names = {a["tag"]: a for a in json.loads(out)}
    assert names["PC-1"]["name"] == "Reception PC"
    assert names["PC-1"]["notes"] == "Blinks"


# -- half-written backups -------------------------------------------------------------------------
def _half_written(folder: Path, name: str, size: int = 200_000) -> tuple[Path, Path]:
    """What a backup killed part-way leaves: a partial copy and its rollback journal."""
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".partial-{name}"
    partial.write_bytes(b"SQLite format 3\x00" + b"\x00" * size)
    journal = folder / f".partial-{name}-journal"
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\x00" * 4096)
    return partial, journal


@pytest.mark.sqlite_only  # backup files beside an SQLite office
def test_the_next_backup_removes_copies_a_killed_backup_left(db_path, capsys):
    from desktop_app.backup import backup_dir

    assert run(db_path, capsys, "add", "incident", "--title", "Printer jams")[0] == 0
    folder = backup_dir(db_path)
    stale = _half_written(folder, "manual-2026-01-02-101500.sqlite3")
    lone_journal = folder / ".partial-auto-2026-01-01.sqlite3-journal"
    lone_journal.write_bytes(b"\x00" * 512)
    code, out, err = run(db_path, capsys, "backup")
    assert code == 0, err
    assert out.startswith("Backed up to ")
    assert not any(p.exists() for p in (*stale, lone_journal))
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []


@pytest.mark.sqlite_only  # backup files beside an SQLite office
def test_a_copy_still_being_written_by_another_backup_is_left_alone(db_path, capsys, tmp_path):
    import sqlite3

    from desktop_app.backup import backup_dir, clean_partials

    assert run(db_path, capsys, "add", "incident", "--title", "Printer jams")[0] == 0
    folder = backup_dir(db_path)
    folder.mkdir(parents=True)
    busy = folder / ".partial-manual-2026-01-02-101500.sqlite3"
    writer = sqlite3.connect(busy, isolation_level=None)
    writer.execute("PRAGMA journal_mode=DELETE")
    writer.execute("CREATE TABLE t(x)")
    writer.execute("BEGIN EXCLUSIVE")
    writer.execute("INSERT INTO t VALUES (1)")
    try:
        assert clean_partials(folder) == []
        assert busy.exists()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert clean_partials(folder) == [busy]
