"""The frame: pages by Ctrl+1..n, shared actions, status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from window_support import ini_settings, make_window, shown


def _window(services, qtbot, tmp_path, monkeypatch):
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    qtbot.waitExposed(win)
    win.activateWindow()  # window shortcuts (Ctrl+1..) only reach the active window
    qtbot.waitUntil(lambda: win.isActiveWindow())
    return win


def test_pages_by_keyboard_and_last_page_restored(demo_services, qtbot, tmp_path, monkeypatch):
    from ui.views.overview_page import OverviewPage

    win = _window(demo_services, qtbot, tmp_path, monkeypatch)
    assert isinstance(win.current_page(), OverviewPage) and win.side_bar.item(0).text() == "Overview"
    assert [a.shortcut().toString() for a in win.page_actions] == [f"Ctrl+{i}" for i in range(1, 7)]
    qtbot.keyClick(win, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert win.current_page() is win.incidents
    last = len(win.pages)
    qtbot.keyClick(win, Qt.Key(Qt.Key.Key_0 + last), Qt.KeyboardModifier.ControlModifier)
    assert win.current_page() is win.pages[last - 1]
    assert win.side_bar.currentRow() == last - 1
    win.close()
    again = _window(demo_services, qtbot, tmp_path, monkeypatch)
    assert again.current_page() is again.pages[last - 1]
    qtbot.keyClick(again, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert again.current_page() is again.incidents
    qtbot.keyClick(again, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert again.current_page() is again.overview


def test_find_focuses_the_search_box(demo_services, qtbot, tmp_path, monkeypatch):
    win = _window(demo_services, qtbot, tmp_path, monkeypatch)
    assert win.current_page() is win.overview  # no search box there: Find searches the incidents
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert win.current_page() is win.incidents
    qtbot.waitUntil(lambda: win.incidents.search.hasFocus())


def test_print_is_disabled_until_a_handler_is_set(demo_services, qtbot, tmp_path, monkeypatch):
    from ui.main_window import MainWindow

    # The bare frame, without the printing feature that installs a handler.
    win = MainWindow(demo_services, ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: win.isActiveWindow())
    shown(qtbot, win.incidents)
    assert not win.print_action.isEnabled()
    assert win.print_action.shortcut().toString() == "Ctrl+P"
    printed = []
    win.set_print_handler(lambda: printed.append(win.current_incident_id()))
    assert win.print_action.isEnabled()
    qtbot.keyClick(win, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == [win.incidents.current_incident_id()] and printed[0] is not None
    win.set_print_handler(None)
    assert not win.print_action.isEnabled()


def test_menus_share_actions_with_the_toolbar(demo_services, qtbot, tmp_path, monkeypatch):
    win = _window(demo_services, qtbot, tmp_path, monkeypatch)
    toolbar = win.toolbar().actions()
    assert win.new_incident_action in toolbar and win.new_incident_action in win.menu("&Incident").actions()
    assert win.quit_action.shortcut().toString() == "Ctrl+Q"
    reports = win.menu("&Reports")
    assert win.menu("&Reports") is reports
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles[-1] == "&Help" and "&Reports" in titles


def test_status_bar_shows_database_and_counts(demo_services, qtbot, tmp_path, monkeypatch):
    win = _window(demo_services, qtbot, tmp_path, monkeypatch)
    open_count, overdue = demo_services.incidents.open_and_overdue()
    # The raw database location is for support people: in Help > About, not the status bar.
    assert demo_services.location not in " ".join(w.text() for w in win.statusBar().findChildren(QLabel))
    # The counts follow the first paint of the window.
    qtbot.waitUntil(lambda: win.counts_label.text() == f"{open_count} open \u00b7 {overdue} overdue")
    counts = demo_services.incidents.status_counts()
    needs_action = sum(n for status, n in counts.items() if status not in ("closed", "cancelled"))
    assert needs_action > open_count  # the demo has resolved incidents still to close
    assert win.incidents.model.rowCount() == needs_action  # the default: everything still to do
    win.show_page(1)  # the filter's counts are read once the incidents are on screen
    qtbot.waitUntil(lambda: win.incidents.status_filter.currentText() == f"Needs action ({needs_action})")
    total = demo_services.incidents.total()
    combo = win.incidents.status_filter
    assert combo.itemText(combo.findData("all")) == f"All incidents ({total})"


def test_quit_saves_window_state(demo_services, qtbot, tmp_path, monkeypatch):
    win = _window(demo_services, qtbot, tmp_path, monkeypatch)
    qtbot.keyClick(win, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not win.isVisible()
    assert ini_settings(tmp_path).value("window/geometry") is not None


def test_counts_are_read_once_the_first_frame_is_up(demo_services, qtbot, tmp_path, monkeypatch):
    """Start-up paints the first screen first; the status bar and filter counts follow it."""
    from ui.app import create_main_window

    win = create_main_window(demo_services, ini_settings(tmp_path))
    qtbot.addWidget(win)
    assert win.counts_label.text() == ""
    assert win.incidents.status_filter.currentText() == "Needs action"
    win.show()
    open_count, overdue = demo_services.incidents.open_and_overdue()
    qtbot.waitUntil(lambda: win.counts_label.text() == f"{open_count} open \u00b7 {overdue} overdue")
    win.show_page(1)
    combo = win.incidents.status_filter
    qtbot.waitUntil(lambda: combo.itemText(combo.findData("open")) == f"Open ({open_count})")


def test_view_menu_names_sites_and_people_with_its_ampersand(demo_services, qtbot, tmp_path, monkeypatch):
    win = _window(demo_services, qtbot, tmp_path, monkeypatch)
    texts = [a.text() for a in win.menu("&View").actions()]
    assert "Sites && People" in texts  # shown as "Sites & People", not "Sites _People"
    assert any(a.iconText() == "Sites & People" for a in win.menu("&View").actions())


def test_f1_opens_the_getting_started_guide_in_the_window(demo_services, qtbot, tmp_path, monkeypatch):
    from ui.dialogs.guide_dialog import TOPICS, GuideDialog

    win = _window(demo_services, qtbot, tmp_path, monkeypatch)
    assert win.guide_action in win.menu("&Help").actions()
    assert win.guide_action.shortcut().toString() == "F1"
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win.incidents.table, Qt.Key.Key_F1)
    guide = win.findChild(GuideDialog)
    assert guide is not None and guide.isVisible()
    assert "Getting started" in guide.text() and "Ctrl+N" in guide.text()
    seen = []
    for row in range(len(TOPICS)):
        guide.topics.setCurrentRow(row)
        seen.append(guide.text())
    joined = " ".join(seen)
    for words in ("Backups", "Importing", "Calling a vendor out", "Printing", "keyring"):
        assert words in joined
    assert len(set(seen)) == len(TOPICS)  # every topic is its own page


def test_key_incident_columns_fit_at_1280_and_overdue_rows_are_marked(demo_services, qtbot, tmp_path,
                                                                      monkeypatch):
    from PySide6.QtGui import QColor

    from ui.models.incidents_model import COLUMNS, DUE_COLUMN

    win = _window(demo_services, qtbot, tmp_path, monkeypatch)
    win.resize(1280, 800)
    win.show_page(1)
    qtbot.waitUntil(lambda: win.incidents.model.rowCount() > 0)
    table = win.incidents.table
    header = table.horizontalHeader()
    keys = ("ref", "title", "asset", "priority", "status", "vendor", "response_due")
    assert [c[0] for c in COLUMNS[:len(keys)]] == list(keys)
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    last = len(keys) - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= table.viewport().width()
    _open, overdue = demo_services.incidents.open_and_overdue()
    assert overdue > 0
    combo = win.incidents.status_filter
    combo.setCurrentIndex(combo.findData("overdue"))
    shown(qtbot, win.incidents)
    model = win.incidents.model
    assert model.rowCount() == overdue
    mark = model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(mark, QColor) and "Overdue" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, DUE_COLUMN).data(Qt.ItemDataRole.FontRole).bold()
