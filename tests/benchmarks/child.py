"""A child process for the start-up and memory benchmarks.

    python tests/benchmarks/child.py fixdesk DB   # FixDesk's own window on DB
    python tests/benchmarks/child.py bare         # the floor: QMainWindow + empty QTableView
    python tests/benchmarks/child.py deps DB      # the floor + what any PySide6/peewee window over
                                                  # DB must load: no FixDesk code at all

Prints one line "ready <maxrss_kb>" once the window is shown and (for FixDesk)
the Overview page has painted its figures, then exits.  The parent times
from just before it starts the process to that line.
"""

from __future__ import annotations

import os
import resource
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def peak_rss_kb() -> int:
    """This process's peak resident memory.  VmHWM starts afresh at exec, where
    getrusage's ru_maxrss would still count the parent's memory before the exec."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _report_when_painted(app, viewport, ready) -> None:  # noqa: ANN001 (Qt types imported late)
    from PySide6.QtCore import QEvent, QObject, QTimer

    class PaintWatcher(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint and ready():
                # Report after this paint has been delivered, not before it.
                QTimer.singleShot(0, finish)
            return False

    def finish() -> None:
        sys.stdout.write(f"ready {peak_rss_kb()}\n")
        sys.stdout.flush()
        app.quit()

    watcher = PaintWatcher(viewport)
    viewport.installEventFilter(watcher)
    viewport.update()


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication([])
    window = QMainWindow()
    table = QTableView()
    window.setCentralWidget(table)
    window.resize(1400, 860)
    _report_when_painted(app, table.viewport(), lambda: True)
    window.show()
    return app.exec()


def deps(location: str) -> int:
    """The floor plus the least a window of this design must do before its first rows: Qt's
    namespace of enums (every real widget module touches it), peewee, and the first screen of
    incidents read with sqlite3 into a plain item model."""
    import sqlite3

    import peewee  # noqa: F401 (its import is what is measured)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication([])
    conn = sqlite3.connect(location)
    rows = conn.execute("SELECT ref, title, status, priority, opened_at FROM incident "
                        "WHERE status IN ('new', 'called_out', 'in_progress', 'waiting_parts') "
                        "ORDER BY opened_at DESC LIMIT 100").fetchall()
    model = QStandardItemModel(len(rows), 5)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QStandardItem(str(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            model.setItem(r, c, item)
    window = QMainWindow()
    table = QTableView()
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1400, 860)
    _report_when_painted(app, table.viewport(), lambda: True)
    window.show()
    return app.exec()


def fixdesk(location: str, settings_file: str) -> int:
    # In the order the app imports them (the fixdesk command imports its core first).
    from ui.app import create_main_window  # isort: skip

    from desktop_app.services import Services  # isort: skip
    from PySide6.QtCore import QSettings  # isort: skip
    from PySide6.QtWidgets import QApplication  # isort: skip

    app = QApplication([])
    services = Services.open(location)
    window = create_main_window(services, QSettings(settings_file, QSettings.Format.IniFormat))
    window.resize(1400, 860)
    # The first screen is the overview: ready once its figures (read on a worker) are painted.
    page = window.overview
    _report_when_painted(app, page.content, lambda: page.overview is not None and not page.is_busy())
    window.show()
    return app.exec()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        sys.exit(bare())
    if sys.argv[1] == "deps":
        sys.exit(deps(sys.argv[2]))
    sys.exit(fixdesk(sys.argv[2], sys.argv[3]))
