"""The one inline-error form helper: labelled rows with a message slot under each field.

A dialog adds its fields by the service's field name ("tag", "warranty_end",
...), so a ``ValidationError(field, message)`` from the service lands right
beside the input it is about; an error naming no field goes to the form-wide label.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.errors import ServiceError, ValidationError
from ui.wrapping_label import WrappingLabel


def error_colour(widget: QWidget) -> str:
    # A red that stays readable on both light and dark window backgrounds.
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return "#ff8a80" if dark else "#b00020"


def muted_colour(palette: QPalette) -> str:
    """Secondary text: two thirds of the way from the background to the text colour,
    so hints and labels stay readable on light and dark palettes alike (the
    "disabled" grey is too faint to read comfortably)."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return QColor(
        round(base.red() + (text.red() - base.red()) * 0.65),
        round(base.green() + (text.green() - base.green()) * 0.65),
        round(base.blue() + (text.blue() - base.blue()) * 0.65),
    ).name()


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {muted_colour(label.palette())};")
    return label


def on_change(widget: QWidget, slot: Callable[[], None]) -> None:
    """Call ``slot`` whenever the user changes ``widget`` (whatever kind of input it is)."""
    for signal in ("textChanged", "changed", "currentTextChanged", "currentIndexChanged",
                   "dateTimeChanged", "dateChanged", "valueChanged", "toggled"):
        if hasattr(widget, signal):
            getattr(widget, signal).connect(lambda *_: slot())
            return


def error_label(parent: QWidget | None = None) -> QLabel:
    """The form-wide message under a form, for an error that names no field of it."""
    label = WrappingLabel("", parent)
    label.setObjectName("error_general")
    # A red strip with light text reads in light and dark palettes alike.
    label.setStyleSheet("color: white; background: #c62828; padding: 2px 6px; border-radius: 3px;")
    label.setVisible(False)
    return label


def with_error(widget: QWidget, name: str = "", note: str = "", caption: str = "") -> tuple[QWidget, QLabel]:
    """``widget`` with an optional permanent ``note`` and its (hidden) error message under it, as
    one form cell: a hidden message inside the cell takes no room, a separate row would."""
    cell = QWidget()
    box = QVBoxLayout(cell)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(widget)
    if note:
        box.addWidget(hint_label(note))
    error = QLabel()
    error.setObjectName(f"error_{name}")
    error.setWordWrap(True)
    error.setStyleSheet(f"color: {error_colour(widget)};")
    error.setAccessibleName(caption or name)
    error.hide()
    box.addWidget(error)
    cell.setFocusProxy(widget)
    return cell, error


class FieldErrors:
    """The service's messages beside the inputs they are about.

    Inputs are registered under the service's field name; ``show(error)`` puts a
    ``ValidationError(field, message)`` under its input and focuses it, and anything else
    (or a field this form does not have) in the form-wide ``general`` label."""

    def __init__(self, general: QLabel | None = None) -> None:
        self._general = general
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def register(self, field: str, widget: QWidget, label: QLabel) -> None:
        self._fields[field] = (widget, label)
        on_change(widget, lambda: self.clear_field(field))  # the message goes with the fix

    def clear_field(self, field: str) -> None:
        """Hide the message beside ``field`` (the user is correcting it)."""
        entry = self._fields.get(field)
        if entry is not None and entry[1].text():
            entry[1].clear()
            entry[1].setVisible(False)

    def clear(self) -> None:
        for _widget, label in self._fields.values():
            label.clear()
            label.setVisible(False)
        if self._general is not None:
            self._general.clear()
            self._general.setVisible(False)

    def show_error(self, field: str, message: str) -> bool:
        """Show ``message`` beside ``field``; False when there is no such field."""
        if field not in self._fields:
            return False
        widget, label = self._fields[field]
        label.setText(message)
        label.setVisible(True)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show(self, error: ServiceError) -> None:
        self.clear()
        field = error.field if isinstance(error, ValidationError) else ""
        if not self.show_error(field, str(error)) and self._general is not None:
            self._general.setText(str(error))
            self._general.setVisible(True)

    def adopt(self, other: FieldErrors) -> None:
        """Take over the fields registered with ``other`` (a form laid out elsewhere in the dialog)."""
        self._fields.update(other._fields)

    def message_for(self, field: str) -> str:
        """The message shown beside ``field`` (empty when none): what the user reads."""
        entry = self._fields.get(field)
        return entry[1].text() if entry is not None and not entry[1].isHidden() else ""

    @property
    def general_message(self) -> str:
        return self._general.text() if self._general is not None else ""


class FieldForm(QFormLayout):
    """Labelled rows, each with its inline message slot; ``errors`` may be shared between the
    forms of one dialog (two columns, several group boxes)."""

    def __init__(self, parent: QWidget | None = None, errors: FieldErrors | None = None) -> None:
        super().__init__(parent)
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.errors = errors if errors is not None else FieldErrors()
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.required: dict[str, QWidget] = {}

    def add(self, name: str, label: str, widget: QWidget, required: bool = False,
            note: str = "", cell: QWidget | None = None) -> QWidget:
        """Add a labelled row; ``note`` is a permanent hint shown under the field, ``cell`` what
        to lay out in place of ``widget`` when the input sits inside something larger."""
        caption = QLabel(label + (" *" if required else ""))
        caption.setBuddy(widget)
        if required:
            font = caption.font()
            font.setBold(True)
            caption.setFont(font)
        holder, error = with_error(cell if cell is not None else widget, name, note, label.replace("&", ""))
        self.addRow(caption, holder)
        self.errors.register(name, widget, error)
        self.fields[name] = widget
        self.labels[name] = caption
        if required:
            self.required[name] = widget
        return widget

    def show_error(self, name: str, message: str) -> bool:
        """Show ``message`` beside field ``name``; False when there is no such field."""
        return self.errors.show_error(name, message)

    def error_text(self, name: str) -> str:
        return self.errors.message_for(name)

    def clear_errors(self) -> None:
        self.errors.clear()
