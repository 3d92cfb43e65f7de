"""The vendor address book: companies that come and fix things, and their named people."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop_app import secrets
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.models import VENDOR_KINDS, Asset, Incident, Vendor, VendorContact
from desktop_app.records import KIND_LABELS, ContactRecord, VendorRecord  # noqa: F401
from desktop_app.services.base import Service, containing, folded, sort_order, this_host, to_record
from desktop_app.services.errors import Refused, ValidationError
from desktop_app.services.refs import no_such_name
from desktop_app.services.validate import (
    Field,
    choice,
    clean,
    field_name,
    long_text,
    parse_bool,
    parse_float,
    parse_money,
    text,
)
from desktop_app.timeutil import now_utc

VENDOR_FIELDS = {
    "name": Field(QT_TRANSLATE_NOOP("Field", "Name"), text, required=True),
    "kind": Field(QT_TRANSLATE_NOOP("Field", "Kind"), choice(VENDOR_KINDS)),
    "phone": Field(QT_TRANSLATE_NOOP("Field", "Phone"), text),
    "phone_alt": Field(QT_TRANSLATE_NOOP("Field", "Other phone"), text),
    "email": Field(QT_TRANSLATE_NOOP("Field", "E-mail"), text),
    "website": Field(QT_TRANSLATE_NOOP("Field", "Website"), text),
    "portal_url": Field(QT_TRANSLATE_NOOP("Field", "Portal URL"), text),
    "portal_user": Field(QT_TRANSLATE_NOOP("Field", "Portal user name"), text),
    "account_number": Field(QT_TRANSLATE_NOOP("Field", "Account number"), text),
    "support_hours": Field(QT_TRANSLATE_NOOP("Field", "Support hours"), text),
    "callout_fee": Field(QT_TRANSLATE_NOOP("Field", "Call-out fee"), parse_money),
    "hourly_rate": Field(QT_TRANSLATE_NOOP("Field", "Hourly rate"), parse_money),
    "minimum_charge": Field(QT_TRANSLATE_NOOP("Field", "Minimum charge"), parse_money),
    "response_hours": Field(QT_TRANSLATE_NOOP("Field", "Response time (hours)"), parse_float),
    "notes": Field(QT_TRANSLATE_NOOP("Field", "Notes"), long_text),
    "archived": Field(QT_TRANSLATE_NOOP("Field", "Archived"), parse_bool),
}

VENDOR_SORTABLE = {
    "name": Vendor.name, "kind": Vendor.kind, "phone": Vendor.phone, "email": Vendor.email,
    "response_hours": Vendor.response_hours, "callout_fee": Vendor.callout_fee,
    "hourly_rate": Vendor.hourly_rate, "minimum_charge": Vendor.minimum_charge,
}

CONTACT_FIELDS = {
    "name": Field(QT_TRANSLATE_NOOP("Field", "Contact name"), text, required=True),
    "role": Field(QT_TRANSLATE_NOOP("Field", "Role"), text),
    "phone": Field(QT_TRANSLATE_NOOP("Field", "Phone"), text),
    "email": Field(QT_TRANSLATE_NOOP("Field", "E-mail"), text),
}


def _check_email(data: dict[str, Any], key: str = "email") -> None:
    value = data.get(key)
    if value and ("@" not in value or " " in value):
        raise ValidationError(key, translate("Validation", "{field} {value} is not an e-mail address.")
                              .format(field=field_name("E-mail"), value=value))


def _clean_contact(values: dict[str, Any]) -> dict[str, Any]:
    """A contact's problem is reported against "contacts", so a form does not show it
    beside the vendor's own name or e-mail field."""
    try:
        data = clean(CONTACT_FIELDS, values)
        _check_email(data)
    except ValidationError as err:
        raise ValidationError("contacts", err.message) from None
    return data


