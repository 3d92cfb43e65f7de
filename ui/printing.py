"""Previewing and printing FixDesk's PDFs: the same bytes the CLI writes, drawn by QtPdf.

reportlab makes the PDF; QPdfDocument renders each page into an image at the
printer's resolution (capped, so a 1200 dpi laser does not need a gigabyte per
page) and QPainter puts it on the QPrinter. Preview, printer and "Save PDF"
therefore always show the same paper.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QToolBar, QWidget

from desktop_app.reports.output import write_pdf
from desktop_app.services.errors import ServiceError
from ui import prompts

MAX_DPI = 300  # plenty for text and QR codes; keeps one A4 page image under 40 MB
PREVIEW_DPI = 120  # the preview keeps every page in memory: about 6 MB a page
PREVIEW_MAX_PAGES = 60  # longer documents go straight to the print dialog (or Save PDF)


class PdfError(Exception):
    """The bytes are not a PDF QtPdf can read (should not happen with our own PDFs)."""


def load_pdf(pdf: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument over ``pdf``; the buffer is parented to the document so it lives as long."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PdfError("The document could not be read back for printing.")
    return document


def setup_printer(printer: QPrinter, document: QPdfDocument) -> None:
    """Match the printer's paper and orientation to the document; print edge to edge."""
    size = document.pagePointSize(0)
    landscape = size.width() > size.height()
    portrait = QSize(round(min(size.width(), size.height())), round(max(size.width(), size.height())))
    printer.setPageSize(QPageSize(portrait, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                               else QPageLayout.Orientation.Portrait)
    # The PDF carries its own margins; a second set from the driver would shrink the page.
    printer.setFullPage(True)
    printer.setDocName(document.metaData(QPdfDocument.MetaDataField.Title) or "FixDesk")


def on_white(image: QImage) -> QImage:
    """QtPdf renders onto transparency; printers and PostScript want an opaque white sheet."""
    sheet = QImage(image.size(), QImage.Format.Format_RGB32)
    sheet.fill(Qt.GlobalColor.white)
    painter = QPainter(sheet)
    painter.drawImage(0, 0, image)
    painter.end()
    return sheet


def paint_document(document: QPdfDocument, printer: QPrinter,
                   progress: Callable[[int, int], None] | None = None) -> int:
    """Draw every page of ``document`` on ``printer`` (one sheet each); returns the page count.

    ``progress(done, total)`` is called after each page and may raise to stop."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PdfError("The printer could not be started.")
    try:
        # The preview records every page as a picture in memory: screen resolution is plenty there.
        preview = painter.paintEngine().type() == QPaintEngine.Type.Picture
        dpi = min(printer.resolution(), PREVIEW_DPI if preview else MAX_DPI)
        total = document.pageCount()
        for index in range(total):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(index, pixels)
            target = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
            # Keep the page's proportions inside whatever area the printer offers.
            scaled = QSize(image.size()).scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(target.x(), target.y(), scaled.width(), scaled.height()),
                              on_white(image))
            if progress is not None:
                progress(index + 1, total)
        return total
    finally:
        painter.end()


def print_pdf(pdf: bytes, printer: QPrinter, job_name: str | None = None,
              progress: Callable[[int, int], None] | None = None) -> int:
    """FixDesk's print path: set the printer up for ``pdf`` and print every page of it.

    Safe on a worker thread (QPainter on a QPrinter and QPdfDocument both are)."""
    document = load_pdf(pdf)
    try:
        setup_printer(printer, document)
        if job_name:
            printer.setDocName(job_name)
        return paint_document(document, printer, progress)
    finally:
        document.close()


def save_pdf(parent: QWidget | None, pdf: bytes, suggested: str) -> Path | None:
    """Ask where, then write ``pdf`` there whole (or not at all)."""
    path = prompts.choose_save_file(parent, parent.tr("Save PDF") if parent else "Save PDF",
                                    "PDF files (*.pdf)", suggested)
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        return write_pdf(path, pdf)
    except ServiceError as exc:
        prompts.show_error(parent, "Save PDF", str(exc))
        return None


def make_preview(parent: QWidget | None, pdf: bytes, title: str,
                 suggested: str = "fixdesk.pdf") -> QPrintPreviewDialog:
    """A print preview of ``pdf`` with an extra "Save PDF..." button; the caller exec()s it."""
    document = load_pdf(pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_printer(printer, document)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer_ref = printer  # type: ignore[attr-defined]  # the dialog does not own its printer
    document.setParent(dialog)
    dialog.setWindowTitle(title)
    dialog.resize(900, 1000)
    dialog.paintRequested.connect(lambda target: paint_document(document, target))
    bar = dialog.findChild(QToolBar)
    save = QAction(dialog.tr("Save PDF..."), dialog)
    save.setObjectName("savePdfAction")
    save.triggered.connect(lambda _checked=False: save_pdf(dialog, pdf, suggested))
    if bar is not None:
        bar.addSeparator()
        bar.addAction(save)
    dialog.addAction(save)
    return dialog


def preview_widget(dialog: QPrintPreviewDialog) -> QPrintPreviewWidget:
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    return widget


def show_preview(parent: QWidget | None, pdf: bytes, title: str, suggested: str = "fixdesk.pdf") -> int:
    """Open the preview; from there the user prints to a real printer or saves the PDF.

    A document too long to preview comfortably goes to the print dialog instead."""
    try:
        pages = pdf_page_count(pdf)
    except PdfError as exc:
        prompts.show_error(parent, title, str(exc))
        return 0
    if pages > PREVIEW_MAX_PAGES:
        text = (f"{title} has {pages} pages, too many to preview. Print it now? "
                "(Save PDF keeps a copy to read in any PDF viewer.)")
        if parent is not None and prompts.confirm(parent, title, text):
            print_with_dialog(parent, pdf, title)
        return 0
    dialog = make_preview(parent, pdf, title, suggested)
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


def pdf_page_count(pdf: bytes) -> int:
    document = load_pdf(pdf)
    try:
        return document.pageCount()
    finally:
        document.close()
        document.deleteLater()


def print_with_dialog(parent: QWidget, pdf: bytes, title: str) -> None:
    """The system print dialog, then printing on a worker thread with a cancellable progress bar."""
    from PySide6.QtPrintSupport import QPrintDialog

    from ui import ops

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    document = load_pdf(pdf)
    setup_printer(printer, document)
    document.close()
    dialog = QPrintDialog(printer, parent)
    try:
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
    finally:
        dialog.deleteLater()
    def work(progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> None:
        print_pdf(pdf, printer, progress=progress)

    op = ops.run(parent, work, lambda _none: None, lambda text: prompts.show_error(parent, title, text),
                 label=parent.tr("Printing %s...") % title, title=title,
                 failure="The document could not be printed: {}")
    op.printer = printer  # alive until printing ends
