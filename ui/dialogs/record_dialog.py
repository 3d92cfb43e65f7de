"""What every record dialog shares: a field form, OK/Cancel, and service errors shown inline.

The save itself goes through ``Saving`` (ui/dialogs/saving.py): off the GUI thread on a
database server, one at a time, with a refusal shown in the dialog and nothing typed lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import Conflict, ServiceError, ValidationError
from ui import prompts
from ui.dialogs.conflict_dialog import EditGuard
from ui.dialogs.saving import Saving
from ui.live import ChangedElsewhereNote
from ui.widgets.form import FieldForm, error_label, hint_label


class RecordDialog(QDialog):
    """Subclasses build their fields into ``self.form`` and implement ``save_call()``.

    ``save_call()`` reads the form and returns the service call that stores it (run on a
    worker on a database server); a ``ValidationError`` is shown next to the field it names
    (or at the bottom if no field matches) and the dialog stays open, so nothing is saved
    until the user fixes it.  ``after_save(record)`` runs on the GUI thread once it is stored.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.saved: object | None = None
        # Set by finish_layout for a dialog editing a stored record (``self.record``).
        self.guard: EditGuard | None = None
        self.changed_note: ChangedElsewhereNote | None = None
        self.form = FieldForm()
        self._extra_forms: list[FieldForm] = []
        self.general_error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        # Enter in any single-line field means OK (when OK is enabled).
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.saving = Saving(self, self.buttons)
        self._layout = QVBoxLayout(self)
        self.required_note = hint_label(self.tr("Fields marked * are required."))

    def finish_layout(self, body: QWidget | None = None) -> None:
        """Place the form (or ``body`` holding it), the messages and the buttons."""
        if body is None:
            holder = QWidget()
            holder.setLayout(self.form)
            body = holder
        self._layout.addWidget(body, 1)
        self._layout.addWidget(self.general_error)
        self._layout.addWidget(self.required_note)
        self._layout.addWidget(self.buttons)
        for widget in self.form.required.values():
            self._watch(widget)
        self.update_ok()
        self._initial = self.snapshot()
        record = getattr(self, "record", None)
        if record is not None:
            # The version the form was filled from: a save from it never overwrites a newer one.
            self.guard = EditGuard(self, record)
            self.guard.opened()

    # -- what the conflict flow needs (see ui/dialogs/conflict_dialog.py) ------------------------
    def field_widgets(self) -> dict[str, QWidget]:
        return dict(self.form.fields)

    def field_labels(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.form.labels.items()}

    def twin(self, record: object) -> RecordDialog:
        """The same dialog showing ``record`` (another PC's version), never shown."""
        return type(self)(self.services, record, self.parentWidget())  # type: ignore[attr-defined,call-arg]

    def finish(self, record: object) -> None:
        """Close as saved, showing ``record`` (their version, kept)."""
        self.saved = record
        QDialog.accept(self)

    def show_conflict_error(self, err: ServiceError) -> None:
        self.show_failure(err)

    def changed_values(self) -> dict[str, object]:
        """For an edit: only the fields the user changed; the version goes with them."""
        return self.guard.changes() if self.guard is not None else dict(self.values())  # type: ignore[attr-defined]

    @property
    def opened_version(self) -> int | None:
        return self.guard.version if self.guard is not None else None

    def watch_record(self, noun: str, fetch: Callable[[], object], seen: object = None) -> None:
        """Say so (a note at the top) if the record being edited changes on another PC; ``seen``
        is the record as the form was filled from it (read again here without it)."""
        self.changed_note = ChangedElsewhereNote(noun, fetch, self, seen=seen)
        self._layout.insertWidget(0, self.changed_note)


    def snapshot(self) -> object:
        """What the form holds now (``values()`` where the dialog has it), to see edits."""
        values = getattr(self, "values", None)
        return values() if callable(values) else None

    def is_dirty(self) -> bool:
        return self.snapshot() != getattr(self, "_initial", None)

    def reject(self) -> None:
        """Escape, Cancel or the close button: a filled-in form is not thrown away unasked."""
        if self.is_dirty() and not prompts.confirm(
                self, self.windowTitle(), self.tr("Discard what you typed in this form?")):
            return
        super().reject()

    def adopt(self, other: FieldForm) -> FieldForm:
        """Let ``self.form`` find (and clear) the fields of another form laid out elsewhere."""
        main = self.form
        for attr in ("fields", "labels", "required"):
            getattr(main, attr).update(getattr(other, attr))
        main.errors.adopt(other.errors)
        self._extra_forms.append(other)
        return main

    def clear_errors(self) -> None:
        for form in [self.form, *self._extra_forms]:
            FieldForm.clear_errors(form)

    def two_columns(self, right: FieldForm) -> QWidget:
        """Lay ``self.form`` and ``right`` side by side; errors for either land inline."""
        left = self.adopt(right)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        for column, form in enumerate((left, right)):
            holder = QWidget()
            holder.setLayout(form)
            grid.addWidget(holder, 0, column, Qt.AlignmentFlag.AlignTop)
        return body

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.textChanged.connect(self.update_ok)
        elif isinstance(widget, QComboBox):
            widget.currentTextChanged.connect(self.update_ok)

    @staticmethod
    def _filled(widget: QWidget) -> bool:
        if isinstance(widget, QLineEdit):
            return bool(widget.text().strip())
        if isinstance(widget, QPlainTextEdit):
            return bool(widget.toPlainText().strip())
        if isinstance(widget, QComboBox):
            return bool(widget.currentText().strip())
        return True

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def update_ok(self) -> None:
        self.ok_button().setEnabled(all(self._filled(w) for w in self.form.required.values()))

    def save_call(self) -> Callable[[], Any]:  # pragma: no cover - every dialog overrides it
        raise NotImplementedError

    def after_save(self, record: Any) -> None:
        """Once the record is stored (on the GUI thread): what is not in the database."""

    def show_failure(self, err: ServiceError) -> None:
        self.general_error.hide()
        field = err.field if isinstance(err, ValidationError) else ""
        self.clear_errors()
        if not self.form.show_error(field, str(err)):
            self.general_error.setText(str(err))
            self.general_error.show()

    def accept(self) -> None:
        if not self.ok_button().isEnabled() or self.saving.busy or self.saving.done:
            return
        self.clear_errors()
        self.general_error.hide()
        self.saving.start(self.services, self.save_call(), self._stored,  # type: ignore[attr-defined]
                          self._refused)

    def _stored(self, record: Any) -> None:
        self.saved = record
        self.after_save(record)
        QDialog.accept(self)

    def _refused(self, err: ServiceError) -> None:
        if isinstance(err, Conflict) and self.guard is not None:
            self.guard.conflict(err)
        else:
            self.show_failure(err)

    def field_error(self, name: str) -> str:
        """The message shown beside ``name`` (what the user sees; used by tests too)."""
        return self.form.error_text(name)

    @staticmethod
    def line(text: str = "", placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        return edit

    @staticmethod
    def notes(text: str = "", rows: int = 3) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * rows + 14)
        return edit

    @staticmethod
    def combo_for(items: list[tuple[str, object]], current: object = None,
                  editable: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(editable)
        for label, data in items:
            combo.addItem(label, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return combo
