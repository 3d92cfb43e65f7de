"""Every modal prompt the window shows, in one seam.

Widgets never call QMessageBox or QFileDialog directly: they call these
functions, so tests monkeypatch this one module and no real modal box ever
blocks a test run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; No is the default so Enter never destroys anything."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def choose_open_file(parent: QWidget | None, title: str, filter: str = "") -> str | None:  # noqa: A002
    path, _selected = QFileDialog.getOpenFileName(parent, title, "", filter)
    return path or None


def choose_save_file(
    parent: QWidget | None, title: str, filter: str = "", suggested: str = ""  # noqa: A002
) -> str | None:
    path, _selected = QFileDialog.getSaveFileName(parent, title, suggested, filter)
    return path or None


def choose_directory(parent: QWidget | None, title: str) -> str | None:
    path = QFileDialog.getExistingDirectory(parent, title)
    return path or None


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text, or None when the user cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def choose_printer(parent: QWidget | None, printer: QPrinter, title: str = "") -> bool:
    """The system print dialog over ``printer``; True when the user pressed Print."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

    dialog = QPrintDialog(printer, parent)
    if title:
        dialog.setWindowTitle(title)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    try:
        return dialog.exec() == QPrintDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
