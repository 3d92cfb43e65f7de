"""Saving a record someone else changed meanwhile: never overwrite, show both, let the user choose.

Every edit dialog (incident, asset, vendor, site, person) keeps an ``EditGuard``: the version
and the form values it opened with.  A save sends only the fields the user changed, with that
version; the service refuses it (``Conflict``) when the record moved on.  When the other
person's change touched none of the dialog's fields (a note, a cost, a step on an incident) the
changes are simply applied on top; otherwise ``ConflictDialog`` shows their values beside
yours and offers: keep theirs, apply mine on top, or go back to editing (their values filled
into the fields you had not touched).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import format_date
from desktop_app.services.errors import Conflict
from ui.widgets.date_edit import OptionalDateEdit


class Choice(Enum):
    KEEP_THEIRS = "keep_theirs"
    APPLY_MINE = "apply_mine"
    EDIT = "edit"


@dataclass(frozen=True)
class FieldChange:
    """One field as the other person saved it and as this dialog has it."""

    name: str
    label: str
    theirs: str
    mine: str
    they_changed: bool
    i_changed: bool


def widget_text(widget: QWidget) -> str:
    """What the user sees in a field, as one line of text for the comparison table."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, (QSpinBox, QDateTimeEdit)):
        return widget.text()
    if isinstance(widget, OptionalDateEdit):
        value = widget.date()
        return format_date(value) if value else QCoreApplication.translate("ConflictDialog", "No date")
    return ""


def copy_value(source: QWidget, target: QWidget) -> None:
    """Put ``source``'s value (a field of the other person's version) into ``target``."""
    if isinstance(source, QLineEdit) and isinstance(target, QLineEdit):
        target.setText(source.text())
    elif isinstance(source, QPlainTextEdit) and isinstance(target, QPlainTextEdit):
        target.setPlainText(source.toPlainText())
    elif isinstance(source, QComboBox) and isinstance(target, QComboBox):
        index = target.findData(source.currentData())
        if index < 0 or source.currentData() is None and source.currentText():
            index = target.findText(source.currentText())
        if index >= 0:
            target.setCurrentIndex(index)
        elif target.isEditable():
            target.setCurrentText(source.currentText())
    elif isinstance(source, QSpinBox) and isinstance(target, QSpinBox):
        target.setValue(source.value())
    elif isinstance(source, QDateTimeEdit) and isinstance(target, QDateTimeEdit):
        target.setDateTime(source.dateTime())
    elif isinstance(source, OptionalDateEdit) and isinstance(target, OptionalDateEdit):
        target.set_date(source.date())


