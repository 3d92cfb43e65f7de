"""Saving from the edit dialogs, on a local file and on a database server alike.

On PostgreSQL every dialog's save runs off the GUI thread (ui/ops.py ``write``, ui/dialogs/saving.py):
the dialog stays live, says it is saving, saves once however often OK is clicked, closes when the
record is stored, and on a refusal or a lost connection stays open with everything typed and one
sentence.  On SQLite the same clicks give the same results, the save done before the click returns.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pg_support import NO_PG, PG_URL, other_pg_connection
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from window_support import make_window, ok_button, quiet_prompts, saved, shown

from ui import prompts
from ui.dialogs.asset_dialog import AssetDialog
from ui.dialogs.cost_dialog import CostDialog
from ui.dialogs.incident_dialog import IncidentDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.dialogs.quick_forms import QuickAssetDialog, QuickPersonDialog, QuickVendorDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.dialogs.site_dialog import SiteDialog
from ui.dialogs.step_dialog import StepDialog
from ui.dialogs.task_dialog import TaskDialog
from ui.dialogs.task_done_dialog import TaskDoneDialog
from ui.dialogs.vendor_dialog import VendorDialog

ACCEPTED = QDialog.DialogCode.Accepted


@pytest.fixture(autouse=True)
def _closing_discards(monkeypatch):
    """A dialog still open when its test ends is closed without the "discard?" question."""
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)


@pytest.fixture
def office(services):
    services.settings.set_up_office(office_name="Harbour")
    services.vendors.create(name="BrightFix", phone="01632 960100", callout_fee="95", hourly_rate="75")
    services.assets.create(tag="PC-0001", name="Reception PC")
    return services


def opened(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def click_ok(qtbot, dialog: QDialog) -> None:
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    saved(qtbot, dialog)


def _incident(qtbot, s):
    dialog = opened(qtbot, IncidentDialog(s))
    qtbot.keyClicks(dialog.title, "Printer jams on tray 2")
    qtbot.keyClicks(dialog.description, "Paper creased")
    return dialog, lambda: [(i.title, i.description) for i in s.incidents.list()] == [
        ("Printer jams on tray 2", "Paper creased")]


def _incident_edit(qtbot, s):
    inc = s.incidents.create(title="Wi-Fi drops")
    dialog = opened(qtbot, IncidentDialog(s, s.incidents.get(inc.id)))
    qtbot.keyClicks(dialog.tried, "Router rebooted")
    return dialog, lambda: s.incidents.get(inc.id).tried == "Router rebooted"


def _asset(qtbot, s):
    dialog = opened(qtbot, AssetDialog(s))
    qtbot.keyClicks(dialog.tag, "PR-0001")
    qtbot.keyClicks(dialog.name, "Office printer")
    return dialog, lambda: s.assets.by_tag("PR-0001").name == "Office printer"


def _vendor_with_contact(qtbot, s):
    dialog = opened(qtbot, VendorDialog(s))
    qtbot.keyClicks(dialog.name, "CopyRight Printers")
    row = dialog.contacts_model.add()
    dialog.contacts_model.setData(dialog.contacts_model.index(row, 0), "Sam Carter")
    return dialog, lambda: [c.name for c in s.vendors.find("CopyRight Printers").contacts] == ["Sam Carter"]


def _site(qtbot, s):
    dialog = opened(qtbot, SiteDialog(s))
    qtbot.keyClicks(dialog.name, "Branch office")
    return dialog, lambda: s.sites.find("branch office") is not None


def _person(qtbot, s):
    dialog = opened(qtbot, PersonDialog(s))
    qtbot.keyClicks(dialog.name, "Sam Carter")
    return dialog, lambda: [p.name for p in s.people.list()] == ["Sam Carter"]


def _cost(qtbot, s):
    inc = s.incidents.create(title="Server fan loud", vendor="BrightFix")
    dialog = opened(qtbot, CostDialog(s, s.incidents.get(inc.id)))
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "120")
    return dialog, lambda: (s.incidents.get(inc.id).total_cost == 120
                            and dialog.incident_after.total_cost == 120)


def _step(qtbot, s):
    inc = s.incidents.create(title="No dial tone", vendor="BrightFix")
    s.workflow.transition(inc.id, "called_out", vendor=s.vendors.find("BrightFix").id)
    dialog = opened(qtbot, StepDialog(s, s.incidents.get(inc.id), "in_progress"))
    qtbot.keyClicks(dialog.note, "Engineer Kim on site")
    return dialog, lambda: (s.incidents.get(inc.id).status == "in_progress"
                            and dialog.saved.status == "in_progress")


def _task(qtbot, s):
    dialog = opened(qtbot, TaskDialog(s))
    qtbot.keyClicks(dialog.title, "Test-restore the backup")
    return dialog, lambda: [t.title for t in s.planned.list()] == ["Test-restore the backup"]


def _task_done(qtbot, s):
    task = s.planned.create(title="Copier service", due=dt.date.today(), every="6 months")
    dialog = opened(qtbot, TaskDoneDialog(s, task))
    return dialog, lambda: (s.planned.get(task.id).due > dt.date.today()
                            and len(s.planned.history(task.id)) == 1)


def _quick_asset(qtbot, s):
    dialog = opened(qtbot, QuickAssetDialog(s))
    qtbot.keyClicks(dialog.name, "Front desk phone")
    return dialog, lambda: (dialog.saved is not None
                            and s.assets.get(dialog.saved.id).name == "Front desk phone")


def _quick_vendor(qtbot, s):
    dialog = opened(qtbot, QuickVendorDialog(s))
    qtbot.keyClicks(dialog.name, "LineCo Telecom")
    qtbot.keyClicks(dialog.phone, "0800 000 111")
    return dialog, lambda: s.vendors.find("LineCo Telecom").phone == "0800 000 111"


def _quick_person(qtbot, s):
    dialog = opened(qtbot, QuickPersonDialog(s))
    qtbot.keyClicks(dialog.name, "Kim Lee")
    return dialog, lambda: [p.name for p in s.people.list()] == ["Kim Lee"]


def _settings(qtbot, s):
    dialog = opened(qtbot, SettingsDialog(s, office_only=True))
    dialog.office_name.clear()
    qtbot.keyClicks(dialog.office_name, "Harbour Dental")
    return dialog, lambda: s.settings.get_all().office_name == "Harbour Dental"


DIALOGS = [_incident, _incident_edit, _asset, _vendor_with_contact, _site, _person, _cost, _step, _task,
           _task_done, _quick_asset, _quick_vendor, _quick_person, _settings]


@pytest.mark.parametrize("make", DIALOGS, ids=[f.__name__.strip("_") for f in DIALOGS])
def test_saving_a_dialog_stores_the_record_and_closes_it(qtbot, office, make):
    dialog, stored = make(qtbot, office)
    click_ok(qtbot, dialog)
    assert dialog.result() == ACCEPTED and not dialog.isVisible()
    assert stored()


@pytest.mark.parametrize("kind", ["incident", "cost", "person", "task"])
def test_double_clicking_ok_saves_once(qtbot, office, kind):
    inc = office.incidents.create(title="Keyboard sticky")
    if kind == "incident":
        dialog = opened(qtbot, IncidentDialog(office))
        qtbot.keyClicks(dialog.title, "Monitor flickers")
    elif kind == "cost":
        dialog = opened(qtbot, CostDialog(office, office.incidents.get(inc.id)))
        qtbot.keyClicks(dialog.amount, "40")
    elif kind == "person":
        dialog = opened(qtbot, PersonDialog(office))
        qtbot.keyClicks(dialog.name, "Sam Carter")
    else:
        dialog = opened(qtbot, TaskDialog(office))
        qtbot.keyClicks(dialog.title, "Renew the domain")
    ok = ok_button(dialog)
    qtbot.mouseDClick(ok, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # and once more, for good measure
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    saved(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.result() == ACCEPTED, timeout=15_000)
    qtbot.wait(50)  # anything a second click might have started has had its turn
    saved(qtbot, dialog)
    counts = {"incident": office.incidents.total() - 1, "cost": len(office.costs.list(inc.id)),
              "person": len(office.people.list()), "task": len(office.planned.list())}
    assert counts[kind] == 1


def test_a_refused_save_keeps_the_dialog_open_with_its_text_and_one_sentence(qtbot, office):
    asset = office.assets.by_tag("PC-0001")
    dialog = opened(qtbot, AssetDialog(office, office.assets.get(asset.id)))
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Reception PC (new screen)")
    qtbot.keyClicks(dialog.notes_edit, "Screen swapped under warranty")
    office.assets.delete(asset.id)  # meanwhile, on the other PC
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != ACCEPTED
    assert dialog.name.text() == "Reception PC (new screen)"
    assert dialog.notes_edit.toPlainText() == "Screen swapped under warranty"
    sentence = dialog.general_error.text()
    assert dialog.general_error.isVisible() and sentence == f"There is no asset with id {asset.id}."
    assert ok_button(dialog).isEnabled() and ok_button(dialog).text() == "OK"  # ready to try again


def test_a_refused_step_keeps_the_note_and_the_buttons_come_back(qtbot, office):
    inc = office.incidents.create(title="Router down")
    dialog = opened(qtbot, StepDialog(office, office.incidents.get(inc.id), "cancelled"))
    qtbot.keyClicks(dialog.note, "Loose cable after all")
    office.workflow.transition(inc.id, "cancelled")  # the other PC was quicker
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.note.toPlainText() == "Loose cable after all"
    assert dialog.general_error.isVisible() and dialog.general_error.text().count(".") >= 1
    assert all(b.isEnabled() for b in dialog.buttons.buttons())
    assert office.incidents.get(inc.id).status == "cancelled"


def test_a_refused_log_and_call_out_keeps_the_form(qtbot, office, monkeypatch):
    dialog = opened(qtbot, IncidentDialog(office))
    qtbot.keyClicks(dialog.title, "Copier jams")
    dialog.vendor.set_current_id(office.vendors.find("BrightFix").id)
    qtbot.keyClicks(dialog.spend_cap, "lots")
    qtbot.mouseClick(dialog.callout_button, Qt.MouseButton.LeftButton)
    saved(qtbot, dialog)
    assert dialog.isVisible() and dialog.title.text() == "Copier jams"
    assert "lots is not an amount" in dialog.errors.message_for("spend_cap")
    assert office.incidents.total() == 0
    assert dialog.callout_button.isEnabled()


# -- only a database server has a connection to lose, and a save that can be seen in flight ---------
needs_pg = pytest.mark.skipif(not PG_URL, reason=NO_PG)


def _server_only(services) -> None:
    if not services.is_server:
        pytest.skip("a local file has no connection to lose and saves before the click returns")


@needs_pg
def test_a_save_in_flight_keeps_the_dialog_live_and_says_so(qtbot, office):
    _server_only(office)
    inc = office.incidents.create(title="Scanner offline")
    version = office.incidents.get(inc.id).version
    dialog = opened(qtbot, IncidentDialog(office, office.incidents.get(inc.id)))
    qtbot.keyClicks(dialog.tried, "Turned it off and on")
    other = other_pg_connection(PG_URL)  # another PC holds the incident in its transaction
    try:
        with other.cursor() as cur:
            cur.execute("BEGIN")
            cur.execute("SELECT id FROM incident WHERE id = %s FOR UPDATE", (inc.id,))
        ok = ok_button(dialog)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert not ok.isEnabled() and ok.text() == "Saving\u2026"
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert not cancel.isEnabled()
        ticked: list[int] = []
        QTimer.singleShot(30, lambda: ticked.append(1))  # the GUI thread is free meanwhile
        qtbot.waitUntil(lambda: ticked == [1], timeout=2000)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # does not close under a save that may land
        dialog.close()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.saving.busy
        assert office.incidents.get(inc.id).tried == ""
    finally:
        other.cursor().execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: dialog.result() == ACCEPTED, timeout=15_000)
    assert not dialog.isVisible() and office.incidents.get(inc.id).tried == "Turned it off and on"
    assert office.incidents.get(inc.id).version == version + 1  # saved once


@pytest.fixture
def short_lock_wait(monkeypatch):
    """Connections opened after this wait one second for a locked row instead of ten."""
    from desktop_app import server_db

    monkeypatch.setattr(server_db, "LOCK_WAIT_S", 1)


@needs_pg
def test_a_row_another_pc_never_lets_go_of_is_refused_and_the_form_kept(short_lock_wait, qtbot, office):
    _server_only(office)
    inc = office.incidents.create(title="Scanner offline")
    dialog = opened(qtbot, IncidentDialog(office, office.incidents.get(inc.id)))
    qtbot.keyClicks(dialog.tried, "Turned it off and on")
    other = other_pg_connection(PG_URL)  # a PC that dropped off the network mid-transaction
    try:
        with other.cursor() as cur:
            cur.execute("BEGIN")
            cur.execute("SELECT id FROM incident WHERE id = %s FOR UPDATE", (inc.id,))
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.general_error.isVisible(), timeout=10_000)
        assert dialog.general_error.text() == (
            "Another computer has been changing this record for 1 seconds; nothing was changed: try again "
            "in a moment.")
        assert dialog.isVisible() and dialog.tried.toPlainText() == "Turned it off and on"
        assert ok_button(dialog).isEnabled() and office.incidents.get(inc.id).tried == ""
    finally:
        other.cursor().execute("ROLLBACK")
        other.close()
    click_ok(qtbot, dialog)  # the other PC let go: the same form saves
    assert dialog.result() == ACCEPTED and office.incidents.get(inc.id).tried == "Turned it off and on"


@needs_pg
def test_a_lost_connection_keeps_the_dialog_open_with_one_sentence(qtbot, office):
    _server_only(office)
    dialog = opened(qtbot, IncidentDialog(office))
    qtbot.keyClicks(dialog.title, "Phones dead")
    qtbot.keyClicks(dialog.description, "All handsets show no service")
    params = office.db.connect_params
    port = params.get("port")
    params["port"] = 9  # nothing listens there: the worker's connection fails as on a dropped link
    try:
        click_ok(qtbot, dialog)
    finally:
        if port is None:
            params.pop("port")
        else:
            params["port"] = port
    assert dialog.isVisible() and dialog.result() != ACCEPTED
    assert dialog.title.text() == "Phones dead"
    assert dialog.description.toPlainText() == "All handsets show no service"
    assert dialog.general_error.isVisible()
    assert dialog.general_error.text() == ("The connection to the shared database was lost before this was "
                                           "saved; what you typed is kept, so try again in a moment.")
    assert "Traceback" not in dialog.general_error.text() and office.incidents.total() == 0
    click_ok(qtbot, dialog)  # the link is back: the same form saves
    assert dialog.result() == ACCEPTED
    assert [i.title for i in office.incidents.list()] == ["Phones dead"]


# -- notes, attachments and deletes from the incident's actions -------------------------------------
def _window_on(office, qtbot, tmp_path, monkeypatch):
    inc = office.incidents.create(title="Fax machine broken")
    win = make_window(office, qtbot, tmp_path, monkeypatch)
    asked = quiet_prompts(monkeypatch)  # what the window says is recorded here
    page = win.incidents
    shown(qtbot, page)
    assert page.actions.incident is not None and page.actions.incident.id == inc.id
    return win, page, inc, asked


def _notes(office, incident_id: int) -> list[str]:
    return [e.text for e in office.incidents.detail(incident_id).events if e.kind == "note"]


def test_a_note_is_saved_once_and_shown(qtbot, office, tmp_path, monkeypatch):
    win, page, inc, asked = _window_on(office, qtbot, tmp_path, monkeypatch)
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "Rang the fax company")
    page.actions.note.trigger()
    shown(qtbot, page)
    assert _notes(office, inc.id) == ["Rang the fax company"]
    assert "Rang the fax company" in page.detail.timeline_text() and asked == []


def test_a_note_refused_by_the_service_is_one_sentence_and_writes_nothing(qtbot, office, tmp_path,
                                                                         monkeypatch):
    win, page, inc, asked = _window_on(office, qtbot, tmp_path, monkeypatch)
    office.incidents.delete(inc.id)  # meanwhile, on the other PC
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "Rang the fax company")
    page.actions.note.trigger()
    shown(qtbot, page)
    assert asked == [("error", "FixDesk", f"There is no incident with id {inc.id}.")]
    assert not page.actions.writing and page.actions.note.isEnabled()


@needs_pg
def test_a_note_on_a_lost_connection_is_one_sentence_and_the_window_goes_on(qtbot, office, tmp_path,
                                                                            monkeypatch):
    _server_only(office)
    win, page, inc, asked = _window_on(office, qtbot, tmp_path, monkeypatch)
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "Rang the fax company")
    params = office.db.connect_params
    port = params.get("port")
    params["port"] = 9
    try:
        page.actions.note.trigger()
        qtbot.waitUntil(lambda: not page.actions.writing, timeout=15_000)
    finally:
        if port is None:
            params.pop("port")
        else:
            params["port"] = port
    assert asked == [("error", "FixDesk", "The connection to the shared database was lost before this was "
                      "saved; what you typed is kept, so try again in a moment.")]
    assert _notes(office, inc.id) == []
    page.actions.note.trigger()  # the link is back
    shown(qtbot, page)
    assert _notes(office, inc.id) == ["Rang the fax company"]
