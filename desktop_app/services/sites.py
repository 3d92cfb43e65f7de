"""Office sites and the people who work there."""

from __future__ import annotations

from typing import Any

import peewee as pw

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.models import Asset, Incident, Person, Site
from desktop_app.records import PersonRecord, SiteRecord
from desktop_app.services.base import Service, containing, folded, no_such, sort_order, this_host, to_record
from desktop_app.services.errors import NotFound, Refused, ValidationError
from desktop_app.services.refs import no_such_name
from desktop_app.services.validate import Field, clean, email, long_text, parse_bool, text
from desktop_app.timeutil import now_utc

SITE_FIELDS = {
    "name": Field(QT_TRANSLATE_NOOP("Field", "Name"), text, required=True),
    "address": Field(QT_TRANSLATE_NOOP("Field", "Address"), long_text),
    "phone": Field(QT_TRANSLATE_NOOP("Field", "Phone"), text),
    "opening_hours": Field(QT_TRANSLATE_NOOP("Field", "Opening hours"), text),
    "access_notes": Field(QT_TRANSLATE_NOOP("Field", "Access notes"), long_text),
    "parking_notes": Field(QT_TRANSLATE_NOOP("Field", "Parking notes"), long_text),
    "alarm_notes": Field(QT_TRANSLATE_NOOP("Field", "Alarm notes"), long_text),
    "contact_name": Field(QT_TRANSLATE_NOOP("Field", "On-site contact"), text),
    "contact_phone": Field(QT_TRANSLATE_NOOP("Field", "On-site contact phone"), text),
    "backup_contact_name": Field(QT_TRANSLATE_NOOP("Field", "Backup contact"), text),
    "backup_contact_phone": Field(QT_TRANSLATE_NOOP("Field", "Backup contact phone"), text),
    "archived": Field(QT_TRANSLATE_NOOP("Field", "Archived"), parse_bool),
}

PERSON_FIELDS = {
    "name": Field(QT_TRANSLATE_NOOP("Field", "Name"), text, required=True),
    "email": Field(QT_TRANSLATE_NOOP("Field", "E-mail"), email),
    "phone": Field(QT_TRANSLATE_NOOP("Field", "Phone"), text),
    "site": Field(QT_TRANSLATE_NOOP("Field", "Site"), text),
    "archived": Field(QT_TRANSLATE_NOOP("Field", "Archived"), parse_bool),
}


SITE_SORTABLE = {
    "name": Site.name, "address": Site.address, "phone": Site.phone,
    "contact_name": Site.contact_name, "opening_hours": Site.opening_hours,
}
PERSON_SORTABLE = {"name": Person.name, "email": Person.email, "phone": Person.phone, "site": Site.name}


class SiteService(Service):
    def list(self, include_archived: bool = False, search: str = "", sort: str = "name",
             descending: bool = False) -> list[SiteRecord]:
        column = SITE_SORTABLE.get(sort, Site.name)
        query = Site.select().order_by(sort_order(self.db, column, descending, Site), Site.id)
        if not include_archived:
            query = query.where(~Site.archived)
        if search.strip():
            has = containing(self.db, search.strip())
            query = query.where(has(Site.name) | has(Site.address)
                                | has(Site.contact_name) | has(Site.phone))
        return [to_record(s, SiteRecord) for s in query]

    def get(self, site_id: int) -> SiteRecord:
        return to_record(self._get(Site, site_id, "site"), SiteRecord)

    def default_site_id(self) -> int | None:
        """The office's first site still in use (the one set-up made): where new assets go."""
        row = Site.select(Site.id).where(~Site.archived).order_by(Site.id).first()
        return row.id if row else None

    def find(self, name: str) -> SiteRecord | None:
        row = Site.get_or_none(folded(Site.name) == name.strip().lower())
        return to_record(row, SiteRecord) if row else None

    def id_for_name(self, name: str, field: str = "site") -> int | None:
        """Resolve a site name typed by the user; blank means none."""
        if not name or not name.strip():
            return None
        found = self.find(name)
        if found is None:
            raise ValidationError(field, no_such_name("site", name.strip()))
        return found.id

    def _check_unique(self, name: str, exclude: int | None = None) -> None:
        query = Site.select().where(folded(Site.name) == name.lower())
        if exclude is not None:
            query = query.where(Site.id != exclude)
        if query.exists():
            raise ValidationError("name", translate("Sites", "A site called {name} already exists.")
                                  .format(name=name))

    def create(self, **values: Any) -> SiteRecord:
        data = clean(SITE_FIELDS, values)
        with self._writing():
            self._check_unique(data["name"])
            row = Site.create(**data, updated_at=now_utc(), updated_by=self.who(), updated_host=this_host())
        return self.get(row.id)

    def update(self, site_id: int, expected_version: int | None = None, **values: Any) -> SiteRecord:
        """Change the given fields; with ``expected_version`` a site changed since is refused
        (``Conflict``, carrying the site as it is now) and nothing is written."""
        data = clean(SITE_FIELDS, values, partial=True)
        with self._writing():
            row = self._lock(Site, site_id, "site")
            self._check_version(row, expected_version, lambda: self.get(site_id))
            if "name" in data:
                self._check_unique(data["name"], exclude=site_id)
            self._stamp(row, {k: v for k, v in data.items() if getattr(row, k) != v})
        return self.get(site_id)

    def delete(self, site_id: int) -> None:
        with self.db.atomic():
            row = self._get(Site, site_id, "site")
            if Asset.select().where(Asset.site == row).exists() or \
                    Person.select().where(Person.site == row).exists():
                raise Refused(translate("Sites", "Site {name} still has assets or people; "
                                                 "archive it instead.")
                              .format(name=row.name))
            row.delete_instance()

    def count(self) -> int:
        return Site.select().count()


