"""Printing from the window: Ctrl+P previews the call-out form, Reports... saves documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from printing_support import pdf_page_count, pdf_text, small_office, window_over
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from window_support import form_opened, shown

from ui import printing, prompts
from ui.dialogs.reports_dialog import ReportsDialog


@pytest.fixture
def previews(monkeypatch):
    """Every print preview "shown": its pages are painted as on screen, then it closes."""
    seen: list[tuple[str, int]] = []

    def fake_exec(self: printing.PreviewDialog) -> int:
        widget = printing.preview_widget(self)
        widget.updatePreview()  # what showing the dialog does: paint every page
        seen.append((self.windowTitle(), widget.pageCount()))
        return 0

    monkeypatch.setattr(printing.PreviewDialog, "exec", fake_exec)
    return seen


@pytest.fixture
def print_dialogs(monkeypatch):
    """The system print dialog: each one asked for is recorded (title, page size) and cancelled."""
    asked: list[str] = []

    def choose(parent, printer, title=""):  # noqa: ANN001, ANN202
        asked.append(title)
        return False

    monkeypatch.setattr(prompts, "choose_printer", choose)
    return asked


def test_ctrl_p_previews_the_selected_incidents_callout_form(services, qtbot, tmp_path, previews):
    incident_id = small_office(services)
    ref = services.incidents.get(incident_id).ref
    win = window_over(services, qtbot, tmp_path)
    assert win.incidents.select_incident(incident_id)
    assert win.print_action.isEnabled()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win.incidents.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    form_opened(qtbot)
    assert previews == [(f"Call-out form {ref}", 1)]


def test_print_callout_menu_item_and_reports_menu(services, qtbot, tmp_path, previews):
    small_office(services)
    win = window_over(services, qtbot, tmp_path)
    incident_menu = [a.text() for a in win.menu("&Incident").actions()]
    assert "Print &call-out form..." in incident_menu
    assert "&Reports..." in [a.text() for a in win.menu("&Reports").actions()]
    win.findChild(QAction, "printCalloutAction").trigger()
    form_opened(qtbot)
    assert len(previews) == 1 and previews[0][1] == 1


def test_print_without_a_selected_incident_says_what_to_do(services, qtbot, tmp_path, monkeypatch, previews):
    services.settings.update(office_name="Empty", setup_done=True)
    services.vendors.create(name="Nobody")  # not empty, so no welcome page
    win = window_over(services, qtbot, tmp_path)
    told: list[str] = []
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: told.append(text))
    win.findChild(QAction, "printCalloutAction").trigger()
    form_opened(qtbot)
    assert previews == [] and "Select an incident first" in told[0]


def test_call_out_and_print_goes_straight_to_one_print_dialog(services, qtbot, tmp_path, monkeypatch,
                                                              previews, print_dialogs):
    from window_support import drive

    from ui.dialogs.step_dialog import StepDialog

    services.settings.update(office_name="Office", setup_done=True)
    vendor = services.vendors.create(name="BrightFix", phone="01632 960200")
    incident = services.incidents.create(title="No picture", vendor=vendor.id)
    win = window_over(services, qtbot, tmp_path)
    assert win.incidents.select_incident(incident.id)
    seen: list[StepDialog] = []
    drive(monkeypatch, qtbot, StepDialog, lambda d: None, seen)
    win.incidents.actions.steps["called_out"].trigger()
    form_opened(qtbot)
    assert seen[0].buttons.button(seen[0].buttons.StandardButton.Ok).text() == "Call out and &print\u2026"
    assert services.incidents.get(incident.id).status == "called_out"
    assert print_dialogs == [f"Call-out form {incident.ref}"] and previews == []  # no question first


def test_call_out_only_prints_nothing(services, qtbot, tmp_path, monkeypatch, previews, print_dialogs):
    from ui.dialogs.step_dialog import StepDialog

    vendor = services.vendors.create(name="BrightFix", phone="01632 960200")
    incident = services.incidents.create(title="No picture", vendor=vendor.id)
    win = window_over(services, qtbot, tmp_path)
    assert win.incidents.select_incident(incident.id)

    def only(self: StepDialog) -> int:
        qtbot.mouseClick(self._call_out_only_button, Qt.MouseButton.LeftButton)
        # A shared database saves on a worker; exec() would return once the step is in.
        qtbot.waitUntil(lambda: self.result() != 0)
        return int(self.result())

    monkeypatch.setattr(StepDialog, "exec", only)
    win.incidents.actions.steps["called_out"].trigger()
    form_opened(qtbot)
    assert services.incidents.get(incident.id).status == "called_out"
    assert print_dialogs == [] and previews == []


def test_preview_fits_the_screen_and_its_print_button_opens_one_print_dialog(services, qtbot, tmp_path,
                                                                            monkeypatch, print_dialogs):
    from desktop_app.reports import documents

    small_office(services)
    ref = services.incidents.list()[0].ref
    pdf = documents.callout_pdf(services, ref)
    win = window_over(services, qtbot, tmp_path)
    shown: list[printing.PreviewDialog] = []

    def press_print(self: printing.PreviewDialog) -> int:
        shown.append(self)
        qtbot.mouseClick(self.print_button, Qt.MouseButton.LeftButton)
        return int(self.result())

    monkeypatch.setattr(printing.PreviewDialog, "exec", press_print)
    printing.show_preview(win, pdf, "Call-out form")
    dialog = shown[0]
    assert dialog.print_button.text() == "&Print\u2026"  # a labelled button, not an icon
    available = win.screen().availableGeometry()
    assert dialog.height() <= available.height() - 40 and dialog.width() <= available.width()
    assert print_dialogs == ["Call-out form"]  # exactly one print dialog after the preview


def test_preview_size_for_a_768_pixel_screen(services, qtbot):
    from PySide6.QtCore import QSizeF

    class Page:
        def pagePointSize(self, _index):  # noqa: N802, ANN001, ANN202
            return QSizeF(595, 842)  # A4

    class Screen:
        def availableGeometry(self):  # noqa: N802, ANN202
            from PySide6.QtCore import QRect

            return QRect(0, 0, 1366, 768 - 40)  # a laptop with a taskbar

    class Parent:
        def screen(self):  # noqa: ANN202
            return Screen()

    size = printing.fitting_size(Parent(), Page())  # type: ignore[arg-type]
    assert size.height() <= 768 - 40 - 50 and 400 < size.width() < 1366


def test_toolbar_print_offers_the_summary_for_a_closed_incident(services, qtbot, tmp_path, previews):
    from printing_support import pdf_text

    from desktop_app.reports import documents

    incident_id = small_office(services)
    for step in ("in_progress", "resolved", "closed"):
        services.workflow.transition(incident_id, step, resolution="Replaced the PSU", cause="PSU failed")
    ref = services.incidents.get(incident_id).ref
    win = window_over(services, qtbot, tmp_path)
    win.incidents.status_filter.setCurrentIndex(win.incidents.status_filter.findData("all"))
    shown(qtbot, win.incidents)
    assert win.incidents.select_incident(incident_id)
    shown(qtbot, win.incidents)
    win.print_action.trigger()
    form_opened(qtbot)
    assert previews == [(f"Incident summary {ref}", 1)]
    text = pdf_text(documents.incident_summary_pdf(services, ref))
    assert "Incident summary" in text and "Replaced the PSU" in text and "Timeline" in text


def test_preview_save_button_writes_the_same_pdf(services, qtbot, tmp_path, monkeypatch):
    from desktop_app.reports import documents

    small_office(services)
    ref = services.incidents.list()[0].ref
    pdf = documents.callout_pdf(services, ref)
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: str(target))
    dialog = printing.make_preview(None, pdf, "Preview", "x.pdf")
    qtbot.addWidget(dialog)
    dialog.findChild(QAction, "savePdfAction").trigger()
    assert target.read_bytes() == pdf


def _save_from_dialog(dialog: ReportsDialog, qtbot, monkeypatch, target: Path) -> str:
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: str(target))
    errors: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: errors.append(text))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() or bool(errors), timeout=20000)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20000)
    assert errors == []
    return pdf_text(target.read_bytes())


def test_reports_dialog_writes_the_incident_log(services, qtbot, tmp_path, monkeypatch):
    incident_id = small_office(services)
    dialog = ReportsDialog(services)
    qtbot.addWidget(dialog)
    dialog.select_document("incidents")
    text = _save_from_dialog(dialog, qtbot, monkeypatch, tmp_path / "log.pdf")
    assert services.incidents.get(incident_id).ref in text and "1 incident" in text


def test_reports_dialog_labels_for_ticked_assets_only(services, qtbot, tmp_path, monkeypatch):
    small_office(services)
    dialog = ReportsDialog(services)
    qtbot.addWidget(dialog)
    dialog.select_document("labels")
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("avery-5160"))
    dialog.chosen_assets.setChecked(True)
    dialog.asset_model.item(1).setCheckState(Qt.CheckState.Checked)  # PR-0001
    text = _save_from_dialog(dialog, qtbot, monkeypatch, tmp_path / "labels.pdf")
    assert "PR-0001" in text and "PC-0001" not in text and "Avery 5160" in text


def test_reports_dialog_warranty_days(services, qtbot, tmp_path, monkeypatch):
    small_office(services)
    dialog = ReportsDialog(services)
    qtbot.addWidget(dialog)
    dialog.select_document("warranty")
    dialog.days.setValue(30)
    text = _save_from_dialog(dialog, qtbot, monkeypatch, tmp_path / "w.pdf")
    assert "within 30 days" in text and "PC-0001" not in text  # its warranty ends in 100 days
    dialog.days.setValue(120)
    text = _save_from_dialog(dialog, qtbot, monkeypatch, tmp_path / "w2.pdf")
    assert "PC-0001" in text


def test_building_can_be_cancelled_and_nothing_comes_back(services, qtbot, tmp_path):
    from desktop_app.reports import documents
    from ui import ops

    small_office(services)
    done: list[bytes] = []
    failed: list[str] = []
    cancelled: list[bool] = []
    parent = ReportsDialog(services)
    qtbot.addWidget(parent)
    op = ops.run(parent, lambda progress, _cancelled: documents.incident_log_pdf(services, progress=progress),
                 done.append, failed.append, services=services, title="Incident log",
                 on_cancelled=lambda: cancelled.append(True))
    op.cancel()  # the work's next progress report stops it
    qtbot.waitUntil(lambda: bool(cancelled or done or failed), timeout=20000)
    assert cancelled == [True] and done == [] and failed == []


def test_work_on_the_worker_reports_progress_and_a_sentence_on_the_gui_thread(services, qtbot):
    import threading

    from PySide6.QtWidgets import QWidget

    from desktop_app.services.errors import ServiceError
    from ui import ops

    parent = QWidget()
    qtbot.addWidget(parent)
    gui = threading.get_ident()
    seen: list[tuple[str, object]] = []

    def counts(progress, cancelled):
        for n in range(1, 4):
            progress(n, 3)
        return (threading.get_ident(), services.assets.count())

    op = ops.run(parent, counts, lambda value: seen.append(("done", value, threading.get_ident())),
                 lambda text: seen.append(("error", text)), services=services, title="Count")
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert len(seen) == 1 and len(seen[0]) == 3, seen
    [(kind, (worker, count), called_on)] = seen
    assert kind == "done" and worker != gui and called_on == gui and count == 0

    def refuses(progress, cancelled):
        raise ServiceError("The vendor has no e-mail address.")

    def breaks(progress, cancelled):
        raise KeyError("x")

    seen.clear()
    first = ops.run(parent, refuses, seen.append, lambda text: seen.append(("error", text)), quiet=True)
    second = ops.run(parent, breaks, seen.append, lambda text: seen.append(("error", text)), quiet=True,
                     failure="The count stopped: {}")
    qtbot.waitUntil(lambda: first.done and second.done, timeout=10000)
    assert sorted(seen) == [("error", "The count stopped: 'x'"),
                            ("error", "The vendor has no e-mail address.")]


def test_page_count_of_a_long_document_in_the_preview(services, qtbot, tmp_path, previews):
    from desktop_app.reports import documents

    small_office(services)
    for i in range(80):
        services.assets.create(tag=f"LT-{i:04d}", name=f"Laptop {i}")
    pdf = documents.labels_pdf(services, "avery-l7163")
    printing.show_preview(None, pdf, "Labels")
    assert previews == [("Labels", pdf_page_count(pdf))] and pdf_page_count(pdf) == 6


def test_a_document_too_long_to_preview_goes_to_the_print_dialog(services, qtbot, tmp_path, monkeypatch,
                                                               previews):
    from desktop_app.reports import documents

    small_office(services)
    for i in range(14 * printing.PREVIEW_MAX_PAGES):
        services.assets.create(tag=f"LT-{i:04d}", name=f"Laptop {i}")
    pdf = documents.labels_pdf(services, "avery-l7163")
    pages = pdf_page_count(pdf)
    assert pages > printing.PREVIEW_MAX_PAGES
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: asked.append(text) or False)
    win = window_over(services, qtbot, tmp_path)
    printing.show_preview(win, pdf, "Asset labels")
    assert previews == [] and f"Asset labels has {pages} pages" in asked[0]
