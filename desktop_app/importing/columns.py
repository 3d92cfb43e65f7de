"""Which file column feeds which FixDesk field: synonyms, matching and the proposed mapping.

Headers are compared with case, spaces and punctuation removed, so "Asset Tag",
"asset_tag" and "ASSET-TAG" all match.  Snipe-IT's export headers are among the
synonyms.  A mapping is ``{column index: target}`` where a target is a field
key, ``CUSTOM`` (assets only: kept as a custom field under the header's name)
or ``IGNORE``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate

CUSTOM = "custom"
IGNORE = ""
KINDS = ("assets", "vendors", "people", "sites")


@dataclass(frozen=True)
class Target:
    key: str
    english: str  # the field's name in English (the CSV export's header), marked for the catalogue
    type: str  # text, date, money, months, status, vendor_kind, float, bool
    synonyms: tuple[str, ...] = ()
    required: bool = False

    @property
    def label(self) -> str:
        """The field's name in the current language (the import window, problems)."""
        return translate("Field", self.english)


def _t(key: str, english: str, type_: str = "text", *synonyms: str, required: bool = False) -> Target:
    return Target(key, english, type_, (english, key, *synonyms), required)


TARGETS: dict[str, tuple[Target, ...]] = {
    "assets": (
        _t("tag", QT_TRANSLATE_NOOP("Field", "Asset tag"), "text", "tag", "asset id", "asset no",
           "asset number", "inventory number", "inventory no", "import ref", required=True),
        _t("name", QT_TRANSLATE_NOOP("Field", "Name"), "text", "item name", "asset name", "item", "device",
           "device name", required=True),
        _t("category", QT_TRANSLATE_NOOP("Field", "Category"), "text", "type", "asset type", "device type"),
        _t("manufacturer", QT_TRANSLATE_NOOP("Field", "Manufacturer"), "text", "make", "brand"),
        _t("model", QT_TRANSLATE_NOOP("Field", "Model"), "text", "model name"),
        _t("serial", QT_TRANSLATE_NOOP("Field", "Serial number"), "text", "serial", "serial no", "s/n", "sn"),
        _t("site", QT_TRANSLATE_NOOP("Field", "Site"), "text", "location", "office", "building"),
        _t("location", QT_TRANSLATE_NOOP("Field", "Room"), "text", "area", "desk", "room number"),
        _t("person", QT_TRANSLATE_NOOP("Field", "Assigned to"), "text", "full name", "checked out to", "user",
           "owner", "assignee", "employee"),
        _t("status", QT_TRANSLATE_NOOP("Field", "Status"), "status", "state", "asset status", "status label"),
        _t("purchase_date", QT_TRANSLATE_NOOP("Field", "Purchase date"), "date", "purchased",
           "purchased time", "date purchased", "order date", "bought"),
        _t("purchase_cost", QT_TRANSLATE_NOOP("Field", "Purchase cost"), "money", "cost", "price",
           "purchased price", "purchase price", "value"),
        _t("supplier", QT_TRANSLATE_NOOP("Field", "Supplier"), "text", "purchased from", "purchase from",
           "seller", "bought from"),
        _t("warranty_end", QT_TRANSLATE_NOOP("Field", "Warranty end"), "date", "warranty expires",
           "warranty expiry", "warranty until", "warranty expiration", "warranty end date",
           "warranty expiration date"),
        _t("warranty_months", QT_TRANSLATE_NOOP("Field", "Warranty (months)"), "months", "warranty",
           "warranty months", "warranty period", "warranty length"),
        _t("vendor", QT_TRANSLATE_NOOP("Field", "Maintained by"), "text", "maintainer", "support vendor",
           "service provider", "support company", "maintained by vendor"),
        _t("hostname", QT_TRANSLATE_NOOP("Field", "Hostname"), "text", "host name", "computer name"),
        _t("ip_address", QT_TRANSLATE_NOOP("Field", "IP address"), "text", "ip", "ip addr"),
        _t("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "text", "asset notes", "comments", "remarks",
           "description"),
        _t("archived", QT_TRANSLATE_NOOP("Field", "Archived"), "bool"),
    ),
    "vendors": (
        _t("name", QT_TRANSLATE_NOOP("Field", "Name"), "text", "vendor", "vendor name", "company",
           "company name", "supplier", required=True),
        _t("kind", QT_TRANSLATE_NOOP("Field", "Kind"), "vendor_kind", "vendor type", "vendor kind"),
        _t("phone", QT_TRANSLATE_NOOP("Field", "Phone"), "text", "telephone", "tel", "support phone",
           "phone number"),
        _t("phone_alt", QT_TRANSLATE_NOOP("Field", "Other phone"), "text", "alt phone", "mobile", "phone 2"),
        _t("email", QT_TRANSLATE_NOOP("Field", "E-mail"), "text", "email", "mail", "support email",
           "email address"),
        _t("website", QT_TRANSLATE_NOOP("Field", "Website"), "text", "web", "url", "web site", "homepage"),
        _t("portal_url", QT_TRANSLATE_NOOP("Field", "Portal URL"), "text", "portal", "support portal"),
        _t("portal_user", QT_TRANSLATE_NOOP("Field", "Portal user name"), "text", "portal user",
           "portal username", "portal login"),
        _t("account_number", QT_TRANSLATE_NOOP("Field", "Account number"), "text", "account", "account no",
           "customer number", "customer no"),
        _t("support_hours", QT_TRANSLATE_NOOP("Field", "Support hours"), "text", "hours", "opening hours"),
        _t("callout_fee", QT_TRANSLATE_NOOP("Field", "Call-out fee"), "money", "callout fee", "call out fee",
           "callout charge"),
        _t("hourly_rate", QT_TRANSLATE_NOOP("Field", "Hourly rate"), "money", "rate", "labour rate",
           "labor rate"),
        _t("minimum_charge", QT_TRANSLATE_NOOP("Field", "Minimum charge"), "money", "minimum", "min charge"),
        _t("response_hours", QT_TRANSLATE_NOOP("Field", "Response time (hours)"), "float", "response hours",
           "response time", "sla hours"),
        _t("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "text", "comments", "remarks"),
        _t("archived", QT_TRANSLATE_NOOP("Field", "Archived"), "bool"),
    ),
    "people": (
        _t("name", QT_TRANSLATE_NOOP("Field", "Name"), "text", "full name", "person", "employee",
           "employee name", "display name"),
        _t("first_name", QT_TRANSLATE_NOOP("Field", "First name"), "text", "given name", "firstname",
           "forename"),
        _t("last_name", QT_TRANSLATE_NOOP("Field", "Last name"), "text", "surname", "family name",
           "lastname"),
        _t("email", QT_TRANSLATE_NOOP("Field", "E-mail"), "text", "email", "mail", "email address"),
        _t("phone", QT_TRANSLATE_NOOP("Field", "Phone"), "text", "telephone", "tel", "mobile",
           "phone number"),
        _t("site", QT_TRANSLATE_NOOP("Field", "Site"), "text", "location", "office", "building"),
    ),
    "sites": (
        _t("name", QT_TRANSLATE_NOOP("Field", "Name"), "text", "site", "site name", "location",
           "location name", "office", "warehouse", required=True),
        _t("address", QT_TRANSLATE_NOOP("Field", "Address"), "text", "street", "address1", "address line 1"),
        _t("address2", QT_TRANSLATE_NOOP("Field", "Address line 2"), "text", "address2", "address line 2"),
        _t("city", QT_TRANSLATE_NOOP("Field", "City"), "text", "town"),
        _t("state", QT_TRANSLATE_NOOP("Field", "State / county"), "text", "state", "county", "region",
           "province"),
        _t("zip", QT_TRANSLATE_NOOP("Field", "Postcode"), "text", "zip", "zip code", "postal code",
           "post code"),
        _t("country", QT_TRANSLATE_NOOP("Field", "Country"), "text"),
        _t("phone", QT_TRANSLATE_NOOP("Field", "Phone"), "text", "telephone", "tel"),
        _t("opening_hours", QT_TRANSLATE_NOOP("Field", "Opening hours"), "text", "hours"),
        _t("access_notes", QT_TRANSLATE_NOOP("Field", "Access notes"), "text", "access"),
        _t("parking_notes", QT_TRANSLATE_NOOP("Field", "Parking notes"), "text", "parking"),
        _t("alarm_notes", QT_TRANSLATE_NOOP("Field", "Alarm notes"), "text", "alarm"),
        _t("contact_name", QT_TRANSLATE_NOOP("Field", "On-site contact"), "text", "contact", "contact name",
           "manager"),
        _t("contact_phone", QT_TRANSLATE_NOOP("Field", "On-site contact phone"), "text", "contact phone",
           "manager phone"),
        _t("backup_contact_name", QT_TRANSLATE_NOOP("Field", "Backup contact"), "text",
           "backup contact name"),
        _t("backup_contact_phone", QT_TRANSLATE_NOOP("Field", "Backup contact phone"), "text"),
    ),
}


def normalise(header: str) -> str:
    return re.sub(r"[^0-9a-z]", "", header.lower())


def targets(kind: str) -> tuple[Target, ...]:
    if kind not in TARGETS:
        raise ValueError(f"unknown import kind {kind!r}")
    return TARGETS[kind]


def target_by_key(kind: str) -> dict[str, Target]:
    return {t.key: t for t in targets(kind)}


def propose(kind: str, headers: list[str]) -> tuple[dict[int, str], list[str]]:
    """The mapping FixDesk suggests, and notes about columns it could not use."""
    lookup: dict[str, str] = {}
    for target in targets(kind):
        for name in target.synonyms:
            lookup.setdefault(normalise(name), target.key)
        # A header written in the user's own language ("Seriennummer") matches too.
        lookup.setdefault(normalise(target.label), target.key)
    mapping: dict[int, str] = {}
    notes: list[str] = []
    taken: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = lookup.get(normalise(header))
        if not header.strip():
            mapping[index] = IGNORE
        elif key and key in taken:
            # Assets keep a second match as a custom field rather than dropping its data.
            mapping[index] = CUSTOM if kind == "assets" else IGNORE
            first = taken[key]
            note = (translate("Import", "Column {number} \"{header}\" also matches {field}, already taken "
                                        "by column {first} \"{first_header}\"; it is kept as a custom field.")
                    if kind == "assets" else
                    translate("Import", "Column {number} \"{header}\" also matches {field}, already taken "
                                        "by column {first} \"{first_header}\"; it is ignored."))
            notes.append(note.format(number=index + 1, header=header, field=target_by_key(kind)[key].label,
                                     first=first + 1, first_header=headers[first]))
        elif key:
            mapping[index] = key
            taken[key] = index
        else:
            mapping[index] = CUSTOM if kind == "assets" else IGNORE
    return mapping, notes


def describe_target(kind: str, target: str, header: str) -> str:
    if target == CUSTOM:
        return translate("Import", "custom field \"{header}\"").format(header=header)
    if target == IGNORE:
        return translate("Import", "ignored")
    return target_by_key(kind)[target].label
