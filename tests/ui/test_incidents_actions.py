"""Only the steps the workflow allows are offered, and a refused step says why beside the field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QMenu, QToolButton
from window_support import drive, make_window, ok_button
from window_support import shown as page_shown

from ui.dialogs.step_dialog import StepDialog


def _window(services, qtbot, tmp_path, monkeypatch):
    services.settings.update(office_name="Harbour", setup_done=True)
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    return win


def test_context_menu_offers_only_allowed_steps(services, qtbot, tmp_path, monkeypatch):
    vendor = services.vendors.create(name="CopyRight Printers")
    services.incidents.create(title="Paper jam", vendor=vendor.id)
    win = _window(services, qtbot, tmp_path, monkeypatch)
    page = win.incidents
    page_shown(qtbot, page)
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda self, *a: shown.append(self))
    rect = page.table.visualRect(page.model.index(0, 1))
    page.table.customContextMenuRequested.emit(rect.center())
    texts = [a.text() for a in shown[0].actions() if not a.isSeparator()]
    assert texts[:2] == ["Call out vendor", "Cancel incident"]
    assert "Resolved" not in texts and "Close" not in texts
    # The detail pane shows the same two steps as buttons, nothing else.
    buttons = [b.text() for b in page.detail.findChildren(QToolButton) if b.isVisibleTo(page.detail)]
    assert "Call out vendor" in buttons and "Cancel incident" in buttons
    assert "Engineer arrived" not in buttons and "Close" not in buttons


def test_cancel_has_a_plain_way_back_and_ends_all_steps(services, qtbot, tmp_path, monkeypatch):
    services.incidents.create(title="Wrong report")
    win = _window(services, qtbot, tmp_path, monkeypatch)
    page = win.incidents
    page_shown(qtbot, page)
    seen = []
    drive(monkeypatch, qtbot, StepDialog, lambda d: None, seen)
    page.actions.steps["cancelled"].trigger()
    page_shown(qtbot, page)
    assert seen[0].buttons.button(seen[0].buttons.StandardButton.Cancel).text() == "Keep it open"
    assert page.detail.fields["status"].text() == "Cancelled"
    assert not any(a.isEnabled() for a in page.actions.steps.values())
    assert page.model.rowCount() == 0  # no longer open


def test_back_dated_step_is_refused_beside_the_time(services, qtbot, tmp_path, monkeypatch):
    vendor = services.vendors.create(name="BrightFix")
    incident = services.incidents.create(title="Server down", vendor=vendor.id)
    dialog = StepDialog(services, incident, "called_out")
    qtbot.addWidget(dialog)
    before = dt.datetime.now() - dt.timedelta(days=2)
    dialog.when.setDateTime(QDateTime(before))
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    # On a server the step is tried on a worker with OK greyed; it comes back with the refusal.
    qtbot.waitUntil(lambda: ok_button(dialog).isEnabled())
    assert "before the previous step" in dialog.errors.message_for("at")
    assert services.incidents.get(incident.id).status == "new"


def test_call_out_needs_a_vendor(services, qtbot, monkeypatch):
    services.vendors.create(name="BrightFix")
    incident = services.incidents.create(title="No vendor yet")
    dialog = StepDialog(services, incident, "called_out")
    qtbot.addWidget(dialog)
    assert not ok_button(dialog).isEnabled()
    assert dialog.vendor_hint.isVisibleTo(dialog)  # a greyed button says what it waits for
    assert "New vendor" in dialog.vendor_hint.text()
    dialog.vendor.combo.setCurrentIndex(1)
    assert ok_button(dialog).isEnabled() and not dialog.vendor_hint.isVisibleTo(dialog)
