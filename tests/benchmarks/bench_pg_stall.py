"""pg_stall: the longest time the window's GUI thread is blocked on a slow shared database.

A loopback proxy sits between FixDesk and PostgreSQL and holds every message from FixDesk
to the server for 30 ms before passing it on (a true delay line: messages are not queued
behind each other), so every round trip costs 30 ms more, as on a slow office link.  A 5 ms
QTimer on the GUI thread records the gaps between its ticks: a gap is time the event loop
could not run, i.e. a frozen window.  Measured while opening the window (shown on the
Overview, as a first start does; connecting and building it come before there is a window and
are timed on their own) until the incidents behind it are read, until the Overview's figures are
drawn, going to the incidents, filtering, scrolling, typing a search, moving through
incidents, taking a workflow step, opening the incident's edit form, opening the Assets, Vendors
and Sites & People pages (rows and detail pane shown), a new asset's form and the Planned page.

Runs where PostgreSQL is available: FIXDESK_BENCH_PG_URL (or FIXDESK_TEST_PG_URL) names a
scratch database whose public schema is wiped.  Without one it says so and measures nothing.
"""

from __future__ import annotations

import contextlib
import os
import queue
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

DELAY_S = 0.030
TICK_MS = 5


def scratch_url() -> str | None:
    return os.environ.get("FIXDESK_BENCH_PG_URL") or os.environ.get("FIXDESK_TEST_PG_URL") or None


class DelayProxy:
    """127.0.0.1:<port> -> the PostgreSQL server, client-to-server messages delayed."""

    def __init__(self, host: str, port: int, delay: float = DELAY_S) -> None:
        self.target = (host, port)
        self.delay = delay
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._stop = threading.Event()
        self._socks: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            for s in (client, server):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._socks += [client, server]
            line: queue.Queue[tuple[float, bytes]] = queue.Queue()
            threading.Thread(target=self._read, args=(client, line), daemon=True).start()
            threading.Thread(target=self._deliver, args=(line, server), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client), daemon=True).start()

    def _read(self, src: socket.socket, line: queue.Queue) -> None:
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                data = b""
            line.put((time.perf_counter() + self.delay, data))
            if not data:
                return

    @staticmethod
    def _deliver(line: queue.Queue, dst: socket.socket) -> None:
        while True:
            due, data = line.get()
            wait = due - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            try:
                if not data:
                    dst.shutdown(socket.SHUT_WR)
                    return
                dst.sendall(data)
            except OSError:
                return

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        while True:
            try:
                data = src.recv(65536)
                if not data:
                    dst.shutdown(socket.SHUT_WR)
                    return
                dst.sendall(data)
            except OSError:
                return

    def url_for(self, url: str) -> str:
        parts = urlsplit(url)
        auth = parts.netloc.rsplit("@", 1)[0] + "@" if "@" in parts.netloc else ""
        return urlunsplit(parts._replace(netloc=f"{auth}127.0.0.1:{self.port}"))

    def close(self) -> None:
        self._stop.set()
        self.listener.close()
        for s in self._socks:
            with contextlib.suppress(OSError):
                s.close()


