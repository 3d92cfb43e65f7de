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

CUSTOM = "custom"
IGNORE = ""
KINDS = ("assets", "vendors", "people", "sites")


@dataclass(frozen=True)
class Target:
    key: str
    label: str
    type: str  # text, date, money, months, status, vendor_kind, float, bool
    synonyms: tuple[str, ...] = ()
    required: bool = False


def _t(key: str, label: str, type_: str = "text", *synonyms: str, required: bool = False) -> Target:
    return Target(key, label, type_, (label, key, *synonyms), required)


TARGETS: dict[str, tuple[Target, ...]] = {
    "assets": (
        _t("tag", "Asset tag", "text", "tag", "asset id", "asset no", "asset number", "inventory number",
           "inventory no", "import ref", required=True),
        _t("name", "Name", "text", "item name", "asset name", "item", "device", "device name", required=True),
        _t("category", "Category", "text", "type", "asset type", "device type"),
        _t("manufacturer", "Manufacturer", "text", "make", "brand"),
        _t("model", "Model", "text", "model name"),
        _t("serial", "Serial number", "text", "serial", "serial no", "s/n", "sn"),
        _t("site", "Site", "text", "location", "office", "building"),
        _t("location", "Room", "text", "area", "desk", "room number"),
        _t("person", "Assigned to", "text", "full name", "checked out to", "user", "owner", "assignee",
           "employee"),
        _t("status", "Status", "status", "state", "asset status", "status label"),
        _t("purchase_date", "Purchase date", "date", "purchased", "purchased time", "date purchased",
           "order date", "bought"),
        _t("purchase_cost", "Purchase cost", "money", "cost", "price", "purchased price", "purchase price",
           "value"),
        _t("supplier", "Supplier", "text", "purchased from", "purchase from", "seller", "bought from"),
        _t("warranty_end", "Warranty end", "date", "warranty expires", "warranty expiry", "warranty until",
           "warranty expiration", "warranty end date", "warranty expiration date"),
        _t("warranty_months", "Warranty (months)", "months", "warranty", "warranty months",
           "warranty period", "warranty length"),
        _t("vendor", "Maintained by", "text", "maintainer", "support vendor", "service provider",
           "support company", "maintained by vendor"),
        _t("hostname", "Hostname", "text", "host name", "computer name"),
        _t("ip_address", "IP address", "text", "ip", "ip addr"),
        _t("notes", "Notes", "text", "asset notes", "comments", "remarks", "description"),
        _t("archived", "Archived", "bool"),
    ),
    "vendors": (
        _t("name", "Name", "text", "vendor", "vendor name", "company", "company name", "supplier",
           required=True),
        _t("kind", "Kind", "vendor_kind", "vendor type", "vendor kind"),
        _t("phone", "Phone", "text", "telephone", "tel", "support phone", "phone number"),
        _t("phone_alt", "Other phone", "text", "alt phone", "mobile", "phone 2"),
        _t("email", "E-mail", "text", "email", "mail", "support email", "email address"),
        _t("website", "Website", "text", "web", "url", "web site", "homepage"),
        _t("portal_url", "Portal URL", "text", "portal", "support portal"),
        _t("portal_user", "Portal user name", "text", "portal user", "portal username", "portal login"),
        _t("account_number", "Account number", "text", "account", "account no", "customer number",
           "customer no"),
        _t("support_hours", "Support hours", "text", "hours", "opening hours"),
        _t("callout_fee", "Call-out fee", "money", "callout fee", "call out fee", "callout charge"),
        _t("hourly_rate", "Hourly rate", "money", "rate", "labour rate", "labor rate"),
        _t("minimum_charge", "Minimum charge", "money", "minimum", "min charge"),
        _t("response_hours", "Response time (hours)", "float", "response hours", "response time",
           "sla hours"),
        _t("notes", "Notes", "text", "comments", "remarks"),
        _t("archived", "Archived", "bool"),
    ),
    "people": (
        _t("name", "Name", "text", "full name", "person", "employee", "employee name", "display name"),
        _t("first_name", "First name", "text", "given name", "firstname", "forename"),
        _t("last_name", "Last name", "text", "surname", "family name", "lastname"),
        _t("email", "E-mail", "text", "email", "mail", "email address"),
        _t("phone", "Phone", "text", "telephone", "tel", "mobile", "phone number"),
        _t("site", "Site", "text", "location", "office", "building"),
    ),
    "sites": (
        _t("name", "Name", "text", "site", "site name", "location", "location name", "office",
           "warehouse", required=True),
        _t("address", "Address", "text", "street", "address1", "address line 1"),
        _t("address2", "Address line 2", "text", "address2", "address line 2"),
        _t("city", "City", "text", "town"),
        _t("state", "State / county", "text", "state", "county", "region", "province"),
        _t("zip", "Postcode", "text", "zip", "zip code", "postal code", "post code"),
        _t("country", "Country", "text"),
        _t("phone", "Phone", "text", "telephone", "tel"),
        _t("opening_hours", "Opening hours", "text", "hours"),
        _t("access_notes", "Access notes", "text", "access"),
        _t("parking_notes", "Parking notes", "text", "parking"),
        _t("alarm_notes", "Alarm notes", "text", "alarm"),
        _t("contact_name", "On-site contact", "text", "contact", "contact name", "manager"),
        _t("contact_phone", "On-site contact phone", "text", "contact phone", "manager phone"),
        _t("backup_contact_name", "Backup contact", "text", "backup contact name"),
        _t("backup_contact_phone", "Backup contact phone", "text"),
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
            notes.append(f"Column {index + 1} \"{header}\" also matches {target_by_key(kind)[key].label}, "
                         f"already taken by column {first + 1} \"{headers[first]}\"; it is "
                         + ("kept as a custom field." if kind == "assets" else "ignored."))
        elif key:
            mapping[index] = key
            taken[key] = index
        else:
            mapping[index] = CUSTOM if kind == "assets" else IGNORE
    return mapping, notes


def describe_target(kind: str, target: str, header: str) -> str:
    if target == CUSTOM:
        return f"custom field \"{header}\""
    if target == IGNORE:
        return "ignored"
    return target_by_key(kind)[target].label
