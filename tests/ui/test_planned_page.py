"""The Planned page, its task and Done dialogs, and its place in the window (Ctrl+5, status bar,
start-up mention, Reports ▸ Planned work…, File ▸ Export ▸ Planned work calendar…)."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
from printing_support import pdf_text
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from window_support import form_opened, make_window, saved, shown

from ui import prompts
from ui.models.formatting import overdue_colour
from ui.models.planned_model import DUE, TITLE, WHEN
from ui.views.planned_page import PlannedPage

TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def _today() -> None:
    # Read the date when each test starts, not when the module is imported: a suite that runs
    # across midnight would otherwise expect "2 days overdue" of a task that is now 3 days late.
    global TODAY
    TODAY = dt.date.today()


def titles(page: PlannedPage) -> list[str]:
    model = page.model
    return [model.index(r, TITLE).data() for r in range(model.rowCount())]


def ok(qtbot, dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    saved(qtbot, dialog)


@pytest.fixture
def office(services):
    services.settings.update(currency="GBP")
    services.vendors.create(name="CopyRight Printers")
    services.assets.create(tag="CP-0001", name="Copier", vendor="CopyRight Printers",
                           warranty_end=TODAY + dt.timedelta(days=20))
    return services


@pytest.fixture
def page(qtbot, office):
    widget = PlannedPage(office)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    shown(qtbot, widget)  # a shared database answers a moment later
    return widget


def test_sorted_by_due_with_overdue_in_red_and_warranty_ends(qtbot, office, page):
    office.planned.create(title="Copier service", due=TODAY + dt.timedelta(days=9), every="6 months")
    office.planned.create(title="Test-restore the backup", due=TODAY - dt.timedelta(days=2),
                          every="1 months")
    page.refresh()
    shown(qtbot, page)
    assert titles(page) == ["Test-restore the backup", "Copier service", "Warranty ends: CP-0001 Copier"]
    late = page.model.index(0, WHEN)
    assert late.data() == "2 days overdue"
    assert late.data(Qt.ItemDataRole.ForegroundRole).color() == overdue_colour()
    assert page.model.index(1, DUE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert page.count_label.text() == "1 due in 14 days · 1 overdue"
    page.show_warranties.setChecked(False)
    assert titles(page) == ["Test-restore the backup", "Copier service"]
    page.show_warranties.setChecked(True)
    page.table.selectRow(2)
    assert "Read from the asset" in page.detail.toPlainText()
    assert not page.done_action.isEnabled()  # a warranty end is not a task


def test_add_a_task_through_the_dialog(qtbot, office, page):
    page.show_warranties.setChecked(False)
    assert page.stack.currentWidget() is page.empty_label and "No planned work yet" in page.empty_label.text()
    page.new_action.trigger()
    form_opened(qtbot)
    dialog = page.dialog
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    qtbot.keyClicks(dialog.title, "Copier service visit")
    dialog.due.setDate(QDate(2026, 1, 31))
    dialog.repeats.setChecked(True)
    dialog.every_n.setValue(6)
    dialog.every_unit.setCurrentIndex(dialog.every_unit.findData("months"))
    dialog.asset.setCurrentIndex(dialog.asset.findData("CP-0001"))
    dialog.vendor.setCurrentIndex(dialog.vendor.findData("CopyRight Printers"))
    qtbot.keyClicks(dialog.cost, "140")
    ok(qtbot, dialog)
    shown(qtbot, page)
    assert page.dialog is None
    task = office.planned.list()[0]
    assert (task.title, task.due, task.every_text, task.asset_tag, task.vendor_name, str(task.cost)) == (
        "Copier service visit", dt.date(2026, 1, 31), "6 months", "CP-0001", "CopyRight Printers", "140.00")
    assert titles(page)[0] == "Copier service visit"
    assert page.current_task().id == task.id
    assert "every 6 months" in page.detail.toPlainText()


def test_editing_a_task_keeps_its_link_to_an_archived_asset(qtbot, office, page):
    copier = office.assets.by_tag("CP-0001")
    task = office.planned.create(title="Copier service", due=TODAY + dt.timedelta(days=9), asset="CP-0001",
                                 vendor="CopyRight Printers")
    office.assets.archive(copier.id)  # retired, but its service history stays with it
    page.refresh()
    shown(qtbot, page)
    assert page.select_task(task.id)
    page.edit_action.trigger()
    form_opened(qtbot)
    dialog = page.dialog
    assert dialog.asset.currentData() == "CP-0001"
    dialog.title.setText("Copier service (last one)")
    ok(qtbot, dialog)
    shown(qtbot, page)
    edited = office.planned.list()[0]
    assert (edited.title, edited.asset_tag, edited.vendor_name) == (
        "Copier service (last one)", "CP-0001", "CopyRight Printers")


def test_bad_input_is_shown_beside_the_field_and_nothing_is_saved(qtbot, office, page):
    page.new_action.trigger()
    form_opened(qtbot)
    dialog = page.dialog
    qtbot.keyClicks(dialog.title, "Broadband")
    qtbot.keyClicks(dialog.cost, "12.3456")
    ok(qtbot, dialog)
    shown(qtbot, page)
    assert dialog.isVisible()
    assert dialog.errors.message_for("cost") == "Cost 12.3456 has more than two decimal places."
    assert office.planned.list() == []
    dialog.reject()


def test_done_dialog_schedules_the_next_one(qtbot, office, page):
    task = office.planned.create(title="Test-restore the backup", due="2026-01-31", every="1 months",
                                 cost="25")
    page.refresh()
    shown(qtbot, page)
    page.select_task(task.id)
    page.buttons["done"].click()
    form_opened(qtbot)
    dialog = page.dialog
    assert dialog.cost.text() == "25.00"  # the estimate, to correct
    dialog.done_on.setDate(QDate(2026, 2, 3))
    assert dialog.next_label.text() == "2026-02-28"  # from the due date: the month's end
    dialog.cost.clear()
    qtbot.keyClicks(dialog.cost, "30")
    dialog.done_by.setText("Zoë Hartley")
    qtbot.keyClicks(dialog.note, "All files opened")
    ok(qtbot, dialog)
    shown(qtbot, page)
    assert page.dialog is None
    assert office.planned.get(task.id).due == dt.date(2026, 2, 28)
    done = office.planned.history(task.id)[0]
    assert (done.done_on, done.done_by, str(done.cost), done.note) == (
        dt.date(2026, 2, 3), "Zoë Hartley", "30.00", "All files opened")
    assert page.model.index(0, DUE).data() == "2026-02-28"
    assert "Zoë Hartley" in page.detail.toPlainText()


def test_delete_asks_first(qtbot, office, page, monkeypatch):
    task = office.planned.create(title="Domain renewal", due=TODAY + dt.timedelta(days=40), renewal=True)
    page.refresh()
    shown(qtbot, page)
    page.select_task(task.id)
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: asked.append(text) or False)
    page.delete_action.trigger()
    shown(qtbot, page)
    assert asked == ["Delete Domain renewal? This cannot be undone."]
    assert office.planned.list()[0].id == task.id
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: True)
    page.delete_action.trigger()
    shown(qtbot, page)
    assert office.planned.list() == [] and "Domain renewal" not in titles(page)


def test_window_page_status_bar_startup_mention_and_menus(qtbot, office, tmp_path, monkeypatch):
    office.planned.create(title="Clean the filters", due=TODAY, every="3 months")
    office.planned.create(title="Backup test", due=TODAY - dt.timedelta(days=1), every="1 months")
    win = make_window(office, qtbot, tmp_path, monkeypatch)
    modal = []
    for name in ("confirm", "show_info", "show_error"):
        monkeypatch.setattr(prompts, name, lambda *a, name=name, **k: modal.append(name))
    qtbot.waitExposed(win)
    # Mentioned once in the status bar at start-up, with no dialog (prompts would fail the test).
    qtbot.waitUntil(lambda: "Planned work due today: Clean the filters" in win.statusBar().currentMessage())
    qtbot.waitUntil(lambda: win.planned_counts_label.text() == "Planned: 1 due · 1 overdue")
    assert modal == []
    labels = [win.side_bar.item(i).text() for i in range(win.side_bar.count())]
    index = labels.index("Planned")
    assert index == len(labels) - 1  # after the existing pages
    assert win.page_actions[index].shortcut().toString() == f"Ctrl+{index + 1}"
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
    page = win.current_page()
    shown(qtbot, page)
    assert isinstance(page, PlannedPage) and titles(page)[:2] == ["Backup test", "Clean the filters"]

    # Done from the page updates the window's count.
    page.select_task(office.planned.list()[0].id)
    page.done_current()
    form_opened(qtbot)
    page.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: win.planned_counts_label.text() == "Planned: 1 due · 0 overdue")

    assert win.planned_checklist_action in win.menu("&Reports").actions()
    target = tmp_path / "planned"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: str(target))
    win.planned_calendar_action.trigger()
    events = icalendar.Calendar.from_ical((tmp_path / "planned.ics").read_bytes()).walk("VEVENT")
    assert sorted(str(e["SUMMARY"]) for e in events) == ["Backup test", "Clean the filters"]
    assert "Exported 2 planned tasks" in win.statusBar().currentMessage()
    file_menu = win.menu("&File")
    export_menu = next(a.menu() for a in file_menu.actions() if a.menu() is not None
                       and a.text().replace("&", "") == "Export")
    assert win.planned_calendar_action in export_menu.actions()


def test_checklist_from_the_reports_dialog(qtbot, office, monkeypatch):
    from ui.dialogs.reports_dialog import ReportsDialog

    office.planned.create(title="Copier service", due=TODAY + dt.timedelta(days=5),
                          vendor="CopyRight Printers")
    dialog = ReportsDialog(office)
    qtbot.addWidget(dialog)
    dialog.select_document("planned")
    assert dialog.pages.currentIndex() == 4 and dialog.due_from.date() is None
    shown = []
    monkeypatch.setattr("ui.printing.show_preview", lambda parent, pdf, title, name: shown.append(pdf) or 1)
    dialog.preview()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    text = pdf_text(shown[0])
    assert "Planned work checklist" in text and "Copier service" in text and "CopyRight Printers" in text


def test_overview_box_in_one_call(qtbot, office):
    from ui.widgets.planned_summary import PlannedSummaryBox

    office.planned.create(title="Backup test", due=TODAY - dt.timedelta(days=3), every="1 months")
    task = office.planned.create(title="Copier service", due=TODAY + dt.timedelta(days=4), cost="140")
    office.planned.mark_done(task.id, at=TODAY)
    office.planned.create(title="UPS battery", due=TODAY + dt.timedelta(days=6))
    box = PlannedSummaryBox()
    qtbot.addWidget(box)
    box.show_summary(office.planned.summary(TODAY - dt.timedelta(days=30), TODAY), "GBP")
    assert (box.due_label.text(), box.overdue_label.text()) == ("1", "1")
    assert (box.planned_label.text(), box.unplanned_label.text(), box.share_label.text()) == (
        "GBP 140.00", "GBP 0.00", "100%")
    assert box.list_label.text().splitlines() == [
        f"{(TODAY - dt.timedelta(days=3)).isoformat()}  Backup test  (overdue)",
        f"{(TODAY + dt.timedelta(days=6)).isoformat()}  UPS battery"]
    with qtbot.waitSignal(box.openPlanned):
        box.open_button.click()


def test_edit_a_task_and_a_stale_edit_is_refused(qtbot, office, page):
    task = office.planned.create(title="Antivirus", due=TODAY + dt.timedelta(days=40), renewal=True,
                                 notice_days=14, cost="264", every="1 years")
    page.refresh()
    shown(qtbot, page)
    page.select_task(task.id)
    page.edit_current()
    form_opened(qtbot)
    dialog = page.dialog
    assert dialog.renewal.isChecked() and dialog.notice_days.value() == 14 and dialog.cost.text() == "264.00"
    dialog.title.setText("Antivirus licence (12 seats)")
    ok(qtbot, dialog)
    shown(qtbot, page)
    assert office.planned.get(task.id).title == "Antivirus licence (12 seats)"
    assert office.planned.get(task.id).notice_days == 14

    page.edit_current()
    form_opened(qtbot)
    dialog = page.dialog
    office.planned.update(task.id, notes="changed on the other PC")  # someone else saves first
    dialog.title.setText("Mine")
    ok(qtbot, dialog)
    shown(qtbot, page)
    assert dialog.isVisible() and "changed on another computer" in dialog.errors.general_message
    assert office.planned.get(task.id).title == "Antivirus licence (12 seats)"
    dialog.reject()
