"""The vendor address book as a table (sorted and searched in the database)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop_app.records import VendorRecord
from desktop_app.services import Services
from ui.models.formatting import decimal, money
from ui.models.register_model import Column, RegisterTableModel


class VendorsTableModel(RegisterTableModel[VendorRecord]):
    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__((), parent)
        self.services = services
        self.currency = ""  # the office's, read with the rows
        kinds = {"it_breakfix": self.tr("IT break-fix"), "printer_copier": self.tr("Printer / copier"),
                 "telecom": self.tr("Telecom / internet"), "manufacturer": self.tr("Manufacturer"),
                 "software": self.tr("Software"), "other": self.tr("Other")}
        hours = self.tr("%1 h")
        self.set_columns([
            Column(self.tr("Name"), lambda v: v.name, "name", chars=27),
            Column(self.tr("Kind"), lambda v: kinds.get(v.kind, v.kind_label), "kind", chars=16),
            Column(self.tr("Phone"), lambda v: v.phone, "phone", chars=17),
            Column(self.tr("Response"), lambda v: "" if v.response_hours is None
                   else hours.replace("%1", decimal(v.response_hours)), "response_hours", right=True,
                   chars=8),
            Column(self.tr("Call-out fee"), lambda v: money(v.callout_fee, self.currency),
                   "callout_fee", right=True, chars=11),
            Column(self.tr("Hourly rate"), lambda v: money(v.hourly_rate, self.currency),
                   "hourly_rate", right=True, chars=11),
            Column(self.tr("E-mail"), lambda v: v.email, "email", chars=26),
            Column(self.tr("Contacts"), lambda v: ", ".join(c.name for c in v.contacts), chars=20),
        ])

    def read(self) -> tuple[str, object]:
        # The office may have changed its currency in Settings since the last load.
        return self.services.settings.get("currency"), super().read()

    def show(self, found: tuple[str, object]) -> None:
        self.currency, rows = found
        super().show(rows)

    def fetch(self, offset: int, limit: int | None) -> list[VendorRecord]:
        return self.services.vendors.list(include_archived=self.include_archived, search=self.search,
                                          sort=self.sort_key, descending=self.descending)
