"""First run: an empty database greets the user with the office set-up form, or sample data.

Setting up is the form itself (no dialog to open first): the office's name is
enough, Enter sets it up, and the address, phone and the optional access,
parking and alarm notes become the office's first site, so the call-out form
tells the engineer how to get in from the very first call.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import Services, demo
from desktop_app.services.errors import ServiceError
from ui import prompts
from ui.personal import save_user_name
from ui.widgets.currency import CurrencyCombo
from ui.widgets.form import FieldErrors, error_label, hint_label, with_error
from ui.wrapping_label import WrappingLabel


class WelcomePage(QWidget):
    finished = Signal()  # the office is set up or has sample data: show the real pages

    def __init__(self, services: Services, parent: QWidget | None = None,
                 personal: QSettings | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.personal = personal  # this computer's settings, where the user's name is kept
        title = QLabel(self.tr("<h1>Welcome to FixDesk</h1>"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = WrappingLabel(self.tr(
            "FixDesk keeps the log of everything that breaks in your office: who you called, "
            "when they came, what it cost, and the paperwork for the engineer. "
            "Start with your office's name; everything else can wait."))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.office_name = QLineEdit()
        self.office_name.setPlaceholderText(self.tr("e.g. Harbour Street Dental"))
        self.office_address = QPlainTextEdit()
        self.office_address.setTabChangesFocus(True)
        self.office_address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.office_phone = QLineEdit()
        self.currency = CurrencyCombo()
        self.user_name = QLineEdit()
        self.user_name.setPlaceholderText(self.tr("Written on timeline entries and forms"))
        self.access_notes = QLineEdit()
        self.access_notes.setPlaceholderText(self.tr("Optional, e.g. ring the bell at the side door"))
        self.parking_notes = QLineEdit()
        self.parking_notes.setPlaceholderText(self.tr("Optional, e.g. visitor bays behind the building"))
        self.alarm_notes = QLineEdit()
        self.alarm_notes.setPlaceholderText(self.tr("Optional, e.g. ask reception to unset zone 2"))
        self.general_error = error_label()
        self.errors = FieldErrors(self.general_error)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for field, label_text, widget in (
            ("office_name", self.tr("Office &name *"), self.office_name),
            ("office_address", self.tr("&Address"), self.office_address),
            ("office_phone", self.tr("&Phone"), self.office_phone),
            ("currency", self.tr("&Currency"), self.currency),
            ("user_name", self.tr("&Your name"), self.user_name),
            ("access_notes", self.tr("A&ccess"), self.access_notes),
            ("parking_notes", self.tr("Par&king"), self.parking_notes),
            ("alarm_notes", self.tr("Alar&m"), self.alarm_notes),
        ):
            label = QLabel(label_text)
            label.setBuddy(widget)
            cell, message = with_error(widget)
            form.addRow(label, cell)
            self.errors.register(field, widget, message)
        notes_hint = hint_label(self.tr("Access, parking and alarm notes go on every call-out form "
                                        "for the engineer. Paper size, e-mail and the rest are in "
                                        "Settings (Ctrl+,)."))

        self.setup_button = QPushButton(self.tr("&Set up your office"))
        self.setup_button.setDefault(True)
        self.sample_button = QPushButton(self.tr("&Explore with sample data"))
        for button in (self.setup_button, self.sample_button):
            button.setMinimumHeight(36)
        buttons = QHBoxLayout()
        buttons.addWidget(self.setup_button, 1)
        buttons.addWidget(self.sample_button, 1)
        hint = hint_label(self.tr("The sample office can be replaced later by starting a new database."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # One fixed-width column in the middle: wrapped text needs a known width.
        column = QWidget()
        column.setFixedWidth(560)
        inner = QVBoxLayout(column)
        inner.setSpacing(10)
        inner.addWidget(title)
        inner.addWidget(text)
        inner.addLayout(form)
        inner.addWidget(notes_hint)
        inner.addWidget(self.general_error)
        inner.addLayout(buttons)
        inner.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setFocusProxy(self.office_name)
        self.setup_button.clicked.connect(self.set_up_office)
        self.sample_button.clicked.connect(self.load_sample)
        # Enter in any one-line field sets the office up (the page is not a dialog).
        for edit in (self.office_name, self.office_phone, self.user_name, self.access_notes,
                     self.parking_notes, self.alarm_notes):
            edit.returnPressed.connect(self.set_up_office)
        self.office_name.textChanged.connect(lambda: self.errors.clear_field("office_name"))

    def set_up_office(self) -> None:
        self.errors.clear()
        site = {"access_notes": self.access_notes.text(), "parking_notes": self.parking_notes.text(),
                "alarm_notes": self.alarm_notes.text()}
        # The user's own name belongs to this computer (QSettings), not to the shared office.
        personal = {} if self.personal is not None else {"user_name": self.user_name.text()}
        try:
            self.services.settings.set_up_office(
                site=site, office_name=self.office_name.text(),
                office_address=self.office_address.toPlainText(),
                office_phone=self.office_phone.text(), currency=self.currency.code(), **personal)
        except ServiceError as err:
            self.errors.show(err)
            return
        if self.personal is not None:
            save_user_name(self.personal, self.services, self.user_name.text())
        self.finished.emit()

    def load_sample(self) -> None:
        try:
            demo.build(self.services.db)
            self.services.settings.update(setup_done=True)
        except ServiceError as err:
            prompts.show_error(self, self.tr("Sample data"), str(err))
            return
        self.finished.emit()

    def refresh(self) -> None:
        """Nothing to reload: the page shows no data."""

    def focus_search(self) -> None:
        """No search here."""
