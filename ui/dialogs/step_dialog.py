"""One workflow step on an incident: call out, arrived, resolved, close, reopen, cancel.

The form asks only what the step needs (the vendor for a call-out, cause and
resolution for "Resolved") plus when it happened and an optional note; the
workflow service decides whether the step is allowed and stamps the times.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.records import IncidentRecord
from desktop_app.services import Services
from desktop_app.services.workflow import action_label
from ui import prompts
from ui.dialogs import quick_forms
from ui.dialogs.saving import Saving
from ui.widgets.date_edit import DateTimeEdit
from ui.widgets.form import FieldErrors, FieldForm, error_label
from ui.widgets.picker import RecordPicker


def _box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def read_step_form(services: Services, target: str) -> list[Any] | None:
    """What the step's form offers: the vendors to call out (for that step only).  For
    ``ui.ops.open_form``: on a server this runs off the GUI thread."""
    return services.vendors.list() if target == "called_out" else None


class StepDialog(QDialog):
    def __init__(self, services: Services, incident: IncidentRecord, target: str,
                 parent: QWidget | None = None, vendors: list[Any] | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.incident = incident
        self.target = target
        self.saved: IncidentRecord | None = None
        self.print_form = False  # a call-out chosen with "Call out and print"
        self._time_touched = False
        step = action_label(incident.status, target)
        label = {"Call out vendor": self.tr("Call out vendor"),
                 "Engineer arrived": self.tr("Engineer arrived"),
                 "Waiting for parts": self.tr("Waiting for parts"), "Resolved": self.tr("Resolved"),
                 "Close": self.tr("Close"), "Cancel incident": self.tr("Cancel incident"),
                 "Reopen": self.tr("Reopen"), "Parts arrived": self.tr("Parts arrived")}.get(step, step)
        self.setWindowTitle(f"{label} - {incident.ref}")
        self.setMinimumWidth(460)

        self.general_error = error_label()
        self.errors = FieldErrors(self.general_error)
        form = FieldForm(errors=self.errors)
        heading = QLabel(f"<b>{incident.ref}</b> {html.escape(incident.title)}")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(heading)

        self.vendor: RecordPicker | None = None
        self.vendor_ref: QLineEdit | None = None
        self.cause: QPlainTextEdit | None = None
        self.resolution: QPlainTextEdit | None = None
        if target == "called_out":
            rows: list[tuple[object, str, str]] = [(None, self.tr("(choose a vendor)"), "")]
            for vendor in vendors if vendors is not None else read_step_form(services, target) or []:
                suffix = (self.tr(" - responds within %s h") % f"{vendor.response_hours:g}"
                          if vendor.response_hours else "")
                rows.append((vendor.id, vendor.name + suffix, f"{vendor.name} {vendor.phone}"))
            self.vendor = RecordPicker(rows, self.tr("New vendor\u2026"),
                                       lambda parent: quick_forms.new_vendor(services, parent))
            self.vendor.setObjectName("vendorPicker")
            self.vendor.set_current_id(incident.vendor_id)
            self.vendor_ref = QLineEdit(incident.vendor_ref)
            self._row(form, "vendor", self.tr("&Vendor *"), self.vendor)
            self.vendor_hint = QLabel(self.tr("No vendor yet? Add one with \u201cNew vendor\u2026\u201d: "
                                              "a name and a phone number are enough."))
            self.vendor_hint.setWordWrap(True)
            form.addRow("", self.vendor_hint)
            self._row(form, "vendor_ref", self.tr("Vendor's &job ref"), self.vendor_ref)
            self.vendor.changed.connect(self._update_ok)
            self.vendor.changed.connect(lambda: self.errors.clear_field("vendor"))
        if target == "resolved":
            self.cause = _box(2)
            self.cause.setPlainText(incident.cause)
            self.resolution = _box(3)
            self.resolution.setPlainText(incident.resolution)
            self._row(form, "cause", self.tr("&Cause found"), self.cause)
            self._row(form, "resolution", self.tr("&Resolution *"), self.resolution)
            self.resolution.textChanged.connect(self._update_ok)
            self.resolution.textChanged.connect(lambda: self.errors.clear_field("resolution"))
            self.resolution_hint = QLabel(self.tr("Say what was done (Resolution) to mark it resolved."))
            self.resolution_hint.setWordWrap(True)
            form.addRow("", self.resolution_hint)

        self.when = DateTimeEdit(QDateTime.currentDateTime())
        self.when.dateTimeChanged.connect(self._touched)
        self.when.dateTimeChanged.connect(lambda _v: self.errors.clear_field("at"))
        self._row(form, "at", self.tr("&When"), self.when)
        self.note = _box(2)
        self._row(form, "note", self.tr("&Note"), self.note)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(label)
        if target == "called_out":
            # The engineer needs the form: printing is part of calling out, not an afterthought.
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
                self.tr("Call out and &print\u2026"))
            only = self.buttons.addButton(self.tr("Call out &only"), QDialogButtonBox.ButtonRole.ActionRole)
            only.setObjectName("callOutOnlyButton")
            only.setAutoDefault(False)
            only.clicked.connect(self._call_out_only)
            self._call_out_only_button = only
        if target == "cancelled":
            # "Cancel" beside "Cancel incident" would be a trap: name the way back plainly.
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep it open"))
            note = QLabel(self.tr("The incident stays in the log, marked cancelled."))
            form.addRow(note)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.saving = Saving(self, self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _row(self, form: FieldForm, field: str, text: str, widget: QWidget) -> None:
        form.add(field, text, widget)

    def _touched(self) -> None:
        self._time_touched = True

    def _update_ok(self) -> None:
        ok = True
        if self.vendor is not None:
            ok = self.vendor.current_id() is not None
            self.vendor_hint.setVisible(not ok)  # a greyed button always says what it waits for
            self._call_out_only_button.setEnabled(ok)
        if self.resolution is not None:
            ok = bool(self.resolution.toPlainText().strip())
            self.resolution_hint.setVisible(not ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _call_out_only(self) -> None:
        self._save(print_form=False)

    def reject(self) -> None:
        typed = [self.note.toPlainText()]
        if self.resolution is not None and self.cause is not None:
            typed += [self.resolution.toPlainText() != self.incident.resolution,
                      self.cause.toPlainText() != self.incident.cause]
        if any(typed) and not prompts.confirm(self, self.windowTitle(),
                                              self.tr("Discard what you typed in this form?")):
            return
        super().reject()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {"note": self.note.toPlainText()}
        # The widget shows minutes only; unless the user picked a time, let the
        # service stamp "now" to the second so steps stay in order.
        if self._time_touched:
            values["at"] = self.when.dateTime().toPython()
        if self.vendor is not None and self.vendor_ref is not None:
            values["vendor"] = self.vendor.current_id()
            values["vendor_ref"] = self.vendor_ref.text()
        if self.cause is not None and self.resolution is not None:
            values["cause"] = self.cause.toPlainText()
            values["resolution"] = self.resolution.toPlainText()
        return values

    def accept(self) -> None:
        self._save(print_form=self.target == "called_out")

    def _save(self, print_form: bool) -> None:
        if self.saving.busy or self.saving.done:
            return
        self.errors.clear()
        self.print_form = print_form  # read by whoever opened the dialog, once it is accepted
        incident_id, target, values = self.incident.id, self.target, self.values()
        author, workflow = self.services.author(), self.services.workflow

        def step() -> IncidentRecord:
            return workflow.transition(incident_id, target, author=author, **values)

        # On a shared database the step's transaction is several network round trips: it runs on
        # a worker while the window stays live; a refusal is shown beside its field either way.
        self.saving.start(self.services, step, self._stored, self.errors.show)

    def _stored(self, record: IncidentRecord) -> None:
        self.saved = record
        QDialog.accept(self)