class VendorService(Service):
    def _record(self, row: Vendor, contacts: list[VendorContact] | None = None) -> VendorRecord:
        if contacts is None:
            contacts = list(row.contacts.order_by(sort_order(self.db, VendorContact.name, False,
                                                             VendorContact), VendorContact.id))
        return to_record(row, VendorRecord,
                         contacts=tuple(to_record(c, ContactRecord) for c in contacts))

    def list(self, include_archived: bool = False, search: str = "", sort: str = "name",
             descending: bool = False) -> list[VendorRecord]:
        column = VENDOR_SORTABLE.get(sort, Vendor.name)
        query = Vendor.select().order_by(sort_order(self.db, column, descending, Vendor), Vendor.id)
        if not include_archived:
            query = query.where(~Vendor.archived)
        if search.strip():
            has = containing(self.db, search.strip())
            query = query.where(has(Vendor.name) | has(Vendor.email)
                                | has(Vendor.phone) | has(Vendor.account_number))
        vendors = list(query)
        by_vendor: dict[int, list[VendorContact]] = {v.id: [] for v in vendors}
        if vendors:  # one query for every vendor's contacts, not one per vendor
            by_name = sort_order(self.db, VendorContact.name, False, VendorContact)
            for c in VendorContact.select().where(VendorContact.vendor.in_(list(by_vendor))) \
                    .order_by(by_name, VendorContact.id):
                by_vendor[c.vendor_id].append(c)
        return [self._record(v, by_vendor[v.id]) for v in vendors]

    def get(self, vendor_id: int) -> VendorRecord:
        return self._record(self._get(Vendor, vendor_id, "vendor"))

    def find(self, name: str) -> VendorRecord | None:
        row = Vendor.get_or_none(folded(Vendor.name) == name.strip().lower())
        return self._record(row) if row else None

    def id_for_name(self, name: str, field: str = "vendor") -> int | None:
        if not name or not name.strip():
            return None
        found = self.find(name)
        if found is None:
            raise ValidationError(field, no_such_name("vendor", name.strip()))
        return found.id

    def _check_unique(self, name: str, exclude: int | None = None) -> None:
        query = Vendor.select().where(folded(Vendor.name) == name.lower())
        if exclude is not None:
            query = query.where(Vendor.id != exclude)
        if query.exists():
            raise ValidationError("name", translate("Vendors", "A vendor called {name} already exists.")
                                  .format(name=name))

    def create(self, contacts: list[dict[str, Any]] | None = None, **values: Any) -> VendorRecord:
        data = clean(VENDOR_FIELDS, values)
        _check_email(data)
        cleaned = [_clean_contact(c) for c in contacts or []]
        with self._writing():
            self._check_unique(data["name"])
            row = Vendor.create(**data, updated_at=now_utc(), updated_by=self.who(),
                                updated_host=this_host())
            for c in cleaned:
                VendorContact.create(vendor=row, **c)
        return self.get(row.id)

    def update(self, vendor_id: int, contacts: list[dict[str, Any]] | None = None,
               remove_contacts: Iterable[int] = (), expected_version: int | None = None,
               **values: Any) -> VendorRecord:
        """Update fields and merge contact changes row by row: each entry of ``contacts``
        with an ``id`` changes that contact, one without adds a contact, and the ids in
        ``remove_contacts`` are removed.  Contacts named in neither are left as they are, so
        a contact another PC added meanwhile is kept.  With ``expected_version`` a vendor
        changed since (fields or contacts) is refused with ``Conflict``; nothing is written."""
        data = clean(VENDOR_FIELDS, values, partial=True)
        _check_email(data)
        entries = []
        for entry in contacts or []:
            entry = dict(entry)
            contact_id = entry.pop("id", None)
            entries.append((contact_id, _clean_contact(entry)))
        removed = [int(c) for c in remove_contacts]
        with self._writing():
            row = self._lock(Vendor, vendor_id, "vendor")
            self._check_version(row, expected_version, lambda: self.get(vendor_id))
            if "name" in data:
                self._check_unique(data["name"], exclude=vendor_id)
            changes = {k: v for k, v in data.items() if getattr(row, k) != v}
            touched = self._merge_contacts(row, entries, removed)
            if changes or touched:
                self._stamp(row, changes)
        return self.get(vendor_id)

    @staticmethod
    def _merge_contacts(vendor: Vendor, entries: list[tuple[int | None, dict[str, Any]]],
                        removed: list[int]) -> bool:
        """Apply contact changes one row at a time; True when any row changed."""
        touched = False
        for contact_id, data in entries:
            if contact_id:
                stored = VendorContact.get_or_none((VendorContact.id == contact_id)
                                                   & (VendorContact.vendor == vendor))
                if stored is None:
                    # Removed on another PC while this one edited it: the edit brings it back.
                    VendorContact.create(vendor=vendor, **data)
                    touched = True
                elif any(getattr(stored, k) != v for k, v in data.items()):
                    VendorContact.update(**data).where(VendorContact.id == contact_id).execute()
                    touched = True
            else:
                VendorContact.create(vendor=vendor, **data)
                touched = True
        if removed:
            touched = bool(VendorContact.delete().where(
                (VendorContact.vendor == vendor) & VendorContact.id.in_(removed)).execute()) or touched
        return touched

    def add_contact(self, vendor_id: int, **values: Any) -> ContactRecord:
        data = clean(CONTACT_FIELDS, values)
        _check_email(data)
        with self._writing():
            vendor = self._lock(Vendor, vendor_id, "vendor")
            row = VendorContact.create(vendor=vendor, **data)
            self._stamp(vendor)
        return to_record(row, ContactRecord)

    def delete(self, vendor_id: int) -> None:
        with self.db.atomic():
            row = self._get(Vendor, vendor_id, "vendor")
            in_use = Incident.select().where(Incident.vendor == row).count()
            maintains = Asset.select().where(Asset.vendor == row).count()
            if in_use or maintains:
                raise Refused(
                    translate("Vendors", "Vendor {name} is used by {incidents} incident(s) and {assets} "
                                         "asset(s); archive it instead.")
                    .format(name=row.name, incidents=in_use, assets=maintains)
                )
            row.delete_instance(recursive=True)
        # After the commit: the keyring is not transactional with the database.
        secrets.delete_secret("vendor-portal", secrets.vendor_portal_name(vendor_id))

    def portal_password(self, vendor_id: int) -> str | None:
        """The vendor's saved portal password (None: none saved, or no keyring)."""
        name = secrets.vendor_portal_name(vendor_id)
        found = secrets.get_secret("vendor-portal", name)
        if found is None:
            # Saved before passwords were keyed by id: filed under the vendor's name then.
            vendor = self._get(Vendor, vendor_id, "vendor")
            found = secrets.get_secret("vendor-portal", vendor.name.strip())
            if found is not None:
                secrets.set_secret("vendor-portal", name, found)
                secrets.delete_secret("vendor-portal", vendor.name.strip())
        return found

    def set_portal_password(self, vendor_id: int, password: str) -> None:
        """Save (or, given "", forget) the vendor's portal password in the keyring;
        SecretStoreUnavailable says why when it cannot be saved."""
        self._get(Vendor, vendor_id, "vendor")
        name = secrets.vendor_portal_name(vendor_id)
        if password:
            secrets.set_secret("vendor-portal", name, password)
        else:
            secrets.delete_secret("vendor-portal", name)

    def archive(self, vendor_id: int, archived: bool = True) -> VendorRecord:
        return self.update(vendor_id, archived=archived)

    def count(self) -> int:
        return Vendor.select().count()
