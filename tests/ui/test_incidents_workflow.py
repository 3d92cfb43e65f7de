"""An office manager logs an incident and takes it from call-out to closed, by the window alone."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from window_support import drive, form_opened, make_window, ok_button, saved, shown, table_texts

from ui import prompts
from ui.dialogs.cost_dialog import CostDialog
from ui.dialogs.incident_dialog import IncidentDialog
from ui.dialogs.step_dialog import StepDialog

STATUS_COL, REF_COL = 4, 0


@pytest.fixture
def office(services):
    services.settings.update(office_name="Harbour office", currency="EUR", setup_done=True)
    vendor = services.vendors.create(name="BrightFix IT", response_hours=4, callout_fee="95",
                                     hourly_rate="75")
    next_year = dt.date.today() + dt.timedelta(days=400)
    asset = services.assets.create(tag="PC-0007", name="Reception PC", vendor=vendor.id,
                                   warranty_end=next_year.isoformat())
    return services, vendor, asset


@pytest.fixture
def window(office, qtbot, tmp_path, monkeypatch):
    win = make_window(office[0], qtbot, tmp_path, monkeypatch)
    monkeypatch.setattr(prompts, "show_error", lambda *a: pytest.fail(f"error box: {a}"))
    return win


def _status_of(page, ref: str) -> str:
    refs = table_texts(page.table, REF_COL)
    return page.model.index(refs.index(ref), STATUS_COL).data()


def test_picking_an_asset_fills_vendor_and_warranty(office, qtbot):
    services, vendor, asset = office
    dialog = IncidentDialog(services)
    qtbot.addWidget(dialog)
    assert not ok_button(dialog).isEnabled()  # the title is required
    dialog.asset.set_current_id(asset.id)
    assert dialog.vendor.current_id() == vendor.id
    assert (f"Under warranty until {asset.warranty_end.isoformat()} - call the manufacturer first"
            in dialog.warranty.text())
    qtbot.keyClicks(dialog.title, "Screen flickers")
    assert ok_button(dialog).isEnabled()


def test_bad_spend_cap_is_shown_beside_the_field_and_saves_nothing(office, qtbot):
    services = office[0]
    dialog = IncidentDialog(services)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "Printer jams")
    qtbot.keyClicks(dialog.spend_cap, "lots")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    saved(qtbot, dialog)
    assert "Spend cap lots is not an amount of money." in dialog.errors.message_for("spend_cap")
    assert dialog.result() == 0
    assert services.incidents.total() == 0


def test_log_call_out_arrive_resolve_close(window, office, qtbot, monkeypatch):
    services, vendor, asset = office
    page = window.incidents

    def log(dialog):
        qtbot.keyClicks(dialog.title, "Reception PC will not boot")
        dialog.asset.set_current_id(asset.id)

    drive(monkeypatch, qtbot, IncidentDialog, log)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    shown(qtbot, page)
    assert page.model.rowCount() == 1
    ref = page.model.index(0, REF_COL).data()
    assert ref.startswith("INC-")
    assert _status_of(page, ref) == "New"
    assert page.detail.fields["vendor"].text() == "BrightFix IT"
    assert "Incident logged" in page.detail.timeline_text()
    assert not page.actions.steps["resolved"].isEnabled()  # not before the engineer came
    assert not page.actions.steps["closed"].isEnabled()

    called = []
    window.incidentCalledOut.connect(called.append)
    drive(monkeypatch, qtbot, StepDialog, lambda d: qtbot.keyClicks(d.vendor_ref, "JOB-42"))
    page.actions.steps["called_out"].trigger()
    qtbot.waitUntil(lambda: page.detail.fields["status"].text() == "Called out")
    shown(qtbot, page)
    assert _status_of(page, ref) == "Called out"
    assert page.detail.fields["status"].text() == "Called out"
    assert page.detail.fields["response_due"].text() != ""
    assert "Called out BrightFix IT" in page.detail.timeline_text()
    assert called == [services.incidents.id_for_ref(ref)]
    assert page.actions.steps["in_progress"].text() == "Engineer arrived"

    page.actions.steps["in_progress"].trigger()
    qtbot.waitUntil(lambda: page.detail.fields["status"].text() == "In progress")
    shown(qtbot, page)
    assert _status_of(page, ref) == "In progress"
    assert page.detail.fields["arrived"].text() != ""
    assert "Engineer arrived" in page.detail.timeline_text()

    def resolve(dialog):
        assert not ok_button(dialog).isEnabled()  # a resolution is required
        assert dialog.resolution_hint.isVisibleTo(dialog)  # and the greyed button says so
        qtbot.keyClicks(dialog.cause, "Failed power supply")
        qtbot.keyClicks(dialog.resolution, "Replaced the PSU")
        assert not dialog.resolution_hint.isVisibleTo(dialog)

    drive(monkeypatch, qtbot, StepDialog, resolve)
    page.actions.steps["resolved"].trigger()
    qtbot.waitUntil(lambda: page.detail.fields["status"].text() == "Resolved")
    shown(qtbot, page)
    # A resolved incident still needs closing: it stays in the default "Needs action" list.
    assert _status_of(page, ref) == "Resolved"
    page.status_filter.setCurrentIndex(page.status_filter.findData("open"))
    shown(qtbot, page)
    assert ref not in table_texts(page.table, REF_COL)  # "Open" leaves it out; the pane keeps it
    assert page.detail.fields["status"].text() == "Resolved"
    assert page.detail.fields["resolution"].text() == "Replaced the PSU"
    assert "Resolved: Replaced the PSU" in page.detail.timeline_text()
    page.status_filter.setCurrentIndex(page.status_filter.findData("all"))
    shown(qtbot, page)
    assert _status_of(page, ref) == "Resolved"

    drive(monkeypatch, qtbot, StepDialog, lambda d: None)
    page.actions.steps["closed"].trigger()
    qtbot.waitUntil(lambda: page.detail.fields["status"].text() == "Closed")
    shown(qtbot, page)
    assert _status_of(page, ref) == "Closed"
    assert page.detail.fields["status"].text() == "Closed"
    assert page.detail.timeline_text().splitlines()[1] == "Closed"
    assert page.actions.steps["in_progress"].text() == "Reopen"
    assert window.counts_label.text().startswith("0 open")


def test_add_cost_shows_the_total(window, office, qtbot, monkeypatch):
    services, vendor, asset = office
    services.incidents.create(title="Mouse broken", asset=asset.id)
    window.refresh_all()
    page = window.incidents
    shown(qtbot, page)

    def labour(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("labour"))
        qtbot.keyClicks(dialog.hours, "1.5")  # the vendor's hourly rate fills the amount
        qtbot.keyClicks(dialog.invoice_ref, "INV-9")

    drive(monkeypatch, qtbot, CostDialog, labour)
    page.actions.cost.trigger()
    shown(qtbot, page)
    drive(monkeypatch, qtbot, CostDialog, lambda d: None)  # call-out fee, pre-filled: 95.00
    page.actions.cost.trigger()
    shown(qtbot, page)
    assert page.detail.total.text() == "<b>Total: EUR 207.50</b>"
    amounts = table_texts(page.detail.costs, 4)
    assert amounts == ["112.50", "95.00"]
    assert "Cost added - Labour (1.50 h) 112.50" in page.detail.timeline_text()


def test_add_note_and_attachment(window, office, qtbot, monkeypatch, tmp_path):
    services, vendor, asset = office
    services.incidents.create(title="Error on screen", asset=asset.id)
    window.refresh_all()
    page = window.incidents
    shown(qtbot, page)
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "Rang BrightFix, they call back at 3")
    page.actions.note.trigger()
    shown(qtbot, page)
    assert "Rang BrightFix, they call back at 3" in page.detail.timeline_text()
    photo = tmp_path / "error-screen.png"
    photo.write_bytes(b"\x89PNG fake but real bytes")
    monkeypatch.setattr(prompts, "choose_open_file", lambda *a, **k: str(photo))
    page.actions.attach.trigger()
    shown(qtbot, page)
    assert table_texts(page.detail.files, 0) == ["error-screen.png"]
    opened = []
    monkeypatch.setattr("ui.views.incident_actions.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    record = page.detail.files_model.record(0)
    copy = page.actions.open_attachment(record.id)
    assert opened == [str(copy)] and copy.read_bytes() == photo.read_bytes()


def test_delete_asks_first(window, office, qtbot, monkeypatch):
    services, vendor, asset = office
    services.incidents.create(title="Keyboard sticky", asset=asset.id)
    window.refresh_all()
    page = window.incidents
    shown(qtbot, page)
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda *a: asked.append(a[2]) or False)
    page.actions.delete.trigger()
    shown(qtbot, page)
    assert services.incidents.total() == 1 and page.model.rowCount() == 1
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    page.actions.delete.trigger()
    shown(qtbot, page)
    assert "cannot be undone" in asked[0]
    assert services.incidents.total() == 0 and page.model.rowCount() == 0
    assert page.empty_label.isVisibleTo(page)


def test_search_narrows_the_table(demo_services, qtbot, tmp_path, monkeypatch):
    win = make_window(demo_services, qtbot, tmp_path, monkeypatch)
    page = win.incidents
    page.status_filter.setCurrentIndex(page.status_filter.findData("all"))
    shown(qtbot, page)
    everything = page.model.rowCount()
    assert everything == 40
    qtbot.keyClicks(page.search, "Printer")
    qtbot.waitUntil(lambda: page.model.rowCount() < everything)
    titles = table_texts(page.table, 1)
    assets = table_texts(page.table, 2)
    vendors = table_texts(page.table, 5)
    assert titles and all("printer" in f"{t} {a} {v}".lower()
                          for t, a, v in zip(titles, assets, vendors, strict=True))
    assert page.count_label.text() == f"{len(titles)} incident(s)"
    qtbot.keyClicks(page.search, "zzz-nothing")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert "No incidents match" in page.empty_label.text()


def test_a_search_shows_its_matches_with_the_key_and_the_detail_just_after(demo_services, qtbot, tmp_path,
                                                                          monkeypatch):
    win = make_window(demo_services, qtbot, tmp_path, monkeypatch)
    page = win.incidents
    page.status_filter.setCurrentIndex(page.status_filter.findData("all"))
    qtbot.waitUntil(lambda: page.detail.detail is not None)
    before = page.detail.detail.incident.id
    qtbot.keyClicks(page.search, "Printer")
    if page.reads is not None:  # a database server answers off the GUI thread, a moment later
        qtbot.waitUntil(lambda: 0 < page.model.rowCount() < 40)
    # No timer between the key and the list (SQLite): the matches are there when the key returns.
    assert page.model.filter.search == "Printer" and 0 < page.model.rowCount() < 40
    first = page.model.record(0)
    assert first.id != before and "printer" in f"{first.title} {first.asset_name} {first.vendor_name}".lower()
    # The selection, and what the actions act on, follow at once; the pane fills after the paint.
    assert page.current_incident_id() == first.id == page.actions.incident.id
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.incident.id == first.id)
    assert first.ref in page.detail.heading.text()
    page.table.selectRow(2)  # a click on a row shows its detail straight away, as always
    if page.reads is not None:
        qtbot.waitUntil(lambda: page.detail.detail.incident.id == page.model.record(2).id)
    assert page.detail.detail.incident.id == page.model.record(2).id


def test_sorting_is_done_by_the_database(demo_services, qtbot, tmp_path, monkeypatch):
    win = make_window(demo_services, qtbot, tmp_path, monkeypatch)
    page = win.incidents
    page.status_filter.setCurrentIndex(page.status_filter.findData("all"))
    page.table.sortByColumn(REF_COL, Qt.SortOrder.AscendingOrder)
    refs = table_texts(page.table, REF_COL)
    assert refs == sorted(refs)
    page.table.sortByColumn(REF_COL, Qt.SortOrder.DescendingOrder)
    assert table_texts(page.table, REF_COL) == sorted(refs, reverse=True)


def test_a_write_deep_in_a_long_list_keeps_the_selection(services, qtbot, tmp_path, monkeypatch):
    from desktop_app.services import demo

    demo.build(services.db, assets=5, incidents=600)
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    page = win.incidents
    page.status_filter.setCurrentIndex(page.status_filter.findData("all"))
    shown(qtbot, page)
    row = 450  # beyond the first block of rows the model loads
    if page.reads is not None:  # rows past the first block arrive from the server as they are needed
        page.table.scrollTo(page.model.index(row, 0))
        qtbot.waitUntil(lambda: page.model.record(row) is not None)
    page.table.selectRow(row)
    chosen = page.model.record(row)
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "Still waiting for the engineer")
    page.actions.note.trigger()
    shown(qtbot, page)
    assert page.table.currentIndex().row() == row
    assert page.detail.detail.incident.id == chosen.id
    assert "Still waiting for the engineer" in page.detail.timeline_text()


def test_edit_an_incident_by_double_click(window, office, qtbot, monkeypatch):
    services, vendor, asset = office
    services.incidents.create(title="Monitor flickers", asset=asset.id)
    window.refresh_all()
    page = window.incidents
    shown(qtbot, page)

    def retitle(dialog):
        assert dialog.title.text() == "Monitor flickers"
        dialog.title.clear()
        qtbot.keyClicks(dialog.title, "Monitor goes black")
        dialog.priority.setCurrentIndex(dialog.priority.findData("P1"))

    rect = page.table.visualRect(page.model.index(0, 1))
    seen = []
    drive(monkeypatch, qtbot, IncidentDialog, retitle, seen)
    # Qt's views only take a double-click on the row that was just pressed, as a real mouse does.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    form_opened(qtbot)
    assert len(seen) == 1
    shown(qtbot, page)
    assert page.model.index(0, 1).data() == "Monitor goes black"
    assert page.model.index(0, 3).data() == "P1"
    assert page.detail.fields["priority"].text() == "P1 - business stopped"
    assert "Edited: title, priority" in page.detail.timeline_text()


def test_enter_on_a_row_opens_it(window, office, qtbot, monkeypatch):
    services, vendor, asset = office
    services.incidents.create(title="Scanner offline", asset=asset.id)
    window.refresh_all()
    page = window.incidents
    shown(qtbot, page)
    seen = []
    drive(monkeypatch, qtbot, IncidentDialog, lambda d: None, seen)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form_opened(qtbot)
    assert [d.incident.title for d in seen] == ["Scanner offline"]


def test_a_spend_cap_is_read_with_the_users_decimal_mark(office, qtbot):
    from PySide6.QtCore import QLocale

    services = office[0]
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))  # decimal comma
    try:
        dialog = IncidentDialog(services)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.title, "Printer jams")
        qtbot.keyClicks(dialog.spend_cap, "1.234")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        saved(qtbot, dialog)  # the locale is read when OK is clicked
    finally:
        QLocale.setDefault(before)
    assert dialog.result() == 1
    assert services.incidents.get(dialog.saved.id).spend_cap == Decimal("1234.00")
