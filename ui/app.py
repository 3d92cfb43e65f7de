"""The composition root: builds the QApplication, the services and the main window.

Nothing happens at import.  ``run()`` is what ``fixdesk`` (no subcommand) calls;
``create_main_window()`` is what tests, the self-test and benchmarks use.
Feature modules (printing, data tools) add an installer to ``FEATURES``: each is
called with the finished window and attaches its menus and actions.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

# The core first: once PySide6 is imported, its import hook reads the source of every module
# imported after it (looking for "PySide6"), ~15 ms at start-up for the core, peewee and the
# standard library when running from source.
from desktop_app import private_temp
from desktop_app.services import Services

# isort: split
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ui import data_feature, lock_wait, reports_feature
from ui.dialogs import about_dialog
from ui.main_window import MainWindow

FEATURES: tuple[Callable[[MainWindow], None], ...] = (reports_feature.install, about_dialog.install,
                                                      data_feature.install)


def create_main_window(services: Services, settings: QSettings | None = None) -> MainWindow:
    """A ready main window over ``services``; ``settings`` defaults to the user's QSettings."""
    # Copies of attachments a crashed run left behind are removed before this run makes its own.
    private_temp.clean_stale()
    window = MainWindow(services, settings if settings is not None else QSettings("FixDesk", "FixDesk"))
    for install in FEATURES:
        install(window)
    lock_wait.install(window, services.db)
    return window


def _application(argv: Sequence[str]) -> QApplication:
    app = QApplication(list(argv))
    app.setOrganizationName("FixDesk")
    app.setApplicationName("FixDesk")
    app.setApplicationDisplayName("FixDesk")
    app.setDesktopFileName("fixdesk")
    return app


def run(db_location: str | None = None, argv: Sequence[str] | None = None) -> int:
    """Open the window on ``db_location`` (None: FIXDESK_DB or the user's database)."""
    app = _application(argv if argv is not None else sys.argv[:1])
    try:
        # A damaged file is explained and the newest good backup offered (None: declined).
        services = data_feature.open_services(db_location)
    except Exception as exc:  # noqa: BLE001 (a bad path, a non-FixDesk file, a refused server)
        from ui import prompts

        prompts.show_error(None, "FixDesk", str(exc))
        return 1
    if services is None:
        return 1
    window = None
    try:
        window = create_main_window(services)
        window.show()
        return app.exec()
    finally:
        services.close()
        if window is not None:
            window.incidents.actions.temp_folder.remove()


def main(argv: Sequence[str] | None = None) -> int:
    """The ``fixdesk-gui`` entry point: ``fixdesk-gui [--db PATH_OR_URL]``."""
    parser = argparse.ArgumentParser(prog="fixdesk-gui", description="Open the FixDesk window.")
    parser.add_argument("--db", help="database file or URL (default: FIXDESK_DB or your data folder)")
    args, qt_args = parser.parse_known_args(list(argv) if argv is not None else sys.argv[1:])
    return run(args.db, [sys.argv[0] if sys.argv else "fixdesk", *qt_args])


if __name__ == "__main__":
    sys.exit(main())
