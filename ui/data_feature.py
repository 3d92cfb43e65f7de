"""Data tools in the window: backups and restore, CSV import/export, e-mailed call-outs.

``install(window)`` is listed in ui.app.FEATURES.  ``open_services`` is how
ui.app opens the database: a damaged file is explained and the newest good
backup offered, never a traceback and never an empty database in its place.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from desktop_app import backup, exporting
from desktop_app.services import Services
from desktop_app.services.errors import ServiceError
from ui import ops, prompts

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.main_window import MainWindow

translate = QCoreApplication.translate  # the window's words: translate("MainWindow", "literal")


# -- opening the database -------------------------------------------------------------------
def open_services(db_location: str | None, parent: QWidget | None = None) -> Services | None:
    """Services over the database, or None when the user declined to restore a damaged one."""
    try:
        return Services(backup.open_or_explain(db_location))
    except backup.DamagedDatabase as exc:
        good = exc.newest_good_backup
        title = "FixDesk"
        if good is None:
            prompts.show_error(parent, title, f"{exc}\n\n" + translate(
                "MainWindow", "FixDesk has not changed the file. Restore it from your own backup copy, "
                "or start FixDesk with another database."))
            return None
        if not prompts.confirm(parent, title, f"{exc}\n\n" + translate(
                "MainWindow", "Restore the backup from %s? The damaged file is kept in the backups "
                "folder.") % good.summary):
            return None
        try:
            backup.restore(exc.path, good.path)
            return Services(backup.open_or_explain(exc.path))
        except (ServiceError, backup.DamagedDatabase) as again:
            prompts.show_error(parent, title, str(again))
            return None


# -- the daily automatic backup, off the GUI thread ------------------------------------------
def start_auto_backup(window: MainWindow) -> ops.Op | None:
    """Once a day, a copy of the database in the background; the status bar says how it went.

    A local file is copied file to file; a shared database is copied record by record into the
    same kind of file in this computer's data folder, on the worker's own connection."""
    window.auto_backup_op = None
    services = window.services
    server = services.is_server
    db_file = None if server else backup.database_file(services.db)
    read_only = services.read_only

    def work(_progress: ops.Progress, _cancelled: object) -> str | None:
        if db_file is not None:  # the copy opens its own SQLite connections
            backup.clean_backup_folder(db_file)  # half-written copies a killed backup left
        settings = services.settings.get_all()
        if not settings.auto_backup or read_only:  # read-only: nothing new to copy
            return None
        try:
            made = backup.auto_backup(services.db if server else db_file, keep=settings.backup_keep or 14)
        except OSError as exc:
            raise ServiceError(str(exc)) from exc
        return None if made is None else translate(
            "MainWindow", "Automatic backup saved: %s") % made.name

    def done(message: str | None) -> None:
        if message:
            window.show_status(message)

    failed = translate("MainWindow", "Automatic backup failed: %s")
    op = ops.run(window, work, done, lambda text: window.show_status(failed % text),
                 services=services, quiet=True, failure="{}")
    window.auto_backup_op = op
    return op


# -- menu actions ----------------------------------------------------------------------------
def backup_now(window: MainWindow) -> ops.Op:
    """A copy of the database on a worker (a large file takes a while), then where it went."""
    title = translate("MainWindow", "Back up now")
    services = window.services

    def work(_progress: ops.Progress, _cancelled: object) -> tuple[Path, str]:
        path = backup.backup(services.db)
        return path, backup.inspect(path).summary

    def done(made: tuple[Path, str]) -> None:
        window.show_status(translate("MainWindow", "Backed up to %s (%s).") % made)
        prompts.show_info(window, title, translate("MainWindow", "Backed up to %s\n(%s).") % made)

    return ops.run(window, work, done, lambda text: prompts.show_error(window, title, text),
                   services=services, label=translate("MainWindow", "Backing up the database..."),
                   title=title,
                   cancellable=False, failure=translate("MainWindow", "The backup could not be made: {}"))


def open_backups(window: MainWindow) -> None:
    from ui.dialogs.backup_dialog import BackupDialog

    dialog = BackupDialog(window.services, window)
    dialog.restored.connect(window.refresh_all)
    dialog.restored.connect(window.dataChanged)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def open_import(window: MainWindow) -> None:
    from ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(window.services, window)
    wizard.imported.connect(window.refresh_all)
    wizard.imported.connect(window.dataChanged)
    try:
        wizard.exec()
    finally:
        wizard.deleteLater()


def export_csv(window: MainWindow, kind: str) -> None:
    what = {"assets": translate("MainWindow", "assets"), "incidents": translate("MainWindow", "incidents"),
            "vendors": translate("MainWindow", "vendors")}.get(kind, kind)
    title = translate("MainWindow", "Export %s") % what
    path = prompts.choose_save_file(window, title, translate("MainWindow", "CSV files (*.csv)"),
                                    f"fixdesk-{kind}.csv")
    if not path:
        return
    if not path.lower().endswith(".csv"):
        path += ".csv"
    services = window.services
    ops.run(window, lambda _progress, _cancelled: exporting.export(services, kind, path),
            lambda count: window.show_status(translate("MainWindow", "Exported %d %s to %s.")
                                             % (count, what, path)),
            lambda text: prompts.show_error(window, title, text), services=services,
            label=translate("MainWindow", "Exporting %s...") % what, title=title, cancellable=False,
            failure=translate("MainWindow", "The export could not be written: {}"))


def email_callout(window: MainWindow, incident_id: int | None = None) -> None:
    from ui.dialogs.email_callout_dialog import EmailCalloutDialog

    title = translate("MainWindow", "E-mail call-out to vendor")
    incident_id = incident_id if incident_id is not None else window.current_incident_id()
    if incident_id is None:
        prompts.show_info(window, title,
                          translate("MainWindow", "Select an incident first, then e-mail its call-out."))
        return
    try:
        window.services.incidents.get(incident_id)  # gone since it was selected: say so now
        dialog = EmailCalloutDialog(window.services, incident_id, window)
    except ServiceError as exc:
        prompts.show_error(window, title, str(exc))
        return
    try:
        if dialog.exec() and dialog.result_record is not None:
            sent = (dialog.result_record.ref, dialog.to.text())
            window.show_status(translate("MainWindow", "Call-out form for %s e-mailed to %s.") % sent)
            window.refresh_all()
            window.dataChanged.emit()  # the vendor has the form by e-mail: nothing to print
    finally:
        dialog.deleteLater()


def install(window: MainWindow) -> None:
    def action(text: str, slot: object) -> QAction:
        act = QAction(text, window)
        act.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return act

    window.backup_action = action(translate("MainWindow", "&Back up now..."), lambda: backup_now(window))
    window.restore_action = action(translate("MainWindow", "&Restore from backup..."),
                                   lambda: open_backups(window))
    window.import_action = action(translate("MainWindow", "&Import..."), lambda: open_import(window))
    window.email_callout_action = action(translate("MainWindow", "&E-mail call-out to vendor..."),
                                         lambda: email_callout(window))
    file_menu = window.menu("&File")
    before = getattr(window, "settings_action", None)
    # Keep Settings and Quit at the bottom of File, where people look for them.
    insert = (lambda a: file_menu.insertAction(before, a)) if before is not None else file_menu.addAction
    for act in (window.backup_action, window.restore_action, window.import_action):
        insert(act)
    export_menu = file_menu.addMenu(translate("MainWindow", "E&xport"))
    if before is not None:
        file_menu.insertMenu(before, export_menu)
    window.export_actions = {}
    for kind, text in (("assets", translate("MainWindow", "&Assets...")),
                       ("incidents", translate("MainWindow", "&Incidents...")),
                       ("vendors", translate("MainWindow", "&Vendors..."))):
        act = action(text, lambda kind=kind: export_csv(window, kind))
        export_menu.addAction(act)
        window.export_actions[kind] = act
    if before is not None:
        file_menu.insertSeparator(before)
    window.menu("&Incident").addAction(window.email_callout_action)
    if window.services.read_only:  # these write to the database; backups and exports only read it
        for act in (window.restore_action, window.import_action, window.email_callout_action):
            act.setEnabled(False)
    start_auto_backup(window)
