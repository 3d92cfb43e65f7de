"""On a shared database the window never waits on the server: opening it, the status bar's
counts and the register pages (rows and detail pane) are read on worker threads, and what a
user sees arrives a moment later, the same as on a local file."""

from __future__ import annotations

import threading

import pytest
from window_support import make_window, shown


def _queries_on_the_gui_thread(services, monkeypatch) -> list[str]:  # noqa: ANN001
    gui = threading.main_thread()
    seen: list[str] = []
    real = services.db.execute_sql

    def execute_sql(sql, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if threading.current_thread() is gui:
            seen.append(sql)
        return real(sql, *args, **kwargs)

    monkeypatch.setattr(services.db, "execute_sql", execute_sql)
    return seen


def test_opening_the_window_and_its_registers_reads_off_the_gui_thread(demo_services, qtbot, tmp_path,
                                                                       monkeypatch):
    services = demo_services
    if not services.is_server:
        pytest.skip("a local file answers within a frame: it is read on the GUI thread by design")
    services.settings.update(user_name="Zoë Hartley")  # kept by an older FixDesk, carried over
    open_count, overdue = services.incidents.open_and_overdue()
    asset_count, vendor_names = services.assets.count(), [v.name for v in services.vendors.list()]
    people_count = len(services.people.list())
    on_gui = _queries_on_the_gui_thread(services, monkeypatch)  # from here on: the window's own
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    shown(qtbot, win.incidents)
    qtbot.waitUntil(lambda: win.planned_counts_label.text() != "")

    assert win.counts_label.text() == f"{open_count} open \u00b7 {overdue} overdue"
    assert win.welcome is None  # a set-up office opens on its pages
    assert services.user_name == "Zoë Hartley"
    assert win.incidents.model.rowCount() > 0 and win.incidents.detail.detail is not None

    assets = win.page(2)
    win.show_page(2)
    shown(qtbot, assets)
    first = assets.current()
    assert assets.model.rowCount() == min(asset_count, 200)
    assert first.tag in assets.detail.toPlainText() and "Incident history" in assets.detail.toPlainText()

    vendors = win.page(3)
    win.show_page(3)
    shown(qtbot, vendors)
    assert [vendors.model.record(r).name for r in range(vendors.model.rowCount())] == \
        vendor_names
    assert "Scorecard, last 12 months" in vendors.detail.toPlainText()
    assert "Adding up" not in vendors.detail.toPlainText()  # the vendor's figures arrived

    sites = win.page(4)
    win.show_page(4)
    shown(qtbot, sites)
    assert sites.people.model.rowCount() == people_count
    assert "Assigned assets" in sites.people.detail.toPlainText()
    assert on_gui == [], on_gui[:3]


def test_a_register_refreshed_by_another_pc_keeps_its_selection_and_scroll(demo_services, qtbot, tmp_path,
                                                                            monkeypatch):
    services = demo_services
    for n in range(60):  # enough rows to scroll
        services.assets.create(tag=f"ZZ-{n:03d}", name=f"Spare {n}")
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    win.resize(1280, 600)
    page = win.page(2)
    win.show_page(2)
    shown(qtbot, page)
    chosen = services.assets.by_tag("ZZ-040")
    assert page.select_id(chosen.id)
    shown(qtbot, page)
    bar = page.table.verticalScrollBar()
    assert bar.value() > 0
    position = bar.value()

    services.assets.update(chosen.id, name="Spare forty (relabelled)")  # as another PC would
    win.external_change()
    shown(qtbot, page)
    assert page.current_id() == chosen.id and bar.value() == position
    assert "Spare forty (relabelled)" in page.detail.toPlainText()


def _server_window(services, qtbot, tmp_path, monkeypatch):  # noqa: ANN001, ANN202
    if not services.is_server:
        pytest.skip("a local file answers within a frame: a form reads its lists as it opens")
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    shown(qtbot, win.incidents)
    return win


def test_the_incident_forms_open_with_what_they_show_read_off_the_gui_thread(demo_services, qtbot,
                                                                             tmp_path, monkeypatch):
    from window_support import form_opened

    from ui.dialogs.cost_dialog import CostDialog
    from ui.dialogs.incident_dialog import IncidentDialog
    from ui.dialogs.step_dialog import StepDialog

    services = demo_services
    win = _server_window(services, qtbot, tmp_path, monkeypatch)
    page = win.incidents
    incident = next(i for i in services.incidents.list() if i.status == "new" and i.asset_id is not None)
    assert page.select_incident(incident.id)
    shown(qtbot, page)
    vendor_count = len(services.vendors.list())
    seen: list[tuple] = []

    def look(dialog) -> int:  # noqa: ANN001 - what the user sees as the form comes up
        if isinstance(dialog, IncidentDialog):
            dialog.asset.ensure_loaded()  # the register came with the form: no query for it either
            seen.append(("incident", dialog.title.text(), dialog.asset.current_id(), dialog.warranty.text(),
                         dialog.asset.model.rowCount()))
        elif isinstance(dialog, StepDialog):
            seen.append(("step", dialog.vendor.model.rowCount()))
        else:
            seen.append(("cost", dialog.incident.id))
        return 0

    for cls in (IncidentDialog, StepDialog, CostDialog):
        monkeypatch.setattr(cls, "exec", look)
    on_gui = _queries_on_the_gui_thread(services, monkeypatch)

    page.actions.edit.trigger()
    page.actions.edit.trigger()  # a double-click while the form is on its way opens one form
    form_opened(qtbot)
    page.new_record()
    form_opened(qtbot)
    page.actions.steps["called_out"].trigger()
    form_opened(qtbot)
    page.actions.cost.trigger()
    form_opened(qtbot)

    assert on_gui == [], on_gui[:3]
    register = services.assets.count() + 1  # and "(no asset)"
    edit, new, step, cost = seen
    assert edit[:3] == ("incident", incident.title, incident.asset_id) and edit[3]  # warranty words
    assert new == ("incident", "", None, "", register)
    assert step == ("step", vendor_count + 1)  # and "(choose a vendor)"
    assert cost == ("cost", incident.id)


def test_a_form_whose_record_went_meanwhile_says_so_and_opens_nothing(demo_services, qtbot, tmp_path,
                                                                     monkeypatch):
    from window_support import form_opened, quiet_prompts

    from ui.dialogs.incident_dialog import IncidentDialog

    services = demo_services
    win = _server_window(services, qtbot, tmp_path, monkeypatch)
    page = win.incidents
    incident = services.incidents.list()[0]
    assert page.select_incident(incident.id)
    shown(qtbot, page)
    asked = quiet_prompts(monkeypatch)
    opened: list[object] = []
    monkeypatch.setattr(IncidentDialog, "exec", lambda self: opened.append(self) or 0)
    services.incidents.delete(incident.id)  # as another PC would, just before the click
    page.actions.edit.trigger()
    form_opened(qtbot)
    assert opened == []
    assert asked == [("error", "FixDesk", f"There is no incident with id {incident.id}.")]


def test_the_registers_planned_page_and_their_forms_read_off_the_gui_thread(
        demo_services, qtbot, tmp_path, monkeypatch):
    from window_support import form_opened

    services = demo_services
    services.planned.create(title="Test-restore the backup", due="2026-01-31", every="1 months")
    win = _server_window(services, qtbot, tmp_path, monkeypatch)
    opened: list[tuple[str, object]] = []
    on_gui = _queries_on_the_gui_thread(services, monkeypatch)
    for index, name in ((2, "assets"), (3, "vendors"), (4, "sites")):
        win.show_page(index)
        page = win.page(index)
        panels = (page.sites, page.people) if name == "sites" else (page,)
        for panel in panels:
            shown(qtbot, panel)
            for open_it in (panel.new_record, panel.edit_current):
                on_gui.clear()
                open_it()
                form_opened(qtbot)
                dialog = panel.dialog
                assert dialog is not None and dialog.isVisible()
                opened.append((type(dialog).__name__, dialog.record is not None))
                assert on_gui == [], (type(dialog).__name__, on_gui[:3])
                dialog.reject()
    planned = win.page(5)
    on_gui.clear()
    win.show_page(5)
    shown(qtbot, planned)
    assert planned.select_task(planned.model.record(0).id)
    shown(qtbot, planned)
    assert "Not done yet" in planned.detail.toPlainText()  # its history, read on the page's worker
    assert on_gui == [], on_gui[:3]
    for open_it in (planned.new_record, planned.edit_current, planned.done_current):
        on_gui.clear()
        open_it()
        form_opened(qtbot)
        assert planned.dialog is not None and planned.dialog.isVisible()
        opened.append((type(planned.dialog).__name__, True))
        assert on_gui == [], (type(planned.dialog).__name__, on_gui[:3])
        planned.dialog.reject()
        qtbot.waitUntil(lambda: planned.dialog is None)
    from ui.dialogs.settings_dialog import SettingsDialog

    monkeypatch.setattr(SettingsDialog, "exec", lambda dialog: opened.append(("SettingsDialog", True)) or 0)
    on_gui.clear()
    win.open_settings()
    form_opened(qtbot)
    assert on_gui == [], on_gui[:3]
    assert [name for name, _ in opened] == [
        "AssetDialog", "AssetDialog", "VendorDialog", "VendorDialog", "SiteDialog", "SiteDialog",
        "PersonDialog", "PersonDialog", "TaskDialog", "TaskDialog", "TaskDoneDialog", "SettingsDialog"]
    assert [edit for _, edit in opened[:8]] == [False, True] * 4
