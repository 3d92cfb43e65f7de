"""Faults a new user found (issue 12), met through the window."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from b1_support import make_window, table_texts

from ui import prompts


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """The system temporary folder, as the window sees it, is a folder of this test's own."""
    base = tmp_path / "systmp"
    base.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(base))
    return base


@pytest.fixture
def incident_window(services, qtbot, tmp_path, monkeypatch, private_tmp):
    services.settings.update(office_name="Harbour office", setup_done=True)
    services.incidents.create(title="Error on screen")
    window = make_window(services, qtbot, tmp_path, monkeypatch)
    window.incidents.table.selectRow(0)
    return window


def _errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, _title, text: shown.append(text))
    return shown


def _attach(window, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(prompts, "choose_open_file", lambda *a, **k: str(path))
    window.incidents.actions.attach.trigger()


# -- opened attachments stay private and go away -------------------------------------------------
def test_an_opened_attachment_is_private_to_this_run_and_removed_at_exit(incident_window, monkeypatch,
                                                                        tmp_path, private_tmp):
    page = incident_window.incidents
    invoice = tmp_path / "invoice.pdf"
    invoice.write_bytes(b"%PDF-1.4 the password is hunter2")
    _attach(incident_window, monkeypatch, invoice)
    assert table_texts(page.detail.files, 0) == ["invoice.pdf"]
    opened: list[str] = []
    monkeypatch.setattr("ui.views.incident_actions.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    copy = page.actions.open_attachment(page.detail.files_model.record(0).id)
    assert opened == [str(copy)] and copy.read_bytes() == invoice.read_bytes()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    folder = page.actions.temp_folder.path
    assert folder.parent == private_tmp and copy.is_relative_to(folder)
    for part in (folder, *copy.parents[:len(copy.relative_to(folder).parts) - 1]):
        assert stat.S_IMODE(part.stat().st_mode) == 0o700, part
    assert not (private_tmp / "fixdesk-attachments").exists()
    page.actions.temp_folder.remove()  # what happens when FixDesk exits
    assert not copy.exists() and not folder.exists()


def test_an_opened_attachment_is_gone_when_the_program_exits(tmp_path):
    base = tmp_path / "systmp"
    base.mkdir()
    script = ("import sys; from desktop_app.private_temp import PrivateTempFolder;"
              f"p = PrivateTempFolder({str(base)!r}).write('1', 'photo.png', b'x'); print(p)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": os.getcwd()}).stdout.strip()
    assert Path(out).name == "photo.png"
    assert list(base.iterdir()) == []


def test_copies_left_by_a_crashed_run_are_removed_at_start(services, qtbot, tmp_path, monkeypatch,
                                                           private_tmp):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # a pid that has ended: that run crashed without cleaning up
    owner = os.getuid()
    stale = private_tmp / f"fixdesk-open-{owner}-{dead.pid}-abc123"
    (stale / "7").mkdir(parents=True)
    (stale / "7" / "invoice.pdf").write_bytes(b"secret")
    alive = private_tmp / f"fixdesk-open-{owner}-{os.getppid()}-def456"  # another FixDesk still running
    alive.mkdir()
    legacy = private_tmp / "fixdesk-attachments" / "3"
    legacy.mkdir(parents=True)
    (legacy / "screen.png").write_bytes(b"password on screen")
    services.settings.update(setup_done=True)
    make_window(services, qtbot, tmp_path, monkeypatch)
    assert not stale.exists()
    assert alive.exists()
    assert not (private_tmp / "fixdesk-attachments").exists()


# -- an attachment that cannot be read ------------------------------------------------------------
def test_attaching_a_folder_says_so_and_stores_nothing(incident_window, monkeypatch, tmp_path):
    shown = _errors(monkeypatch)
    folder = tmp_path / "scans"
    folder.mkdir()
    _attach(incident_window, monkeypatch, folder)
    assert shown == [f"{folder} is a folder; choose a file inside it to attach."]
    assert table_texts(incident_window.incidents.detail.files, 0) == []
    rec = incident_window.incidents.actions.incident
    assert incident_window.services.incidents.detail(rec.id).attachments == ()


def test_attaching_an_unreadable_file_says_so_and_stores_nothing(incident_window, monkeypatch, tmp_path):
    shown = _errors(monkeypatch)
    locked = tmp_path / "payroll.pdf"
    locked.write_bytes(b"%PDF")
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # root reads anything: have open() refuse as it would for a user
        real_open = open

        def refusing_open(file, *args, **kwargs):
            if Path(file) == locked:
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr("builtins.open", refusing_open)
    _attach(incident_window, monkeypatch, locked)
    assert shown == [f"You do not have permission to read {locked}; nothing was attached."]
    assert table_texts(incident_window.incidents.detail.files, 0) == []
    rec = incident_window.incidents.actions.incident
    assert incident_window.services.incidents.detail(rec.id).attachments == ()


# -- half-written backups -------------------------------------------------------------------------
@pytest.mark.parametrize("auto_backup", [True, False])
def test_starting_the_window_removes_copies_a_killed_backup_left(services, db_path, qtbot, tmp_path,
                                                                 monkeypatch, auto_backup):
    from PySide6.QtCore import QThreadPool

    from desktop_app.backup import backup_dir

    services.settings.update(setup_done=True, auto_backup=auto_backup)
    folder = backup_dir(db_path)
    folder.mkdir(parents=True)
    partial = folder / ".partial-auto-2026-01-01.sqlite3"
    partial.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100_000)
    journal = folder / ".partial-auto-2026-01-01.sqlite3-journal"
    journal.write_bytes(b"\x00" * 4096)
    make_window(services, qtbot, tmp_path, monkeypatch)
    QThreadPool.globalInstance().waitForDone()
    assert not partial.exists() and not journal.exists()
