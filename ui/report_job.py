"""Building a document off the GUI thread, with a progress dialog that can cancel it.

The work function runs on one QThread and reports progress through a callback;
when the user presses Cancel the next callback raises ``Cancelled`` inside the
worker, so reportlab stops between pages. Results come back by signal on the
GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.progress import Cancelled, Progress
from desktop_app.services.errors import ServiceError

Work = Callable[[Progress], bytes]


class ReportWorker(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)  # the PDF bytes
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Work, close_db: Callable[[], None] | None = None,
                 parent: QWidget | None = None, what_failed: str = "The document could not be built") -> None:
        super().__init__(parent)
        self._work = work
        self._what_failed = what_failed
        self._close_db = close_db
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise Cancelled()
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            pdf = self._work(self._progress)
        except Cancelled:
            self.cancelled.emit()
        except ServiceError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the user rather than lost in a thread
            self.failed.emit(f"{self._what_failed}: {exc}")
        else:
            if self._stop.is_set():
                self.cancelled.emit()
            else:
                self.succeeded.emit(pdf)
        finally:
            if self._close_db is not None:
                self._close_db()  # this thread's own database connection


class _Relay(QObject):
    """Lives on the GUI thread: worker signals reach it queued, so its slots may touch widgets."""

    def __init__(self, worker: ReportWorker, dialog: QProgressDialog,
                 on_done: Callable[[bytes], None], on_error: Callable[[str], None],
                 on_cancelled: Callable[[], None] | None) -> None:
        super().__init__(dialog.parent())
        self.on_cancelled = on_cancelled
        self.worker, self.dialog = worker, dialog
        self.on_done, self.on_error = on_done, on_error
        self.pdf: bytes | None = None
        self.error: str | None = None

    @Slot(int, int)
    def progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, total))

    @Slot(object)
    def succeeded(self, pdf: bytes) -> None:
        self.pdf = pdf

    @Slot(str)
    def failed(self, text: str) -> None:
        self.error = text

    @Slot()
    def finished(self) -> None:
        # QThread.finished: run() has returned, so the thread object can go.
        self.dialog.close()
        self.dialog.deleteLater()
        self.worker.deleteLater()
        self.deleteLater()
        if self.pdf is not None:
            self.on_done(self.pdf)
        elif self.error is not None:
            self.on_error(self.error)
        elif self.on_cancelled is not None:
            self.on_cancelled()


def run_report(parent: QWidget, title: str, work: Work, on_done: Callable[[bytes], None],
               on_error: Callable[[str], None], close_db: Callable[[], None] | None = None,
               on_cancelled: Callable[[], None] | None = None, label: str | None = None,
               what_failed: str | None = None) -> ReportWorker:
    """Start ``work`` on a worker thread with a cancellable progress dialog; returns the worker."""
    text = label or parent.tr("Building %s...") % title
    dialog = QProgressDialog(text, parent.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(400)  # quick documents never flash a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = ReportWorker(work, close_db, parent, *([what_failed] if what_failed else []))
    relay = _Relay(worker, dialog, on_done, on_error, on_cancelled)
    worker.progressed.connect(relay.progress)
    worker.succeeded.connect(relay.succeeded)
    worker.failed.connect(relay.failed)
    worker.finished.connect(relay.finished)
    dialog.canceled.connect(worker.cancel)
    worker.relay = relay  # type: ignore[attr-defined]  # keep it alive with the worker
    worker.start()
    return worker
