"""Help > Getting started (F1): a short guide shipped with FixDesk, read in the window.

The pages are HTML files in resources/guide (packaged with the app like the
icons); no browser and no network are needed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import localized

GUIDE = Path(__file__).resolve().parent.parent.parent / "resources" / "guide"

# (file, title in the list), in reading order.
TOPICS = (
    ("index.html", "Getting started"),
    ("setting-up.html", "Setting up"),
    ("logging.html", "Logging a problem"),
    ("calling-out.html", "Calling a vendor out"),
    ("printing.html", "Printing"),
    ("backups.html", "Backups"),
    ("importing.html", "Importing equipment"),
)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting started with FixDesk"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.topics = QListWidget()
        titles = {
            "index.html": self.tr("Getting started"), "setting-up.html": self.tr("Setting up"),
            "logging.html": self.tr("Logging a problem"),
            "calling-out.html": self.tr("Calling a vendor out"), "printing.html": self.tr("Printing"),
            "backups.html": self.tr("Backups"), "importing.html": self.tr("Importing equipment"),
        }
        for file, _title in TOPICS:
            self.topics.addItem(titles[file])
        self.topics.setFixedWidth(max(170, self.topics.sizeHintForColumn(0) + 24))
        self.page = QTextBrowser()
        self.page.setSearchPaths([str(GUIDE)])
        self.page.setOpenLinks(True)
        self.page.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.topics)
        row.addWidget(self.page, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.topics.currentRowChanged.connect(self.show_topic)
        self.topics.setCurrentRow(0)
        self.resize(820, 560)

    def show_topic(self, row: int) -> None:
        if 0 <= row < len(TOPICS):
            self.page.setSource(QUrl.fromLocalFile(str(localized(GUIDE, TOPICS[row][0]))))

    def text(self) -> str:
        """The page shown, as plain text (what the user reads; tests use it too)."""
        return self.page.toPlainText()