def plain_label(text: str) -> str:
    """A form label without its mnemonic and required marks."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(" *").strip()


class ConflictDialog(QDialog):
    """Their values beside mine, and the three ways on; ``choice`` says which was taken."""

    def __init__(self, sentence: str, changes: list[FieldChange], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setModal(True)
        self.choice: Choice | None = None
        self.changes = changes
        self.message = QLabel(sentence + " " + self.tr(
            "Their version is saved; yours is not yet. Compare them and choose how to go on."))
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Theirs (saved)"), self.tr("Yours")])
        bold = QFont()
        bold.setBold(True)
        for change in changes:
            cells = [QStandardItem(change.label), QStandardItem(change.theirs), QStandardItem(change.mine)]
            for item in cells:
                item.setEditable(False)
                item.setToolTip(item.text())
            # What each side changed stands out; a field both changed is the one to look at.
            if change.they_changed:
                cells[1].setFont(bold)
            if change.i_changed:
                cells[2].setFont(bold)
            self.model.appendRow(cells)
        self.table = QTableView()
        self.table.setObjectName("conflictTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

        self.buttons = QDialogButtonBox()
        self.apply_button = self._button(self.tr("&Apply mine on top"), Choice.APPLY_MINE,
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button = self._button(self.tr("&Keep theirs"), Choice.KEEP_THEIRS,
                                        QDialogButtonBox.ButtonRole.DestructiveRole)
        self.edit_button = self._button(self.tr("Go &back to editing"), Choice.EDIT,
                                        QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button.setToolTip(self.tr("Save the fields you changed over their version; "
                                             "the fields only they changed keep their values."))
        self.keep_button.setToolTip(self.tr("Drop your changes and close the form."))
        self.edit_button.setToolTip(self.tr("Return to the form, with their values in the fields "
                                            "you had not touched."))
        # Escape (reject) is the safe way out: back to the form, nothing lost.
        self.rejected.connect(lambda: self._take(Choice.EDIT) if self.choice is None else None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(720, min(520, 160 + 34 * max(len(changes), 2)))

    def _button(self, text: str, choice: Choice, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.setObjectName(f"conflict_{choice.value}")
        button.clicked.connect(lambda: self._take(choice))
        return button

    def _take(self, choice: Choice) -> None:
        if self.choice is not None:
            return
        self.choice = choice
        self.done(QDialog.DialogCode.Rejected if choice is Choice.EDIT else QDialog.DialogCode.Accepted)

    def rows(self) -> list[tuple[str, str, str]]:
        """(field, theirs, mine) as shown; tests read this."""
        return [tuple(self.model.item(r, c).text() for c in range(3))  # type: ignore[misc]
                for r in range(self.model.rowCount())]


class EditGuard:
    """The version and values an edit dialog opened with, and what a save does on a conflict.

    ``dialog`` provides ``values()`` (the form as the service takes it), ``field_widgets()``
    and ``field_labels()`` (by the same names), ``twin(record)`` (a hidden copy of the dialog
    showing another version of the record) and ``finish(record)`` (close as saved).
    """

    def __init__(self, dialog: Any, record: Any) -> None:
        self.dialog = dialog
        self.version: int | None = getattr(record, "version", None) if record is not None else None
        self.baseline: dict[str, Any] = {}
        self.conflict_dialog: ConflictDialog | None = None
        self.extra_diff: Callable[[Any], FieldChange | None] | None = None
        self.extra_merge: Callable[[Any], None] | None = None
        self._twin: Any = None

    def opened(self) -> None:
        """Call once the form shows the record: what the user changes is measured from here."""
        self.baseline = dict(self.dialog.values())

    def changes(self) -> dict[str, Any]:
        """The fields the user changed since the form was filled (only these are sent)."""
        return {k: v for k, v in self.dialog.values().items()
                if k not in self.baseline or self.baseline[k] != v}

    def conflict(self, err: Conflict) -> None:
        """A save was refused because the record moved on: merge quietly, or ask."""
        current = err.current
        if current is None:  # cannot compare: show the sentence as any other refusal
            self.dialog.show_conflict_error(err)
            return
        twin = self.dialog.twin(current)
        try:
            theirs = dict(twin.values())
            mine = dict(self.dialog.values())
            widgets, their_widgets = self.dialog.field_widgets(), twin.field_widgets()
            labels = self.dialog.field_labels()
            rows: list[FieldChange] = []
            for name in widgets:
                they = name in theirs and theirs.get(name) != self.baseline.get(name, theirs.get(name))
                me = name in mine and mine.get(name) != self.baseline.get(name)
                if they or me:
                    rows.append(FieldChange(name, plain_label(labels.get(name, name)),
                                            widget_text(their_widgets[name]), widget_text(widgets[name]),
                                            they, me))
            extra = self.extra_diff(current) if self.extra_diff else None
            if extra is not None:
                rows.append(extra)
            their_fields = {r.name for r in rows if r.they_changed}
            if not their_fields:
                # Their write touched nothing this form shows: mine goes on top, nothing asked.
                self.version = current.version
                self.dialog.accept()
                return
            dialog = ConflictDialog(str(err), rows, self.dialog)
            self.conflict_dialog = dialog
            dialog.finished.connect(
                lambda _code: self._chosen(dialog, current, their_fields, theirs, their_widgets))
            self._twin = twin  # its widgets are read again when the choice is made
            dialog.open()
        except Exception:
            twin.deleteLater()
            raise

    def _chosen(self, dialog: ConflictDialog, current: Any, their_fields: set[str],
                theirs: dict[str, Any], their_widgets: dict[str, QWidget]) -> None:
        twin, self._twin = self._twin, None
        choice = dialog.choice or Choice.EDIT
        self.conflict_dialog = None
        dialog.deleteLater()
        try:
            if choice is Choice.KEEP_THEIRS:
                self.dialog.finish(current)
                return
            self.version = current.version
            if choice is Choice.APPLY_MINE:
                self.dialog.accept()  # the same changes again, now on top of their version
                return
            # Back to the form: their values where the user had not typed, and measure from theirs.
            widgets = self.dialog.field_widgets()
            mine = dict(self.dialog.values())
            for name in their_fields:
                if name in widgets and mine.get(name) == self.baseline.get(name):
                    copy_value(their_widgets[name], widgets[name])
            if self.extra_merge is not None:
                self.extra_merge(current)
            self.baseline = {**self.baseline, **theirs}
        finally:
            if twin is not None:
                twin.deleteLater()

