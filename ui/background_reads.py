"""Reads for a shared database, off the GUI thread: the newest request of each kind wins.

On PostgreSQL every query is a network round trip; on a slow link a handful of them in
one slot freezes the window.  A page hands its reads that the screen can wait a moment
for (the detail pane, the rows the table is about to paint, the counts beside the filter)
to one worker thread with its own database connection.  Requests of the same kind
(``key``) replace one another while queued, and an answer is delivered, on the GUI
thread, only if no newer request of its kind was made since.  A local SQLite file answers
within a frame, so pages read it directly and build none of this.
"""

from __future__ import annotations

import contextlib
import itertools
import queue
import threading
from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_app.services import Services

_STOP = object()


class BackgroundReads(QObject):
    _answered = Signal(object, int, object, bool)  # key, ticket, result or exception, ok
    failed = Signal(object)  # an exception a read raised (e.g. a dropped connection)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = services.db
        self._queue: queue.Queue[object] = queue.Queue()
        self._tickets = itertools.count(1)
        self._latest: dict[Hashable, tuple[int, Callable[[Any], None]]] = {}
        self._answered.connect(self._deliver)
        self._thread = threading.Thread(target=self._run, name="fixdesk-reads", daemon=True)
        self._thread.start()

    def request(self, key: Hashable, read: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Run ``read()`` on the worker; ``on_done(result)`` on the GUI thread unless overtaken."""
        ticket = next(self._tickets)
        self._latest[key] = (ticket, on_done)
        self._queue.put((key, ticket, read))

    def forget(self, key: Hashable) -> None:
        """Drop any answer still to come for ``key``."""
        self._latest.pop(key, None)

    def stop(self) -> None:
        self._queue.put(_STOP)

    def _deliver(self, key: Hashable, ticket: int, result: Any, ok: bool) -> None:
        latest = self._latest.get(key)
        if latest is None or latest[0] != ticket:
            return  # a newer request of this kind is on its way
        del self._latest[key]
        if ok:
            latest[1](result)
        else:
            self.failed.emit(result)

    def _next_batch(self) -> list[tuple[Hashable, int, Callable[[], Any]]] | None:
        """Everything queued, the newest request per key only (None: stop)."""
        items = [self._queue.get()]
        while True:
            try:
                items.append(self._queue.get_nowait())
            except queue.Empty:
                break
        if any(item is _STOP for item in items):
            return None
        newest: dict[Hashable, tuple[Hashable, int, Callable[[], Any]]] = {}
        for key, ticket, read in items:  # type: ignore[misc]
            newest.pop(key, None)
            newest[key] = (key, ticket, read)
        return list(newest.values())

    def _run(self) -> None:
        try:
            while True:
                batch = self._next_batch()
                if batch is None:
                    return
                for key, ticket, read in batch:
                    try:
                        result, ok = read(), True
                    except Exception as exc:  # noqa: BLE001 - handed to the GUI thread
                        result, ok = exc, False
                        with contextlib.suppress(Exception):
                            self._db.close()  # this thread's connection; the next read opens anew
                    with contextlib.suppress(RuntimeError):  # the page closed meanwhile
                        self._answered.emit(key, ticket, result, ok)
        finally:
            with contextlib.suppress(Exception):
                self._db.close()  # only this thread's connection