class PersonService(Service):
    def __init__(self, db: pw.Database, sites: SiteService) -> None:
        super().__init__(db)
        self.sites = sites

    @staticmethod
    def _record(row: Person) -> PersonRecord:
        return to_record(row, PersonRecord, site_id=row.site_id,
                         site_name=row.site.name if row.site_id else "")

    def list(self, include_archived: bool = False, search: str = "", sort: str = "name",
             descending: bool = False) -> list[PersonRecord]:
        column = PERSON_SORTABLE.get(sort, Person.name)
        query = (Person.select(Person, Site).join(Site, pw.JOIN.LEFT_OUTER)
                 .order_by(sort_order(self.db, column, descending, Person), Person.id))
        if not include_archived:
            query = query.where(~Person.archived)
        if search.strip():
            has = containing(self.db, search.strip())
            query = query.where(has(Person.name) | has(Person.email))
        return [self._record(p) for p in query]

    def get(self, person_id: int) -> PersonRecord:
        return self._record(self._get(Person, person_id, "person"))

    def find(self, name: str) -> PersonRecord | None:
        row = Person.get_or_none(folded(Person.name) == name.strip().lower())
        return self._record(row) if row else None

    def id_for_name(self, name: str, field: str = "reported_by") -> int | None:
        if not name or not name.strip():
            return None
        found = self.find(name)
        if found is None:
            raise ValidationError(field, no_such_name("person", name.strip()))
        return found.id

    def _apply(self, data: dict[str, Any]) -> dict[str, Any]:
        if "site" in data:
            data["site"] = self.sites.id_for_name(data["site"])
        return data

    def create(self, **values: Any) -> PersonRecord:
        data = clean(PERSON_FIELDS, values)
        with self._writing():
            row = Person.create(**self._apply(data), updated_at=now_utc(), updated_by=self.who(),
                                updated_host=this_host())
        return self.get(row.id)

    def update(self, person_id: int, expected_version: int | None = None, **values: Any) -> PersonRecord:
        """As ``SiteService.update``."""
        data = clean(PERSON_FIELDS, values, partial=True)
        with self._writing():
            row = self._lock(Person, person_id, "person")
            self._check_version(row, expected_version, lambda: self.get(person_id))
            data = self._apply(data)
            self._stamp(row, {k: v for k, v in data.items()
                              if getattr(row, "site_id" if k == "site" else k) != v})
        return self.get(person_id)

    def delete(self, person_id: int) -> None:
        with self.db.atomic():
            row = self._get(Person, person_id, "person")
            if Asset.select().where(Asset.person == row).exists() or \
                    Incident.select().where(Incident.reported_by == row).exists():
                raise Refused(translate("Sites", "{name} has assets or reported incidents; "
                                                 "archive them instead.")
                              .format(name=row.name))
            row.delete_instance()

    def require(self, person_id: int) -> None:
        if not Person.select().where(Person.id == person_id).exists():
            raise NotFound(no_such("person", person_id))
