"""Waiting in the window while another program holds the database for writing.

Another FixDesk (or ``fixdesk demo --force``, a big import in a terminal) may hold SQLite's write
lock for minutes.  Instead of failing after a few seconds, a write from the window shows
"Waiting for the other program to finish…" with a Cancel button and keeps trying; the event loop
runs meanwhile, so the window repaints.  Cancel gives up: the write is refused with one sentence
and nothing changes.  Work on a worker thread (an import) waits quietly, with its own progress
dialog on screen, up to WORKER_WAIT_SECONDS.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop, QThread, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

WAITING_TEXT = QT_TRANSLATE_NOOP("LockWait", "Waiting for the other program to finish…")
PAUSE_MS = 200  # between tries, with the event loop running
WORKER_WAIT_SECONDS = 600
FIRST_TRY_MS = 400  # how long a write waits inside SQLite before the dialog shows


class WindowLockWait:
    """The ``lock_wait`` of the window's database connection (see desktop_app.db)."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self.dialog: QProgressDialog | None = None
        self.cancelled = False

    def __call__(self, waited: float) -> bool:
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() != app.thread():
            time.sleep(PAUSE_MS / 1000)
            return waited < WORKER_WAIT_SECONDS
        if self.dialog is None:
            self.cancelled = False
            dialog = QProgressDialog(QCoreApplication.translate("LockWait", WAITING_TEXT),
                                     QCoreApplication.translate("LockWait", "Cancel"),
                                     0, 0, self._parent)
            dialog.setObjectName("lockWaitDialog")
            dialog.setWindowTitle(QCoreApplication.translate("LockWait", "Database busy"))
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self._cancel)
            dialog.show()
            self.dialog = dialog
        loop = QEventLoop()
        QTimer.singleShot(PAUSE_MS, loop.quit)
        loop.exec()
        if self.dialog is not None and self.dialog.wasCanceled():  # Esc, or the Cancel button
            self.cancelled = True
        return not self.cancelled

    def _cancel(self) -> None:
        self.cancelled = True

    def finished(self) -> None:
        """The wait is over (the lock was taken, or given up): the dialog goes."""
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def install(window: QWidget, database: object) -> None:
    """Have writes from ``window`` wait for another program, showing that they wait."""
    if hasattr(database, "lock_wait"):
        database.lock_wait = WindowLockWait(window)  # type: ignore[attr-defined]
        database.set_lock_try_ms(FIRST_TRY_MS)  # type: ignore[attr-defined]
