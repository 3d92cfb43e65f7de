"""Helpers for B1's window tests: a window on a temp QSettings, and modal dialogs driven in place.

Dialogs opened with ``exec()`` would block a test; ``drive(cls, fill)`` replaces
``cls.exec`` so the real dialog is built, ``fill(dialog)`` types into it like a
user, and the OK button is clicked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox


def ini_settings(tmp_path) -> QSettings:  # noqa: ANN001
    return QSettings(str(tmp_path / "fixdesk-ui.ini"), QSettings.Format.IniFormat)


def ok_button(dialog: QDialog):  # noqa: ANN201
    box = dialog.findChild(QDialogButtonBox)
    for role in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Save):
        button = box.button(role)
        if button is not None:
            return button
    raise AssertionError("dialog has no OK/Save button")


def drive(monkeypatch, qtbot, cls: type[QDialog], fill: Callable[[QDialog], None],  # noqa: ANN001
          seen: list[QDialog] | None = None) -> None:
    """Every ``cls(...).exec()`` from now on runs ``fill`` and clicks OK (if enabled)."""

    def fake_exec(self: QDialog) -> int:
        if seen is not None:
            seen.append(self)
        fill(self)
        button = ok_button(self)
        if button.isEnabled():
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return int(self.result())

    monkeypatch.setattr(cls, "exec", fake_exec)


def table_texts(view, column: int) -> list[str]:  # noqa: ANN001
    model = view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]
