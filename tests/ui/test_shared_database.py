"""File > Use a shared database...: test the connection, move the office there, connect a
second PC, and come back with a local copy."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from pg_support import NO_PG, PG_URL, wipe
from PySide6.QtCore import Qt
from window_support import ini_settings, ops_settled, quiet_prompts

from desktop_app import secrets, transfer
from desktop_app.services import Services, demo
from desktop_app.shared_db import ServerSettings
from ui.dialogs.shared_db_dialog import LOCATION_KEY


def _window(services, settings, qtbot, monkeypatch):  # noqa: ANN001, ANN202
    from ui.app import create_main_window

    quiet_prompts(monkeypatch)
    win = create_main_window(services, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def _fill(dialog, qtbot, host: str, port: int, database: str, user: str, password: str) -> None:  # noqa: ANN001
    for field, text in ((dialog.host, host), (dialog.database, database), (dialog.user, user),
                        (dialog.password, password)):
        field.clear()
        qtbot.keyClicks(field, text)
    dialog.port.setValue(port)


def _click_and_wait(qtbot, dialog, button) -> str:  # noqa: ANN001
    dialog.result.setText("")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result.text() and not dialog.result.text().startswith("Connecting"),
                    timeout=15_000)
    return dialog.result.text()


@pytest.mark.sqlite_only  # starts from a local file office ("Make a local copy" is greyed)
def test_test_connection_answers_in_plain_words(services, qtbot, tmp_path, monkeypatch, memory_keyring):
    services.settings.update(office_name="Harbour", setup_done=True)
    win = _window(services, ini_settings(tmp_path), qtbot, monkeypatch)
    win.shared_action.trigger()
    dialog = win.shared_dialog
    assert dialog.isVisible() and not dialog.local_button.isEnabled()  # already a local file
    _fill(dialog, qtbot, "no-such-server.invalid", 5432, "fixdesk", "office", "pw")
    said = _click_and_wait(qtbot, dialog, dialog.test_button)
    assert said == "No server called no-such-server.invalid was found; check the name or ask for its address."
    _fill(dialog, qtbot, "127.0.0.1", 1, "fixdesk", "office", "pw")
    said = _click_and_wait(qtbot, dialog, dialog.test_button)
    assert said.startswith("Nothing answered at 127.0.0.1 on port 1")
    assert "Traceback" not in said
    assert win.settings.value(LOCATION_KEY) is None  # a test changes nothing


@pytest.mark.skipif(not PG_URL, reason=NO_PG)
@pytest.mark.sqlite_only  # moves a local file office into the shared database
def test_move_to_the_shared_database_then_a_second_pc_then_back(db_path, tmp_path, qtbot, monkeypatch,
                                                                memory_keyring):
    from ui import prompts

    url = urlsplit(PG_URL)
    server = (url.hostname, url.port or 5432, url.path.lstrip("/"), url.username, url.password)
    wipe(PG_URL)
    local = Services.open(db_path)
    demo.build(local.db, assets=20, incidents=50)
    local.settings.update(office_name="Harbour", setup_done=True)
    here = transfer.counts(local.db)
    reception = ini_settings(tmp_path)
    try:
        win = _window(local, reception, qtbot, monkeypatch)
        win.shared_action.trigger()
        dialog = win.shared_dialog
        _fill(dialog, qtbot, *server)
        assert "The database is empty, ready for this office's data." in _click_and_wait(
            qtbot, dialog, dialog.test_button)

        # A wrong password is named as such.
        dialog.password.setText("not-the-password")
        assert "refused the user name or password" in _click_and_wait(qtbot, dialog, dialog.test_button)
        dialog.password.setText(server[4])

        asked: list[str] = []
        monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text: asked.append(text) or True)
        monkeypatch.setattr(prompts, "show_info", lambda _p, _t, text: asked.append(text))
        qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: win.reopen_with is not None, timeout=60_000)
        assert "is not changed: it stays as a backup" in asked[0]
        assert "every count checked" in asked[1] and str(db_path) in asked[1]
        saved = reception.value(LOCATION_KEY)
        assert saved == win.reopen_with and server[4] not in saved  # no password in QSettings
        assert secrets.get_secret("database", ServerSettings.from_url(saved).secret_name()) == server[4]
        assert transfer.counts(local.db) == here  # the local file is untouched
    finally:
        local.close()

    # This PC reopens on the shared database, the password coming from the keyring.
    shared = Services.open(saved)
    back_office = ini_settings(tmp_path / "pc2")
    try:
        assert transfer.counts(shared.db) == here
        sample = [shared.incidents.detail(r.id) for r in shared.incidents.list()[::9]]
        # A second PC connects to the office already there.
        pc2 = _window(shared, back_office, qtbot, monkeypatch)
        pc2.shared_action.trigger()
        second = pc2.shared_dialog
        _fill(second, qtbot, *server)
        assert not second.move_button.isEnabled()  # this window is on the server already
        qtbot.mouseClick(second.use_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: pc2.reopen_with is not None, timeout=15_000)
        assert "holds a FixDesk office (50 incidents, 20 assets)" in second.result.text()
        assert back_office.value(LOCATION_KEY) == saved

        # The way back: a local copy, and working on it from then on.
        pc3 = _window(shared, ini_settings(tmp_path / "pc3"), qtbot, monkeypatch)
        assert pc3.local_copy_action.isEnabled()
        copy_path = tmp_path / "back-home.sqlite3"
        monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: str(copy_path))
        monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
        pc3.local_copy_action.trigger()
        qtbot.waitUntil(lambda: pc3.reopen_with is not None, timeout=60_000)
        assert pc3.reopen_with == str(copy_path)
        # The app quits and reopens at this point: these windows read no more from the server
        # (which the test empties below).
        for window in (win, pc2, pc3):
            window.close()
        ops_settled(qtbot)
    finally:
        shared.close()
    home = Services.open(copy_path)
    try:
        assert transfer.counts(home.db) == here
        assert [home.incidents.detail(d.incident.id) for d in sample] == sample
    finally:
        home.close()
        wipe(PG_URL)


@pytest.mark.sqlite_only  # about a database file
def test_a_database_file_on_a_network_share_is_warned_about(services, qtbot, tmp_path, monkeypatch,
                                                           memory_keyring):
    from desktop_app import netshare

    services.settings.update(office_name="Harbour", setup_done=True)
    monkeypatch.setattr(netshare, "network_share_kind", lambda _path: "an SMB (Windows) share")
    win = _window(services, ini_settings(tmp_path), qtbot, monkeypatch)
    banner = win.notice_banner
    assert banner.isVisible()
    assert "shared network folder, on an SMB (Windows) share" in banner.text()
    qtbot.mouseClick(banner.button("Use a shared database..."), Qt.MouseButton.LeftButton)
    assert win.shared_dialog.isVisible()


def test_a_local_database_file_gets_no_warning(services, qtbot, tmp_path, monkeypatch):
    services.settings.update(office_name="Harbour", setup_done=True)
    win = _window(services, ini_settings(tmp_path), qtbot, monkeypatch)
    assert not win.notice_banner.isVisible() and not win.connection_banner.isVisible()


@pytest.mark.skipif(not PG_URL, reason=NO_PG)
def test_back_up_and_restore_a_shared_office_from_the_window(qtbot, tmp_path, monkeypatch):
    from ui import prompts
    from ui.dialogs.backup_dialog import BackupDialog

    wipe(PG_URL)
    services = Services.open(PG_URL)
    try:
        demo.build(services.db, assets=12, incidents=30)
        services.settings.update(office_name="Harbour", setup_done=True)
        win = _window(services, ini_settings(tmp_path), qtbot, monkeypatch)
        qtbot.waitUntil(lambda: win.auto_backup_op.done, timeout=30_000)  # today's automatic copy
        shown: list[str] = []
        monkeypatch.setattr(prompts, "show_info", lambda _p, _t, text: shown.append(text))
        win.backup_action.trigger()
        qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
        assert "30 incidents, 12 assets" in shown[-1]
        services.incidents.create(title="Logged after the backup")

        monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
        dialog = BackupDialog(services, win)
        qtbot.addWidget(dialog)
        listed = [dialog.model.backup_at(r) for r in range(dialog.model.rowCount())]
        assert sorted(b.path.name.split("-")[0] for b in listed) == ["auto", "manual"]
        row, made = next((r, b) for r, b in enumerate(listed) if b.path.name.startswith("manual-"))
        assert (made.incidents, made.assets) == (30, 12)
        dialog.table.selectRow(row)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Restored the backup" in shown[-1], timeout=30_000)  # on a worker
        assert services.incidents.total() == 30
        win.close()
        ops_settled(qtbot)
    finally:
        services.close()
        wipe(PG_URL)


def test_the_window_opens_what_this_computer_chose(tmp_path, monkeypatch):
    from ui.app import chosen_location

    settings = ini_settings(tmp_path)
    assert chosen_location(None, settings) is None  # the user's data folder
    settings.setValue(LOCATION_KEY, "postgresql://office@server:5432/fixdesk?sslmode=prefer")
    assert chosen_location(None, settings).startswith("postgresql://office@server")
    assert chosen_location("/tmp/other.sqlite3", settings) == "/tmp/other.sqlite3"  # --db wins
    monkeypatch.setenv("FIXDESK_DB", "/tmp/env.sqlite3")
    assert chosen_location(None, settings) is None  # FIXDESK_DB wins (db.resolve_location reads it)


def test_an_unreachable_shared_database_at_start_offers_the_local_one(services, qtbot, tmp_path,
                                                                      monkeypatch):
    import ui.app as app_module
    from ui import data_feature, prompts

    settings = ini_settings(tmp_path)
    settings.setValue(LOCATION_KEY, "postgresql://office@server.invalid:5432/fixdesk?sslmode=prefer")
    monkeypatch.setattr(app_module, "QSettings", lambda *a: settings)
    opened: list[object] = []

    def open_services(location):  # noqa: ANN001, ANN202
        opened.append(location)
        if location is not None:
            raise RuntimeError("No server called server.invalid was found; check the name.")
        return services

    monkeypatch.setattr(data_feature, "open_services", open_services)
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text: asked.append(text) or True)

    class App:
        def exec(self) -> int:
            return 0

    monkeypatch.setattr(app_module, "_application", lambda argv: App())
    monkeypatch.setattr(app_module.i18n, "install", lambda _app, _settings: "en")  # App is no QApplication
    monkeypatch.setattr(app_module, "create_main_window",
                        lambda svc: (w := app_module.MainWindow(svc, settings), qtbot.addWidget(w), w)[2])
    monkeypatch.setattr(services, "close", lambda: None)  # the fixture closes it

    assert app_module.run(None, ["fixdesk"]) == 0
    assert opened == ["postgresql://office@server.invalid:5432/fixdesk?sslmode=prefer", None]
    assert "No server called server.invalid" in asked[0] and "database on this computer" in asked[0]
    assert settings.value(LOCATION_KEY) is None  # this computer opens its own database from now on


@pytest.mark.skipif(not PG_URL, reason=NO_PG)
def test_a_workflow_step_on_a_shared_database_is_saved_off_the_gui_thread(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from ui.dialogs.step_dialog import StepDialog

    wipe(PG_URL)
    services = Services.open(PG_URL)
    win = None
    try:
        services.settings.update(office_name="Harbour", setup_done=True)
        inc = services.incidents.create(title="Router down")
        win = _window(services, ini_settings(tmp_path), qtbot, monkeypatch)
        dialog = StepDialog(services, inc, "cancelled", win.incidents)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.note, "Turned out to be a loose cable")
        from PySide6.QtWidgets import QDialogButtonBox

        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=15_000)
        assert dialog.saved.status == "cancelled"
        assert services.incidents.get(inc.id).status == "cancelled"

        # Refused by the service (a cancelled incident cannot be cancelled again): the sentence
        # is shown in the dialog, which stays open with its text.
        again = StepDialog(services, services.incidents.get(inc.id), "cancelled", win.incidents)
        qtbot.addWidget(again)
        again.show()
        qtbot.keyClicks(again.note, "Pressed twice")
        again.accept()
        qtbot.waitUntil(lambda: again.general_error.isVisible() or bool(again.errors.message_for("status")),
                        timeout=15_000)
        assert again.isVisible() and again.note.toPlainText() == "Pressed twice"
        assert again.result() != QDialog.DialogCode.Accepted
    finally:
        if win is not None:
            win.close()
            ops_settled(qtbot)
        services.close()
        wipe(PG_URL)
