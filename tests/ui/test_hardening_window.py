"""Faults a new user found (issue 12), met through the window."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from window_support import make_window, table_texts
from window_support import shown as incidents_shown

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
    # On a database server the rows arrive from a worker a moment later, as a user sees them.
    qtbot.waitUntil(lambda: window.incidents.model.rowCount() > 0)
    window.incidents.table.selectRow(0)
    incidents_shown(qtbot, window.incidents)
    return window


def _errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, _title, text: shown.append(text))
    return shown


def _attach(window, monkeypatch, path: Path, qtbot) -> None:
    monkeypatch.setattr(prompts, "choose_open_file", lambda *a, **k: str(path))
    window.incidents.actions.attach.trigger()
    # On a database server the file is stored off the GUI thread: wait for the answer.
    qtbot.waitUntil(lambda: not window.incidents.actions.writing, timeout=15_000)


# -- opened attachments stay private and go away -------------------------------------------------
def test_an_opened_attachment_is_private_to_this_run_and_removed_at_exit(incident_window, monkeypatch,
                                                                        tmp_path, private_tmp, qtbot):
    page = incident_window.incidents
    invoice = tmp_path / "invoice.pdf"
    invoice.write_bytes(b"%PDF-1.4 the password is hunter2")
    _attach(incident_window, monkeypatch, invoice, qtbot)
    qtbot.waitUntil(lambda: table_texts(page.detail.files, 0) == ["invoice.pdf"])  # a server: a moment later
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
def test_attaching_a_folder_says_so_and_stores_nothing(incident_window, monkeypatch, tmp_path, qtbot):
    shown = _errors(monkeypatch)
    folder = tmp_path / "scans"
    folder.mkdir()
    _attach(incident_window, monkeypatch, folder, qtbot)
    assert shown == [f"{folder} is a folder; choose a file inside it to attach."]
    assert table_texts(incident_window.incidents.detail.files, 0) == []
    rec = incident_window.incidents.actions.incident
    assert incident_window.services.incidents.detail(rec.id).attachments == ()


def test_attaching_an_unreadable_file_says_so_and_stores_nothing(incident_window, monkeypatch, tmp_path,
                                                                 qtbot):
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
    _attach(incident_window, monkeypatch, locked, qtbot)
    assert shown == [f"You do not have permission to read {locked}; nothing was attached."]
    assert table_texts(incident_window.incidents.detail.files, 0) == []
    rec = incident_window.incidents.actions.incident
    assert incident_window.services.incidents.detail(rec.id).attachments == ()


# -- half-written backups -------------------------------------------------------------------------
@pytest.mark.sqlite_only  # backup files beside an SQLite office
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


# -- a database that can only be read ------------------------------------------------------------
@pytest.fixture
def read_only_office(tmp_path, disk_tools):
    """A demo office on a read-only disk: the path of its database file."""
    import sqlite3

    from desktop_app.services import Services, demo

    where = tmp_path / "medium"
    if not disk_tools.mount_tmpfs(where):
        pytest.skip("cannot mount a small tmpfs here (needs root and mount)")
    path = where / "fixdesk.sqlite3"
    services = Services.open(path)
    services.settings.update(setup_done=True)
    demo.build(services.db, assets=6, incidents=12)
    services.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    disk_tools.remount_read_only(where)
    yield path
    disk_tools.unmount(where)


def test_a_read_only_database_says_so_and_offers_no_edits(read_only_office, qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt

    from desktop_app.services import Services
    from ui.dialogs.incident_dialog import IncidentDialog

    services = Services.open(read_only_office)
    try:
        window = make_window(services, qtbot, tmp_path, monkeypatch)
        monkeypatch.setattr(IncidentDialog, "exec", lambda self: pytest.fail("an edit dialog opened"))
        assert "read-only" in window.windowTitle()
        label = window.findChild(type(window.counts_label), "readOnlyLabel")
        assert label is not None and label.isVisible()
        assert label.text() == "Read-only: it is on a read-only disk or share"
        page = window.incidents
        counts = services.incidents.status_counts()
        needs_action = sum(n for status, n in counts.items() if status not in ("closed", "cancelled"))
        assert page.model.rowCount() == needs_action > 0  # lists read as usual
        page.table.selectRow(0)
        assert page.actions.incident is not None
        actions = page.actions
        assert not any(a.isEnabled() for a in (actions.edit, actions.note, actions.cost, actions.attach,
                                                actions.delete, *actions.steps.values()))
        assert not any(a.isVisible() for a in actions.steps.values())
        assert not window.new_incident_action.isEnabled() and not window.settings_action.isEnabled()
        assert not window.import_action.isEnabled() and not window.restore_action.isEnabled()
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        page.table.setFocus()
        actions.edit_incident()  # what a double click or Enter on a row asks for
        assets = window.page(2)
        window.show_page(2)
        assets.table.selectRow(0)
        assert not assets.new_action.isEnabled() and not assets.edit_action.isEnabled()
        assert not assets.delete_action.isEnabled()
        # Exporting reads only: it works.
        from ui import data_feature

        out = tmp_path / "incidents.csv"
        monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: str(out))
        data_feature.export_csv(window, "incidents")
        # Written on a worker: the file appears with every incident (and the header line).
        qtbot.waitUntil(lambda: out.exists() and len(out.read_text().splitlines()) == 13)
        # A write that reaches the service anyway is refused with one sentence.
        from desktop_app.services.errors import ReadOnlyDatabase

        with pytest.raises(ReadOnlyDatabase, match=r"^This database can only be read \(it is on a "
                                                   r"read-only disk or share\); nothing was changed\.$"):
            services.workflow.add_note(actions.incident.id, "Rang them")
    finally:
        services.close()


# -- a full disk ---------------------------------------------------------------------------------
def test_a_full_disk_is_named_in_the_window_and_nothing_is_lost(small_disk, qtbot, tmp_path, monkeypatch,
                                                                disk_tools):
    from window_support import drive

    from desktop_app.services import Services
    from ui.dialogs.incident_dialog import IncidentDialog

    full = "The disk holding the database is full: free some space; nothing was changed."
    services = Services.open(small_disk / "fixdesk.sqlite3")
    try:
        services.settings.update(setup_done=True)
        services.incidents.create(title="Error on screen")
        window = make_window(services, qtbot, tmp_path, monkeypatch)
        page = window.incidents
        page.table.selectRow(0)
        # The start-up backup first: a copy failing half-way on the full disk would free its room.
        qtbot.waitUntil(lambda: window.auto_backup_op is None or window.auto_backup_op.done)
        disk_tools.fill_disk(small_disk)
        seen: list = []
        drive(monkeypatch, qtbot, IncidentDialog,
              lambda d: (d.title.setText("Server down"), d.description.setPlainText("Long. " * 16_000)),
              seen)
        window.new_incident_action.trigger()
        assert seen[0].errors.general_message == full
        assert page.model.rowCount() == 1
        shown = _errors(monkeypatch)
        monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "Rang them. " * 9_000)
        page.actions.note.trigger()
        assert shown == [full]
        (small_disk / "filler.bin").unlink()
        assert services.incidents.total() == 1
        from desktop_app.health import check

        assert check(small_disk / "fixdesk.sqlite3").healthy
    finally:
        services.close()


# -- a lock held by another program --------------------------------------------------------------
def _hold_lock(path):
    import sqlite3

    holder = sqlite3.connect(path, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def _waiting_dialog(window):
    from PySide6.QtWidgets import QProgressDialog

    return window.findChild(QProgressDialog, "lockWaitDialog")


@pytest.mark.sqlite_only  # SQLite's file lock held by another program
def test_a_write_waits_for_another_program_with_a_dialog(incident_window, db_path, qtbot, monkeypatch):
    from PySide6.QtCore import QTimer

    page = incident_window.incidents
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "Rang BrightFix")
    holder = _hold_lock(db_path)
    seen: list[tuple[bool, str]] = []

    def look_then_release() -> None:
        dialog = _waiting_dialog(incident_window)
        seen.append((dialog is not None and dialog.isVisible(), dialog.labelText() if dialog else ""))
        holder.rollback()  # the other program finishes

    QTimer.singleShot(1500, look_then_release)
    try:
        page.actions.note.trigger()
    finally:
        holder.close()
    assert seen == [(True, "Waiting for the other program to finish…")]
    assert "Rang BrightFix" in page.detail.timeline_text()
    qtbot.waitUntil(lambda: _waiting_dialog(incident_window) is None)


@pytest.mark.sqlite_only  # SQLite's file lock held by another program
def test_cancelling_the_wait_changes_nothing(incident_window, db_path, qtbot, monkeypatch):
    from PySide6.QtCore import QTimer

    page = incident_window.incidents
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "Rang BrightFix")
    shown = _errors(monkeypatch)
    holder = _hold_lock(db_path)

    def cancel() -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QPushButton

        dialog = _waiting_dialog(incident_window)
        if dialog is None:  # never shown: let the write through, and the asserts below say so
            holder.rollback()
            return
        button = dialog.findChild(QPushButton)
        assert button.text() == "Cancel"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    # Cancel as soon as the waiting dialog is up (a loaded machine may take a while to show it).
    deadline = time.monotonic() + 15

    def poll() -> None:
        try:
            if _waiting_dialog(incident_window) is not None or time.monotonic() > deadline:
                timer.stop()
                cancel()
        except RuntimeError:  # the window is gone (the test ended): nothing left to cancel
            timer.stop()

    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(poll)
    timer.start()
    try:
        page.actions.note.trigger()
    finally:
        timer.stop()
        holder.rollback()
        holder.close()
    assert shown == ["Cancelled while another program was using the database; nothing was changed."]
    assert "Rang BrightFix" not in page.detail.timeline_text()
    rec = page.actions.incident
    assert all(e.text != "Rang BrightFix" for e in incident_window.services.incidents.detail(rec.id).events)
