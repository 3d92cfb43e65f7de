""""Your name" belongs to the computer: two PCs on one database each sign as themselves."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from window_support import drive, form_opened, make_window, quiet_prompts, shown

from desktop_app.services import Services
from ui.dialogs.settings_dialog import SettingsDialog


def _settings(path) -> QSettings:  # noqa: ANN001
    return QSettings(str(path), QSettings.Format.IniFormat)


def _window(services, settings, qtbot, monkeypatch):  # noqa: ANN001, ANN202
    from ui.app import create_main_window

    quiet_prompts(monkeypatch)
    win = create_main_window(services, settings)
    qtbot.addWidget(win)
    win.show()
    shown(qtbot, win.incidents)  # a shared database reads the carried-over name a moment later
    return win


def _note_from(win, qtbot, monkeypatch, text: str) -> None:  # noqa: ANN001
    from ui import prompts

    shown(qtbot, win.incidents)  # the incident is selected (a shared database answers a moment later)
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: text)
    win.incidents.actions.note.trigger()
    qtbot.waitUntil(lambda: text in win.incidents.detail.timeline_text())


def test_each_pc_signs_its_own_name(db_path, tmp_path, qtbot, monkeypatch):
    first = Services.open(db_path)
    # Another PC: its own services (and user) over the same database.  One connection, since
    # the models are bound to one database per process.
    second = Services(first.db)
    try:
        # An office set up by an older FixDesk kept one name for everybody, in the database.
        first.settings.update(office_name="Harbour", user_name="Zoë Hartley", setup_done=True)
        inc = first.incidents.create(title="Printer jams")
        reception = _settings(tmp_path / "reception.ini")
        back_office = _settings(tmp_path / "back-office.ini")

        win_a = _window(first, reception, qtbot, monkeypatch)
        # Carried over once as this computer's starting value...
        assert reception.value("user/name") == "Zoë Hartley"

        def rename(dialog: SettingsDialog) -> None:
            assert dialog.user_name.text() == "Zoë Hartley"
            dialog.user_name.clear()
            qtbot.keyClicks(dialog.user_name, "Sam Reed")

        drive(monkeypatch, qtbot, SettingsDialog, rename)
        win_a.settings_action.trigger()
        form_opened(qtbot)
        assert reception.value("user/name") == "Sam Reed"
        # ...and the office's database is not where it went.
        assert first.settings.get("user_name") == "Zoë Hartley"

        win_b = _window(second, back_office, qtbot, monkeypatch)
        assert back_office.value("user/name") == "Zoë Hartley"
        _note_from(win_a, qtbot, monkeypatch, "Rang the vendor")
        _note_from(win_b, qtbot, monkeypatch, "Paper tray refilled")
        events = {e.text: e.author for e in first.incidents.detail(inc.id).events}
        assert events["Rang the vendor"] == "Sam Reed"
        assert events["Paper tray refilled"] == "Zoë Hartley"

        # Restarting on the reception PC keeps Sam, even after the office value changes.
        first.settings.update(user_name="Someone Else")
        win_a.close()
        again = _window(Services(first.db), reception, qtbot, monkeypatch)
        assert again.services.author() == "Sam Reed"
    finally:
        first.close()


def test_a_new_computer_without_any_name_signs_with_the_login(services, tmp_path, qtbot, monkeypatch):
    import getpass

    services.settings.update(office_name="Harbour", setup_done=True)
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    assert win.services.author() == getpass.getuser()
