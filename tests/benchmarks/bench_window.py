"""Time to a usable window and to open, filter, search and sort the Incidents page.

    .venv/bin/fixdesk --db /tmp/big.db demo --incidents 100000
    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_window.py /tmp/big.db

Prints wall-clock seconds per step (each includes the Qt event processing that
follows it); "window usable" runs from process start to the first shown main
window with the first block of incidents loaded.
"""

from __future__ import annotations

import time

START = time.perf_counter()

import os  # noqa: E402  (the clock starts before any import)
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402


def main(location: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QTemporaryDir
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from desktop_app.services import Services
    from ui.app import create_main_window

    imported = time.perf_counter()
    services = Services.open(location)
    tmp = QTemporaryDir()
    window = create_main_window(services, QSettings(tmp.filePath("b.ini"), QSettings.Format.IniFormat))
    window.show()
    app.processEvents()
    shown = time.perf_counter()
    print(f"imports + QApplication: {imported - START:.3f} s")
    print(f"window usable (process start -> window shown with incidents): {shown - START:.3f} s")
    page = window.incidents
    header = page.table.horizontalHeader()

    def timed(label: str, step: Callable[[], object]) -> None:
        began = time.perf_counter()
        step()
        app.processEvents()
        print(f"{label}: {time.perf_counter() - began:.3f} s ({page.model.rowCount()} rows)")

    def search(text: str) -> Callable[[], None]:
        def run() -> None:
            page.search.setText(text)
            page.apply_filter()  # what the debounce timer calls 250 ms after the last key
        return run

    timed("filter: all incidents", lambda: page.status_filter.setCurrentIndex(
        page.status_filter.findData("all")))
    timed("scroll to the last row", page.table.scrollToBottom)
    timed("search 'printer'", search("printer"))
    timed("search 'INC-2019'", search("INC-2019"))
    timed("search 'xq' (2 letters: LIKE, no FTS)", search("xq"))
    timed("clear the search", search(""))
    timed("sort by title", lambda: page.table.sortByColumn(1, header.sortIndicatorOrder()))
    timed("sort by vendor", lambda: page.table.sortByColumn(5, header.sortIndicatorOrder()))
    timed("filter: open", lambda: page.status_filter.setCurrentIndex(page.status_filter.findData("open")))
    timed("filter: closed", lambda: page.status_filter.setCurrentIndex(
        page.status_filter.findData("closed")))
    window.close()
    services.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/big.db")
