"""The asset register as a table: paged in from the database, sorted and searched there."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop_app.records import AssetRecord
from desktop_app.services import Services
from desktop_app.stats_records import AssetAdvice
from ui.models.formatting import advice_name, day
from ui.models.register_model import Column, RegisterTableModel

_Page = tuple[list[AssetRecord], dict[int, AssetAdvice]]  # rows and their repair-or-replace advice


class AssetsTableModel(RegisterTableModel[AssetRecord]):
    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__((), parent)
        self.services = services
        statuses = {"in_use": self.tr("In use"), "spare": self.tr("Spare"),
                    "in_repair": self.tr("In repair"), "retired": self.tr("Retired")}
        archived = self.tr("Archived")
        self.set_columns([
            Column(self.tr("Tag"), lambda a: a.tag, "tag", chars=9),
            Column(self.tr("Name"), lambda a: a.name, "name", chars=20),
            Column(self.tr("Category"), lambda a: a.category, "category", chars=11),
            Column(self.tr("Make / model"), lambda a: a.make_model, "manufacturer", chars=24),
            Column(self.tr("Serial"), lambda a: a.serial, "serial", chars=12),
            Column(self.tr("Site / room"),
                   lambda a: " · ".join(p for p in (a.site_name, a.location) if p), "location", chars=22),
            Column(self.tr("Assigned to"), lambda a: a.person_name, chars=14),
            Column(self.tr("Status"), lambda a: archived if a.archived
                   else statuses.get(a.status, a.status_label), "status", chars=9),
            Column(self.tr("Warranty end"), lambda a: day(a.warranty_end), "warranty_end", chars=11),
            # Repair or replace (issue 15), from the asset's whole repair history.
            Column(self.tr("Advice"), self._advice_text, chars=8),
        ])
        self.advice: dict[int, AssetAdvice] = {}
        self.sort_key = "tag"
        self.status: str | None = None

    def total(self) -> int:
        return self.services.assets.count(search=self.search, status=self.status,
                                          include_archived=self.include_archived)

    def _advice_text(self, asset: AssetRecord) -> str:
        advice = self.advice.get(asset.id)
        return advice_name(advice.advice) if advice else ""

    def fetch(self, offset: int, limit: int | None) -> list[AssetRecord]:
        rows = self.services.assets.list(search=self.search, status=self.status,
                                         include_archived=self.include_archived, sort=self.sort_key,
                                         descending=self.descending, limit=limit, offset=offset)
        return rows

    def read_page(self, offset: int, limit: int | None) -> _Page:
        rows = self.fetch(offset, limit)
        return rows, self.services.stats.advice(a.id for a in rows)  # a page at a time

    def take_page(self, offset: int, page: _Page) -> list[AssetRecord]:
        rows, advice = page
        if offset == 0:
            self.advice = {}  # a reload: costs may have changed since
        self.advice.update(advice)
        return rows
