"""File > Use a shared database...: where the office's shared (PostgreSQL) database is, a
"Test connection" button that answers in plain words, moving this office's data there,
connecting to an office already there, and the way back (a local copy).

Everything that waits on the network (the test, the copy) runs on a worker thread with a
progress dialog (ui/ops.py), so the window never freezes on a slow link.  The
password goes only to the keyring (desktop_app/secrets.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app import secrets, transfer
from desktop_app.services import Services
from desktop_app.shared_db import TLS_MODES, ServerSettings, TestResult, test_connection
from ui import ops, prompts
from ui.wrapping_label import WrappingLabel

LOCATION_KEY = "database/location"  # which database this computer opens (no password in it)


def saved_location(settings: QSettings) -> str | None:
    value = settings.value(LOCATION_KEY)
    return str(value) if value else None


def remember_location(settings: QSettings, location: str) -> None:
    settings.setValue(LOCATION_KEY, location)
    settings.sync()


def on_server(services: Services) -> bool:
    return services.is_server


class SharedDatabaseDialog(QDialog):
    """Emits ``switchTo(location)`` when the window should reopen on another database."""

    switchTo = Signal(str)

    def __init__(self, services: Services, personal: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.personal = personal
        self.setWindowTitle(self.tr("Use a shared database"))
        self.setMinimumWidth(560)
        self.worker: Any = None
        known = ServerSettings.from_url(saved_location(personal) or "")

        intro = WrappingLabel(self.tr(
            "Several PCs can share one office when its records live on a PostgreSQL database "
            "server. Enter the details whoever runs the server gave you, then test the connection."))
        self.host = QLineEdit(known.host if known else "")
        self.host.setPlaceholderText(self.tr("e.g. server.office.local or 192.168.1.20"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(known.port if known else 5432)
        self.database = QLineEdit(known.database if known else "fixdesk")
        self.user = QLineEdit(known.user if known else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        usable, sentence = secrets.status()
        self.keyring_status = WrappingLabel(sentence)
        self.tls = QComboBox()
        modes = {"prefer": self.tr("Encrypt if the server offers it (usual on an office network)"),
                 "require": self.tr("Always encrypt"),
                 "verify-full": self.tr("Always encrypt, and check the server's certificate"),
                 "disable": self.tr("Never encrypt")}
        for key, label in TLS_MODES:
            self.tls.addItem(modes.get(key, label), key)
        self.tls.setCurrentIndex(max(self.tls.findData(known.tls if known else "prefer"), 0))
        has_saved = bool(known and usable and secrets.has_secret("database", known.secret_name()))
        self.password.setPlaceholderText(self.tr("Saved - type to replace") if has_saved else "")

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.keyring_status)
        form.addRow(self.tr("&Security:"), self.tls)

        self.result = WrappingLabel("")
        self.result.setObjectName("testResult")
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.move_button = QPushButton(self.tr("&Move this office's data to the shared database..."))
        self.use_button = QPushButton(self.tr("&Connect to the office already there"))
        self.local_button = QPushButton(self.tr("Make a &local copy..."))
        self.local_button.setEnabled(on_server(services))
        self.local_button.setToolTip(self.tr("Copy the shared office into a file on this computer"))
        self.move_button.setEnabled(not on_server(services))
        self.test_button.clicked.connect(lambda _checked=False: self.test())
        self.move_button.clicked.connect(lambda _checked=False: self.move_office())
        self.use_button.clicked.connect(lambda _checked=False: self.use_server())
        self.local_button.clicked.connect(lambda: make_local_copy(self, self.services, self.personal,
                                                                  self.switchTo.emit))
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.result)
        for button in (self.move_button, self.use_button, self.local_button):
            layout.addWidget(button)
        layout.addWidget(buttons)

    # -- what the form says ------------------------------------------------------------------
    def server(self) -> ServerSettings:
        return ServerSettings(host=self.host.text().strip(), database=self.database.text().strip(),
                              user=self.user.text().strip(), port=self.port.value(),
                              tls=str(self.tls.currentData()))

    def _password(self) -> str | None:
        typed = self.password.text()
        if typed:
            return typed
        return secrets.get_secret("database", self.server().secret_name())

    def _busy(self, busy: bool) -> None:
        for button in (self.test_button, self.move_button, self.use_button):
            button.setEnabled(not busy)
        if not busy:
            self.move_button.setEnabled(not on_server(self.services))

    def _say(self, text: str) -> None:
        self.result.setText(text)

    def _run(self, title: str, label: str, work: Callable[[Any], Any],
             done: Callable[[Any], None], own_connection: bool = False) -> None:
        self._busy(True)

        def finish(result: Any) -> None:
            self._busy(False)
            done(result)

        def failed(text: str) -> None:
            self._busy(False)
            self._say(text)

        self.worker = ops.run(self, lambda progress, _cancelled: work(progress), finish, failed,
                              services=self.services if own_connection else None,
                              failure=self.tr("That did not work") + " ({})",
                              on_cancelled=lambda: (self._busy(False),
                                                    self._say(self.tr("Stopped; nothing was changed."))),
                              label=label, title=title)

    # -- the buttons -------------------------------------------------------------------------
    def test(self, then: Callable[[TestResult], None] | None = None) -> None:
        server, password = self.server(), self._password()
        self._say(self.tr("Connecting to %s...") % (server.host or "?"))

        def shown(result: TestResult) -> None:
            self._say(result.message)
            if then is not None and result.ok:
                then(result)

        self._run(self.tr("Test connection"), self.tr("Connecting to %s...") % (server.host or "?"),
                  lambda _progress: test_connection(server, password), shown)

    def _keep_password(self) -> bool:
        """Save a typed password in the keyring (refused in one sentence without a keyring)."""
        typed = self.password.text()
        if not typed:
            return True
        try:
            secrets.set_secret("database", self.server().secret_name(), typed)
        except secrets.SecretStoreUnavailable as err:
            self._say(str(err) + " " + self.tr("FixDesk cannot remember the password, so it "
                                               "cannot use this server from this computer."))
            return False
        return True

    def use_server(self) -> None:
        def connect(result: TestResult) -> None:
            if not result.holds_office:
                self._say(result.message + " " + self.tr(
                    "There is no office there yet: move this office's data to it first."))
                return
            if not self._keep_password():
                return
            location = self.server().url()
            remember_location(self.personal, location)
            self.switchTo.emit(location)
            self.accept()

        self.test(then=connect)

    def move_office(self) -> None:
        server, password = self.server(), self._password()
        here = transfer.describe_counts(transfer.counts(self.services.db))

        def ask_then_copy(result: TestResult) -> None:
            if not result.empty:
                self._say(result.message + " " + self.tr(
                    "FixDesk moves an office only into an empty database, so nothing was copied."))
                return
            if not prompts.confirm(self, self.tr("Move to the shared database"), self.tr(
                    "Copy this office (%s) to %s on %s?\n\nThe file on this computer is not changed: "
                    "it stays as a backup.") % (here, server.database, server.host)):
                return
            if not self._keep_password():
                return
            source = self.services.db
            self._run(self.tr("Move to the shared database"),
                      self.tr("Copying the office to %s...") % server.host,
                      lambda progress: transfer.move_office(source, server.url(password), progress),
                      moved, own_connection=True)

        def moved(counts: dict[str, int]) -> None:
            location = server.url()
            remember_location(self.personal, location)
            local = self.services.location
            prompts.show_info(self, self.tr("Move to the shared database"), self.tr(
                "The office is on the shared database now (%s, every count checked).\n\n"
                "The file on this computer was not changed and is kept as a backup:\n%s\n\n"
                "FixDesk now opens the shared database.") % (transfer.describe_counts(counts), local))
            self.switchTo.emit(location)
            self.accept()

        self.test(then=ask_then_copy)


def make_local_copy(parent: QWidget, services: Services, personal: QSettings,
                    switch: Callable[[str], None]) -> None:
    """The way back: the shared office copied into a file here; then, if the user wants, this
    computer works on that file from now on."""
    title = QCoreApplication.translate("SharedDatabaseDialog", "Make a local copy")
    if not on_server(services):
        prompts.show_info(parent, title, QCoreApplication.translate(
            "SharedDatabaseDialog", "This office is already in a file on this computer."))
        return
    path = prompts.choose_save_file(parent, title, QCoreApplication.translate(
        "SharedDatabaseDialog", "FixDesk databases (*.sqlite3)"), "fixdesk-local.sqlite3")
    if not path:
        return
    if not path.endswith(".sqlite3"):
        path += ".sqlite3"
    source = services.db

    def done(made: Path) -> None:
        info = transfer.describe_counts(transfer.counts(services.db))
        if prompts.confirm(parent, title, QCoreApplication.translate(
                "SharedDatabaseDialog", "Copied the shared office (%s) to\n%s\n\nWork on this local copy "
                "from now on? (The shared database is left as it is.)") % (info, made)):
            remember_location(personal, str(made))
            switch(str(made))

    ops.run(parent, lambda progress, _cancelled: transfer.write_sqlite_copy(source, path, progress), done,
            lambda text: prompts.show_error(parent, title, text), services=services,
            failure=QCoreApplication.translate("SharedDatabaseDialog", "The copy could not be made")
            + " ({})",
            title=title,
            label=QCoreApplication.translate("SharedDatabaseDialog", "Copying the shared office to %s...")
            % Path(path).name)
