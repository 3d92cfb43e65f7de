"""File > Back up / Restore / Import / Export and Incident > E-mail call-out, in the real window."""

from __future__ import annotations

import socket
from email import message_from_bytes, policy

import pytest
from PySide6.QtCore import Qt, QThreadPool
from window_support import ini_settings

from desktop_app import backup
from desktop_app.backup import backup_dir
from ui import data_feature, prompts
from ui.main_window import MainWindow


def _actions(menu) -> list[str]:
    out = []
    for act in menu.actions():
        out.append(act.text().replace("&", ""))
        if act.menu() is not None:
            out += [" > " + a.text().replace("&", "") for a in act.menu().actions()]
    return out


@pytest.fixture
def window(qtbot, demo_services, tmp_path):
    # The window plus this feature alone, so the test does not depend on the other features.
    win = MainWindow(demo_services, ini_settings(tmp_path))
    data_feature.install(win)
    qtbot.addWidget(win)
    yield win
    QThreadPool.globalInstance().waitForDone()  # the start-up backup must not outlive the test


def test_menus_and_daily_backup_at_start(window, qtbot):
    file_items = _actions(window.menu("&File"))
    for text in ("Back up now...", "Restore from backup...", "Import...", "Export", " > Assets...",
                 " > Incidents...", " > Vendors..."):
        assert text in file_items
    assert file_items.index("Import...") < file_items.index("Quit")
    assert "E-mail call-out to vendor..." in _actions(window.menu("&Incident"))
    # A shared office's copy is an SQLite file of every record, in this computer's data folder.
    autos = backup_dir(window.services.db)
    qtbot.waitUntil(lambda: window.auto_backup_op.done, timeout=20000)
    [made] = list(autos.glob("auto-*.sqlite3"))
    assert backup.inspect(made).assets == 20
    assert window.statusBar().currentMessage() == f"Automatic backup saved: {made.name}"


@pytest.mark.sqlite_only  # backup files of an SQLite office (PostgreSQL: issue 14's other half)
def test_back_up_now_then_restore_it(window, qtbot, monkeypatch, db_path):
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_info", lambda _p, _t, text: shown.append(text))
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(shown))  # made on a worker, reported on the GUI thread
    assert "20 assets" in shown[-1]
    services = window.services
    services.assets.create(tag="LATE-1", name="Added after the backup")
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text: asked.append(text) or True)
    from ui.dialogs.backup_dialog import BackupDialog

    dialog = BackupDialog(services, window)
    qtbot.addWidget(dialog)
    dialog.restored.connect(window.refresh_all)
    rows = [dialog.model.backup_at(r) for r in range(dialog.model.rowCount())]
    manual = next(r for r in rows if r.path.name.startswith("manual-"))
    assert (manual.assets, manual.incidents) == (20, 40)
    dialog.table.selectRow(rows.index(manual))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked and "20 assets" in asked[-1] and "copy of the current database" in asked[-1]
    assert services.assets.count() == 20  # the window's own connection sees the restored file
    assert any(p.name.startswith("before-restore-") for p in backup_dir(db_path).iterdir())
    assert "Restored" in shown[-1]


@pytest.mark.sqlite_only  # backup files of an SQLite office (PostgreSQL: issue 14's other half)
def test_restore_refuses_a_file_that_is_not_fixdesk(window, qtbot, monkeypatch, tmp_path):
    errors: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, _t, text: errors.append(text))
    monkeypatch.setattr(prompts, "confirm", lambda *a: pytest.fail("must not ask"))
    bogus = tmp_path / "photo.sqlite3"
    bogus.write_bytes(b"\x89PNG not a database")
    monkeypatch.setattr(prompts, "choose_open_file", lambda *a, **k: str(bogus))
    from ui.dialogs.backup_dialog import BackupDialog

    dialog = BackupDialog(window.services, window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert errors == ["photo.sqlite3 is not a FixDesk database (it is not an SQLite file)."]
    assert window.services.assets.count() == 20


def test_export_from_the_menu(window, monkeypatch, tmp_path, qtbot):
    target = tmp_path / "out" / "assets"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: str(target))
    said: list[str] = []
    monkeypatch.setattr(window, "show_status", lambda text, *a: said.append(text))
    window.export_actions["assets"].trigger()
    written = tmp_path / "out" / "assets.csv"
    # Written on a worker; the status bar says so on the GUI thread when it is done.
    qtbot.waitUntil(lambda: any(text.startswith("Exported 20 assets") for text in said))
    assert written.read_bytes().startswith(b"\xef\xbb\xbfAsset tag,Name")
    assert written.read_bytes().count(b"\r\n") == 21  # header + 20 assets, Excel line ends


