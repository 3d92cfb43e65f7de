"""Time the register pages (Assets, Vendors, Sites & People) on a big demo database.

    .venv/bin/fixdesk demo --db /tmp/big.sqlite3 --assets 2000 --incidents 100000 --force
    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_registers.py /tmp/big.sqlite3

Prints milliseconds per step; each includes the Qt event processing that follows
it. Building a page includes its first database page of rows and the detail pane
of the first row (incident history and totals).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import Any


def main(location: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop_app.services import Services
    from ui.views.assets_page import AssetsPage
    from ui.views.sites_page import SitesPage
    from ui.views.vendors_page import VendorsPage

    app = QApplication([])
    services = Services.open(location)

    def step(label: str, fn: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        result = fn()
        app.processEvents()
        print(f"{label:48s} {1000 * (time.perf_counter() - start):8.1f} ms")
        return result

    def pick(panel: Any, row: int) -> None:
        panel.select_id(panel.model.record_id(panel.model.record(row)))

    print(f"{services.assets.count()} assets, {services.incidents.total()} incidents")
    assets = step("Assets page: build, first rows, first detail", lambda: AssetsPage(services))
    assets.resize(1300, 800)
    assets.show()
    step("Assets: select another row (history + totals)", lambda: pick(assets, 5))
    step("Assets: search 'laptop'", lambda: assets._search_changed("laptop"))
    step("Assets: clear search", lambda: assets._search_changed(""))
    step("Assets: sort by warranty end, descending",
         lambda: assets.table.sortByColumn(8, Qt.SortOrder.DescendingOrder))
    step("Assets: fetch the next 200 rows", assets.model.fetchMore)
    vendors = step("Vendors page: build, first detail", lambda: VendorsPage(services))
    vendors.show()
    step("Vendors: select another vendor (history)", lambda: pick(vendors, 1))
    step("Vendors: search 'net'", lambda: vendors._search_changed("net"))
    sites = step("Sites & People page: build", lambda: SitesPage(services))
    sites.show()
    step("People: select another person (assets)", lambda: pick(sites.people, 2))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: bench_registers.py DATABASE")
    main(sys.argv[1])
