"""A dialog's save while it is in flight: one at a time, its buttons held, and it says so.

Every edit dialog saves through ``Saving.start`` (which hands the service call to
``ops.write``): on a local file the save runs at once as it always has; on a database server it
runs off the GUI thread, and meanwhile the dialog stays live but its buttons are greyed, OK reads
"Saving…", and Escape or the close button wait for the answer, so a second click never saves
twice and nothing closes under a save that may still land.  A refusal gives the buttons back
with everything typed still in place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

from desktop_app.services.errors import ServiceError
from ui import ops


class Saving(QObject):
    """``Saving(dialog, buttons)``; ``start(services, call, on_done, on_refused)`` per save."""

    def __init__(self, dialog: QDialog, buttons: QDialogButtonBox) -> None:
        super().__init__(dialog)
        self.dialog, self.buttons = dialog, buttons
        self.busy = False
        self.done = False  # saved: a click that arrives after the dialog closed saves nothing
        self.op: ops.Op | None = None
        self._held: list[tuple[QPushButton, bool, str]] = []

    def start(self, services: Any, call: Callable[[], Any], on_done: Callable[[Any], None],
              on_refused: Callable[[ServiceError], None]) -> bool:
        """Save with ``call()`` unless a save is in flight or done; False when it was ignored."""
        if self.busy or self.done:
            return False
        self.busy = True
        self._hold()

        def finished(result: Any) -> None:
            self.busy, self.done, self.op = False, True, None
            self._release()
            on_done(result)

        def refused(err: ServiceError) -> None:
            self.busy, self.op = False, None
            self._release()
            on_refused(err)

        try:
            self.op = ops.write(self.dialog, services, call, finished, refused)
        except BaseException:
            self.busy = False
            self._release()
            raise
        return True

    # -- while it is in flight ---------------------------------------------------------------
    def _hold(self) -> None:
        ok = (self.buttons.button(QDialogButtonBox.StandardButton.Ok)
              or self.buttons.button(QDialogButtonBox.StandardButton.Save))
        self._held = [(b, b.isEnabled(), b.text()) for b in self.buttons.buttons()]
        for button in self.buttons.buttons():
            button.setEnabled(False)
        if ok is not None:
            ok.setText(self.tr("Saving\u2026"))
        self.dialog.setCursor(Qt.CursorShape.BusyCursor)
        self.dialog.installEventFilter(self)

    def _release(self) -> None:
        self.dialog.removeEventFilter(self)
        self.dialog.unsetCursor()
        for button, enabled, text in self._held:
            button.setText(text)
            button.setEnabled(enabled)
        self._held = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Escape and the title bar's close button wait for the save: it may still land.
        if watched is self.dialog and self.busy:
            if event.type() == QEvent.Type.Close:
                event.ignore()
                return True
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]
                return True
        return super().eventFilter(watched, event)
