"""Create or edit one asset in the register."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, NamedTuple

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.records import ASSET_STATUS_LABELS as STATUS_LABELS
from desktop_app.records import AssetRecord
from desktop_app.services import Services
from ui.dialogs.record_dialog import RecordDialog
from ui.widgets.date_edit import OptionalDateEdit
from ui.widgets.form import FieldForm
from ui.widgets.money import MoneyEdit


class AssetChoices(NamedTuple):
    """What the asset form offers besides the asset, read in one go (``read``)."""

    currency: str
    sites: list[Any]
    default_site_id: int | None
    people: list[Any]
    vendors: list[Any]
    categories: list[str]

    @classmethod
    def read(cls, services: Services) -> AssetChoices:
        """For ``ui.ops.open_form``: on a server this runs off the GUI thread."""
        return cls(services.settings.get("currency"), services.sites.list(include_archived=True),
                   services.sites.default_site_id(), services.people.list(include_archived=True),
                   services.vendors.list(include_archived=True), services.assets.category_choices())


class AssetDialog(RecordDialog):
    """``record`` None creates a new asset; ``saved`` holds the AssetRecord after OK.
    ``choices`` were read beforehand (``AssetChoices.read``); without them they are read here."""

    def __init__(self, services: Services, record: AssetRecord | None = None,
                 parent: QWidget | None = None, choices: AssetChoices | None = None) -> None:
        super().__init__("", parent)
        self.choices = choices if choices is not None else AssetChoices.read(services)
        self.setWindowTitle(self.tr("New asset") if record is None
                            else self.tr("Asset %1").replace("%1", record.tag))
        self.setObjectName("AssetDialog")
        self.services = services
        self.record = record
        r = record
        currency = self.choices.currency
        status_names = {"in_use": self.tr("In use"), "spare": self.tr("Spare"),
                        "in_repair": self.tr("In repair"), "retired": self.tr("Retired")}

        # Two columns: what it is (left) and where it lives / who looks after it (right).
        left, right = self.form, FieldForm()
        self.tag = left.add("tag", self.tr("Asset &tag"), self.line(r.tag if r else "", "PC-0007"),
                            required=True)
        self.name = left.add("name", self.tr("&Name"), self.line(r.name if r else ""), required=True)
        self.category = left.add("category", self.tr("&Category"), self._categories(r))
        self.manufacturer = left.add("manufacturer", self.tr("&Manufacturer"),
                                     self.line(r.manufacturer if r else ""))
        self.model = left.add("model", self.tr("M&odel"), self.line(r.model if r else ""))
        self.serial = left.add("serial", self.tr("&Serial number"), self.line(r.serial if r else ""))
        self.status = left.add("status", self.tr("Stat&us"), self.combo_for(
            [(status_names.get(k, v), k) for k, v in STATUS_LABELS.items()], r.status if r else "in_use"))
        self.hostname = left.add("hostname", self.tr("&Hostname"), self.line(r.hostname if r else ""))
        self.ip_address = left.add("ip_address", self.tr("&IP address"),
                                   self.line(r.ip_address if r else ""))

        sites = [(s.name, s.id) for s in self.choices.sites
                 if not s.archived or (r and s.id == r.site_id)]
        # A new asset is at the office's own site unless the user says otherwise.
        self.site = right.add("site", self.tr("Si&te"), self.combo_for(
            [(self.tr("(none)"), None)] + sites,
            r.site_id if r else self.choices.default_site_id))
        self.location = right.add("location", self.tr("&Room"), self.line(r.location if r else ""))
        people = [(p.name, p.id) for p in self.choices.people
                  if not p.archived or (r and p.id == r.person_id)]
        self.person = right.add("person", self.tr("Assi&gned to"), self.combo_for(
            [(self.tr("(nobody)"), None)] + people, r.person_id if r else None))
        vendors = [(v.name, v.id) for v in self.choices.vendors
                   if not v.archived or (r and v.id == r.vendor_id)]
        self.vendor = right.add("vendor", self.tr("Maintained &by"), self.combo_for(
            [(self.tr("(no vendor)"), None)] + vendors, r.vendor_id if r else None))
        self.purchase_date = right.add("purchase_date", self.tr("&Purchase date"), OptionalDateEdit())
        self.purchase_date.set_date(r.purchase_date if r else None)
        self.purchase_cost = right.add("purchase_cost",
                                       self.tr("Purchase cost (%1)").replace("%1", currency),
                                       MoneyEdit(currency))
        self.purchase_cost.set_amount(r.purchase_cost if r else None)
        self.supplier = right.add("supplier", self.tr("Supp&lier"), self.line(r.supplier if r else ""))
        self.warranty_end = right.add("warranty_end", self.tr("&Warranty end"), OptionalDateEdit())
        self.warranty_end.set_date(r.warranty_end if r else None)
        self.notes_edit = right.add("notes", self.tr("No&tes"), self.notes(r.notes if r else ""))
        self.custom = CustomFieldsEdit(r.custom_fields if r else {})
        self.form.add("custom_fields", self.tr("Other details"), self.custom,
                      note=self.tr("Anything else to keep, e.g. columns brought in by an import."))

        body = self.two_columns(right)
        self.finish_layout(body)
        if record is not None:
            self.watch_record(self.tr("asset"), lambda: services.assets.get(record.id), seen=record)
        self._tab_order()
        self.resize(820, self.sizeHint().height())

    def _categories(self, r: AssetRecord | None) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)  # pick a known category or type a new one
        combo.setMinimumWidth(180)
        combo.addItem("")
        combo.addItems(self.choices.categories)  # the usual ones and those in use
        combo.setCurrentText(r.category if r else "")
        return combo

    def _tab_order(self) -> None:
        chain = [self.tag, self.name, self.category, self.manufacturer, self.model, self.serial,
                 self.status, self.hostname, self.ip_address, self.site, self.location, self.person,
                 self.vendor, self.purchase_date.check, self.purchase_date.edit, self.purchase_cost,
                 self.supplier, self.warranty_end.check, self.warranty_end.edit, self.notes_edit,
                 self.custom.table]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    def values(self) -> dict[str, object]:
        return {
            "tag": self.tag.text(), "name": self.name.text(),
            "category": self.category.currentText(), "manufacturer": self.manufacturer.text(),
            "model": self.model.text(), "serial": self.serial.text(),
            "status": self.status.currentData(), "hostname": self.hostname.text(),
            "ip_address": self.ip_address.text(), "site": self.site.currentData(),
            "location": self.location.text(), "person": self.person.currentData(),
            "vendor": self.vendor.currentData(), "purchase_date": self.purchase_date.date(),
            "purchase_cost": self.purchase_cost.amount_text(), "supplier": self.supplier.text(),
            "warranty_end": self.warranty_end.date(), "notes": self.notes_edit.toPlainText(),
            "custom_fields": self.custom.values(),
        }

    def save_call(self) -> Callable[[], AssetRecord]:
        if self.record is None:
            return partial(self.services.assets.create, **self.values())
        return partial(self.services.assets.update, self.record.id, expected_version=self.opened_version,
                       **self.changed_values())


class CustomFieldsEdit(QWidget):
    """The asset's own extra fields (name, value), as imported or typed: add, edit, remove."""

    def __init__(self, fields: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("customFields")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFixedHeight(self.table.fontMetrics().height() * 6 + 12)
        for key, value in sorted(fields.items()):
            self.add_row(str(key), "" if value is None else str(value))
        self.add_button = QPushButton(self.tr("Add &field"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row("", "", edit=True))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, key: str, value: str, edit: bool = False) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(key))
        self.table.setItem(row, 1, QTableWidgetItem(value))
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def values(self) -> dict[str, str]:
        """Rows with a field name; a blank name with a value is dropped (nothing to call it)."""
        out: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            key_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
            key = key_item.text().strip() if key_item else ""
            if key:
                out[key] = value_item.text() if value_item else ""
        return out
