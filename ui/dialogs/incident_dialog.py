"""Log a new incident or edit one: one form, validated by the incident service."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import format_date
from desktop_app.records import PRIORITY_LABELS, IncidentRecord
from desktop_app.services import Services
from desktop_app.services.assets import AssetChoice, AssetRecord
from desktop_app.services.errors import Conflict, ServiceError, ValidationError
from desktop_app.timeutil import to_local
from ui import prompts
from ui.dialogs import quick_forms
from ui.dialogs.conflict_dialog import EditGuard
from ui.dialogs.saving import Saving
from ui.live import ChangedElsewhereNote
from ui.widgets.date_edit import DateTimeEdit
from ui.widgets.form import FieldErrors, FieldForm, error_label, hint_label
from ui.widgets.money import money_text, typed_amount
from ui.widgets.picker import RecordPicker
from ui.wrapping_label import WrappingLabel


def _text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab moves on instead of typing a tab character
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


@dataclass(frozen=True)
class IncidentChoices:
    """What the form offers and shows besides the incident, read in one go (``read``)."""

    people: list[Any]
    vendors: list[Any]
    currency: str
    asset: AssetRecord | None = None  # the incident's asset, or the one it is logged for
    assets: list[AssetChoice] | None = None  # the whole register: read up front on a server only

    @classmethod
    def read(cls, services: Services, asset_id: int | None = None) -> IncidentChoices:
        asset = None
        if asset_id is not None:
            try:
                asset = services.assets.get(asset_id)
            except ServiceError:
                asset = None  # deleted meanwhile: the form opens without it
        # On a local file the register is read when the user goes to the picker (5,000 assets
        # would slow every opening); on a server this runs on a worker, so it comes along.
        return cls(services.people.list(), services.vendors.list(), services.settings.get("currency"),
                   asset, services.assets.choices() if services.is_server else None)


def read_incident_form(services: Services, incident_id: int | None = None,
                       asset_id: int | None = None) -> tuple[IncidentRecord | None, IncidentChoices]:
    """Everything the incident form needs: the incident as stored now (for an edit) and its
    choices.  For ``ui.ops.open_form``: on a server this runs off the GUI thread."""
    incident = services.incidents.get(incident_id) if incident_id is not None else None
    return incident, IncidentChoices.read(services, incident.asset_id if incident else asset_id)


class IncidentDialog(QDialog):
    """``IncidentDialog(services, incident=None, asset_id=None)``; after ``accept`` ``saved``
    holds the record, and ``called_out`` is True when the user chose "Log, call out and print".

    ``choices`` are the pick lists read beforehand (``read_incident_form``); without them the
    dialog reads them itself, which is what a local file does anyway."""

    def __init__(self, services: Services, incident: IncidentRecord | None = None,
                 parent: QWidget | None = None, asset_id: int | None = None,
                 choices: IncidentChoices | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.incident = incident
        if choices is None:
            choices = IncidentChoices.read(services, incident.asset_id if incident else asset_id)
        self.choices = choices
        self.saved: IncidentRecord | None = None
        self.called_out = False
        self.setWindowTitle(self.tr("Edit %s") % incident.ref if incident else self.tr("New incident"))
        self.setMinimumWidth(600)
        self._build()
        self._load_choices()
        self.guard: EditGuard | None = None
        if incident:
            self._fill(incident)
            # The version the form was filled from: a save from it never overwrites a newer one.
            self.guard = EditGuard(self, incident)
            self.guard.opened()
        else:
            self.opened.setDateTime(QDateTime.currentDateTime())
            if asset_id is not None:
                self._select(self.asset, asset_id)
        self._update_ok()
        self._initial = self.values()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What is broken, in a few words"))
        self.asset = RecordPicker([], self.tr("New asset\u2026"),
                                  lambda parent: quick_forms.new_asset(self.services, parent),
                                  load=self._asset_register)
        self.asset.setObjectName("assetPicker")
        self.warranty = WrappingLabel()
        self.reported_by = RecordPicker([], self.tr("New person\u2026"),
                                        lambda parent: quick_forms.new_person(self.services, parent))
        self.reported_by.setObjectName("reportedByPicker")
        self.priority = QComboBox()
        priority_names = {"P1": self.tr("P1 - business stopped"), "P2": self.tr("P2 - serious"),
                          "P3": self.tr("P3 - annoying"), "P4": self.tr("P4 - cosmetic")}
        for key, label in PRIORITY_LABELS.items():
            self.priority.addItem(priority_names.get(key, label), key)
        self.priority.setCurrentIndex(2)
        self.users_affected = QSpinBox()
        self.users_affected.setRange(0, 100000)
        self.users_affected.setValue(1)
        self.vendor = RecordPicker([], self.tr("New vendor\u2026"),
                                   lambda parent: quick_forms.new_vendor(self.services, parent))
        self.vendor.setObjectName("vendorPicker")
        self.vendor_ref = QLineEdit()
        self.opened = DateTimeEdit()
        self.description = _text_box(4)
        self.error_messages = _text_box(2)
        self.tried = _text_box(2)
        self.po_number = QLineEdit()
        self.spend_cap = QLineEdit()
        self.spend_cap.setPlaceholderText(money_text(Decimal(0)))
        self.authorised_by = QLineEdit()

        self.general_error = error_label()
        self.errors = FieldErrors(self.general_error)
        form = FieldForm(errors=self.errors)
        rows: list[tuple[str, str, QWidget]] = [
            ("title", self.tr("&Title *"), self.title),
            ("asset", self.tr("&Asset"), self.asset),
            ("reported_by", self.tr("&Reported by"), self.reported_by),
            ("priority", self.tr("&Priority"), self.priority),
            ("users_affected", self.tr("&Users affected"), self.users_affected),
            ("vendor", self.tr("&Vendor"), self.vendor),
            ("vendor_ref", self.tr("Vendor's &job ref"), self.vendor_ref),
            ("opened_at", self.tr("&Opened at"), self.opened),
            ("description", self.tr("&Description"), self.description),
            ("error_messages", self.tr("&Error messages"), self.error_messages),
            ("tried", self.tr("What was tr&ied"), self.tried),
            ("po_number", self.tr("P&O number"), self.po_number),
            ("spend_cap", self.tr("&Spend cap (not to exceed, %s)") % self.choices.currency,
             self.spend_cap),
            ("authorised_by", self.tr("Aut&horised by"), self.authorised_by),
        ]
        self._widgets = {field: widget for field, _label, widget in rows}
        self._labels = {field: label_text for field, label_text, _widget in rows}
        for field, label_text, widget in rows:
            # The warranty line belongs under the asset it describes.
            form.add(field, label_text, widget, cell=self._asset_box() if field == "asset" else None)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Save") if self.incident else self.tr("Log incident"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.callout_button = None
        if self.incident is None:
            # The usual reason to log a fault: someone has to come. One button does all three.
            self.callout_button = self.buttons.addButton(self.tr("Log, call &out and print\u2026"),
                                                         QDialogButtonBox.ButtonRole.ActionRole)
            self.callout_button.setObjectName("logCallOutButton")
            self.callout_button.setAutoDefault(False)
            self.callout_button.setToolTip(self.tr(
                "Log the incident, call out the chosen vendor now and print the call-out form "
                "for the engineer."))
            self.callout_button.clicked.connect(self.accept_and_call_out)
        self.saving = Saving(self, self.buttons)
        layout = QVBoxLayout(self)
        self.changed_note: ChangedElsewhereNote | None = None
        if self.incident is not None:
            incident_id = self.incident.id
            self.changed_note = ChangedElsewhereNote(self.tr("incident"),
                                                     lambda: self.services.incidents.get(incident_id), self,
                                                     seen=self.incident)
            layout.addWidget(self.changed_note)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(hint_label(self.tr("Only the title (*) is needed to log it; "
                                            "a vendor is needed to call out.")))
        layout.addWidget(self.buttons)

        self.title.textChanged.connect(self._update_ok)
        self.asset.changed.connect(self._asset_changed)

        for a, b in zip(
            [w for _f, _l, w in rows], [w for _f, _l, w in rows][1:], strict=False
        ):
            QWidget.setTabOrder(a, b)

    def _asset_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.asset)
        column.addWidget(self.warranty)
        box.setFocusProxy(self.asset)
        return box

    def _asset_register(self) -> list[Any]:
        assets = self.choices.assets
        if assets is None:
            assets = self.services.assets.choices()
        return [quick_forms.asset_choice(a) for a in assets]

    def _asset_record(self, asset_id: int) -> AssetRecord | None:
        """The chosen asset: the one read with the form, or (another one picked) as stored now."""
        if self.choices.asset is not None and self.choices.asset.id == asset_id:
            return self.choices.asset
        try:
            return self.services.assets.get(asset_id)
        except ServiceError:
            return None

    def _load_choices(self) -> None:
        people, vendors = self.choices.people, self.choices.vendors
        self.asset.model.set_rows([(None, self.tr("(no asset)"), "")])  # the rest on first use
        self.reported_by.model.set_rows([(None, self.tr("(nobody in particular)"), ""),
                                         *((p.id, p.name, f"{p.name} {p.email} {p.phone}") for p in people)])
        self.vendor.model.set_rows([(None, self.tr("(not chosen yet)"), ""),
                                    *((v.id, v.name, f"{v.name} {v.phone}") for v in vendors)])
        for picker in (self.asset, self.reported_by, self.vendor):
            picker.combo.setCurrentIndex(0)
        self._asset_changed()

    def _select(self, picker: RecordPicker | QComboBox, value: Any) -> None:
        if isinstance(picker, QComboBox):
            picker.setCurrentIndex(max(picker.findData(value), 0))
            return
        if picker is self.asset and value is not None and picker.model.row_of(value) < 0:
            # One asset, not the whole register: the list is read when the user goes there.
            asset = self._asset_record(value)
            if asset is not None:
                picker.add_choice(quick_forms.asset_choice(asset))
                return
        if not picker.set_current_id(value) and value is not None:
            # An archived record still linked to this incident: keep it choosable.
            picker.add_choice((value, self.tr("(archived #%s)") % value, ""))

    def _fill(self, rec: IncidentRecord) -> None:
        self.title.setText(rec.title)
        self._select(self.asset, rec.asset_id)
        self._select(self.reported_by, rec.reported_by_id)
        self._select(self.priority, rec.priority)
        self.users_affected.setValue(rec.users_affected)
        self._select(self.vendor, rec.vendor_id)  # after the asset, which may have set it
        self.vendor_ref.setText(rec.vendor_ref)
        local = to_local(rec.opened_at)
        if local is not None:
            self.opened.setDateTime(QDateTime(local.replace(tzinfo=None)))
        self.description.setPlainText(rec.description)
        self.error_messages.setPlainText(rec.error_messages)
        self.tried.setPlainText(rec.tried)
        self.po_number.setText(rec.po_number)
        self.spend_cap.setText(money_text(rec.spend_cap))
        self.authorised_by.setText(rec.authorised_by)

    # -- behaviour ------------------------------------------------------------------------
    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()))

    def _asset_changed(self) -> None:
        asset_id = self.asset.current_id()
        asset = self._asset_record(asset_id) if asset_id is not None else None
        if asset is None:
            self.warranty.setText("")
            self.warranty.setVisible(False)
            return
        # The maintainer of the asset is who gets called: fill it in for the user.
        if asset.vendor_id is not None:
            self._select(self.vendor, asset.vendor_id)
        if asset.warranty_end is None:
            state = self.tr("No warranty recorded.")
        elif asset.under_warranty():
            state = self.tr("Under warranty until %1 - call the manufacturer first.").replace(
                "%1", format_date(asset.warranty_end))
        else:
            state = self.tr("Warranty ended %1.").replace("%1", format_date(asset.warranty_end))
        maintained = self.tr("Maintained by %s.") % asset.vendor_name if asset.vendor_name else ""
        self.warranty.setText(" ".join(part for part in (state, maintained) if part))
        self.warranty.setVisible(True)

    def values(self) -> dict[str, Any]:
        opened = self.opened.dateTime().toPython()
        assert isinstance(opened, dt.datetime)
        values: dict[str, Any] = {
            "title": self.title.text(),
            "asset": self.asset.current_id(),
            "reported_by": self.reported_by.current_id(),
            "priority": self.priority.currentData(),
            "users_affected": self.users_affected.value(),
            "vendor": self.vendor.current_id(),
            "vendor_ref": self.vendor_ref.text(),
            "description": self.description.toPlainText(),
            "error_messages": self.error_messages.toPlainText(),
            "tried": self.tried.toPlainText(),
            "po_number": self.po_number.text(),
            "spend_cap": typed_amount(self.spend_cap),
            "authorised_by": self.authorised_by.text(),
        }
        # Seconds are not shown, so only send the time when the user changed the minute.
        if self.incident is None or to_local(self.incident.opened_at).replace(  # type: ignore[union-attr]
                tzinfo=None, second=0) != opened.replace(second=0, microsecond=0):
            values["opened_at"] = opened.replace(microsecond=0)
        return values

    # -- what the conflict flow needs (see ui/dialogs/conflict_dialog.py) ------------------------
    def field_widgets(self) -> dict[str, QWidget]:
        return {name: w for name, w in self._widgets.items() if name != "opened_at"}

    def field_labels(self) -> dict[str, str]:
        return dict(self._labels)

    def twin(self, record: IncidentRecord) -> IncidentDialog:
        """This dialog showing ``record`` (another PC's version), never shown."""
        return IncidentDialog(self.services, record, self.parentWidget(), choices=self.choices)

    def finish(self, record: IncidentRecord) -> None:
        """Close as saved, showing ``record`` (their version, kept)."""
        self.saved = record
        QDialog.accept(self)

    def show_conflict_error(self, err: ServiceError) -> None:
        self.errors.show(err)

    def accept_and_call_out(self) -> None:
        """Log it, call the vendor out and (through ``called_out``) have the form printed."""
        if self.saving.busy or self.saving.done:
            return
        self.errors.clear()
        if not self.title.text().strip():
            self.errors.show(ValidationError("title", self.tr("Say in a few words what is broken.")))
            return
        if self.vendor.current_id() is None:
            self.errors.show(ValidationError("vendor", self.tr(
                "Choose the vendor to call out, or add one with \u201cNew vendor\u2026\u201d.")))
            return
        incidents, workflow, author = self.services.incidents, self.services.workflow, self.services.author()
        values, vendor, vendor_ref = self.values(), self.vendor.current_id(), self.vendor_ref.text()

        def log_and_call_out() -> tuple[IncidentRecord, IncidentRecord | None, str]:
            created = incidents.create(author=author, **values)  # refused: nothing logged
            try:
                return created, workflow.transition(created.id, "called_out", author=author,
                                                    vendor=vendor, vendor_ref=vendor_ref), ""
            except ServiceError as err:
                return created, None, str(err)

        def logged(outcome: tuple[IncidentRecord, IncidentRecord | None, str]) -> None:
            created, called_out, refusal = outcome
            self.saved = called_out or created
            self.called_out = called_out is not None
            if refusal:
                # Logged but not called out: say so; the incident is there to call out from.
                prompts.show_error(self, self.tr("Call out"), refusal)
            QDialog.accept(self)

        self.saving.start(self.services, log_and_call_out, logged, self.errors.show)

    def is_dirty(self) -> bool:
        return self.values() != self._initial

    def reject(self) -> None:
        """Escape, Cancel or the close button: a filled-in form is not thrown away unasked."""
        if self.is_dirty() and not prompts.confirm(
                self, self.windowTitle(), self.tr("Discard what you typed in this form?")):
            return
        super().reject()

    def accept(self) -> None:
        if self.saving.busy or self.saving.done:
            return
        self.errors.clear()
        incidents, author = self.services.incidents, self.services.author()
        if self.incident is None:
            call = partial(incidents.create, author=author, **self.values())
        else:
            assert self.guard is not None
            # Only what the user changed, from the version the form was filled with.
            call = partial(incidents.update, self.incident.id, author=author,
                           expected_version=self.guard.version, **self.guard.changes())
        self.saving.start(self.services, call, self._stored, self._refused)

    def _stored(self, record: IncidentRecord) -> None:
        self.saved = record
        QDialog.accept(self)

    def _refused(self, err: ServiceError) -> None:
        if isinstance(err, Conflict) and self.guard is not None:
            self.guard.conflict(err)
        else:
            self.errors.show(err)
