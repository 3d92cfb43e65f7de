"""Create or edit a person: office staff who report problems and have assets assigned."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop_app.records import PersonRecord
from desktop_app.services import Services
from ui.dialogs.record_dialog import RecordDialog


def read_person_form(services: Services) -> list[Any]:
    """The sites a person can be at.  For ``ui.ops.open_form``: off the GUI thread on a server."""
    return services.sites.list(include_archived=True)


class PersonDialog(RecordDialog):
    def __init__(self, services: Services, record: PersonRecord | None = None,
                 parent: QWidget | None = None, sites: list[Any] | None = None) -> None:
        """``sites`` were read beforehand (``read_person_form``); without them they are read here."""
        super().__init__("", parent)
        self.setWindowTitle(self.tr("New person") if record is None
                            else self.tr("Person %1").replace("%1", record.name))
        self.setObjectName("PersonDialog")
        self.services = services
        self.record = record
        r = record
        self.name = self.form.add("name", self.tr("&Name"), self.line(r.name if r else ""), required=True)
        self.email = self.form.add("email", self.tr("&E-mail"), self.line(r.email if r else ""))
        self.phone = self.form.add("phone", self.tr("&Phone"), self.line(r.phone if r else ""))
        # The service takes the site by name; archived sites stay listed only for whoever is there.
        if sites is None:
            sites = read_person_form(services)
        site_choices = [(s.name, s.name) for s in sites if not s.archived or (r and s.id == r.site_id)]
        # A new person in a one-site office is at that site.
        default = r.site_name if r else (site_choices[0][1] if len(site_choices) == 1 else "")
        self.site = self.form.add("site", self.tr("&Site"),
                                  self.combo_for([(self.tr("(none)"), "")] + site_choices, default))
        self.finish_layout()
        if record is not None:
            self.watch_record(self.tr("person"), lambda: services.people.get(record.id), seen=record)
        self.resize(460, self.sizeHint().height())

    def values(self) -> dict[str, object]:
        return {"name": self.name.text(), "email": self.email.text(), "phone": self.phone.text(),
                "site": self.site.currentData() or ""}

    def save_call(self) -> Callable[[], PersonRecord]:
        if self.record is None:
            return partial(self.services.people.create, **self.values())
        return partial(self.services.people.update, self.record.id, expected_version=self.opened_version,
                       **self.changed_values())
