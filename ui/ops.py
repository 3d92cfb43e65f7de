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

``write(parent, services, call, on_done, on_refused)`` is a form's save: at once on a local
file, on a worker on a database server, with a refusal handed back as the ServiceError itself.

``open_form(parent, services, read, show)`` opens a form once what it shows has been read: at
once on a local file, on a worker on a database server (the window stays live meanwhile).

``Reads(services, parent)`` is the quiet kind for a page's figures and rows: ``request(key,
read, on_done)`` runs ``read()`` on the page's one worker thread, where requests of the same
``key`` replace one another while queued, and an answer reaches the GUI thread only if no
newer request of its key was made since (the stale one is dropped).  The figures of a chosen
period, a vendor's scorecard, and on a shared database the rows the incidents table is about
to paint all go this way.
"""

from __future__ import annotations

import contextlib
import itertools
import queue
import threading
from collections.abc import Callable, Hashable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from desktop_app.changes import is_connection_error
from desktop_app.errors import Cancelled, ServiceError

Progress = Callable[[int, int], None]
Work = Callable[[Progress, Callable[[], bool]], Any]

__all__ = ["Cancelled", "Op", "Progress", "Reads", "Work", "open_form", "run", "write"]

# Work in flight, kept alive from start until its result reached the GUI thread.
_LIVE: set[Op] = set()


class _HasConnection(Protocol):
    def end_thread(self) -> None: ...


class _Database(_HasConnection, Protocol):
    @property
    def is_server(self) -> bool: ...


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
        failure: str = "") -> Op:
    """Start ``work`` on a worker thread; the callbacks run on the GUI thread.

    ``quiet`` work (a background backup) shows no dialog; ``failure`` is the sentence for an
    unexpected exception, ``{}`` standing for it (by default: the work stopped unexpectedly)."""
    failure = failure or QCoreApplication.translate("Op", "The work stopped with an unexpected error ({})")
    op = Op(parent, work, on_done, on_error, on_cancelled, services, failure)
    _LIVE.add(op)
    if not quiet:
        dialog = QProgressDialog(label, QCoreApplication.translate("Op", "Cancel"), 0, 0, parent)
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


def write(parent: QWidget, services: _Database, call: Callable[[], Any], on_done: Callable[[Any], None],
          on_refused: Callable[[ServiceError], None]) -> Op | None:
    """One save from a form: ``call()`` is the service call, its values already read from the
    widgets (widgets are never touched off the GUI thread).

    On a local SQLite file it runs here and now: a local write takes milliseconds, and the form
    closes before the click returns, as it always has.  On a database server, where a write is
    several network round trips, it runs on a worker with its own connection and this returns
    at once; ``on_done(result)`` or ``on_refused(error)`` follows on the GUI thread.  A refusal
    is the ServiceError itself (a Conflict keeps the current record, a ValidationError its
    field); a lost connection or any other failure arrives as a ServiceError of one sentence.
    Returns the Op in flight, or None when the call has already run."""
    if not services.is_server:
        try:
            result = call()
        except ServiceError as err:
            on_refused(err)
            return None
        on_done(result)
        return None

    def work(_progress: Progress, _cancelled: Callable[[], bool]) -> tuple[Any, ServiceError | None]:
        try:
            return call(), None
        except ServiceError as err:  # handed back whole: a form shows it beside its field
            return None, err
        except Exception as exc:
            if is_connection_error(exc):
                return None, ServiceError(QCoreApplication.translate(
                    "ops", "The connection to the shared database was lost before this was saved; "
                    "what you typed is kept, so try again in a moment."))
            raise

    def done(outcome: tuple[Any, ServiceError | None]) -> None:
        result, err = outcome
        if err is not None:
            on_refused(err)
        else:
            on_done(result)

    return run(parent, work, done, lambda sentence: on_refused(ServiceError(sentence)), services=services,
               quiet=True, failure=QCoreApplication.translate("ops", "This was not saved: an unexpected "
                                                              "error stopped it ({})."))


# The form being read for, if any: a second click while it is on its way opens nothing more.
_OPENING: list[Op] = []


def open_form(parent: QWidget, services: _Database, read: Callable[[], Any], show: Callable[[Any], None],
              on_refused: Callable[[str], None]) -> Op | None:
    """``show(read())``: ``read`` gathers what a form shows (its record as stored now, its pick
    lists), ``show`` builds and opens the form with it.

    On a local file both happen here and now.  On a database server the reads are several
    network round trips, enough to freeze the window on a slow link: they run on a worker with
    its own connection while the pointer shows that something is on its way, and the form opens
    when they arrive.  A refusal (the record was deleted meanwhile) or a lost connection goes to
    ``on_refused`` as one sentence, and nothing opens."""
    if not services.is_server:
        try:
            found = read()
        except ServiceError as err:
            on_refused(str(err))
            return None
        show(found)
        return None
    if _OPENING and not _OPENING[0].done:
        return None  # a double-click, or another form already on its way

    def work(_progress: Progress, _cancelled: Callable[[], bool]) -> Any:
        try:
            return read()
        except Exception as exc:
            if is_connection_error(exc):
                raise ServiceError(QCoreApplication.translate(
                    "ops", "The connection to the shared database was lost; nothing was opened, so try "
                    "again in a moment.")) from exc
            raise

    def ended() -> None:
        QApplication.restoreOverrideCursor()
        _OPENING.clear()

    def done(found: Any) -> None:
        ended()
        show(found)

    def refused(sentence: str) -> None:
        ended()
        on_refused(sentence)

    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    op = run(parent, work, done, refused, services=services, quiet=True,
             failure=QCoreApplication.translate("ops", "The form could not be opened: an unexpected error "
                                                       "stopped it ({})."))
    _OPENING[:] = [op]
    return op


def form_on_its_way() -> bool:
    """What a form shows is still being read (``open_form`` on a server)."""
    return bool(_OPENING) and not _OPENING[0].done


_STOP = object()
_Request = tuple[Hashable, int, Callable[[], Any]]  # key, ticket, read


class _ReadThread:
    """The worker behind a Reads, plain Python so that the page's going (its ``destroyed``)
    can stop it without touching the Qt object being deleted."""

    def __init__(self, services: _HasConnection, answered: Any, hold_connection: bool) -> None:
        self._services, self._answered, self._hold = services, answered, hold_connection
        self._thread: threading.Thread | None = None
        self._queue: queue.Queue[object] = queue.Queue()
        self.stopped = False

    def put(self, request: _Request) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, args=(self._queue,), name="fixdesk-reads",
                                            daemon=True)
            self._thread.start()
        self._queue.put(request)

    def stop(self, wait_ms: int = 0) -> None:
        # For good: the page (and soon the database it reads) is going away.
        self.stopped = True
        self._queue.put(_STOP)
        if wait_ms and self._thread is not None:
            self._thread.join(wait_ms / 1000)

    @staticmethod
    def _next_batch(requests: queue.Queue[object]) -> list[_Request] | None:
        """Everything queued, the newest request per key only (None: stop)."""
        items = [requests.get()]
        while True:
            try:
                items.append(requests.get_nowait())
            except queue.Empty:
                break
        if any(item is _STOP for item in items):
            return None
        newest: dict[Hashable, _Request] = {}
        for key, ticket, read in items:  # type: ignore[misc]
            newest.pop(key, None)  # re-inserted: the batch keeps the order they were asked in
            newest[key] = (key, ticket, read)
        return list(newest.values())

    def _end_thread(self) -> None:
        with contextlib.suppress(Exception):
            self._services.end_thread()  # only this thread's connection

    def _run(self, requests: queue.Queue[object]) -> None:
        try:
            while (batch := self._next_batch(requests)) is not None:
                for key, ticket, read in batch:
                    try:
                        result, ok = read(), True
                    except Exception as exc:  # noqa: BLE001 - handed to the GUI thread
                        result, ok = exc, False
                        self._end_thread()  # the next read opens a fresh connection
                    with contextlib.suppress(RuntimeError):  # the page closed meanwhile
                        self._answered.emit(key, ticket, result, ok)
                if not self._hold and requests.empty():
                    self._end_thread()
        finally:
            self._end_thread()


class Reads(QObject):
    """A page's quiet reads: one worker thread, the newest request of each key wins.

    ``on_error`` gets the exception a read raised (a dropped connection is told apart from a
    query that failed); without one, ``failed`` is emitted with it.  ``hold_connection``
    keeps the worker's connection open between reads, for a page that reads on every scroll
    over a network; otherwise it is closed whenever the queue runs dry, as after any work.
    The worker starts with the first request and ends with the page or ``stop``, after
    which requests are not read."""

    _answered = Signal(object, int, object, bool)  # key, ticket, result or exception, ok
    failed = Signal(object)

    def __init__(self, services: _HasConnection, parent: QObject, hold_connection: bool = False) -> None:
        super().__init__(parent)
        self._tickets = itertools.count(1)
        self._latest: dict[Hashable, tuple[int, Callable[[Any], None], Callable[[Any], None] | None]] = {}
        self._answered.connect(self._deliver)
        worker = self._worker = _ReadThread(services, self._answered, hold_connection)
        parent.destroyed.connect(lambda *_: worker.stop())  # its thread lets go of its connection

    def request(self, key: Hashable, read: Callable[[], Any], on_done: Callable[[Any], None],
                on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run ``read()`` on the worker; ``on_done(result)`` on the GUI thread unless overtaken."""
        if self._worker.stopped:
            return  # the window is closing
        ticket = next(self._tickets)
        self._latest[key] = (ticket, on_done, on_error)
        self._worker.put((key, ticket, read))

    def pending(self, key: Hashable) -> bool:
        """An answer for ``key`` is still to come."""
        return key in self._latest

    def forget(self, key: Hashable) -> None:
        """Drop any answer still to come for ``key``."""
        self._latest.pop(key, None)

    def stop(self, wait_ms: int = 0) -> None:
        """End the worker after the read in flight, waiting up to ``wait_ms`` for it (the
        window is closing and its database with it)."""
        self._worker.stop(wait_ms)

    @Slot(object, int, object, bool)
    def _deliver(self, key: Hashable, ticket: int, result: Any, ok: bool) -> None:
        latest = self._latest.get(key)
        if latest is None or latest[0] != ticket:
            return  # a newer request of this key is on its way
        if self._worker.stopped:
            return  # the window is closing (its database with it): nobody left to show it to
        del self._latest[key]
        _ticket, on_done, on_error = latest
        if ok:
            on_done(result)
        elif on_error is not None:
            on_error(result)
        else:
            self.failed.emit(result)
