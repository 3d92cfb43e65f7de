"""Add a cost line (call-out fee, labour, parts, travel, other) to an incident."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, NamedTuple

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.records import CostRecord, IncidentRecord
from desktop_app.services import Services
from desktop_app.services.costs import COST_LABELS
from desktop_app.services.errors import ServiceError
from ui.dialogs.saving import Saving
from ui.widgets.form import FieldErrors, FieldForm, error_label
from ui.widgets.money import money_text, typed_amount


class CostForm(NamedTuple):
    """What the cost form shows besides the incident: the currency and the vendor's rates."""

    currency: str
    rates: dict[str, Decimal | None]


def read_cost_form(services: Services, incident: IncidentRecord) -> CostForm:
    """For ``ui.ops.open_form``: on a server this runs off the GUI thread."""
    rates: dict[str, Decimal | None] = {}
    if incident.vendor_id is not None:
        try:
            vendor = services.vendors.get(incident.vendor_id)
            rates = {"callout": vendor.callout_fee, "labour": vendor.hourly_rate}
        except ServiceError:
            rates = {}  # the vendor was deleted meanwhile: nothing to suggest
    return CostForm(services.settings.get("currency"), rates)


class CostDialog(QDialog):
    def __init__(self, services: Services, incident: IncidentRecord,
                 parent: QWidget | None = None, form: CostForm | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.incident = incident
        self.saved: CostRecord | None = None
        self.incident_after: IncidentRecord | None = None  # with this cost in its total
        if form is None:
            form = read_cost_form(services, incident)
        currency = form.currency
        self.setWindowTitle(self.tr("Add cost - %s") % incident.ref)
        self.setMinimumWidth(420)
        self._rates = form.rates

        self.kind = QComboBox()
        kinds = {"callout": self.tr("Call-out fee"), "labour": self.tr("Labour"), "parts": self.tr("Parts"),
                 "travel": self.tr("Travel"), "other": self.tr("Other")}
        for key, label in COST_LABELS.items():
            self.kind.addItem(kinds.get(key, label), key)
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("e.g. 1.5"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(money_text(Decimal(0)))
        self.description = QLineEdit()
        self.invoice_ref = QLineEdit()

        self.general_error = error_label()
        self.errors = FieldErrors(self.general_error)
        form = FieldForm(errors=self.errors)
        for field, text, widget in (
            ("kind", self.tr("&Kind"), self.kind),
            ("hours", self.tr("&Hours"), self.hours),
            ("amount", self.tr("&Amount (%s) *") % currency, self.amount),
            ("description", self.tr("&Description"), self.description),
            ("invoice_ref", self.tr("&Invoice ref"), self.invoice_ref),
        ):
            form.add(field, text, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add cost"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.saving = Saving(self, self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.amount.textChanged.connect(self._update_ok)
        self.kind.currentIndexChanged.connect(self._suggest)
        self.hours.textChanged.connect(self._suggest)
        self._suggest()

    def _suggest(self) -> None:
        """Pre-fill the amount from the vendor's rates; the user can overwrite it."""
        kind = self.kind.currentData()
        self.hours.setEnabled(kind == "labour")
        rate = self._rates.get(kind)
        if rate is not None and not self.amount.isModified():
            if kind == "labour":
                try:
                    hours = Decimal(self.hours.text().strip().replace(",", ".") or "0")
                except ArithmeticError:
                    hours = Decimal("0")
                self.amount.setText(money_text(rate * hours) if hours else "")
            else:
                self.amount.setText(money_text(rate))
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.amount.text().strip()))

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "kind": self.kind.currentData(),
            "amount": typed_amount(self.amount),
            "description": self.description.text(),
            "invoice_ref": self.invoice_ref.text(),
        }
        if self.kind.currentData() == "labour":
            values["hours"] = self.hours.text()
        return values

    def accept(self) -> None:
        if self.saving.busy or self.saving.done:
            return
        self.errors.clear()
        costs, incidents, incident_id = self.services.costs, self.services.incidents, self.incident.id
        author, values = self.services.author(), self.values()

        def add() -> tuple[CostRecord, IncidentRecord | None]:
            cost = costs.add(incident_id, author=author, **values)
            # The incident read back on the same trip: the window shows its new total at once.
            try:
                return cost, incidents.get(incident_id)
            except ServiceError:  # gone meanwhile: the cost is saved all the same
                return cost, None

        self.saving.start(self.services, add, self._stored, self.errors.show)

    def _stored(self, outcome: tuple[CostRecord, IncidentRecord | None]) -> None:
        self.saved, self.incident_after = outcome
        QDialog.accept(self)
