"""The incident dialog's pickers: found by any part of a record, keyboard-first, and a new
record made on the spot is the one chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from window_support import saved

from ui import prompts
from ui.dialogs.incident_dialog import IncidentDialog
from ui.dialogs.quick_forms import QuickVendorDialog


@pytest.fixture(autouse=True)
def _closing_discards(monkeypatch):
    """Closing a filled dialog at the end of a test discards it (tests that ask say otherwise)."""
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)


@pytest.fixture
def register(services):
    services.settings.set_up_office(office_name="Harbour")
    services.assets.create(tag="PC-0001", name="Reception PC", serial="SN-4711", model="OptiPlex 7010",
                           location="Front desk")
    services.assets.create(tag="PR-0001", name="Office printer", model="LaserJet M404",
                           location="Copy room")
    for i in range(200):
        services.assets.create(tag=f"LT-{i:04d}", name=f"Laptop {i}", serial=f"LSN{i:05d}")
    return services


@pytest.mark.parametrize("typed", ["4711", "optiplex", "front desk", "Recep", "pc-0001"])
def test_typing_any_part_of_an_asset_and_enter_chooses_it(register, qtbot, typed):
    dialog = IncidentDialog(register)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.asset
    picker.combo.setFocus()
    qtbot.wait(10)
    assert picker.combo.currentText() == "" and "(no asset)" in picker.combo.lineEdit().placeholderText()
    qtbot.keyClicks(picker.combo.lineEdit(), typed)
    completer = picker.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    assert completer.completionCount() == 1
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert picker.current_id() == register.assets.by_tag("PC-0001").id
    assert picker.combo.currentText() == "PC-0001 \u2013 Reception PC"
    assert "Reception" not in dialog.warranty.text() or dialog.warranty.isVisible()


def test_leaving_the_box_after_typing_takes_the_first_match(register, qtbot):
    dialog = IncidentDialog(register)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.asset.combo.setFocus()
    qtbot.keyClicks(dialog.asset.combo.lineEdit(), "laserjet")
    dialog.asset.combo.lineEdit().editingFinished.emit()
    assert dialog.asset.current_id() == register.assets.by_tag("PR-0001").id


def test_the_dialog_opens_without_reading_the_register_and_reads_it_on_first_use(register, qtbot):
    dialog = IncidentDialog(register)
    qtbot.addWidget(dialog)
    assert dialog.asset.model.rowCount() == 1  # only "(no asset)" while the dialog opens
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.asset.combo.setFocus()
    qtbot.waitUntil(lambda: dialog.asset.model.rowCount() == 203)


def test_log_a_problem_fills_in_the_asset_without_reading_the_register(register, qtbot):
    asset = register.assets.by_tag("PR-0001")
    dialog = IncidentDialog(register, asset_id=asset.id)
    qtbot.addWidget(dialog)
    assert dialog.asset.current_id() == asset.id
    assert dialog.asset.combo.currentText() == "PR-0001 \u2013 Office printer"
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.asset.combo.setFocus()  # the full list arrives; the choice stays
    qtbot.waitUntil(lambda: dialog.asset.model.rowCount() == 203)
    assert dialog.asset.current_id() == asset.id


def test_new_vendor_from_the_picker_is_chosen_and_call_out_needs_one(register, qtbot, monkeypatch):
    dialog = IncidentDialog(register)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "Printer offline")
    qtbot.mouseClick(dialog.callout_button, Qt.MouseButton.LeftButton)
    assert "New vendor" in dialog.errors.message_for("vendor")  # no dead end: says what to do
    assert register.incidents.total() == 0

    def fill(self: QuickVendorDialog) -> int:
        assert not self.ok_button().isEnabled()  # a name and a phone number are needed
        qtbot.keyClicks(self.name, "CopyRight Printers")
        qtbot.keyClicks(self.phone, "01632 960300")
        qtbot.mouseClick(self.ok_button(), Qt.MouseButton.LeftButton)
        saved(qtbot, self)
        return int(self.result())

    monkeypatch.setattr(QuickVendorDialog, "exec", fill)
    qtbot.mouseClick(dialog.vendor.new_button, Qt.MouseButton.LeftButton)
    assert dialog.vendor.combo.currentText() == "CopyRight Printers"
    assert dialog.errors.message_for("vendor") == ""  # the message went with the fix
    monkeypatch.setattr(prompts, "choose_printer", lambda *a, **k: False)
    qtbot.mouseClick(dialog.callout_button, Qt.MouseButton.LeftButton)
    saved(qtbot, dialog)
    logged = register.incidents.list()[0]
    assert logged.status == "called_out" and logged.vendor_name == "CopyRight Printers"
    assert dialog.called_out


def test_escape_on_a_filled_form_asks_before_discarding(register, qtbot, monkeypatch):
    dialog = IncidentDialog(register)
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: asked.append(text) or False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed yet: closes without a question
    assert asked == [] and not dialog.isVisible()
    dialog = IncidentDialog(register)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Screen flickers")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Discard what you typed in this form?"] and dialog.isVisible()
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and register.incidents.total() == 0


def test_a_typed_time_is_taken_and_an_error_clears_when_corrected(register, qtbot):
    dialog = IncidentDialog(register)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.opened.setFocus()
    qtbot.keyClicks(dialog.opened, "09:15")
    assert dialog.opened.dateTime().time().toString("HH:mm") == "09:15"
    qtbot.keyClicks(dialog.title, "Printer jams")
    qtbot.keyClicks(dialog.spend_cap, "lots")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    saved(qtbot, dialog)
    assert "Spend cap lots is not an amount" in dialog.errors.message_for("spend_cap")
    dialog.spend_cap.clear()
    assert dialog.errors.message_for("spend_cap") == ""
