"""What the window asks of every page in its side bar."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QSettings


class Page(Protocol):
    """A page of the window (IncidentsPage, the register pages): a QWidget that reloads on
    request, keeps its own state in the user's QSettings, and says when it wrote something
    (its ``changed`` signal) so the window refreshes the others."""

    changed: Any  # a Signal instance: the window connects to it

    def refresh(self) -> None: ...

    def save_state(self, settings: QSettings) -> None: ...

    def restore_state(self, settings: QSettings) -> None: ...
