"""Labelled form rows with an inline message slot beside each field.

A dialog adds its fields by the service's field name ("tag", "warranty_end",
...), so a ``ValidationError(field, message)`` from the service lands right
beside the input it is about.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget


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


class FieldForm(QFormLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.required: dict[str, QWidget] = {}

    def add(self, name: str, label: str, widget: QWidget, required: bool = False,
            note: str = "") -> QWidget:
        """Add a labelled row; ``note`` is a permanent hint shown under the field."""
        caption = QLabel(label + (" *" if required else ""))
        caption.setBuddy(widget)
        if required:
            font = caption.font()
            font.setBold(True)
            caption.setFont(font)
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
        error.setAccessibleName(label)
        error.hide()
        box.addWidget(error)
        self.addRow(caption, cell)
        on_change(widget, error.hide)  # the message goes as soon as the user corrects the field
        self.fields[name] = widget
        self.labels[name] = caption
        self.errors[name] = error
        if required:
            self.required[name] = widget
        return widget

    def show_error(self, name: str, message: str) -> bool:
        """Show ``message`` beside field ``name``; False when there is no such field."""
        label = self.errors.get(name)
        if label is None:
            return False
        label.setText(message)
        label.show()
        widget = self.fields[name]
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def error_text(self, name: str) -> str:
        label = self.errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
