"""The composition root: builds the QApplication, the services and the main window.

The core's one way into the UI: nothing happens at import.  ``run()`` is what ``fixdesk``
(no subcommand) calls, ``self_test_steps()`` what ``fixdesk --self-test`` adds;
``create_main_window()`` is what tests, the self-test and benchmarks use.
Feature modules (printing, data tools) add an installer to ``FEATURES``: each is
called with the finished window and attaches its menus and actions.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

# The core first: once PySide6 is imported, its import hook reads the source of every module
# imported after it (looking for "PySide6"), which the core, peewee and the standard library
# do not need.
from desktop_app import private_temp
from desktop_app.services import Services

# isort: split
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ui import data_feature, i18n, lock_wait, planned_feature, reports_feature, shared_feature
from ui.dialogs import about_dialog
from ui.main_window import MainWindow

FEATURES: tuple[Callable[[MainWindow], None], ...] = (reports_feature.install, about_dialog.install,
                                                      data_feature.install, planned_feature.install,
                                                      shared_feature.install)


def create_main_window(services: Services, settings: QSettings | None = None) -> MainWindow:
    """A ready main window over ``services``; ``settings`` defaults to the user's QSettings."""
    # Copies of attachments a crashed run left behind are removed before this run makes its own.
    private_temp.clean_stale()
    window = MainWindow(services, settings if settings is not None else QSettings("FixDesk", "FixDesk"))
    for install in FEATURES:
        install(window)
    lock_wait.install(window, services.db)
    return window


def self_test_steps() -> list[tuple[str, Callable[..., str]]]:
    """The window's checks for ``fixdesk --self-test``."""
    from ui import selftest_qt

    return [*selftest_qt.QT_STEPS, selftest_qt.main_window_step(create_main_window)]


def _application(argv: Sequence[str]) -> QApplication:
    app = QApplication(list(argv))
    app.setOrganizationName("FixDesk")
    app.setApplicationName("FixDesk")
    app.setApplicationDisplayName("FixDesk")
    app.setDesktopFileName("fixdesk")
    return app


def chosen_location(db_location: str | None, settings: QSettings) -> str | None:
    """What to open: ``--db``, else $FIXDESK_DB, else this computer's choice (File > Use a
    shared database..., or a local copy), else None (the user's data folder)."""
    import os

    from desktop_app import DB_ENV_VAR
    from ui.dialogs.shared_db_dialog import saved_location

    if db_location or os.environ.get(DB_ENV_VAR):
        return db_location
    return saved_location(settings)


def run(db_location: str | None = None, argv: Sequence[str] | None = None) -> int:
    """Open the window on ``db_location`` (None: FIXDESK_DB, this computer's choice, or the
    user's database); when the user switches database the window reopens on the new one."""
    app = _application(argv if argv is not None else sys.argv[:1])
    personal = QSettings("FixDesk", "FixDesk")
    i18n.install(app, personal)  # before any widget: they take their words when built
    location = chosen_location(db_location, personal)
    while True:
        try:
            # A damaged file is explained and the newest good backup offered (None: declined).
            services = data_feature.open_services(location)
        except Exception as exc:  # noqa: BLE001 (a bad path, a non-FixDesk file, a refused server)
            from ui import prompts

            if location is not None and location == chosen_location(None, personal) and not db_location:
                # This computer's remembered database (a shared server that is off, a password
                # the keyring lost): offer the one on this computer rather than no FixDesk at all.
                if prompts.confirm(None, "FixDesk", f"{exc}\n\n" + QApplication.translate(
                        "MainWindow", "Open the database on this computer instead? (File > Use a shared "
                        "database... connects again later.)")):
                    personal.remove("database/location")
                    location = None
                    continue
                return 1
            prompts.show_error(None, "FixDesk", str(exc))
            return 1
        if services is None:
            return 1
        window: MainWindow | None = None
        try:
            window = create_main_window(services)

            def hook(kind: type[BaseException], exc: BaseException, tb: object,
                     window: MainWindow = window) -> None:
                # A dropped database connection inside a slot is the banner's news (it
                # retries); anything else is still reported as before.
                if not window.database_error(exc):
                    sys.__excepthook__(kind, exc, tb)  # type: ignore[arg-type]

            sys.excepthook = hook
            window.show()
            code = app.exec()
        finally:
            sys.excepthook = sys.__excepthook__
            services.close()
            if window is not None:
                window.incidents.actions.temp_folder.remove()  # opened attachments go with the window
        if window.reopen_with is None:
            return code
        location = window.reopen_with


def main(argv: Sequence[str] | None = None) -> int:
    """The ``fixdesk-gui`` entry point: ``fixdesk-gui [--db PATH_OR_URL]``."""
    parser = argparse.ArgumentParser(prog="fixdesk-gui", description="Open the FixDesk window.")
    parser.add_argument("--db", help="database file or URL (default: FIXDESK_DB or your data folder)")
    args, qt_args = parser.parse_known_args(list(argv) if argv is not None else sys.argv[1:])
    return run(args.db, [sys.argv[0] if sys.argv else "fixdesk", *qt_args])


if __name__ == "__main__":
    sys.exit(main())
