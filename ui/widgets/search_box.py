"""A search field that filters as you type, without querying on every keystroke."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 250


class SearchBox(QLineEdit):
    """Emits ``searchChanged`` once the user pauses typing (or presses Enter)."""

    searchChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search…"))
        # One timer, restarted on each keystroke: a query runs only after a pause,
        # so typing "printer" asks the database once instead of seven times.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._emit)
        self.textChanged.connect(self._timer.start)
        self.returnPressed.connect(self._emit)
        self._last: str | None = None

    def _emit(self) -> None:
        self._timer.stop()
        term = self.text().strip()
        if term != self._last:
            self._last = term
            self.searchChanged.emit(term)

    def term(self) -> str:
        return self.text().strip()
