"""Vendors page and vendor dialog: contacts, rates, refused deletes, the keyring-only password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from window_support import form_opened, saved
from window_support import shown as settled

from ui import prompts
from ui.views.vendors_page import VendorsPage


def names(page: VendorsPage) -> list[str]:
    model = page.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


@pytest.fixture
def page(qtbot, services):
    widget = VendorsPage(services)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    settled(qtbot, widget)  # a shared database answers a moment later
    return widget


def click_ok(qtbot, page, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    # On a database server the save and then the list's rows arrive a moment later.
    saved(qtbot, dialog)
    settled(qtbot, page)


def type_contact(qtbot, dialog, row: int, values: list[str]) -> None:
    """Type into the contacts grid cell by cell, as a user with the keyboard would."""
    view = dialog.contacts_view
    for column, text in enumerate(values):
        index = view.model().index(row, column)
        view.setCurrentIndex(index)
        view.edit(index)
        editor = view.focusWidget()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)


def test_create_vendor_with_contact_through_dialog(qtbot, services, page):
    services.settings.update(currency="GBP")
    page.refresh()
    settled(qtbot, page)
    page.new_action.trigger()
    form_opened(qtbot)
    dialog = page.dialog
    assert not dialog.ok_button().isEnabled()
    qtbot.keyClicks(dialog.name, "BrightFix IT")
    qtbot.keyClicks(dialog.phone, "+44 1632 960200")
    qtbot.keyClicks(dialog.response_hours, "4")
    qtbot.keyClicks(dialog.callout_fee, "95")
    qtbot.keyClicks(dialog.hourly_rate, "75.50")
    qtbot.mouseClick(dialog.add_contact_button, Qt.MouseButton.LeftButton)
    type_contact(qtbot, dialog, 0, ["Dave Kettering", "Service desk", "+44 1632 960201", "dave@bf.example"])
    click_ok(qtbot, page, dialog)

    assert page.dialog is None
    assert names(page) == ["BrightFix IT"]
    vendor = services.vendors.find("brightfix it")
    assert [(c.name, c.role, c.email) for c in vendor.contacts] == [
        ("Dave Kettering", "Service desk", "dave@bf.example")]
    assert vendor.response_hours == 4
    text = page.detail.toPlainText()
    assert "Dave Kettering" in text
    assert "GBP 95.00" in text and "GBP 75.50" in text and "4 hours" in text


def test_bad_contact_email_is_shown_beside_contacts_not_vendor_email(qtbot, services, page):
    page.new_record()
    form_opened(qtbot)
    dialog = page.dialog
    dialog.name.setText("NetLine")
    dialog.email.setText("faults@netline.example")
    row = dialog.contacts_model.add()
    for column, value in enumerate(["Ann", "", "", "not-an-address"]):
        dialog.contacts_model.setData(dialog.contacts_model.index(row, column), value)
    click_ok(qtbot, page, dialog)
    assert "not-an-address" in dialog.field_error("contacts")
    assert dialog.field_error("email") == ""
    assert services.vendors.count() == 0


def test_duplicate_vendor_name_is_refused_beside_name(qtbot, services, page):
    services.vendors.create(name="CopyRight Printers")
    page.refresh()
    settled(qtbot, page)
    page.new_record()
    form_opened(qtbot)
    dialog = page.dialog
    dialog.name.setText("copyright printers")
    click_ok(qtbot, page, dialog)
    assert "already exists" in dialog.field_error("name")
    assert services.vendors.count() == 1


def test_delete_of_referenced_vendor_is_refused_and_offers_archive(qtbot, services, page, monkeypatch):
    vendor = services.vendors.create(name="Dellwood")
    services.assets.create(tag="PC-1", name="Desktop", vendor=vendor.id)
    page.refresh()
    settled(qtbot, page)
    page.select_id(vendor.id)
    asked: list[tuple[str, str]] = []

    def confirm(parent, title, text):
        asked.append((title, text))
        return len(asked) == 1  # yes to "delete?", no to "archive instead?"

    monkeypatch.setattr(prompts, "confirm", confirm)
    page.delete_action.trigger()
    settled(qtbot, page)
    assert len(asked) == 2
    assert "Dellwood" in asked[0][1]
    assert "used by 0 incident(s) and 1 asset(s)" in asked[1][1] and "Archive" in asked[1][1]
    assert names(page) == ["Dellwood"]  # declined: still there, not archived
    assert not services.vendors.get(vendor.id).archived

    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: True)
    page.delete_action.trigger()
    settled(qtbot, page)
    assert services.vendors.get(vendor.id).archived
    assert names(page) == []
    page.show_archived.setChecked(True)
    settled(qtbot, page)
    assert names(page) == ["Dellwood"]


def test_archived_vendors_hide_unless_show_archived(qtbot, services, page):
    services.vendors.create(name="Active Co")
    old = services.vendors.create(name="Old Co")
    services.vendors.archive(old.id)
    page.refresh()
    settled(qtbot, page)
    assert names(page) == ["Active Co"]
    qtbot.mouseClick(page.show_archived, Qt.MouseButton.LeftButton)
    settled(qtbot, page)
    assert names(page) == ["Active Co", "Old Co"]
    page.select_id(old.id)
    page.archive_action.trigger()  # Restore
    settled(qtbot, page)
    qtbot.mouseClick(page.show_archived, Qt.MouseButton.LeftButton)
    settled(qtbot, page)
    assert names(page) == ["Active Co", "Old Co"]


def test_search_narrows_vendors(qtbot, demo_services):
    page = VendorsPage(demo_services)
    qtbot.addWidget(page)
    settled(qtbot, page)
    total = page.model.rowCount()
    qtbot.keyClicks(page.search, "netline")
    qtbot.waitUntil(lambda: page.model.rowCount() < total)
    assert names(page) == ["NetLine Telecom"]


@pytest.mark.sqlite_only  # reads the database file and its WAL for the secret
def test_portal_password_goes_to_keyring_never_into_database(qtbot, services, page, memory_keyring,
                                                             db_path, monkeypatch):
    secret = "Tr0ub4dor-portal-9731"
    page.new_record()
    form_opened(qtbot)
    dialog = page.dialog
    assert dialog.password.isEnabled()
    dialog.name.setText("LedgerSoft")
    dialog.portal_user.setText("office")
    qtbot.keyClicks(dialog.password, secret)
    click_ok(qtbot, page, dialog)

    vendor_id = services.vendors.find("LedgerSoft").id
    assert memory_keyring.store[("FixDesk", f"vendor-portal:{vendor_id}")] == secret
    services.db.execute_sql("PRAGMA wal_checkpoint(FULL)")
    for path in db_path.parent.glob(db_path.name + "*"):  # the file and its -wal/-shm
        assert secret.encode() not in path.read_bytes(), path
    assert secret not in page.detail.toPlainText()

    # Editing shows the stored password; renaming the vendor keeps it (it is filed by the vendor's id).
    page.edit_current()
    form_opened(qtbot)
    dialog = page.dialog
    assert dialog.password.text() == secret
    dialog.name.setText("LedgerSoft Support")
    click_ok(qtbot, page, dialog)
    assert memory_keyring.store == {("FixDesk", f"vendor-portal:{vendor_id}"): secret}
    page.edit_current()
    form_opened(qtbot)
    assert page.dialog.password.text() == secret
    page.dialog.reject()

    # Clearing the field forgets the password; deleting the vendor forgets it too.
    page.edit_current()
    form_opened(qtbot)
    page.dialog.password.clear()
    click_ok(qtbot, page, page.dialog)
    assert memory_keyring.store == {}
    page.edit_current()
    form_opened(qtbot)
    qtbot.keyClicks(page.dialog.password, secret)
    click_ok(qtbot, page, page.dialog)
    assert len(memory_keyring.store) == 1
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: True)
    page.delete_current()
    settled(qtbot, page)
    assert services.vendors.count() == 0 and memory_keyring.store == {}


def test_without_keyring_password_field_is_disabled_and_says_why(qtbot, services, page):
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        page.new_record()
        form_opened(qtbot)
        dialog = page.dialog
        assert not dialog.password.isEnabled()
        texts = [w.text() for w in dialog.findChildren(type(dialog.required_note))]
        assert any("will not save passwords" in t for t in texts)
        dialog.name.setText("No Keyring Ltd")
        click_ok(qtbot, page, dialog)
        assert services.vendors.find("No Keyring Ltd") is not None
    finally:
        keyring.set_keyring(previous)


def test_clicking_headers_sorts_in_the_database(qtbot, demo_services):
    from PySide6.QtCore import QPoint

    page = VendorsPage(demo_services)
    qtbot.addWidget(page)
    page.resize(1400, 500)
    page.show()
    settled(qtbot, page)
    header = page.table.horizontalHeader()

    def click(column: int) -> None:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(column) + 5, 5))

    rate = [c.header for c in page.model.columns].index("Hourly rate")
    click(rate)
    settled(qtbot, page)
    shown = [page.model.record(r).name for r in range(page.model.rowCount())]
    expected = [v.name for v in demo_services.vendors.list(sort="hourly_rate")]
    assert shown == expected
    click(rate)  # again: descending
    settled(qtbot, page)
    assert [page.model.record(r).name for r in range(page.model.rowCount())] == \
        [v.name for v in demo_services.vendors.list(sort="hourly_rate", descending=True)]
    contacts = [c.header for c in page.model.columns].index("Contacts")
    click(contacts)  # not sortable: order and arrow stay where they were
    assert header.sortIndicatorSection() == rate
    assert page.model.sort_key == "hourly_rate" and page.model.descending
