"""Assets page and asset dialog, driven as a user would (pytest-qt, offscreen, fresh DB)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

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
    return widget


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)


def test_create_asset_through_dialog_shows_row(qtbot, services, page):
    vendor = services.vendors.create(name="BrightFix")
    assert page.empty_label.isVisible()  # an empty register says so instead of a blank grid
    qtbot.mouseClick(page.buttons["new"], Qt.MouseButton.LeftButton)
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
    saved = services.assets.by_tag("pc-0007")
    assert (saved.name, saved.serial, saved.vendor_name) == ("Reception PC", "SN-123", "BrightFix")
    assert str(saved.purchase_cost) == "899.50"
    # The new row is selected and its detail pane shows the asset and its warranty.
    text = page.detail.toPlainText()
    assert "Reception PC" in text and "Under warranty until" in text


def test_duplicate_tag_shows_message_beside_tag_and_saves_nothing(qtbot, services, page):
    services.assets.create(tag="PC-0001", name="Front desk")
    page.refresh()
    page.new_record()
    dialog = page.dialog
    qtbot.keyClicks(dialog.tag, "pc-0001")  # same tag, different case
    qtbot.keyClicks(dialog.name, "Another PC")
    click_ok(qtbot, dialog)

    assert page.dialog is dialog and dialog.isVisible()  # stays open for the fix
    message = dialog.field_error("tag")
    assert "already used by PC-0001" in message
    assert dialog.form.errors["tag"].isVisible()
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
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    tags = column_texts(page, 0)
    expected = [a.tag for a in demo_services.assets.list(sort="tag", descending=True)]
    assert tags == expected[:len(tags)]


def test_delete_unreferenced_asks_first_and_removes(qtbot, services, page, monkeypatch):
    services.assets.create(tag="PR-1", name="Printer")
    page.refresh()
    page.select_id(services.assets.by_tag("PR-1").id)
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: asked.append(text) or False)
    page.delete_action.trigger()
    assert services.assets.count() == 1  # said No: nothing happens
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: asked.append(text) or True)
    page.delete_action.trigger()
    assert services.assets.count() == 0
    assert "PR-1" in asked[0]
    assert page.empty_label.isVisible()


def test_referenced_asset_is_refused_then_archived_and_hidden(qtbot, services, page, monkeypatch):
    asset = services.assets.create(tag="SV-1", name="Server")
    services.incidents.create(title="Disk warning", asset=asset.id)
    page.refresh()
    page.select_id(asset.id)
    questions: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: questions.append(text) or True)
    page.delete_action.trigger()

    assert len(questions) == 2 and "archive it instead" in questions[1]
    assert services.assets.get(asset.id).archived
    assert column_texts(page, 0) == []  # archived rows hide...
    page.show_archived.setChecked(True)
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
    page.select_id(asset.id)
    text = page.detail.toPlainText()
    assert "Port dead" in text and "Fan loud" in text
    assert "135.50" in text  # the total repair cost over both incidents
    assert "No warranty recorded" in text


def test_keyboard_enter_edits_and_delete_key_asks(qtbot, services, page, monkeypatch):
    asset = services.assets.create(tag="PH-1", name="Desk phone")
    page.refresh()
    page.select_id(asset.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None and dialog.tag.text() == "PH-1"
    dialog.name.setText("Desk phone (reception)")
    qtbot.waitUntil(dialog.isActiveWindow)  # keys go to the dialog once it is shown and active
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter in a field presses OK
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
    assert page.model.matching() == 450
    assert page.model.rowCount() < 450  # the rest is fetched as the user scrolls
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == 450
    page.status_filter.setCurrentIndex(page.status_filter.findData("spare"))
    assert page.model.matching() == 150
    assert {page.model.record(r).status for r in range(page.model.rowCount())} == {"spare"}


def test_context_menu_offers_the_row_actions(qtbot, services, page):
    from PySide6.QtWidgets import QMenu

    services.assets.create(tag="PC-9", name="Spare PC")
    page.refresh()
    rect = page.table.visualRect(page.model.index(0, 1))
    page.table.customContextMenuRequested.emit(rect.center())
    menu = next(m for m in page.findChildren(QMenu) if m.isVisible())
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&New asset…", "&Log a problem…", "&Edit…", "&Archive", "&Delete…"]
    assert page.current().tag == "PC-9"  # right-click selects the row it is on
    menu.close()
