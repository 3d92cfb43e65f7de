"""Previewing and printing FixDesk's PDFs: the same bytes the CLI writes.

reportlab makes the PDF.  Where the platform's spooler prints PDF itself (CUPS
on Linux and macOS) that PDF is what is sent (desktop_app.spool).  Elsewhere
(Windows) QPdfDocument renders each page into an image at the printer's
resolution (capped, so a 1200 dpi laser does not need a gigabyte per page) and
QPainter puts it on the QPrinter.  The preview draws the same pages, so
preview, printer and "Save PDF" always show the same paper.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPaintEngine,
    QPainter,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop_app import spool
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
        raise PdfError(QCoreApplication.translate("Printing",
                                                  "The document could not be read back for printing."))
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
        raise PdfError(QCoreApplication.translate("Printing", "The printer could not be started."))
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
    title = QCoreApplication.translate("Printing", "Save PDF")
    kinds = QCoreApplication.translate("Printing", "PDF files (*.pdf)")
    path = prompts.choose_save_file(parent, title, kinds, suggested)
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        return write_pdf(path, pdf)
    except ServiceError as exc:
        prompts.show_error(parent, title, str(exc))
        return None


class PreviewDialog(QDialog):
    """The pages as they will print, with labelled buttons: Print..., Save PDF..., Close.

    Sized to the screen it opens on (a 768-pixel laptop included), showing whole pages."""

    def __init__(self, parent: QWidget | None, pdf: bytes, title: str, suggested: str) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.title = title
        self.suggested = suggested
        self.print_requested = False
        self.setWindowTitle(title)
        self.document = load_pdf(pdf, self)
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_printer(self.printer, self.document)
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.paintRequested.connect(lambda target: paint_document(self.document, target))
        self.preview.fitInView()
        buttons = QDialogButtonBox(self)
        self.print_button = buttons.addButton(self.tr("&Print\u2026"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.save_button = buttons.addButton(self.tr("&Save PDF\u2026"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("savePdfButton")
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(lambda: save_pdf(self, pdf, suggested))
        close.clicked.connect(self.reject)
        save = QAction(self.tr("Save PDF..."), self)  # also reachable as an action (Ctrl+S)
        save.setObjectName("savePdfAction")
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(lambda _checked=False: save_pdf(self, pdf, suggested))
        self.addAction(save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(fitting_size(parent, self.document))

    def _print(self) -> None:
        self.print_requested = True
        self.accept()

    def page_count(self) -> int:
        return self.preview.pageCount()


def fitting_size(parent: QWidget | None, document: QPdfDocument) -> QSize:
    """A page-shaped window that fits the available screen (taskbar and title bar left out)."""
    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    available = screen.availableGeometry().size() if screen is not None else QSize(1280, 768)
    height = min(1000, available.height() - 60)  # the window frame and title bar
    page = document.pagePointSize(0)
    ratio = page.width() / page.height() if page.height() else 0.7
    width = min(available.width() - 40, max(560, round((height - 70) * ratio) + 40))
    return QSize(width, height)


def make_preview(parent: QWidget | None, pdf: bytes, title: str,
                 suggested: str = "fixdesk.pdf") -> PreviewDialog:
    """A print preview of ``pdf``; the caller exec()s it and prints when ``print_requested``."""
    return PreviewDialog(parent, pdf, title, suggested)


def preview_widget(dialog: PreviewDialog) -> QPrintPreviewWidget:
    return dialog.preview


def show_preview(parent: QWidget | None, pdf: bytes, title: str, suggested: str = "fixdesk.pdf") -> int:
    """Open the preview; from there the user prints (one print dialog) or saves the PDF.

    A document too long to preview comfortably goes to the print dialog instead."""
    try:
        pages = pdf_page_count(pdf)
    except PdfError as exc:
        prompts.show_error(parent, title, str(exc))
        return 0
    if pages > PREVIEW_MAX_PAGES:
        text = QCoreApplication.translate(
            "Printing", "%1 has %2 pages, too many to preview. Print it now? (Save PDF keeps a copy to "
            "read in any PDF viewer.)").replace("%2", str(pages)).replace("%1", title)
        if parent is not None and prompts.confirm(parent, title, text):
            print_with_dialog(parent, pdf, title)
        return 0
    dialog = make_preview(parent, pdf, title, suggested)
    try:
        result = dialog.exec()
        if dialog.print_requested and parent is not None:
            print_with_dialog(parent, pdf, title)
        return result
    finally:
        dialog.deleteLater()


def pdf_page_count(pdf: bytes) -> int:
    document = load_pdf(pdf)
    try:
        return document.pageCount()
    finally:
        document.close()
        document.deleteLater()


def print_with_dialog(parent: QWidget, pdf: bytes, title: str) -> str:
    """The system print dialog, then the job: the PDF itself to a CUPS queue, else pages
    drawn on a worker thread with a cancellable progress bar.  Returns how it went:
    "spooled", "raster", "file" or "" (cancelled or failed)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    document = load_pdf(pdf)
    setup_printer(printer, document)
    pages = document.pageCount()
    document.close()
    printer.setFromTo(1, pages)
    if not prompts.choose_printer(parent, printer, title):
        return ""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        # "Print to file": the file is the PDF itself, not a picture of it.
        try:
            write_pdf(printer.outputFileName(), pdf)
        except ServiceError as exc:
            prompts.show_error(parent, title, str(exc))
            return ""
        return "file"
    if spool.lp_command() is not None and printer.printerName():
        try:
            spool.send_pdf(pdf, print_job(printer, title))
        except ServiceError as exc:
            prompts.show_error(parent, title, str(exc))
            return ""
        return "spooled"
    _print_raster(parent, pdf, title, printer)
    return "raster"


def print_job(printer: QPrinter, title: str) -> spool.PrintJob:
    """What the user chose in the print dialog, as a spooler job."""
    sides = {QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
             QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
             QPrinter.DuplexMode.DuplexNone: "one-sided"}.get(printer.duplex(), "")
    ranged = printer.printRange() == QPrinter.PrintRange.PageRange
    return spool.PrintJob(printer=printer.printerName(), title=title, copies=printer.copyCount(),
                          first_page=printer.fromPage() if ranged else 0,
                          last_page=printer.toPage() if ranged else 0,
                          sides=sides, collate=printer.collateCopies())


def _print_raster(parent: QWidget, pdf: bytes, title: str, printer: QPrinter) -> None:
    """Where no spooler takes PDF (Windows): each page drawn as an image on the printer."""
    from ui import ops

    def work(progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> None:
        print_pdf(pdf, printer, progress=progress)

    op = ops.run(parent, work, lambda _none: None, lambda text: prompts.show_error(parent, title, text),
                 label=QCoreApplication.translate("Printing", "Printing %s...") % title, title=title,
                 failure=QCoreApplication.translate("Printing", "The document could not be printed: {}"))
    op.printer = printer  # alive until printing ends
