"""First run: an empty database opens on the welcome page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from window_support import drive, make_window

from ui.dialogs.settings_dialog import SettingsDialog


def _window(services, qtbot, tmp_path, monkeypatch):
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    return win


def test_set_up_your_office(services, qtbot, tmp_path, monkeypatch):
    win = _window(services, qtbot, tmp_path, monkeypatch)
    assert win.current_page() is win.welcome
    assert not win.side_bar.isEnabled() and not win.new_incident_action.isEnabled()

    def office(dialog):
        assert not dialog.mail_box.isVisibleTo(dialog)  # only the office questions on first run
        qtbot.keyClicks(dialog.office_name, "Harbour Street office")
        dialog.office_address.setPlainText("12 Harbour Street\nPortwell")
        dialog.currency.clear()
        qtbot.keyClicks(dialog.currency, "gbp")
        dialog.paper_size.setCurrentText("Letter")

    drive(monkeypatch, qtbot, SettingsDialog, office)
    qtbot.mouseClick(win.welcome.setup_button, Qt.MouseButton.LeftButton)
    saved = services.settings.get_all()
    assert (saved.office_name, saved.currency, saved.paper_size) == ("Harbour Street office", "GBP", "Letter")
    assert saved.office_address == "12 Harbour Street\nPortwell" and saved.setup_done
    # The overview comes first and, with nothing logged yet, says what to set up first.
    assert win.current_page() is win.overview
    assert win.new_incident_action.isEnabled()
    qtbot.waitUntil(lambda: win.overview.overview is not None and not win.overview.is_busy())
    assert win.overview.stack.currentWidget() is win.overview.empty
    assert "Add the companies you call" in win.overview.empty.text()
    assert "No incidents logged yet" in win.incidents.empty_label.text()


def test_cancelled_setup_stays_on_welcome(services, qtbot, tmp_path, monkeypatch):
    win = _window(services, qtbot, tmp_path, monkeypatch)
    drive(monkeypatch, qtbot, SettingsDialog, lambda d: None)  # no name typed: Save stays disabled
    qtbot.mouseClick(win.welcome.setup_button, Qt.MouseButton.LeftButton)
    assert win.current_page() is win.welcome
    assert services.settings.get("office_name") == ""


def test_explore_with_sample_data(services, qtbot, tmp_path, monkeypatch):
    win = _window(services, qtbot, tmp_path, monkeypatch)
    qtbot.mouseClick(win.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert win.current_page() is win.overview
    qtbot.waitUntil(lambda: win.overview.overview is not None and not win.overview.is_busy())
    assert win.overview.figure("opened") != "0"
    assert win.incidents.model.rowCount() > 0
    assert "open" in win.counts_label.text()
    assert services.settings.is_set_up()


def test_a_set_up_office_skips_the_welcome(services, qtbot, tmp_path, monkeypatch):
    services.settings.update(office_name="Harbour", setup_done=True)
    win = _window(services, qtbot, tmp_path, monkeypatch)
    assert win.current_page() is win.overview
