"""Office staff as a table (sorted and searched in the database)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop_app.records import PersonRecord
from desktop_app.services import Services
from ui.models.register_model import Column, RegisterTableModel


class PeopleTableModel(RegisterTableModel[PersonRecord]):
    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__((), parent)
        self.services = services
        self.set_columns([
            Column(self.tr("Name"), lambda p: p.name, "name", chars=20),
            Column(self.tr("Site"), lambda p: p.site_name, "site", chars=18),
            Column(self.tr("Phone"), lambda p: p.phone, "phone", chars=17),
            Column(self.tr("E-mail"), lambda p: p.email, "email", chars=28),
        ])

    def fetch(self, offset: int, limit: int | None) -> list[PersonRecord]:
        return self.services.people.list(include_archived=self.include_archived, search=self.search,
                                         sort=self.sort_key, descending=self.descending)
