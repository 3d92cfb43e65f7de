"""A child process for the start-up and memory benchmarks.

    python tests/benchmarks/child.py fixdesk DB   # FixDesk's own window on DB
    python tests/benchmarks/child.py bare         # the floor: QMainWindow + empty QTableView

Prints one line "ready <maxrss_kb>" once the window is shown and (for FixDesk)
the Incidents table has painted its first rows, then exits.  The parent times
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


def fixdesk(location: str, settings_file: str) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop_app.services import Services
    from ui.app import create_main_window

    app = QApplication([])
    services = Services.open(location)
    window = create_main_window(services, QSettings(settings_file, QSettings.Format.IniFormat))
    window.resize(1400, 860)
    page = window.incidents
    _report_when_painted(app, page.table.viewport(), lambda: page.model.rowCount() > 0)
    window.show()
    return app.exec()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        sys.exit(bare())
    sys.exit(fixdesk(sys.argv[2], sys.argv[3]))
