"""The printing feature: Ctrl+P / "Print call-out form...", "Reports...", and printing the
call-out form as part of calling a vendor out ("Call out and print...").

``install(window)`` is listed in ui.app.FEATURES.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from desktop_app.services.errors import ServiceError
from ui import prompts

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate  # the window's words: translate("MainWindow", "literal")


def print_callout(window: MainWindow, incident_id: int | None = None) -> int:
    """Preview (and from there print or save) the call-out form of an incident.

    Returns the preview dialog's result, or 0 when nothing was shown."""
    incident_id = incident_id if incident_id is not None else window.current_incident_id()
    title = translate("MainWindow", "Print call-out form")
    if incident_id is None:
        prompts.show_info(window, title,
                          translate("MainWindow", "Select an incident first, then print its call-out form."))
        return 0
    # reportlab and QtPdf load on the first print, not at start-up (a quarter of a second).
    from desktop_app.reports import documents
    from ui import printing

    try:
        ref = window.services.incidents.get(incident_id).ref
        pdf = documents.callout_pdf(window.services, ref)  # one page: fine on the GUI thread
    except ServiceError as exc:
        prompts.show_error(window, title, str(exc))
        return 0
    return printing.show_preview(window, pdf, translate("MainWindow", "Call-out form %s") % ref,
                                 f"call-out-{ref}.pdf")


def print_summary(window: MainWindow, incident_id: int | None = None) -> int:
    """Preview (and from there print or save) an incident's summary: times, causes, costs."""
    incident_id = incident_id if incident_id is not None else window.current_incident_id()
    title = translate("MainWindow", "Print incident summary")
    if incident_id is None:
        prompts.show_info(window, title,
                          translate("MainWindow", "Select an incident first, then print its summary."))
        return 0
    from desktop_app.reports import documents
    from ui import printing

    try:
        ref = window.services.incidents.get(incident_id).ref
        pdf = documents.incident_summary_pdf(window.services, ref)
    except ServiceError as exc:
        prompts.show_error(window, title, str(exc))
        return 0
    return printing.show_preview(window, pdf, translate("MainWindow", "Incident summary %s") % ref,
                                 f"incident-{ref}.pdf")


def print_current(window: MainWindow) -> int:
    """Ctrl+P / the toolbar's Print: the call-out form while the job is on, the summary after."""
    incident_id = window.current_incident_id()
    if incident_id is not None:
        try:
            status = window.services.incidents.get(incident_id).status
        except ServiceError:
            status = ""
        if status in ("closed", "cancelled"):
            return print_summary(window, incident_id)
    return print_callout(window, incident_id)


def open_reports(window: MainWindow, document: str | None = None) -> None:
    from ui.dialogs.reports_dialog import ReportsDialog

    dialog = ReportsDialog(window.services, window)
    if document is not None:
        dialog.select_document(document)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def print_callout_now(window: MainWindow, incident_id: int) -> str:
    """Straight after a call-out chosen "and print": the print dialog for its form, no preview
    in between (the engineer needs the paper, the user has already seen the details)."""
    from desktop_app.reports import documents
    from ui import printing

    title = translate("MainWindow", "Call-out form")
    try:
        ref = window.services.incidents.get(incident_id).ref
        pdf = documents.callout_pdf(window.services, ref)
    except ServiceError as exc:
        prompts.show_error(window, title, str(exc))
        return ""
    how = printing.print_with_dialog(window, pdf, translate("MainWindow", "Call-out form %s") % ref)
    if how:
        window.show_status(translate("MainWindow", "Call-out form %s sent to the printer.") % ref)
    return how


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
