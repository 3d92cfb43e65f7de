"""ui/ops.py's quiet reads: a page's figures and rows come from one worker, the newest
request of each kind wins and an answer overtaken by a newer request is never shown."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from desktop_app.services.errors import ServiceError
from ui import ops


def test_the_newest_request_of_a_kind_wins_and_stale_answers_are_dropped(services, qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    reads = ops.Reads(services, page)
    gui = threading.get_ident()
    started, release = threading.Event(), threading.Event()
    ran: list[str] = []
    shown: list[tuple[str, object, bool]] = []

    def read(name: str, block: bool = False):  # noqa: ANN202
        def work() -> tuple[str, int, int]:
            ran.append(name)
            if block:
                started.set()
                assert release.wait(30)
            return name, services.incidents.total(), threading.get_ident()
        return work

    def show(found: tuple[str, int, int]) -> None:
        name, total, worker = found
        shown.append((name, total, worker != gui and threading.get_ident() == gui))

    reads.request("figures", read("first", block=True), show)
    assert started.wait(30)  # the worker is inside the first read
    reads.request("figures", read("second"), show)  # replaced while queued: never read
    reads.request("figures", read("third"), show)
    reads.request("card", read("card"), show)  # another kind is not replaced
    assert reads.pending("figures") and reads.pending("card")
    release.set()
    qtbot.waitUntil(lambda: not reads.pending("figures") and not reads.pending("card"), timeout=20000)
    assert ran == ["first", "third", "card"]
    assert shown == [("third", 0, True), ("card", 0, True)]  # "first" came back too late

    reads.request("figures", read("forgotten"), show)
    reads.forget("figures")  # e.g. a write made what it adds up out of date
    reads.request("card", read("last"), show)
    qtbot.waitUntil(lambda: ("last", 0, True) in shown, timeout=20000)
    assert [name for name, _total, _ok in shown] == ["third", "card", "last"]
    reads.stop(wait_ms=20000)


def test_a_failed_read_goes_to_its_own_callback_or_to_failed(services, qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    reads = ops.Reads(services, page)
    errors: list[str] = []
    reads.failed.connect(lambda exc: errors.append(f"failed: {exc}"))

    def refuses() -> None:
        raise ServiceError("The vendor was deleted.")

    reads.request("card", refuses, lambda _card: errors.append("shown"), lambda exc: errors.append(str(exc)))
    reads.request("counts", lambda: 1 // 0, lambda _n: errors.append("shown"))
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=20000)
    assert sorted(errors) == ["The vendor was deleted.", "failed: integer division or modulo by zero"]
    # The worker goes on after a failure, on a fresh connection.
    reads.request("counts", services.incidents.total, lambda n: errors.append(f"total {n}"))
    qtbot.waitUntil(lambda: "total 0" in errors, timeout=20000)
    reads.stop(wait_ms=20000)  # the window is closing: nothing more is read
    reads.request("counts", services.incidents.total, lambda n: errors.append(f"again {n}"))
    assert not reads.pending("counts")
