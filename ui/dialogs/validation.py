"""Inline validation for forms: the service's message appears next to its field.

A dialog registers each input under the service's field name; when a service
raises ``ValidationError(field, message)`` the message is shown in a red label
right under that input and the input gets the focus.  Errors without a known
field go to the form-wide label at the bottom.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.services.errors import ServiceError, ValidationError
from ui.widgets.form import on_change
from ui.wrapping_label import WrappingLabel


def error_label(parent: QWidget | None = None) -> QLabel:
    label = WrappingLabel("", parent)
    # A red strip with light text reads in light and dark palettes alike.
    label.setStyleSheet("color: white; background: #c62828; padding: 2px 6px; border-radius: 3px;")
    label.setVisible(False)
    return label


def with_error(widget: QWidget) -> tuple[QWidget, QLabel]:
    """``widget`` with its (hidden) error label right under it, as one form cell.

    A hidden label inside the cell takes no room; a separate form row would.
    """
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    label = error_label()
    column.addWidget(label)
    cell.setFocusProxy(widget)
    return cell, label


class FieldErrors:
    """Maps service field names to (input, error label) and shows/clears messages."""

    def __init__(self, general: QLabel) -> None:
        self._general = general
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def register(self, field: str, widget: QWidget, label: QLabel) -> None:
        self._fields[field] = (widget, label)
        on_change(widget, lambda: self.clear_field(field))  # the message goes with the fix

    def clear(self) -> None:
        for _widget, label in self._fields.values():
            label.clear()
            label.setVisible(False)
        self._general.clear()
        self._general.setVisible(False)

    def clear_field(self, field: str) -> None:
        """Hide the message beside ``field`` (the user is correcting it)."""
        entry = self._fields.get(field)
        if entry is not None and entry[1].text():
            entry[1].clear()
            entry[1].setVisible(False)

    def show(self, error: ServiceError) -> None:
        self.clear()
        field = error.field if isinstance(error, ValidationError) else ""
        if field in self._fields:
            widget, label = self._fields[field]
            label.setText(str(error))
            label.setVisible(True)
            widget.setFocus()
        else:
            self._general.setText(str(error))
            self._general.setVisible(True)

    def message_for(self, field: str) -> str:
        """The message shown beside ``field`` (empty when none); tests read this."""
        entry = self._fields.get(field)
        return entry[1].text() if entry else ""

    @property
    def general_message(self) -> str:
        return self._general.text()
