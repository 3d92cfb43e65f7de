"""Running an import (or its dry run, or an e-mail) on a worker thread, with a progress dialog.

The services' database handle gives each thread its own connection, so the
worker writes through its own SQLite connection and closes it when done;
results come back to the GUI thread by queued signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.services.errors import ServiceError

Progress = Callable[[int, int], None]
Work = Callable[[Progress, Callable[[], bool]], Any]


class ImportWorker(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, close_db: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._close_db = close_db
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            result = self._work(lambda done, total: self.progressed.emit(done, total), self._stop.is_set)
        except ServiceError as exc:  # includes ImportCancelled: its sentence says nothing was imported
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the user rather than lost in a thread
            self.failed.emit(f"The import stopped with an unexpected error ({exc}); nothing was imported.")
        else:
            self.succeeded.emit(result)
        finally:
            self._close_db()  # this thread's own connection


class _Relay(QObject):
    """Lives on the GUI thread, so its slots may touch widgets."""

    def __init__(self, worker: ImportWorker, dialog: QProgressDialog,
                 on_done: Callable[[Any], None], on_error: Callable[[str], None]) -> None:
        super().__init__(dialog.parent())
        self.worker, self.dialog = worker, dialog
        self.on_done, self.on_error = on_done, on_error
        self.outcome: tuple[bool, Any] | None = None

    @Slot(int, int)
    def progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, total))

    @Slot(object)
    def succeeded(self, result: Any) -> None:
        self.outcome = (True, result)

    @Slot(str)
    def failed(self, text: str) -> None:
        self.outcome = (False, text)

    @Slot()
    def finished(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()
        self.worker.deleteLater()
        self.deleteLater()
        ok, value = self.outcome or (False, "The import did not finish; nothing was imported.")
        (self.on_done if ok else self.on_error)(value)


def run_import(parent: QWidget, label: str, work: Work, close_db: Callable[[], None],
               on_done: Callable[[Any], None], on_error: Callable[[str], None], *,
               title: str | None = None, cancellable: bool = True) -> ImportWorker:
    """Start ``work(progress, cancelled)`` on a worker thread; the callbacks run on the GUI thread."""
    dialog = QProgressDialog(label, parent.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title or parent.tr("Import"))
    if not cancellable:  # e.g. an SMTP conversation, which cannot be stopped half way
        dialog.setCancelButton(None)
    dialog.setMinimumDuration(400)  # small files never flash a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = ImportWorker(work, close_db, parent)
    relay = _Relay(worker, dialog, on_done, on_error)
    worker.progressed.connect(relay.progress)
    worker.succeeded.connect(relay.succeeded)
    worker.failed.connect(relay.failed)
    worker.finished.connect(relay.finished)
    dialog.canceled.connect(worker.cancel)
    worker.relay = relay  # type: ignore[attr-defined]  # kept alive with the worker
    worker.start()
    return worker
