"""Help > About FixDesk: the version, where the data lives, the licence.

What a vendor's helpdesk asks for on the phone ("which version, where is the
database?") in one place, with a button that copies it for an email.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QGuiApplication, QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

import desktop_app
from desktop_app import APP_NAME


def licence() -> str:
    """The licence as the package metadata states it (pyproject.toml is the source)."""
    from importlib import metadata  # only when the dialog opens: it is slow to import

    try:
        meta = metadata.metadata("fixdesk")
    except metadata.PackageNotFoundError:
        return QCoreApplication.translate("AboutDialog", "GPL-3.0-or-later (see pyproject.toml)")
    return (meta.get("License-Expression") or meta.get("License")
            or QCoreApplication.translate("AboutDialog", "see the LICENSE file"))


def details(database: str) -> list[tuple[str, str]]:
    """(label, value) rows shown in the dialog and copied by its button."""
    import platform  # here rather than at start-up: only the dialog needs it

    frozen = (QCoreApplication.translate("AboutDialog", "packaged") if getattr(sys, "frozen", False)
              else QCoreApplication.translate("AboutDialog", "from source"))
    return [
        (QT_TRANSLATE_NOOP("AboutDialog", "Version"), f"{desktop_app.__version__} ({frozen})"),
        (QT_TRANSLATE_NOOP("AboutDialog", "Database"), database),
        (QT_TRANSLATE_NOOP("AboutDialog", "Licence"), licence()),
        (QT_TRANSLATE_NOOP("AboutDialog", "Built with"),
         f"Python {platform.python_version()}, Qt {qVersion()}, {platform.system()}"),
    ]


class AboutDialog(QDialog):
    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About FixDesk"))
        self._rows = details(database)
        layout = QVBoxLayout(self)

        logo = QLabel(self)
        from desktop_app.resources import resources_dir

        logo.setPixmap(QIcon(str(resources_dir() / "icons" / "fixdesk.svg")).pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(logo)

        title = QLabel(f"<h2>{APP_NAME} {desktop_app.__version__}</h2>", self)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(title)
        blurb = QLabel(self.tr("The break-fix helpdesk for small offices: log the problem, call out "
                               "support, print the call-out form, keep the paper trail."), self)
        blurb.setWordWrap(True)
        layout.addWidget(blurb)

        self.details_label = QLabel(self)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setText("\n".join(f"{QCoreApplication.translate('AboutDialog', k)}: {v}"
                                             for k, v in self._rows))
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.setWordWrap(True)
        layout.addWidget(self.details_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(
            "\n".join([f"{APP_NAME}"] + [f"{QCoreApplication.translate('AboutDialog', label)}: {value}"
                                         for label, value in self._rows]))


def install(window) -> None:  # noqa: ANN001  (MainWindow; ui.app stays the only place that wires it)
    """Help > About FixDesk… opens this dialog."""
    action = QAction(window)
    window.menu("&Help").addAction(action)
    window.about_action = action
    action.setText(QCoreApplication.translate("AboutDialog", "&About FixDesk…"))
    action.setMenuRole(QAction.MenuRole.AboutRole)  # macOS moves it into the application menu

    def show_about() -> None:
        dialog = AboutDialog(window.services.location, window)
        dialog.exec()
        dialog.deleteLater()

    action.triggered.connect(show_about)
