"""CSV export of assets, incidents and vendors that Excel opens cleanly and FixDesk re-imports.

UTF-8 with a BOM (so Excel picks the right encoding), CRLF rows, ISO dates
(times in UTC with a Z), amounts as plain numbers.  Any cell starting with
``=``, ``+``, ``-``, ``@``, tab or CR is prefixed with an apostrophe, so a
spreadsheet shows it as text instead of running it as a formula; the importer
removes that apostrophe again, which is what makes export -> import round-trip.
The column headers are the importer's own field labels.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app import money
from desktop_app.i18n import translate
from desktop_app.records import ASSET_STATUS_LABELS, KIND_LABELS
from desktop_app.services.errors import ServiceError
from desktop_app.timeutil import iso_utc

KINDS = ("assets", "incidents", "vendors")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

ASSET_COLUMNS = (
    ("Asset tag", "tag"), ("Name", "name"), ("Category", "category"), ("Manufacturer", "manufacturer"),
    ("Model", "model"), ("Serial number", "serial"), ("Site", "site_name"), ("Room", "location"),
    ("Assigned to", "person_name"), ("Status", "status_english"), ("Purchase date", "purchase_date"),
    ("Purchase cost", "purchase_cost"), ("Supplier", "supplier"), ("Warranty end", "warranty_end"),
    ("Maintained by", "vendor_name"), ("Hostname", "hostname"), ("IP address", "ip_address"),
    ("Notes", "notes"), ("Archived", "archived"),
)
VENDOR_COLUMNS = (
    ("Name", "name"), ("Kind", "kind_english"), ("Phone", "phone"), ("Other phone", "phone_alt"),
    ("E-mail", "email"), ("Website", "website"), ("Portal URL", "portal_url"),
    ("Portal user name", "portal_user"), ("Account number", "account_number"),
    ("Support hours", "support_hours"), ("Call-out fee", "callout_fee"), ("Hourly rate", "hourly_rate"),
    ("Minimum charge", "minimum_charge"), ("Response time (hours)", "response_hours"), ("Notes", "notes"),
    ("Archived", "archived"),
)
INCIDENT_COLUMNS = (
    ("Reference", "ref"), ("Title", "title"), ("Status", "status"), ("Priority", "priority"),
    ("Asset tag", "asset_tag"), ("Asset", "asset_name"), ("Reported by", "reported_by_name"),
    ("Users affected", "users_affected"), ("Vendor", "vendor_name"), ("Vendor job ref", "vendor_ref"),
    ("PO number", "po_number"), ("Spend cap", "spend_cap"), ("Opened", "opened_at"),
    ("Called out", "called_out_at"), ("Response due", "response_due_at"), ("Engineer arrived", "arrived_at"),
    ("Resolved", "resolved_at"), ("Closed", "closed_at"), ("Cancelled", "cancelled_at"),
    ("Total cost", "total_cost"), ("Description", "description"), ("Error messages", "error_messages"),
    ("What was tried", "tried"), ("Cause", "cause"), ("Resolution", "resolution"),
)


def neutralise(text: str) -> str:
    """A cell a spreadsheet would run as a formula becomes plain text."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return iso_utc(value) or ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return money.plain(value)
    if isinstance(value, float):
        return f"{value:g}"
    return neutralise(str(value))


def write_csv(path: str | os.PathLike[str], headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write atomically (a half-written export never replaces a good one); returns the row count."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".csv", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\r\n")
            writer.writerow([neutralise(h) for h in headers])
            for row in rows:
                writer.writerow([cell(v) for v in row])
                count += 1
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ServiceError(translate("Export", "Could not write {path}: {reason}.")
                           .format(path=target, reason=exc.strerror)) from exc
    return count


# Labels a file carries in English whatever the language on screen, so a German PC's export
# imports on an English one (the importer reads these words).
_ENGLISH = {"status_english": lambda r: ASSET_STATUS_LABELS.source(r.status),
            "kind_english": lambda r: KIND_LABELS.source(r.kind)}


def _value(record: Any, attr: str) -> Any:
    english = _ENGLISH.get(attr)
    return english(record) if english else getattr(record, attr)


def _records(records: Sequence[Any], columns: Sequence[tuple[str, str]],
             custom: bool = False) -> tuple[list[str], list[list[Any]]]:
    headers = [label for label, _ in columns]
    extra: list[str] = []
    if custom:
        # Every custom field anyone has becomes a column, in first-seen order.
        extra = list(dict.fromkeys(k for r in records for k in r.custom_fields))
    rows = [[_value(r, attr) for _, attr in columns] + [r.custom_fields.get(k, "") for k in extra]
            for r in records]
    return headers + extra, rows


def export(services: Any, kind: str, path: str | os.PathLike[str]) -> int:
    """Export every record of ``kind`` (archived ones too) to ``path``; returns the row count."""
    if kind == "assets":
        headers, rows = _records(services.assets.list(include_archived=True), ASSET_COLUMNS, custom=True)
    elif kind == "vendors":
        headers, rows = _records(services.vendors.list(include_archived=True), VENDOR_COLUMNS)
    elif kind == "incidents":
        from desktop_app.records import IncidentFilter

        records = services.incidents.list(IncidentFilter(), sort="opened", descending=False)
        headers, rows = _records(records, INCIDENT_COLUMNS)
    else:
        raise ServiceError(translate("Export", "Export of {kind} is not available; choose one of: {kinds}.")
                           .format(kind=kind, kinds=", ".join(KINDS)))
    return write_csv(path, headers, rows)
