"""The printing feature: Ctrl+P / "Print call-out form...", "Reports...", and the offer to
print the call-out form as soon as a vendor is called out.

``install(window)`` is listed in ui.app.FEATURES.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from desktop_app.services.errors import ServiceError
from ui import prompts

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def print_callout(window: MainWindow, incident_id: int | None = None) -> int:
    """Preview (and from there print or save) the call-out form of an incident.

    Returns the preview dialog's result, or 0 when nothing was shown."""
    incident_id = incident_id if incident_id is not None else window.current_incident_id()
    title = window.tr("Print call-out form")
    if incident_id is None:
        prompts.show_info(window, title, window.tr("Select an incident first, then print its call-out form."))
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
    return printing.show_preview(window, pdf, window.tr("Call-out form %s") % ref, f"call-out-{ref}.pdf")


def open_reports(window: MainWindow, document: str | None = None) -> None:
    from ui.dialogs.reports_dialog import ReportsDialog

    dialog = ReportsDialog(window.services, window)
    if document is not None:
        dialog.select_document(document)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def offer_callout(window: MainWindow, incident_id: int) -> None:
    """After a call-out: the engineer will need the form, so offer it straight away."""
    try:
        incident = window.services.incidents.get(incident_id)
    except ServiceError:
        return
    who = incident.vendor_name or window.tr("the vendor")
    if prompts.confirm(window, window.tr("Print call-out form"),
                       window.tr("%s has been called out to %s. Print the call-out form now?")
                       % (incident.ref, who)):
        print_callout(window, incident_id)


def install(window: MainWindow) -> None:
    window.set_print_handler(lambda: print_callout(window))
    callout = QAction(window.tr("Print &call-out form..."), window)
    callout.setObjectName("printCalloutAction")
    callout.triggered.connect(lambda _checked=False: print_callout(window))
    incident_menu = window.menu("&Incident")
    incident_menu.addSeparator()
    incident_menu.addAction(callout)
    reports = QAction(window.tr("&Reports..."), window)
    reports.setObjectName("reportsAction")
    reports.triggered.connect(lambda _checked=False: open_reports(window))
    window.addAction(reports)
    window.menu("&Reports").addAction(reports)
    review = QAction(window.tr("&Break-fix review..."), window)
    review.setObjectName("reviewAction")
    review.triggered.connect(lambda _checked=False: open_reports(window, "review"))
    window.menu("&Reports").addAction(review)
    window.incidentCalledOut.connect(lambda incident_id: offer_callout(window, incident_id))
