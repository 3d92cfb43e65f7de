"""Back up now / Restore from backup: the backups beside the database, with dates and counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app import backup
from desktop_app.services import Services
from desktop_app.services.errors import ServiceError
from ui import ops, prompts
from ui.models.backups_model import BackupsTableModel


class BackupDialog(QDialog):
    """Lists backups; "Back up now", "Restore selected..." and "Restore from file..."."""

    restored = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 360)
        self.intro = QLabel(self.tr("Backups are kept in the \"backups\" folder beside the database. "
                                    "Restoring first saves a copy of the current database."))
        self.intro.setWordWrap(True)
        self.model = BackupsTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore selected..."))
        self.file_button = QPushButton(self.tr("Restore from &file..."))
        for button in (self.backup_button, self.restore_button, self.file_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.restore_from_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.table, self.status, buttons):
            layout.addWidget(widget)
        self.reload()

    def reload(self) -> None:
        try:
            rows = backup.list_backups(self.services.db)
        except ServiceError as exc:
            rows = []
            self.status.setText(str(exc))
            for button in (self.backup_button, self.restore_button, self.file_button):
                button.setEnabled(False)
        self.model.set_backups(rows)
        if rows:
            self.table.selectRow(0)
        elif not self.status.text():
            self.status.setText(self.tr("There are no backups yet."))

    def backup_now(self) -> ops.Op:
        """The copy is made on a worker; the list shows it when it is done."""
        services = self.services
        self.backup_button.setEnabled(False)

        def work(_progress: ops.Progress, _cancelled: object) -> tuple[Path, str]:
            path = backup.backup(services.db)
            return path, backup.inspect(path).summary

        def done(made: tuple[Path, str]) -> None:
            self.backup_button.setEnabled(True)
            self.status.setText(self.tr("Backed up to %s (%s).") % made)
            self.reload()
            self.status.setText(self.tr("Backed up to %s (%s).") % made)

        def failed(text: str) -> None:
            self.backup_button.setEnabled(True)
            prompts.show_error(self, self.tr("Back up"), text)

        return ops.run(self, work, done, failed, services=services,
                       label=self.tr("Backing up the database..."), title=self.tr("Back up"),
                       cancellable=False, failure=self.tr("The backup could not be made: {}"))

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        info = self.model.backup_at(rows[0].row()) if rows else None
        if info is None:
            prompts.show_info(self, self.tr("Restore"), self.tr("Choose a backup in the list first."))
            return
        self._restore(str(info.path))

    def restore_from_file(self) -> None:
        path = prompts.choose_open_file(self, self.tr("Restore from backup"),
                                        self.tr("FixDesk databases (*.sqlite3 *.db *.bak);;All files (*)"))
        if path:
            self._restore(path)

    def _restore(self, path: str) -> None:
        title = self.tr("Restore from backup")
        try:
            info = backup.inspect(path)
        except ServiceError as exc:
            prompts.show_error(self, title, str(exc))
            return
        if not prompts.confirm(self, title, self.tr(
                "Replace the current database with the backup from %s?\n\n"
                "A copy of the current database is saved in the backups folder first.") % info.summary):
            return
        def restored(safety: Path | None) -> None:
            kept = self.tr(" The previous database was saved as %s.") % safety.name if safety else ""
            prompts.show_info(self, title, self.tr("Restored the backup from %s.") % info.summary + kept)
            self.restored.emit()
            self.reload()

        if not self.services.is_server:  # a file copy on this computer: done within a moment
            try:
                safety = backup.restore_live(self.services.db, path)
            except ServiceError as exc:
                prompts.show_error(self, title, str(exc))
                return
            restored(safety)
            return
        # A shared database: every record goes over the network, on a worker thread.
        db = self.services.db
        ops.run(self, lambda _progress, _cancelled: backup.restore_live(db, path), restored,
                lambda text: prompts.show_error(self, title, text), services=self.services,
                label=self.tr("Restoring the backup from %s...") % info.summary, title=title,
                cancellable=False, failure=self.tr("The backup could not be restored") + " ({})")

