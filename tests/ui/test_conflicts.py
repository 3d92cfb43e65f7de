"""Saving a record another PC changed since the dialog opened: their values beside mine, and
keep theirs / apply mine on top / back to editing, in every edit dialog (one conflict module).

"Another PC" here is a second writer on the same database signing as Alex.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop_app.services.base import this_host
from ui.dialogs.asset_dialog import AssetDialog
from ui.dialogs.conflict_dialog import ConflictDialog
from ui.dialogs.incident_dialog import IncidentDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.dialogs.site_dialog import SiteDialog
from ui.dialogs.vendor_dialog import VendorDialog


def as_alex(services) -> None:
    """Writes after this one are signed by Alex (the other PC)."""
    for service in (services.sites, services.people, services.vendors, services.assets):
        service.who = lambda: "Alex"


def conflict_of(qtbot, dialog) -> ConflictDialog:
    qtbot.waitUntil(lambda: dialog.guard.conflict_dialog is not None, timeout=2000)
    shown = dialog.guard.conflict_dialog
    assert shown.isVisible()
    return shown


def save(qtbot, dialog) -> None:
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


@pytest.fixture
def incident_dialog(qtbot, services):
    services.vendors.create(name="BrightFix")
    inc = services.incidents.create(title="Printer jams", priority="P3", vendor="BrightFix")
    dialog = IncidentDialog(services, services.incidents.get(inc.id))
    qtbot.addWidget(dialog)
    dialog.show()
    # Meanwhile on RECEPTION-PC: Alex retitles it, raises the priority and adds a cost.
    services.incidents.update(inc.id, author="Alex", title="Printer jams on tray 2", priority="P1")
    services.costs.add(inc.id, author="Alex", kind="parts", amount="40")
    # Here: the description is typed.
    dialog.description.setFocus()
    qtbot.keyClicks(dialog.description, "Paper creased")
    return dialog, inc.id


def test_incident_conflict_shows_theirs_beside_mine_and_applies_mine_on_top(qtbot, services,
                                                                            incident_dialog):
    dialog, incident_id = incident_dialog
    save(qtbot, dialog)
    shown = conflict_of(qtbot, dialog)
    ref = services.incidents.get(incident_id).ref
    assert shown.message.text().startswith(f"{ref} was changed by Alex on {this_host()} a moment ago.")
    rows = {field: (theirs, mine) for field, theirs, mine in shown.rows()}
    assert rows["Title"] == ("Printer jams on tray 2", "Printer jams")
    assert rows["Priority"][0].startswith("P1") and rows["Priority"][1].startswith("P3")
    assert rows["Description"] == ("", "Paper creased")
    assert services.incidents.get(incident_id).description == ""  # nothing of mine saved yet
    qtbot.mouseClick(shown.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=2000)
    rec = services.incidents.get(incident_id)
    # Their title, priority and cost stay; my description goes on top.
    assert (rec.title, rec.priority, rec.description, rec.total_cost) == (
        "Printer jams on tray 2", "P1", "Paper creased", 40)
    assert dialog.saved == rec


def test_incident_conflict_keep_theirs_saves_nothing_of_mine(qtbot, services, incident_dialog):
    dialog, incident_id = incident_dialog
    before = services.incidents.get(incident_id)
    save(qtbot, dialog)
    shown = conflict_of(qtbot, dialog)
    qtbot.mouseClick(shown.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert services.incidents.get(incident_id) == before
    assert dialog.saved == before  # the window shows their version


def test_incident_conflict_back_to_editing_fills_in_their_fields(qtbot, services, incident_dialog):
    dialog, incident_id = incident_dialog
    save(qtbot, dialog)
    shown = conflict_of(qtbot, dialog)
    qtbot.mouseClick(shown.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.guard.conflict_dialog is None, timeout=2000)
    assert dialog.isVisible()
    # Their values where I had not typed; mine where I had.
    assert dialog.title.text() == "Printer jams on tray 2"
    assert dialog.priority.currentData() == "P1"
    assert dialog.description.toPlainText() == "Paper creased"
    qtbot.keyClicks(dialog.description, ", roller worn")
    save(qtbot, dialog)  # from their version now: no second question
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=2000)
    rec = services.incidents.get(incident_id)
    assert (rec.title, rec.priority, rec.description) == (
        "Printer jams on tray 2", "P1", "Paper creased, roller worn")


def test_a_note_added_meanwhile_does_not_ask(qtbot, services):
    inc = services.incidents.create(title="Wi-Fi drops")
    dialog = IncidentDialog(services, services.incidents.get(inc.id))
    qtbot.addWidget(dialog)
    dialog.show()
    services.workflow.add_note(inc.id, "Router rebooted", author="Alex")
    qtbot.keyClicks(dialog.description, "Every afternoon")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=2000)
    assert dialog.guard.conflict_dialog is None
    assert services.incidents.get(inc.id).description == "Every afternoon"


def _site(services):
    services.sites.create(name="Harbour Street")
    return services.sites.find("Harbour Street"), SiteDialog, {"phone": "0123 456"}, "access_notes"


def _person(services):
    return services.people.create(name="Zoë Hartley"), PersonDialog, {"phone": "0123 456"}, "email"


def _asset(services):
    return (services.assets.create(tag="PC-0001", name="Reception PC"), AssetDialog,
            {"model": "Optiplex 7010"}, "serial")


@pytest.mark.parametrize("make", [_site, _person, _asset], ids=["site", "person", "asset"])
def test_register_dialogs_apply_mine_on_top_of_theirs(qtbot, services, make):
    record, dialog_class, theirs, my_field = make(services)
    dialog = dialog_class(services, record)
    qtbot.addWidget(dialog)
    dialog.show()
    as_alex(services)
    service = {SiteDialog: services.sites, PersonDialog: services.people, AssetDialog: services.assets}[
        dialog_class]
    service.update(record.id, **theirs)
    widget = dialog.form.fields[my_field]
    widget.setFocus()
    mine = "zoe@example.com" if my_field == "email" else "Mine 42"
    qtbot.keyClicks(widget, mine)
    save(qtbot, dialog)
    shown = conflict_of(qtbot, dialog)
    (field, value), = theirs.items()
    label = dialog.field_labels()[field].replace("&", "").rstrip(" *")
    assert (label, value, getattr(record, field)) in shown.rows()
    assert "was changed by Alex on" in shown.message.text()
    qtbot.mouseClick(shown.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=2000)
    stored = service.get(record.id)
    assert getattr(stored, field) == value and getattr(stored, my_field).endswith(mine)


def test_vendor_dialog_keeps_contacts_added_on_another_pc(qtbot, services, memory_keyring):
    vendor = services.vendors.create(name="BrightFix", contacts=[{"name": "Dave"}, {"name": "Rita"}])
    dialog = VendorDialog(services, vendor)
    qtbot.addWidget(dialog)
    dialog.show()
    as_alex(services)
    services.vendors.add_contact(vendor.id, name="Gary", phone="0770")
    services.vendors.update(vendor.id, phone="0800 123")
    # Here: Rita is removed, Sue added, and the e-mail typed.
    rita = next(i for i, r in enumerate(dialog.contacts_model.rows()) if r["name"] == "Rita")
    dialog.contacts_view.setCurrentIndex(dialog.contacts_model.index(rita, 0))
    qtbot.mouseClick(dialog.remove_contact_button, Qt.MouseButton.LeftButton)
    row = dialog.add_contact_row()
    dialog.contacts_model.setData(dialog.contacts_model.index(row, 0), "Sue")
    qtbot.keyClicks(dialog.email, "desk@brightfix.example")
    save(qtbot, dialog)
    shown = conflict_of(qtbot, dialog)
    rows = {field: (theirs, mine) for field, theirs, mine in shown.rows()}
    assert rows["Phone"] == ("0800 123", "")
    assert rows["Contacts"] == ("Dave; Gary; Rita", "Dave; Sue")
    qtbot.mouseClick(shown.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.guard.conflict_dialog is None, timeout=2000)
    assert dialog.phone.text() == "0800 123"
    assert [r["name"] for r in dialog.contacts_model.rows()] == ["Dave", "Sue", "Gary"]
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=2000)
    stored = services.vendors.get(vendor.id)
    assert sorted(c.name for c in stored.contacts) == ["Dave", "Gary", "Sue"]
    assert (stored.phone, stored.email) == ("0800 123", "desk@brightfix.example")


def test_office_settings_saved_on_two_pcs_keep_each_others_changes(qtbot, services, memory_keyring):
    from ui.dialogs.settings_dialog import SettingsDialog

    services.settings.update(office_name="Harbour", smtp_host="mail.old.example", setup_done=True)
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    services.settings.update(smtp_host="mail.new.example")  # the other PC, meanwhile
    dialog.office_phone.setFocus()
    qtbot.keyClicks(dialog.office_phone, "0123 456")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=15_000)
    stored = services.settings.get_all()
    assert (stored.office_phone, stored.smtp_host) == ("0123 456", "mail.new.example")


def test_a_step_another_pc_took_first_is_refused_naming_them(qtbot, services, monkeypatch):
    from ui.dialogs.step_dialog import StepDialog

    services.vendors.create(name="BrightFix")
    inc = services.incidents.create(title="Server down", vendor="BrightFix")
    services.workflow.transition(inc.id, "called_out")
    services.workflow.transition(inc.id, "in_progress")
    twice = StepDialog(services, services.incidents.get(inc.id), "resolved")
    qtbot.addWidget(twice)
    twice.show()
    qtbot.keyClicks(twice.resolution, "Replaced the PSU")
    services.workflow.transition(inc.id, "cancelled", author="Alex")  # the other PC cancels first
    qtbot.mouseClick(twice.buttons.button(twice.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    # On a shared database the step is tried on a worker: the refusal comes a moment later.
    qtbot.waitUntil(lambda: bool(twice.errors.general_message))
    assert twice.isVisible()
    assert twice.errors.general_message == (
        f"{inc.ref} was cancelled by Alex on {this_host()} a moment ago.")
    assert [e.to_status for e in services.incidents.detail(inc.id).events].count("resolved") == 0
    from ui import prompts

    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)  # closing it discards the typing


def test_edit_opens_with_the_record_as_stored_now(qtbot, services):
    from window_support import form_opened, shown

    from ui.views.assets_page import AssetsPage

    asset = services.assets.create(tag="PC-0001", name="Reception PC")
    page = AssetsPage(services)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    shown(qtbot, page)  # a shared database answers a moment later
    page.select_id(asset.id)
    services.assets.update(asset.id, name="Front desk PC")  # another PC, after the list was read
    page.edit_current()
    form_opened(qtbot)
    dialog = page.dialog
    assert dialog is not None and dialog.name.text() == "Front desk PC"
    assert dialog.opened_version == asset.version + 1
