"""Reading an incident's detail (record, timeline, costs, files) off the GUI thread, for a
shared database where every query is a round trip over the network.

One worker thread with its own database connection serves the page for its lifetime; a
burst of requests (arrow keys held down) is answered for the newest only.  The answer
comes back by a queued signal, so the page renders it on the GUI thread.  A local SQLite
file answers in well under a frame, so the page reads it directly and needs no loader.
"""

from __future__ import annotations

import contextlib
import queue
import threading

from PySide6.QtCore import QObject, Signal

from desktop_app.services import Services
from desktop_app.services.errors import NotFound

_STOP = object()


class DetailLoader(QObject):
    loaded = Signal(object, object)  # incident id, (IncidentDetail | None, currency)
    failed = Signal(object)  # the exception (e.g. a dropped connection), for the window's banner

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._queue: queue.Queue[object] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="fixdesk-detail", daemon=True)
        self._thread.start()

    def request(self, incident_id: int) -> None:
        self._queue.put(incident_id)

    def stop(self) -> None:
        self._queue.put(_STOP)

    def _run(self) -> None:
        db = self._services.db
        try:
            while True:
                wanted = self._queue.get()
                while wanted is not _STOP:  # only the newest request matters
                    try:
                        newer = self._queue.get_nowait()
                    except queue.Empty:
                        break
                    wanted = newer
                if wanted is _STOP:
                    return
                try:
                    try:
                        detail = self._services.incidents.detail(wanted)  # type: ignore[arg-type]
                    except NotFound:  # deleted meanwhile by a colleague
                        detail = None
                    currency = self._services.settings.get("currency")
                except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, not lost here
                    with contextlib.suppress(Exception):
                        db.close()  # this thread's connection; the next request opens a fresh one
                    with contextlib.suppress(RuntimeError):
                        self.failed.emit(exc)
                    continue
                with contextlib.suppress(RuntimeError):  # the page closed meanwhile
                    self.loaded.emit(wanted, (detail, currency))
        finally:
            with contextlib.suppress(Exception):
                db.close()  # only this thread's connection
