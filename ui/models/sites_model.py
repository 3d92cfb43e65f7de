"""Office sites as a table (sorted and searched in the database)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop_app.records import SiteRecord
from desktop_app.services import Services
from ui.models.register_model import Column, RegisterTableModel


def _one_line(text: str) -> str:
    return ", ".join(part.strip() for part in text.splitlines() if part.strip())


class SitesTableModel(RegisterTableModel[SiteRecord]):
    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__((), parent)
        self.services = services
        self.set_columns([
            Column(self.tr("Name"), lambda s: s.name, "name", chars=20),
            Column(self.tr("Address"), lambda s: _one_line(s.address), "address", chars=28),
            Column(self.tr("Phone"), lambda s: s.phone, "phone", chars=17),
            Column(self.tr("On-site contact"), lambda s: s.contact_name, "contact_name", chars=16),
            Column(self.tr("Opening hours"), lambda s: s.opening_hours, "opening_hours", chars=18),
        ])

    def fetch(self, offset: int, limit: int | None) -> list[SiteRecord]:
        return self.services.sites.list(include_archived=self.include_archived, search=self.search,
                                        sort=self.sort_key, descending=self.descending)