class StallMeter:
    """Gaps between ticks of a 5 ms timer on the GUI thread, per phase."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, (now - self.last) * 1000 - TICK_MS)
        self.last = now

    def phase(self, work: Callable[[], None]) -> float:
        """Run ``work`` (which itself lets the event loop run) and return its worst stall (ms)."""
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        self.last, self.worst = time.perf_counter(), 0.0
        work()
        self._tick()  # a stall at the very end counts too
        return self.worst


def _spin(app, seconds: float, until: Callable[[], bool] = lambda: False) -> None:  # noqa: ANN001
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline and not until():
        app.processEvents()
        time.sleep(0.001)


def measure(sqlite_db: Path, work: Path, url: str) -> dict[str, float]:
    """Worst GUI-thread stall (ms) per phase on ``url`` behind the 30 ms proxy."""
    from PySide6.QtCore import QEventLoop, QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop_app import transfer
    from desktop_app.db import connect
    from desktop_app.services import Services
    from ui import prompts
    from ui.app import create_main_window
    from ui.dialogs.incident_dialog import IncidentDialog
    from ui.dialogs.step_dialog import StepDialog

    wipe = connect(url, bind=False)
    wipe.execute_sql("DROP SCHEMA public CASCADE")
    wipe.execute_sql("CREATE SCHEMA public")
    wipe.close()
    local = Services.open(sqlite_db)
    transfer.move_office(local.db, url)
    local.close()

    parts = urlsplit(url)
    proxy = DelayProxy(parts.hostname or "localhost", parts.port or 5432)
    app = QApplication.instance() or QApplication([])
    # No modal box in a benchmark: questions are answered No, a step dialog is accepted as filled.
    prompts.confirm = lambda *a, **k: False  # type: ignore[assignment]
    prompts.show_info = prompts.show_error = lambda *a, **k: None  # type: ignore[assignment]
    def accept_as_filled(dialog: StepDialog) -> int:
        """What exec() does when the user presses OK at once: wait (in an event loop, as the
        real dialog does) until the step is saved."""
        loop = QEventLoop()
        dialog.finished.connect(loop.quit)
        dialog.accept()
        if not dialog.result():
            loop.exec()
        return int(dialog.result())

    StepDialog.exec = accept_as_filled  # type: ignore[method-assign]
    meter = StallMeter()
    results: dict[str, float] = {}
    holder: dict[str, object] = {}
    try:
        # Connecting happens before there is a window to freeze (ui.app opens the database,
        # then builds the window): timed on its own, not counted as a stall.
        began = time.perf_counter()
        services = Services.open(proxy.url_for(url))
        holder["services"] = services
        results["connect (no window yet)"] = (time.perf_counter() - began) * 1000

        # Building the window is start-up too: nothing is on screen to freeze until it is shown.
        # Timed on its own (it reads nothing from the server: see test_gui_thread_reads).
        began = time.perf_counter()
        holder["window"] = create_main_window(services, QSettings(str(work / "pg.ini"),
                                                                  QSettings.Format.IniFormat))
        results["build (no window yet)"] = (time.perf_counter() - began) * 1000

        def open_window() -> None:
            window = holder["window"]
            window.resize(1400, 860)  # type: ignore[attr-defined]
            window.show()  # type: ignore[attr-defined]
            page = window.incidents  # type: ignore[attr-defined]
            _spin(app, 10, lambda: page.model.rowCount() > 0 and page.current_incident_id() is not None)
            _spin(app, 0.5)  # the counts and detail that follow the first paint

        results["open"] = meter.phase(open_window)
        window = holder["window"]

        def overview_figures() -> None:  # added up on a worker: 100,000 incidents take a while
            overview = window.overview  # type: ignore[attr-defined]
            _spin(app, 60, lambda: overview.overview is not None and not overview.is_busy())
            _spin(app, 0.5)

        results["overview_figures"] = meter.phase(overview_figures)
        page = window.incidents  # type: ignore[attr-defined]
        combo = page.status_filter

        def show_incidents() -> None:
            window.show_page(1)  # type: ignore[attr-defined]
            _spin(app, 1.0)

        results["incidents_page"] = meter.phase(show_incidents)

        def show_all() -> None:
            combo.setCurrentIndex(combo.findData("all"))
            _spin(app, 1.0)

        results["filter_all"] = meter.phase(show_all)

        def scroll() -> None:
            bar = page.table.verticalScrollBar()
            for step in range(1, 21):  # twenty jumps down the list, each into rows not read yet
                bar.setValue(bar.maximum() * step // 40)
                _spin(app, 0.15)

        results["scroll"] = meter.phase(scroll)

        def search() -> None:
            page.search.setFocus()
            QTest.keyClicks(page.search, "printer")
            _spin(app, 1.5)

        results["search"] = meter.phase(search)

        def move_through() -> None:
            page.table.setFocus()
            page.table.selectRow(0)
            for _ in range(8):
                QTest.keyClick(page.table, Qt.Key.Key_Down)
                _spin(app, 0.15)

        results["select"] = meter.phase(move_through)

        def step() -> None:
            action = next((a for t, a in page.actions.steps.items() if a.isEnabled() and t != "called_out"),
                          None)
            if action is None:
                raise RuntimeError("no workflow step is open for the selected incident")
            action.trigger()
            _spin(app, 1.0)

        results["step"] = meter.phase(step)

        def edit_form() -> None:  # the incident's form: read on a worker, then built and shown
            shown_forms: list[object] = []
            IncidentDialog.exec = lambda dialog: shown_forms.append(dialog) or 0  # type: ignore[method-assign]
            page.actions.edit.trigger()
            _spin(app, 10, lambda: bool(shown_forms))
            _spin(app, 0.3)

        results["edit_form"] = meter.phase(edit_form)

        def open_page(index: int, ready: Callable[[object], bool]) -> Callable[[], None]:
            def work() -> None:
                window.show_page(index)  # type: ignore[attr-defined]
                shown = window.page(index)  # type: ignore[attr-defined]
                _spin(app, 30, lambda: ready(shown))
                _spin(app, 0.3)
            return work

        def register_ready(panel: object) -> bool:  # rows, the first one selected, its detail read
            return (panel.model.rowCount() > 0 and panel.current() is not None  # type: ignore[attr-defined]
                    and not panel.loading())  # type: ignore[attr-defined]

        results["assets_page"] = meter.phase(open_page(2, register_ready))
        results["vendors_page"] = meter.phase(open_page(
            3, lambda p: register_ready(p) and not p.card_pending()))  # type: ignore[attr-defined]
        def asset_form() -> None:  # a new asset's form, with every site, person and vendor to pick
            assets = window.page(2)  # type: ignore[attr-defined]
            window.show_page(2)  # type: ignore[attr-defined]
            assets.new_record()
            _spin(app, 10, lambda: assets.dialog is not None)
            _spin(app, 0.3)
            assets.dialog.reject()

        results["sites_page"] = meter.phase(open_page(
            4, lambda p: register_ready(p.sites) and register_ready(p.people)))  # type: ignore[attr-defined]
        results["asset_form"] = meter.phase(asset_form)
        results["planned_page"] = meter.phase(open_page(  # its agenda and the first task's history
            5, lambda p: p.model.rowCount() > 0 and not p.reads._latest))  # type: ignore[attr-defined]
    finally:
        meter.timer.stop()
        window = holder.get("window")
        if window is not None:
            window.close()  # type: ignore[attr-defined]
        services = holder.get("services")
        if services is not None:
            services.close()  # type: ignore[attr-defined]
        proxy.close()
    return results
