"""The printing feature: Ctrl+P / "Print call-out form...", "Reports...", and printing the
call-out form as part of calling a vendor out ("Call out and print...").

``install(window)`` is listed in ui.app.FEATURES.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from ui import ops, prompts

if TYPE_CHECKING:
    from desktop_app.services import Services
    from ui.main_window import MainWindow

translate = QCoreApplication.translate  # the window's words: translate("MainWindow", "literal")


CALLOUT, SUMMARY, CURRENT = "callout", "summary", "current"


def _build(services: Services, incident_id: int, kind: str) -> tuple[str, str, bytes]:
    """(ref, kind, PDF) of an incident's call-out form or summary (``CURRENT``: the summary once
    the job is over).  Reads and builds without a widget: on a server it runs on a worker."""
    # reportlab loads on the first print, not at start-up (a quarter of a second).
    from desktop_app.reports import documents

    incident = services.incidents.get(incident_id)
    if kind == CURRENT:
        kind = SUMMARY if incident.status in ("closed", "cancelled") else CALLOUT
    build = documents.incident_summary_pdf if kind == SUMMARY else documents.callout_pdf
    return incident.ref, kind, build(services, incident.ref)


def _document(window: MainWindow, incident_id: int, kind: str, title: str,
              show: Callable[[str, str, bytes], None]) -> None:
    services = window.services
    ops.open_form(window, services, lambda: _build(services, incident_id, kind), lambda found: show(*found),
                  lambda sentence: prompts.show_error(window, title, sentence))


def _preview(window: MainWindow, ref: str, kind: str, pdf: bytes) -> None:
    from ui import printing  # QtPdf loads on the first print

    if kind == SUMMARY:
        printing.show_preview(window, pdf, translate("MainWindow", "Incident summary %s") % ref,
                              f"incident-{ref}.pdf")
    else:
        printing.show_preview(window, pdf, translate("MainWindow", "Call-out form %s") % ref,
                              f"call-out-{ref}.pdf")


def print_callout(window: MainWindow, incident_id: int | None = None) -> None:
    """Preview (and from there print or save) the call-out form of an incident."""
    incident_id = incident_id if incident_id is not None else window.current_incident_id()
    title = translate("MainWindow", "Print call-out form")
    if incident_id is None:
        prompts.show_info(window, title,
                          translate("MainWindow", "Select an incident first, then print its call-out form."))
        return
    _document(window, incident_id, CALLOUT, title, lambda *found: _preview(window, *found))


def print_summary(window: MainWindow, incident_id: int | None = None) -> None:
    """Preview (and from there print or save) an incident's summary: times, causes, costs."""
    incident_id = incident_id if incident_id is not None else window.current_incident_id()
    title = translate("MainWindow", "Print incident summary")
    if incident_id is None:
        prompts.show_info(window, title,
                          translate("MainWindow", "Select an incident first, then print its summary."))
        return
    _document(window, incident_id, SUMMARY, title, lambda *found: _preview(window, *found))


def print_current(window: MainWindow) -> None:
    """Ctrl+P / the toolbar's Print: the call-out form while the job is on, the summary after."""
    incident_id = window.current_incident_id()
    if incident_id is None:
        print_callout(window)  # says to select an incident first
        return
    _document(window, incident_id, CURRENT, translate("MainWindow", "Print call-out form"),
              lambda *found: _preview(window, *found))


def open_reports(window: MainWindow, document: str | None = None) -> None:
    from ui.dialogs.reports_dialog import ReportsDialog

    dialog = ReportsDialog(window.services, window)
    if document is not None:
        dialog.select_document(document)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def print_callout_now(window: MainWindow, incident_id: int) -> None:
    """Straight after a call-out chosen "and print": the print dialog for its form, no preview
    in between (the engineer needs the paper, the user has already seen the details)."""

    def print_it(ref: str, _kind: str, pdf: bytes) -> None:
        from ui import printing

        how = printing.print_with_dialog(window, pdf, translate("MainWindow", "Call-out form %s") % ref)
        if how:
            window.show_status(translate("MainWindow", "Call-out form %s sent to the printer.") % ref)

    _document(window, incident_id, CALLOUT, translate("MainWindow", "Call-out form"), print_it)


def install(window: MainWindow) -> None:
    window.set_print_handler(lambda: print_current(window))
    callout = QAction(translate("MainWindow", "Print &call-out form..."), window)
    callout.setObjectName("printCalloutAction")
    callout.triggered.connect(lambda _checked=False: print_callout(window))
    incident_menu = window.menu("&Incident")
    incident_menu.addSeparator()
    incident_menu.addAction(callout)
    summary = QAction(translate("MainWindow", "Print incident &summary..."), window)
    summary.setObjectName("printSummaryAction")
    summary.triggered.connect(lambda _checked=False: print_summary(window))
    incident_menu.addAction(summary)
    reports = QAction(translate("MainWindow", "&Reports..."), window)
    reports.setObjectName("reportsAction")
    reports.triggered.connect(lambda _checked=False: open_reports(window))
    window.addAction(reports)
    window.menu("&Reports").addAction(reports)
    review = QAction(translate("MainWindow", "&Break-fix review..."), window)
    review.setObjectName("reviewAction")
    review.triggered.connect(lambda _checked=False: open_reports(window, "review"))
    window.menu("&Reports").addAction(review)
    window.incidentCalledOut.connect(lambda incident_id: print_callout_now(window, incident_id))