@pytest.mark.sqlite_only  # backup files of an SQLite office (PostgreSQL: issue 14's other half)
def test_damaged_database_offers_the_newest_good_backup(demo_services, db_path, monkeypatch, qtbot):
    good = backup.auto_backup(db_path)
    demo_services.close()
    data = bytearray(db_path.read_bytes())
    data[8192:16384] = b"\xff" * 8192
    db_path.write_bytes(bytes(data))
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text: asked.append(text) or False)
    assert data_feature.open_services(str(db_path)) is None  # declined: nothing touched
    assert "damaged" in asked[0] and good.name not in asked[0] and "Restore the backup from" in asked[0]
    assert db_path.read_bytes() == bytes(data)
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    services = data_feature.open_services(str(db_path))
    try:
        assert services is not None and services.assets.count() == 20
    finally:
        services.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_email_callout_dialog_sends_the_edited_message(window, qtbot, monkeypatch):
    from aiosmtpd.controller import Controller

    received = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802
            received.append((envelope.rcpt_tos, message_from_bytes(envelope.content, policy=policy.default)))
            return "250 OK"

    controller = Controller(Handler(), hostname="127.0.0.1", port=_free_port())
    controller.start()
    try:
        services = window.services
        services.settings.update(smtp_host="127.0.0.1", smtp_port=controller.port, smtp_security="none",
                                 smtp_sender="office@example.test", smtp_user="")
        vendor = services.vendors.list()[0]
        services.vendors.update(vendor.id, email="jobs@vendor.example")
        rec = services.incidents.create(title="Phones dead", vendor=vendor.name, author="t")
        from ui.dialogs.email_callout_dialog import EmailCalloutDialog

        dialog = EmailCalloutDialog(services, rec.id, window)
        qtbot.addWidget(dialog)
        assert dialog.to.text() == "jobs@vendor.example"
        dialog.body.setPlainText("Urgent: all phones are dead.")
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result_record is not None, timeout=20000)  # sent off the GUI thread
        assert dialog.result() == dialog.DialogCode.Accepted
        [(rcpt, msg)] = received
        assert rcpt == ["jobs@vendor.example"]
        assert msg.get_body(("plain",)).get_content().strip() == "Urgent: all phones are dead."
        assert services.incidents.get(rec.id).status == "called_out"
    finally:
        controller.stop()


def test_email_failure_stays_in_the_dialog(window, qtbot):
    services = window.services
    services.settings.update(smtp_host="127.0.0.1", smtp_port=_free_port(), smtp_security="none",
                             smtp_sender="office@example.test", smtp_user="")
    vendor = services.vendors.list()[0]
    services.vendors.update(vendor.id, email="jobs@vendor.example")
    rec = services.incidents.create(title="Printer offline", vendor=vendor.name, author="t")
    from ui.dialogs.email_callout_dialog import EmailCalloutDialog

    dialog = EmailCalloutDialog(services, rec.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=20000)
    assert dialog.isVisible()
    assert dialog.error.text().startswith("Could not connect to the mail server 127.0.0.1:")
    assert services.incidents.get(rec.id).status == "new"


def test_the_backups_window_backs_up_on_a_worker_and_lists_the_copy(window, qtbot):
    from ui.dialogs.backup_dialog import BackupDialog

    qtbot.waitUntil(lambda: window.auto_backup_op.done, timeout=20000)  # the start-up copy first
    dialog = BackupDialog(window.services, window)
    qtbot.addWidget(dialog)
    before = dialog.model.rowCount()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Backed up to"), timeout=10000)
    assert dialog.model.rowCount() == before + 1 and dialog.backup_button.isEnabled()
    newest = dialog.model.backup_at(0)
    assert newest.path.name.startswith("manual-") and newest.assets == 20
