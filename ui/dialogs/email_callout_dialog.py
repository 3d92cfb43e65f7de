"""E-mail call-out to vendor: an editable message with the call-out form attached."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app import mail
from desktop_app.services import Services
from ui import ops


class EmailCalloutDialog(QDialog):
    """Send shows a failure in the dialog (one sentence) and keeps it open; nothing changes."""

    def __init__(self, services: Services, incident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.incident_id = incident_id
        self.result_record = None
        draft = mail.draft_callout(services, incident_id)
        self.setWindowTitle(self.tr("E-mail call-out %s") % draft.ref)
        self.resize(560, 460)
        self.to = QLineEdit(draft.to)
        self.to.setPlaceholderText(self.tr("vendor@example.com"))
        self.subject = QLineEdit(draft.subject)
        self.body = QPlainTextEdit(draft.body)
        self.attachment = QLabel(self.tr("Attached: the call-out form %s-callout.pdf") % draft.ref)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&To"), self.to)
        form.addRow(self.tr("&Subject"), self.subject)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setDefault(True)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.attachment)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def send(self) -> None:
        """Send on a worker thread (an SMTP server may be slow); the dialog stays responsive."""
        self.error.hide()
        self.send_button.setEnabled(False)
        services, incident_id = self.services, self.incident_id
        values = {"to": self.to.text().strip(), "subject": self.subject.text().strip(),
                  "body": self.body.toPlainText(), "author": services.author()}
        def work(_progress: object, _cancelled: object) -> object:
            return mail.send_callout(services, incident_id, **values)

        self.job = ops.run(self, work, self._sent, self._failed, services=services,
                           label=self.tr("Sending the call-out form to %s...") % values["to"],
                           title=self.tr("E-mail call-out"), cancellable=False,
                           failure=self.tr("The call-out form could not be sent: {}"))

    def _sent(self, record: object) -> None:
        self.result_record = record
        self.send_button.setEnabled(True)
        self.accept()

    def _failed(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.send_button.setEnabled(True)
