"""Office settings: who we are, money and paper, and the mail account for sending call-outs.

The SMTP password never touches the database: it is read and written only
through ``desktop_app.secrets`` (the OS keyring).  Without a usable keyring the
password box is disabled and the store's own sentence says why.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app import i18n, secrets
from desktop_app.records import OfficeSettings
from desktop_app.services import Services
from desktop_app.services.errors import ValidationError
from desktop_app.services.settings import PAPER_SIZES
from ui import i18n as ui_i18n
from ui import prompts
from ui.dialogs.saving import Saving
from ui.personal import adopt_user_name, save_user_name
from ui.widgets.currency import CurrencyCombo
from ui.widgets.form import FieldErrors, FieldForm, error_label, hint_label, with_error
from ui.widgets.money import money_text, typed_amount
from ui.wrapping_label import WrappingLabel

SECURITY = (("starttls", QT_TRANSLATE_NOOP("SettingsDialog", "STARTTLS (usual on port 587)")),
            ("ssl", QT_TRANSLATE_NOOP("SettingsDialog", "SSL/TLS (usual on port 465)")),
            ("none", QT_TRANSLATE_NOOP("SettingsDialog", "None (not encrypted)")))


def read_settings_form(services: Services) -> tuple[Any, int]:
    """The office's settings and the number of people on record.  For ``ui.ops.open_form``: on
    a server this runs off the GUI thread."""
    return services.settings.get_all(), services.stats.seats()


class SettingsDialog(QDialog):
    """``office_only=True`` shows just the office part (the first-run "Set up your office").

    ``personal`` is this computer's QSettings, where "Your name" is kept (without it the
    name is not shown: it is not the office's to set)."""

    def __init__(self, services: Services, parent: QWidget | None = None,
                 office_only: bool = False, personal: QSettings | None = None,
                 form: tuple[Any, int] | None = None) -> None:
        """``form`` is what ``read_settings_form`` read beforehand; without it it is read here."""
        super().__init__(parent)
        self.services = services
        self.office_only = office_only
        self.personal = personal
        self.setWindowTitle(self.tr("Set up your office") if office_only else self.tr("Settings"))
        self.setMinimumWidth(600 if office_only else 1040)
        current, seats = form if form is not None else read_settings_form(services)
        self.general_error = error_label()
        self.errors = FieldErrors(self.general_error)
        layout = QVBoxLayout(self)
        # Two columns (the office and you | e-mail): the whole form stays shorter than a
        # 768-pixel screen in every language.
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)

        self.office_name = QLineEdit(current.office_name)
        self.office_address = QPlainTextEdit(current.office_address)
        self.office_address.setTabChangesFocus(True)
        self.office_address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.office_phone = QLineEdit(current.office_phone)
        self.currency = CurrencyCombo(current.currency)
        self.paper_size = QComboBox()
        self.paper_size.addItems(list(PAPER_SIZES))
        self.paper_size.setCurrentText(current.paper_size)
        self.user_name = QLineEdit(adopt_user_name(personal, services) if personal is not None else "")
        self.user_name.setPlaceholderText(self.tr("Written on timeline entries and forms"))
        office = self._group(self.tr("Office"), [
            ("office_name", self.tr("Office &name *"), self.office_name),
            ("office_address", self.tr("&Address"), self.office_address),
            ("office_phone", self.tr("&Phone"), self.office_phone),
            ("currency", self.tr("&Currency"), self.currency),
            ("paper_size", self.tr("Pa&per size"), self.paper_size),
        ])
        left.addWidget(office)
        self.language = QComboBox()
        self.language.addItem(self.tr("As the computer is set"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(
            ui_i18n.chosen_language(personal) if personal is not None else ""), 0))
        self.language_note = hint_label(self.tr("A new language shows the next time FixDesk starts."))
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(lambda: self.language_note.setVisible(True))
        self.personal_box = self._group(self.tr("You, on this computer"), [
            ("user_name", self.tr("&Your name"), self.user_name),
            ("language", self.tr("&Language"), self.language),
            ("language_note", "", self.language_note),
        ])
        self.personal_box.setVisible(personal is not None)
        left.addWidget(self.personal_box)
        self.office_name.textChanged.connect(self._update_ok)

        self.downtime = QLineEdit(self._money(current.downtime_cost_per_hour))
        self.managed_quote = QLineEdit(self._money(current.managed_quote_per_seat))
        self.seats = QLineEdit("" if current.seats is None else str(current.seats))
        # Blank means "as many as the people on record", which the placeholder shows.
        self.seats.setPlaceholderText(self.tr("%n (the people on record)", "", seats))
        self.seats.setToolTip(self.tr("Seats a managed-service contract would cover; leave blank to "
                                      "use the number of people on record."))
        self.replace_threshold = QLineEdit(str(current.replace_threshold_percent))
        self.replace_threshold.setToolTip(self.tr("An asset is marked \u201creplace\u201d once its repairs "
                                                  "reach this percentage of its purchase cost."))
        self.smtp_host = QLineEdit(current.smtp_host)
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setValue(current.smtp_port)
        self.smtp_security = QComboBox()
        for key, label in SECURITY:
            self.smtp_security.addItem(QCoreApplication.translate("SettingsDialog", label), key)
        self.smtp_security.setCurrentIndex(max(self.smtp_security.findData(current.smtp_security), 0))
        self.smtp_user = QLineEdit(current.smtp_user)
        self.smtp_sender = QLineEdit(current.smtp_sender)
        self.smtp_password = QLineEdit()
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        usable, sentence = secrets.status()
        self.keyring_status = WrappingLabel(
            sentence + " " + self.tr("(The keyring is your computer's own safe for passwords, "
                                     "such as Windows Credential Manager or the macOS Keychain.)"))
        self.smtp_password.setEnabled(usable)
        self._had_password = bool(usable and current.smtp_host and secrets.has_secret(
            "smtp", secrets.smtp_name(current.smtp_host, current.smtp_user)))
        self.smtp_password.setPlaceholderText(
            self.tr("Saved - type to replace") if self._had_password else
            self.tr("Not saved") if usable else self.tr("Cannot be saved on this computer"))
        self.money_box = self._group(self.tr("Money and the break-fix review"), [
            ("downtime_cost_per_hour", self.tr("&Downtime cost per hour (%s)") % current.currency,
             self.downtime),
            ("managed_quote_per_seat", self.tr("&Managed-service quote per seat (%s)") % current.currency,
             self.managed_quote),
            ("seats", self.tr("Sea&ts to compare with"), self.seats),
            ("replace_threshold_percent", self.tr("&Replace threshold (% of price)"), self.replace_threshold),
        ])
        self.mail_box = self._group(self.tr("E-mail for sending call-outs"), [
            ("smtp_explained", "", hint_label(self.tr(
                "Call-outs are sent through your mail provider's outgoing (SMTP) server; its help "
                "pages give the server and port. STARTTLS and SSL/TLS both encrypt: use the one "
                "they name."))),
            ("smtp_host", self.tr("SMTP &server"), self.smtp_host),
            ("smtp_port", self.tr("P&ort"), self.smtp_port),
            ("smtp_security", self.tr("&Security"), self.smtp_security),
            ("smtp_user", self.tr("&User name"), self.smtp_user),
            ("smtp_password", self.tr("Pass&word"), self.smtp_password),
            ("smtp_keyring", "", self.keyring_status),
            ("smtp_sender", self.tr("Sen&der address"), self.smtp_sender),
        ])
        for box in (self.money_box, self.mail_box):
            box.setVisible(not office_only)
        left.addWidget(self.money_box)
        right.addWidget(self.mail_box)
        left.addStretch(1)
        right.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.saving = Saving(self, self.buttons)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._update_ok()
        # Settings are saved key by key, only those changed here: another PC's change to the
        # others made meanwhile is kept, not reset to what this dialog opened with.
        self._opened = self.values()
        self._initial = (self.values(), self.smtp_password.text())

    def reject(self) -> None:
        """Escape or Cancel after changing something: ask before throwing the changes away."""
        if (self.values(), self.smtp_password.text()) != self._initial and not prompts.confirm(
                self, self.windowTitle(), self.tr("Discard your changes to the settings?")):
            return
        super().reject()

    @staticmethod
    def _money(value: Any) -> str:
        return money_text(value)

    def _group(self, title: str, rows: list[tuple[str, str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title)
        form = FieldForm(box, errors=self.errors)
        for field, text, widget in rows:
            if text:
                form.add(field, text, widget)
            else:  # an explanation: the whole width, so it wraps to few lines
                cell, message = with_error(widget)
                form.addRow(cell)
                self.errors.register(field, widget, message)
        return box

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            bool(self.office_name.text().strip()))

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "office_name": self.office_name.text(),
            "office_address": self.office_address.toPlainText(),
            "office_phone": self.office_phone.text(),
            "currency": self.currency.code(),
            "paper_size": self.paper_size.currentText(),
            "setup_done": True,
        }
        if not self.office_only:
            values.update({
                "downtime_cost_per_hour": typed_amount(self.downtime),
                "managed_quote_per_seat": typed_amount(self.managed_quote),
                "seats": self.seats.text(),
                "replace_threshold_percent": self.replace_threshold.text(),
                "smtp_host": self.smtp_host.text(),
                "smtp_port": self.smtp_port.value(),
                "smtp_security": self.smtp_security.currentData(),
                "smtp_user": self.smtp_user.text(),
                "smtp_sender": self.smtp_sender.text(),
            })
        return values

    def accept(self) -> None:
        if self.saving.busy or self.saving.done:
            return
        self.errors.clear()
        password = "" if self.office_only else self.smtp_password.text()
        # Check the password's preconditions first, so a refusal saves nothing at all.
        if password and not self.smtp_host.text().strip():
            self.errors.show(ValidationError(
                "smtp_password", self.tr("Enter the SMTP server before its password.")))
            return
        usable, sentence = secrets.status()
        if password and not usable:
            self.errors.show(ValidationError("smtp_password", sentence))
            return
        changed = {k: v for k, v in self.values().items() if self._opened.get(k) != v or k == "setup_done"}
        call = partial(self.services.settings.update, **changed)
        user_name = None if self.personal is None else self.user_name.text()
        self.saving.start(self.services, call, lambda saved: self._stored(saved, password, user_name),
                          self.errors.show)

    def _stored(self, saved: OfficeSettings, password: str, user_name: str | None) -> None:
        """The office's part is in the database; the password goes to the keyring, the name to
        this computer's settings."""
        try:
            if password:
                secrets.set_secret("smtp", secrets.smtp_name(saved.smtp_host, saved.smtp_user), password)
        except secrets.SecretStoreUnavailable as err:
            self.saving.done = False  # the rest is saved; Save again once the keyring works
            self.errors.show(ValidationError("smtp_password", str(err)))
            return
        if self.personal is not None and user_name is not None:
            save_user_name(self.personal, self.services, user_name)
            self.personal.setValue(ui_i18n.LANGUAGE_KEY, self.language.currentData())
        QDialog.accept(self)
