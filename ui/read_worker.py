"""One read of figures on a worker thread, its result back on the GUI thread.

Used by the pages whose figures take longer than a frame to add up (the Overview, a vendor's
scorecard).  ui/report_job.py does the same for documents, with progress and cancelling that a
read of figures does not need (and the reportlab import that start-up does not want).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

RUNNING: set[Any] = set()  # a worker outlives a closed page until its query ends


class ReadWorker(QThread):
    """One read on its own thread and database connection; the result or a one-sentence error
    comes back by signal (queued to the GUI thread).  ui/report_job.py does the same for
    documents, with progress and cancelling that a read of figures does not need (and the
    reportlab import that start-up does not want)."""

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[], object], close_db: Callable[[], None]) -> None:
        super().__init__()
        self._work, self._close_db = work, close_db

    def run(self) -> None:
        try:
            self.succeeded.emit(self._work())
        except Exception as exc:  # noqa: BLE001 - shown on the page rather than lost in a thread
            self.failed.emit(f"The figures could not be read: {exc}")
        finally:
            self._close_db()  # this thread's own connection
