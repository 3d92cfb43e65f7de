"""Office settings: who we are, money and paper, and the mail account for sending call-outs.

The SMTP password never touches the database: it is read and written only
through ``desktop_app.secrets`` (the OS keyring).  Without a usable keyring the
password box is disabled and the store's own sentence says why.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app import secrets
from desktop_app.services import Services
from desktop_app.services.errors import ServiceError, ValidationError
from desktop_app.services.settings import PAPER_SIZES, OfficeSettings
from ui import prompts
from ui.dialogs.validation import FieldErrors, error_label, with_error
from ui.widgets.currency import CurrencyCombo
from ui.widgets.form import hint_label
from ui.wrapping_label import WrappingLabel

SECURITY = (("starttls", "STARTTLS (usual on port 587)"), ("ssl", "SSL/TLS (usual on port 465)"),
            ("none", "None (not encrypted)"))


def smtp_secret_name(host: str, user: str) -> str:
    """Keyring name of the SMTP password: one per server and account."""
    return f"{host.strip()}/{user.strip()}"


class SettingsDialog(QDialog):
    """``office_only=True`` shows just the office part (the first-run "Set up your office")."""

    def __init__(self, services: Services, parent: QWidget | None = None,
                 office_only: bool = False) -> None:
        super().__init__(parent)
        self.services = services
        self.office_only = office_only
        self.setWindowTitle(self.tr("Set up your office") if office_only else self.tr("Settings"))
        self.setMinimumWidth(600)
        current = services.settings.get_all()
        self.general_error = error_label()
        self.errors = FieldErrors(self.general_error)
        layout = QVBoxLayout(self)

        self.office_name = QLineEdit(current.office_name)
        self.office_address = QPlainTextEdit(current.office_address)
        self.office_address.setTabChangesFocus(True)
        self.office_address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.office_phone = QLineEdit(current.office_phone)
        self.currency = CurrencyCombo(current.currency)
        self.paper_size = QComboBox()
        self.paper_size.addItems(list(PAPER_SIZES))
        self.paper_size.setCurrentText(current.paper_size)
        self.user_name = QLineEdit(current.user_name)
        self.user_name.setPlaceholderText(self.tr("Written on timeline entries and forms"))
        office = self._group(self.tr("Office"), [
            ("office_name", self.tr("Office &name *"), self.office_name),
            ("office_address", self.tr("&Address"), self.office_address),
            ("office_phone", self.tr("&Phone"), self.office_phone),
            ("currency", self.tr("&Currency"), self.currency),
            ("paper_size", self.tr("Pa&per size"), self.paper_size),
            ("user_name", self.tr("&Your name"), self.user_name),
        ])
        layout.addWidget(office)
        self.office_name.textChanged.connect(self._update_ok)

        self.downtime = QLineEdit(self._money(current.downtime_cost_per_hour))
        self.managed_quote = QLineEdit(self._money(current.managed_quote_per_seat))
        self.smtp_host = QLineEdit(current.smtp_host)
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setValue(current.smtp_port)
        self.smtp_security = QComboBox()
        for key, label in SECURITY:
            self.smtp_security.addItem(self.tr(label), key)
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
            "smtp", smtp_secret_name(current.smtp_host, current.smtp_user)))
        self.smtp_password.setPlaceholderText(
            self.tr("Saved - type to replace") if self._had_password else
            self.tr("Not saved") if usable else self.tr("Cannot be saved on this computer"))
        self.money_box = self._group(self.tr("Money"), [
            ("downtime_cost_per_hour", self.tr("&Downtime cost per hour (%s)") % current.currency,
             self.downtime),
            ("managed_quote_per_seat", self.tr("&Managed-service quote per seat (%s)") % current.currency,
             self.managed_quote),
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
            layout.addWidget(box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._update_ok()
        self._initial = (self.values(), self.smtp_password.text())

    def reject(self) -> None:
        """Escape or Cancel after changing something: ask before throwing the changes away."""
        if (self.values(), self.smtp_password.text()) != self._initial and not prompts.confirm(
                self, self.windowTitle(), self.tr("Discard your changes to the settings?")):
            return
        super().reject()

    @staticmethod
    def _money(value: Any) -> str:
        return "" if value is None else f"{value:.2f}"

    def _group(self, title: str, rows: list[tuple[str, str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        for field, text, widget in rows:
            cell, message = with_error(widget)
            if text:
                label = QLabel(text)
                label.setBuddy(widget)
                form.addRow(label, cell)
            else:  # an explanation: the whole width, so it wraps to few lines
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
            "user_name": self.user_name.text(),
            "setup_done": True,
        }
        if not self.office_only:
            values.update({
                "downtime_cost_per_hour": self.downtime.text(),
                "managed_quote_per_seat": self.managed_quote.text(),
                "smtp_host": self.smtp_host.text(),
                "smtp_port": self.smtp_port.value(),
                "smtp_security": self.smtp_security.currentData(),
                "smtp_user": self.smtp_user.text(),
                "smtp_sender": self.smtp_sender.text(),
            })
        return values

    def accept(self) -> None:
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
        try:
            saved: OfficeSettings = self.services.settings.update(**self.values())
            if password:
                secrets.set_secret("smtp", smtp_secret_name(saved.smtp_host, saved.smtp_user), password)
        except secrets.SecretStoreUnavailable as err:
            self.errors.show(ValidationError("smtp_password", str(err)))
            return
        except ServiceError as err:
            self.errors.show(err)
            return
        super().accept()
