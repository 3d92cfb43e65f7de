"""First run: an empty database greets the user with two ways in."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.services import Services, demo
from desktop_app.services.errors import ServiceError
from ui import prompts
from ui.dialogs.settings_dialog import SettingsDialog
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
            "when they came, what it cost, and the paperwork for the engineer.\n\n"
            "Start with your office's details, or look around a sample office first."))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setup_button = QPushButton(self.tr("&Set up your office"))
        self.setup_button.setDefault(True)
        self.sample_button = QPushButton(self.tr("&Explore with sample data"))
        hint = WrappingLabel(self.tr("The sample office can be replaced later by starting a new database."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setEnabled(False)  # greyed: a footnote, not an instruction
        for button in (self.setup_button, self.sample_button):
            button.setMinimumHeight(40)

        # One fixed-width column in the middle: wrapped text needs a known width.
        column = QWidget()
        column.setFixedWidth(520)
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        for widget in (title, text, self.setup_button, self.sample_button, hint):
            inner.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setup_button.clicked.connect(self.set_up_office)
        self.sample_button.clicked.connect(self.load_sample)

    def set_up_office(self) -> None:
        dialog = SettingsDialog(self.services, self, office_only=True, personal=self.personal)
        if dialog.exec() == QDialog.DialogCode.Accepted:
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
