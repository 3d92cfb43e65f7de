"""A strip across the top of the window for something the user should know now, without a
modal box in the way: a lost connection, a database file in a risky place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Amber with dark text reads the same on light and dark themes.
        self.setStyleSheet("#banner { background: #fff3cd; border: 1px solid #e0b94f; }"
                           " #banner QLabel { color: #3d2e00; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(8, 4, 8, 4)
        self._row.addWidget(self.label, 1)
        self._buttons: list[QPushButton] = []
        self.hide()

    def show_message(self, text: str, actions: list[tuple[str, Callable[[], None]]] = ()) -> None:
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        self.label.setText(text)
        for label, slot in actions:
            button = QPushButton(label, self)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            self._row.addWidget(button)
            self._buttons.append(button)
        self.show()

    def button(self, text: str) -> QPushButton | None:
        return next((b for b in self._buttons if b.text() == text), None)

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""
