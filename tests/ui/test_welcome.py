"""First run: an empty database opens on the welcome page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from window_support import make_window, shown


def _window(services, qtbot, tmp_path, monkeypatch):
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    shown(qtbot, win.incidents)  # a shared database says a moment later that it is empty
    return win


def test_set_up_your_office(services, qtbot, tmp_path, monkeypatch):
    win = _window(services, qtbot, tmp_path, monkeypatch)
    welcome = win.welcome
    assert win.current_page() is welcome
    assert not win.side_bar.isEnabled() and not win.new_incident_action.isEnabled()
    qtbot.keyClicks(welcome.office_name, "Harbour Street office")
    welcome.office_address.setPlainText("12 Harbour Street\nPortwell")
    qtbot.keyClicks(welcome.office_phone, "+44 1632 960100")
    welcome.currency.setEditText("£")  # a symbol is understood
    qtbot.keyClicks(welcome.access_notes, "Ring the bell at the blue door")
    qtbot.keyClicks(welcome.alarm_notes, "Panel left of the door")
    qtbot.mouseClick(welcome.setup_button, Qt.MouseButton.LeftButton)
    saved = services.settings.get_all()
    assert (saved.office_name, saved.currency) == ("Harbour Street office", "GBP")
    assert saved.office_address == "12 Harbour Street\nPortwell" and saved.setup_done
    # The office's first site: what the call-out form prints under "Site".
    (site,) = services.sites.list()
    assert (site.name, site.address, site.phone) == ("Harbour Street office", "12 Harbour Street\nPortwell",
                                                     "+44 1632 960100")
    assert site.access_notes == "Ring the bell at the blue door"
    assert site.alarm_notes == "Panel left of the door"
    assert site.parking_notes == ""
    assert win.current_page() is win.incidents
    assert win.new_incident_action.isEnabled()
    win.show_page(0)  # the overview says what to set up first, not a wall of zeros
    qtbot.waitUntil(lambda: win.overview.overview is not None and not win.overview.is_busy())
    assert win.overview.stack.currentWidget() is win.overview.empty
    assert "Add the companies you call" in win.overview.empty.text()
    assert "No incidents logged yet" in win.incidents.empty_label.text()
    assert "New vendor" in win.incidents.empty_label.text()  # what to set up, and where


def test_enter_in_the_office_name_sets_up_and_new_assets_go_to_that_site(services, qtbot, tmp_path,
                                                                        monkeypatch):
    from ui.dialogs.asset_dialog import AssetDialog

    win = _window(services, qtbot, tmp_path, monkeypatch)
    qtbot.keyClicks(win.welcome.office_name, "Harbour")
    qtbot.keyClick(win.welcome.office_name, Qt.Key.Key_Return)
    assert win.current_page() is win.incidents and services.settings.is_set_up()
    dialog = AssetDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.site.currentText() == "Harbour"


def test_without_a_name_nothing_is_set_up_and_the_field_says_why(services, qtbot, tmp_path, monkeypatch):
    win = _window(services, qtbot, tmp_path, monkeypatch)
    qtbot.mouseClick(win.welcome.setup_button, Qt.MouseButton.LeftButton)
    assert win.current_page() is win.welcome
    assert "Office name is required" in win.welcome.errors.message_for("office_name")
    assert services.settings.get("office_name") == "" and services.sites.list() == []
    qtbot.keyClicks(win.welcome.office_name, "H")  # correcting it clears the message
    assert win.welcome.errors.message_for("office_name") == ""


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
