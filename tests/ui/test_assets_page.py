"""Assets page and asset dialog, driven as a user would (pytest-qt, offscreen, fresh DB)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from window_support import form_opened, saved, shown

from ui import prompts
from ui.views.assets_page import AssetsPage


def column_texts(page: AssetsPage, column: int) -> list[str]:
    model = page.table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


@pytest.fixture
def page(qtbot, services):
    widget = AssetsPage(services)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    shown(qtbot, widget)  # a shared database answers a moment later
    return widget


def click_ok(qtbot, dialog) -> None:
    page = dialog.parent()  # the dialog is gone once it has saved
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    # On a database server the save answers and then the list's rows arrive a moment later.
    saved(qtbot, dialog)
    shown(qtbot, page)


def test_create_asset_through_dialog_shows_row(qtbot, services, page):
    vendor = services.vendors.create(name="BrightFix")
    assert page.empty_label.isVisible()  # an empty register says so instead of a blank grid
    qtbot.mouseClick(page.buttons["new"], Qt.MouseButton.LeftButton)
    form_opened(qtbot)
    dialog = page.dialog
    assert dialog is not None and not dialog.ok_button().isEnabled()  # tag and name missing
    qtbot.keyClicks(dialog.tag, "PC-0007")
    assert not dialog.ok_button().isEnabled()
    qtbot.keyClicks(dialog.name, "Reception PC")
    assert dialog.ok_button().isEnabled()
    qtbot.keyClicks(dialog.serial, "SN-123")
    dialog.vendor.setCurrentIndex(dialog.vendor.findData(vendor.id))
    dialog.warranty_end.check.setChecked(True)
    qtbot.keyClicks(dialog.purchase_cost, "899.50")
    click_ok(qtbot, dialog)

    assert page.dialog is None
    assert column_texts(page, 0) == ["PC-0007"]
    assert page.table.isVisible()
    stored = services.assets.by_tag("pc-0007")
    assert (stored.name, stored.serial, stored.vendor_name) == ("Reception PC", "SN-123", "BrightFix")
    assert str(stored.purchase_cost) == "899.50"
    # The new row is selected and its detail pane shows the asset and its warranty.
    text = page.detail.toPlainText()
    assert "Reception PC" in text and "Under warranty until" in text


def test_duplicate_tag_shows_message_beside_tag_and_saves_nothing(qtbot, services, page):
    services.assets.create(tag="PC-0001", name="Front desk")
    page.refresh()
    shown(qtbot, page)
    page.new_record()
    form_opened(qtbot)
    dialog = page.dialog
    qtbot.keyClicks(dialog.tag, "pc-0001")  # same tag, different case
    qtbot.keyClicks(dialog.name, "Another PC")
    click_ok(qtbot, dialog)

    assert page.dialog is dialog and dialog.isVisible()  # stays open for the fix
    message = dialog.field_error("tag")
    assert "already used by PC-0001" in message
    assert dialog.field_error("tag")
    assert dialog.field_error("name") == ""
    assert services.assets.count() == 1
    assert column_texts(page, 0) == ["PC-0001"]

    # Fixing the tag saves, and the message goes away with the dialog.
    dialog.tag.setText("PC-0002")
    click_ok(qtbot, dialog)
    assert services.assets.count() == 2
    assert column_texts(page, 0) == ["PC-0001", "PC-0002"]


def test_bad_warranty_dates_are_reported_beside_warranty_field(qtbot, services, page):
    import datetime as dt

    page.new_record()
    form_opened(qtbot)
    dialog = page.dialog
    dialog.tag.setText("LT-1")
    dialog.name.setText("Laptop")
    dialog.purchase_date.set_date(dt.date(2025, 5, 1))
    dialog.warranty_end.set_date(dt.date(2024, 5, 1))
    click_ok(qtbot, dialog)
    assert "before the purchase date" in dialog.field_error("warranty_end")
    assert services.assets.count() == 0


def test_search_narrows_the_table(qtbot, demo_services):
    page = AssetsPage(demo_services)
    qtbot.addWidget(page)
    shown(qtbot, page)
    everything = page.model.matching()
    assert everything == demo_services.assets.count()
    qtbot.keyClicks(page.search, "Copier")
    qtbot.waitUntil(lambda: page.model.matching() < everything)
    names = column_texts(page, 1)
    assert names and all("copier" in " ".join(page.model.columns[c].text(page.model.record(r))
                                              for c in range(5)).lower()
                         for r in range(len(names)))
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.matching() == everything)


def test_sorting_by_header_is_done_by_the_service(qtbot, demo_services):
    page = AssetsPage(demo_services)
    qtbot.addWidget(page)
    shown(qtbot, page)
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    shown(qtbot, page)
    tags = column_texts(page, 0)
    expected = [a.tag for a in demo_services.assets.list(sort="tag", descending=True)]
    assert tags == expected[:len(tags)]


def test_delete_unreferenced_asks_first_and_removes(qtbot, services, page, monkeypatch):
    services.assets.create(tag="PR-1", name="Printer")
    page.refresh()
    shown(qtbot, page)
    page.select_id(services.assets.by_tag("PR-1").id)
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: asked.append(text) or False)
    page.delete_action.trigger()
    shown(qtbot, page)
    assert services.assets.count() == 1  # said No: nothing happens
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: asked.append(text) or True)
    page.delete_action.trigger()
    shown(qtbot, page)
    assert services.assets.count() == 0
    assert "PR-1" in asked[0]
    shown(qtbot, page)
    assert page.empty_label.isVisible()


def test_referenced_asset_is_refused_then_archived_and_hidden(qtbot, services, page, monkeypatch):
    asset = services.assets.create(tag="SV-1", name="Server")
    services.incidents.create(title="Disk warning", asset=asset.id)
    page.refresh()
    shown(qtbot, page)
    page.select_id(asset.id)
    questions: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: questions.append(text) or True)
    page.delete_action.trigger()
    shown(qtbot, page)

    assert len(questions) == 2 and "archive it instead" in questions[1]
    assert services.assets.get(asset.id).archived
    shown(qtbot, page)
    assert column_texts(page, 0) == []  # archived rows hide...
    page.show_archived.setChecked(True)
    shown(qtbot, page)
    assert column_texts(page, 0) == ["SV-1"]  # ...unless "Show archived" is ticked
    page.select_id(asset.id)
    assert page.archive_action.text() == "&Restore"


def test_detail_shows_incident_history_and_total_repair_cost(qtbot, services, page):
    asset = services.assets.create(tag="NW-1", name="Switch")
    first = services.incidents.create(title="Port dead", asset=asset.id)
    services.costs.add(first.id, kind="parts", amount="40.00", description="new SFP")
    second = services.incidents.create(title="Fan loud", asset=asset.id)
    services.costs.add(second.id, kind="callout", amount="95.50")
    page.refresh()
    shown(qtbot, page)
    page.select_id(asset.id)
    shown(qtbot, page)
    text = page.detail.toPlainText()
    assert "Port dead" in text and "Fan loud" in text
    assert "135.50" in text  # the total repair cost over both incidents
    assert "No warranty recorded" in text


def test_keyboard_enter_edits_and_delete_key_asks(qtbot, services, page, monkeypatch):
    asset = services.assets.create(tag="PH-1", name="Desk phone")
    page.refresh()
    shown(qtbot, page)
    page.select_id(asset.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form_opened(qtbot)
    dialog = page.dialog
    assert dialog is not None and dialog.tag.text() == "PH-1"
    dialog.name.setText("Desk phone (reception)")
    qtbot.waitUntil(dialog.isActiveWindow)  # keys go to the dialog once it is shown and active
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter in a field presses OK
    saved(qtbot, dialog)
    shown(qtbot, page)
    assert services.assets.get(asset.id).name == "Desk phone (reception)"
    assert page.model.record(0).name == "Desk phone (reception)"

    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: asked.append(text) or False)
    page.activateWindow()  # back from the dialog
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked and "PH-1" in asked[0]
    assert services.assets.count() == 1


def test_status_filter_and_paging_stay_in_the_database(qtbot, services):
    for n in range(450):  # more than one page of rows
        services.assets.create(tag=f"PC-{n:04d}", name=f"PC {n}", status="spare" if n % 3 == 0 else "in_use")
    page = AssetsPage(services)
    qtbot.addWidget(page)
    shown(qtbot, page)
    assert page.model.matching() == 450
    assert page.model.rowCount() < 450  # the rest is fetched as the user scrolls
    while page.model.canFetchMore():
        page.model.fetchMore()
        shown(qtbot, page)
    assert page.model.rowCount() == 450
    page.status_filter.setCurrentIndex(page.status_filter.findData("spare"))
    shown(qtbot, page)
    assert page.model.matching() == 150
    assert {page.model.record(r).status for r in range(page.model.rowCount())} == {"spare"}


def test_context_menu_offers_the_row_actions(qtbot, services, page):
    from PySide6.QtWidgets import QMenu

    services.assets.create(tag="PC-9", name="Spare PC")
    page.refresh()
    shown(qtbot, page)
    rect = page.table.visualRect(page.model.index(0, 1))
    page.table.customContextMenuRequested.emit(rect.center())
    menu = next(m for m in page.findChildren(QMenu) if m.isVisible())
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&New asset…", "&Log a problem…", "&Edit…", "&Archive", "&Delete…"]
    assert page.current().tag == "PC-9"  # right-click selects the row it is on
    menu.close()


def test_log_a_problem_from_the_context_menu_and_the_detail_pane(services, qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QMenu
    from window_support import drive, make_window

    from ui.dialogs.incident_dialog import IncidentDialog
    from ui.views.assets_page import LOG_PROBLEM_URL

    services.settings.set_up_office(office_name="Harbour")
    vendor = services.vendors.create(name="CopyRight Printers", phone="01632 960300")
    printer = services.assets.create(tag="PR-0001", name="Office printer", vendor=vendor.id)
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    win.show_page(2)
    page = win.page(2)
    shown(qtbot, page)
    assert page.select_id(printer.id)
    seen: list[IncidentDialog] = []
    drive(monkeypatch, qtbot, IncidentDialog,
          lambda d: qtbot.keyClicks(d.title, "Prints blank pages"), seen)
    rect = page.table.visualRect(page.model.index(0, 1))
    page.table.customContextMenuRequested.emit(rect.center())
    menu = next(m for m in page.findChildren(QMenu) if m.isVisible())
    next(a for a in menu.actions() if a.text() == "&Log a problem…").trigger()
    menu.close()
    form_opened(qtbot)
    assert seen[0].asset.current_id() == printer.id
    assert seen[0].vendor.current_id() == vendor.id  # its maintainer, filled in from the asset
    (logged,) = services.incidents.list()
    assert (logged.title, logged.asset_tag) == ("Prints blank pages", "PR-0001")
    assert win.current_page() is win.incidents  # the new incident is shown where incidents live

    win.show_page(2)
    shown(qtbot, page)
    assert LOG_PROBLEM_URL in page.detail.toHtml() or "Log a problem" in page.detail.toPlainText()
    page.detail.anchorClicked.emit(QUrl(LOG_PROBLEM_URL))
    form_opened(qtbot)
    assert len(seen) == 2 and seen[1].asset.current_id() == printer.id


def test_asset_dialog_offers_usual_categories_and_edits_custom_fields(qtbot, services, page):
    services.sites.create(name="Harbour")
    services.assets.create(tag="PC-0001", name="Reception PC", category="Kiosk",
                           custom_fields={"Cost centre": "CC-12", "Old tag": "R-7"})
    page.refresh()
    shown(qtbot, page)
    assert page.select_id(services.assets.by_tag("PC-0001").id)
    page.edit_current()
    form_opened(qtbot)
    dialog = page.dialog
    categories = [dialog.category.itemText(i) for i in range(dialog.category.count())]
    assert {"Desktop PC", "Laptop", "Printer", "Kiosk"} <= set(categories)
    table = dialog.custom.table
    assert [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())] == [
        ("Cost centre", "CC-12"), ("Old tag", "R-7")]
    table.item(0, 1).setText("CC-99")
    table.setCurrentCell(1, 0)
    qtbot.mouseClick(dialog.custom.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.custom.add_button, Qt.MouseButton.LeftButton)
    table.item(1, 0).setText("Room phone")
    table.item(1, 1).setText("214")
    click_ok(qtbot, dialog)
    assert services.assets.by_tag("PC-0001").custom_fields == {"Cost centre": "CC-99", "Room phone": "214"}
    assert "Room phone" in page.detail.toPlainText()


def test_new_asset_defaults_to_the_office_site_and_dates_read_plainly(qtbot, services, page):
    services.settings.set_up_office(office_name="Harbour")
    services.sites.create(name="Branch")
    qtbot.mouseClick(page.buttons["new"], Qt.MouseButton.LeftButton)
    form_opened(qtbot)
    dialog = page.dialog
    assert dialog.site.currentText() == "Harbour"
    assert dialog.warranty_end.check.text() == "Add a date"  # not "No date" beside an empty box
    dialog.warranty_end.check.setChecked(True)
    assert dialog.warranty_end.edit.isEnabled()


def test_cancel_on_a_filled_asset_form_asks_first(qtbot, services, page, monkeypatch):
    qtbot.mouseClick(page.buttons["new"], Qt.MouseButton.LeftButton)
    form_opened(qtbot)
    dialog = page.dialog
    qtbot.keyClicks(dialog.name, "Reception PC")
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: asked.append(text) or False)
    dialog.reject()
    assert asked == ["Discard what you typed in this form?"] and dialog.isVisible()
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: True)
    dialog.reject()
    assert not dialog.isVisible()
