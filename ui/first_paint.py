"""Run work just after a widget first reaches the screen.

Start-up shows the incidents first; figures that only decorate them (the status
bar's "N open · M overdue", the filter's counts) are read once that first frame
is up, so the user sees rows without waiting for counts of 100,000 incidents.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After the whole frame is painted, not in the middle of it; the widget is the
            # context, so nothing runs if it is gone by then.
            QTimer.singleShot(0, self.parent(), self._callback)
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, as soon as ``widget`` has been painted for the first time."""
    if widget.isVisible() and not widget.visibleRegion().isEmpty():
        QTimer.singleShot(0, widget, callback)  # already on screen: its first frame is past
        return
    _FirstPaint(widget, callback)
