"""The one way to run core work off the GUI thread (the idea of Anki's QueryOp/CollectionOp).

``run(parent, work, on_done)`` hands ``work(progress, cancelled)`` to a worker thread of Qt's
pool and returns at once.  The work calls the services it closes over: peewee gives every
thread its own database connection, and the worker closes its own when the work ends (pass
``services``).  A progress dialog (unless ``quiet``) follows ``progress(done, total)``; its
Cancel button makes ``cancelled()`` true, and the next ``progress`` call raises
``Cancelled`` so a long loop stops without polling.  On the GUI thread afterwards comes
exactly one of: ``on_done(result)``, ``on_error(sentence)`` or ``on_cancelled()``.

Work that must stop at a safe point (an import inside its transaction) polls ``cancelled()``
itself; whatever the work returns is delivered, so a result that was committed is never
reported as cancelled.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.errors import Cancelled, ServiceError

Progress = Callable[[int, int], None]
Work = Callable[[Progress, Callable[[], bool]], Any]

__all__ = ["Cancelled", "Op", "Progress", "Work", "run"]

# Work in flight, kept alive from start until its result reached the GUI thread.
_LIVE: set[Op] = set()


class _HasConnection(Protocol):
    def end_thread(self) -> None: ...


class Op(QObject):
    """One piece of work in flight; lives on the GUI thread, child of the widget that started it."""

    progressed = Signal(int, int)
    finished = Signal()  # on the GUI thread, after the callback
    _ended = Signal(str, object)  # ("done" | "error" | "cancelled", value), from the worker

    def __init__(self, parent: QWidget, work: Work, on_done: Callable[[Any], None],
                 on_error: Callable[[str], None], on_cancelled: Callable[[], None] | None,
                 services: _HasConnection | None, failure: str) -> None:
        # No Qt parent: the worker thread may still be inside its last signal when the GUI
        # thread has delivered it, so this object must outlive both (see _LIVE), not be deleted
        # with the widget that started the work.
        super().__init__()
        self._work, self._services, self._failure = work, services, failure
        self._on_done, self._on_error, self._on_cancelled = on_done, on_error, on_cancelled
        self._stop = threading.Event()
        self._last_step = -2
        self.dialog: QProgressDialog | None = None
        self.done = False
        self._ended.connect(self._finish)

    def cancel(self) -> None:
        self._stop.set()

    def cancelled(self) -> bool:
        return self._stop.is_set()

    # -- on the worker ---------------------------------------------------------------------
    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise Cancelled()
        # The bar moves in hundredths: a call per row of a large file need not cross threads.
        step = (done * 100 // total) if total > 0 else -1
        if step != self._last_step or done >= total:
            self._last_step = step
            self._emit(self.progressed, done, total)

    def _run(self) -> None:
        try:
            outcome: tuple[str, Any] = ("done", self._work(self._progress, self._stop.is_set))
        except Cancelled:
            outcome = ("cancelled", None)
        except ServiceError as exc:
            outcome = ("error", str(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the user rather than lost in a thread
            outcome = ("error", self._failure.format(exc))
        finally:
            if self._services is not None:
                self._services.end_thread()
        self._emit(self._ended, *outcome)

    def _emit(self, signal: Any, *args: Any) -> None:
        # The widget that started the work may have closed meanwhile (and this object with
        # it): the work itself is complete, there is just nobody left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)

    # -- on the GUI thread -----------------------------------------------------------------
    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, total))

    @Slot(str, object)
    def _finish(self, kind: str, value: Any) -> None:
        if self.dialog is not None:
            with contextlib.suppress(RuntimeError):  # closed with its window meanwhile
                self.dialog.close()
                self.dialog.deleteLater()
            self.dialog = None
        self.done = True
        try:
            # The widget that started the work may have closed meanwhile: nobody left to tell.
            with contextlib.suppress(RuntimeError):
                if kind == "done":
                    self._on_done(value)
                elif kind == "error":
                    self._on_error(value)
                elif self._on_cancelled is not None:
                    self._on_cancelled()
            self.finished.emit()
        finally:
            # Python owns this object: it goes when the worker has let go of it too.
            _LIVE.discard(self)


def run(parent: QWidget, work: Work, on_done: Callable[[Any], None], on_error: Callable[[str], None], *,
        services: _HasConnection | None = None, label: str = "", title: str = "",
        cancellable: bool = True, quiet: bool = False, on_cancelled: Callable[[], None] | None = None,
        failure: str = "The work stopped with an unexpected error ({})") -> Op:
    """Start ``work`` on a worker thread; the callbacks run on the GUI thread.

    ``quiet`` work (a background backup) shows no dialog; ``failure`` is the sentence for an
    unexpected exception, ``{}`` standing for it."""
    op = Op(parent, work, on_done, on_error, on_cancelled, services, failure)
    _LIVE.add(op)
    if not quiet:
        dialog = QProgressDialog(label, parent.tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(title)
        if not cancellable:  # e.g. an SMTP conversation, which cannot be stopped half way
            dialog.setCancelButton(None)
        dialog.setMinimumDuration(400)  # quick work never flashes a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(op.cancel)
        op.dialog = dialog
        op.progressed.connect(op._show_progress)
    QThreadPool.globalInstance().start(op._run)
    return op
