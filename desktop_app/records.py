"""The frozen record types the services return, and the names of the values they hold.

What the window, the CLI and paper read.  No peewee here (the models import their choices
from this module), so the document builders in ``reports/`` can take records without
loading any database code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from desktop_app.i18n import QT_TRANSLATE_NOOP, Labels, format_date, translate
from desktop_app.timeutil import minutes_between, now_utc

ASSET_STATUSES = ("in_use", "spare", "in_repair", "retired")
INCIDENT_STATUSES = (
    "new", "called_out", "in_progress", "waiting_parts", "resolved", "closed", "cancelled",
)
OPEN_STATUSES = ("new", "called_out", "in_progress", "waiting_parts")
PRIORITIES = ("P1", "P2", "P3", "P4")
VENDOR_KINDS = ("it_breakfix", "printer_copier", "telecom", "manufacturer", "software", "other")
COST_KINDS = ("callout", "labour", "parts", "travel", "other")
EVENT_KINDS = ("status", "note", "call", "callout", "cost", "attachment", "email", "edit")


# Read in the current language (desktop_app.i18n.Labels); ``.source(key)`` is the English.
STATUS_LABELS = Labels("Status", {
    "new": QT_TRANSLATE_NOOP("Status", "New"),
    "called_out": QT_TRANSLATE_NOOP("Status", "Called out"),
    "in_progress": QT_TRANSLATE_NOOP("Status", "In progress"),
    "waiting_parts": QT_TRANSLATE_NOOP("Status", "Waiting for parts"),
    "resolved": QT_TRANSLATE_NOOP("Status", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("Status", "Closed"),
    "cancelled": QT_TRANSLATE_NOOP("Status", "Cancelled"),
})
PRIORITY_LABELS = Labels("Priority", {
    "P1": QT_TRANSLATE_NOOP("Priority", "P1 - business stopped"),
    "P2": QT_TRANSLATE_NOOP("Priority", "P2 - serious"),
    "P3": QT_TRANSLATE_NOOP("Priority", "P3 - annoying"),
    "P4": QT_TRANSLATE_NOOP("Priority", "P4 - cosmetic"),
})


@dataclass(frozen=True)
class IncidentRecord:
    id: int
    ref: str
    title: str
    status: str
    priority: str
    opened_at: dt.datetime
    description: str = ""
    error_messages: str = ""
    tried: str = ""
    asset_id: int | None = None
    asset_tag: str = ""
    asset_name: str = ""
    reported_by_id: int | None = None
    reported_by_name: str = ""
    users_affected: int = 1
    vendor_id: int | None = None
    vendor_name: str = ""
    vendor_response_hours: float | None = None
    vendor_ref: str = ""
    po_number: str = ""
    spend_cap: Decimal | None = None
    authorised_by: str = ""
    called_out_at: dt.datetime | None = None
    response_due_at: dt.datetime | None = None
    arrived_at: dt.datetime | None = None
    resolved_at: dt.datetime | None = None
    closed_at: dt.datetime | None = None
    cancelled_at: dt.datetime | None = None
    cause: str = ""
    resolution: str = ""
    total_cost: Decimal = Decimal("0.00")
    updated_at: dt.datetime | None = None
    version: int = 0  # moves on with every write to the incident, its steps, costs and notes
    updated_by: str = ""  # who wrote that version, and on which PC
    updated_host: str = ""

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def response_minutes(self) -> int | None:
        """Called out -> engineer arrived."""
        return minutes_between(self.called_out_at, self.arrived_at)

    @property
    def resolution_minutes(self) -> int | None:
        """Opened -> resolved."""
        return minutes_between(self.opened_at, self.resolved_at)

    def downtime_minutes(self, now: dt.datetime | None = None) -> int | None:
        """Opened -> resolved, or -> now while still open; none for a cancelled report."""
        if self.status == "cancelled":
            return None
        end = self.resolved_at or (now or now_utc())
        return minutes_between(self.opened_at, end)

    def response_breached(self, now: dt.datetime | None = None) -> bool | None:
        """Did the vendor miss its promised response? None when nothing was promised."""
        if self.response_due_at is None:
            return None
        if self.arrived_at is not None:
            return self.arrived_at > self.response_due_at
        if self.is_open:
            return (now or now_utc()) > self.response_due_at
        return False

    def age_minutes(self, now: dt.datetime | None = None) -> int:
        end = self.closed_at or self.cancelled_at or (now or now_utc())
        return minutes_between(self.opened_at, end) or 0


@dataclass(frozen=True)
class EventRecord:
    id: int
    at: dt.datetime
    kind: str
    text: str
    author: str = ""
    from_status: str | None = None
    to_status: str | None = None


@dataclass(frozen=True)
class CostRecord:
    id: int
    kind: str
    amount: Decimal
    description: str = ""
    hours: Decimal | None = None
    invoice_ref: str = ""
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class AttachmentRecord:
    id: int
    filename: str
    mime: str
    size: int
    sha256: str
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class IncidentDetail:
    incident: IncidentRecord
    events: tuple[EventRecord, ...] = field(default_factory=tuple)
    costs: tuple[CostRecord, ...] = field(default_factory=tuple)
    attachments: tuple[AttachmentRecord, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class IncidentFilter:
    """What the incidents list shows; every part is applied in the database."""

    statuses: tuple[str, ...] = ()
    search: str = ""
    asset_id: int | None = None
    vendor_id: int | None = None
    opened_from: dt.datetime | None = None  # naive UTC, inclusive
    opened_to: dt.datetime | None = None  # naive UTC, exclusive
    overdue_only: bool = False


ASSET_STATUS_LABELS = Labels("AssetStatus", {
    "in_use": QT_TRANSLATE_NOOP("AssetStatus", "In use"),
    "spare": QT_TRANSLATE_NOOP("AssetStatus", "Spare"),
    "in_repair": QT_TRANSLATE_NOOP("AssetStatus", "In repair"),
    "retired": QT_TRANSLATE_NOOP("AssetStatus", "Retired"),
})


@dataclass(frozen=True)
class AssetRecord:
    id: int
    tag: str
    name: str
    category: str = ""
    manufacturer: str = ""
    model: str = ""
    serial: str = ""
    site_id: int | None = None
    site_name: str = ""
    location: str = ""
    person_id: int | None = None
    person_name: str = ""
    status: str = "in_use"
    purchase_date: dt.date | None = None
    purchase_cost: Decimal | None = None
    supplier: str = ""
    warranty_end: dt.date | None = None
    vendor_id: int | None = None
    vendor_name: str = ""
    hostname: str = ""
    ip_address: str = ""
    notes: str = ""
    custom_fields: dict[str, Any] = field(default_factory=dict)
    archived: bool = False
    version: int = 0  # moves on with every write; when, by whom and on which PC:
    updated_at: dt.datetime | None = None
    updated_by: str = ""
    updated_host: str = ""

    @property
    def status_label(self) -> str:
        return ASSET_STATUS_LABELS.get(self.status, self.status)

    @property
    def make_model(self) -> str:
        return " ".join(p for p in (self.manufacturer, self.model) if p)

    def under_warranty(self, today: dt.date | None = None) -> bool:
        today = today or dt.date.today()
        return self.warranty_end is not None and self.warranty_end >= today

    def warranty_state(self, today: dt.date | None = None) -> str:
        """One line for screen and paper."""
        if self.warranty_end is None:
            return translate("Warranty", "No warranty recorded")
        ends = format_date(self.warranty_end)
        if self.under_warranty(today):
            return translate("Warranty", "Under warranty until {date}").format(date=ends)
        return translate("Warranty", "Warranty ended {date}").format(date=ends)


@dataclass(frozen=True)
class AssetHistory:
    incident_count: int
    total_cost: Decimal
    downtime_minutes: int


@dataclass(frozen=True)
class SiteRecord:
    id: int
    name: str
    address: str = ""
    phone: str = ""
    opening_hours: str = ""
    access_notes: str = ""
    parking_notes: str = ""
    alarm_notes: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    backup_contact_name: str = ""
    backup_contact_phone: str = ""
    archived: bool = False
    version: int = 0  # moves on with every write; when, by whom and on which PC:
    updated_at: dt.datetime | None = None
    updated_by: str = ""
    updated_host: str = ""


@dataclass(frozen=True)
class PersonRecord:
    id: int
    name: str
    email: str = ""
    phone: str = ""
    site_id: int | None = None
    site_name: str = ""
    archived: bool = False
    version: int = 0  # moves on with every write; when, by whom and on which PC:
    updated_at: dt.datetime | None = None
    updated_by: str = ""
    updated_host: str = ""


KIND_LABELS = Labels("VendorKind", {
    "it_breakfix": QT_TRANSLATE_NOOP("VendorKind", "IT break-fix"),
    "printer_copier": QT_TRANSLATE_NOOP("VendorKind", "Printer / copier"),
    "telecom": QT_TRANSLATE_NOOP("VendorKind", "Telecom / internet"),
    "manufacturer": QT_TRANSLATE_NOOP("VendorKind", "Manufacturer"),
    "software": QT_TRANSLATE_NOOP("VendorKind", "Software"),
    "other": QT_TRANSLATE_NOOP("VendorKind", "Other"),
})


@dataclass(frozen=True)
class ContactRecord:
    id: int
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class VendorRecord:
    id: int
    name: str
    kind: str = "it_breakfix"
    phone: str = ""
    phone_alt: str = ""
    email: str = ""
    website: str = ""
    portal_url: str = ""
    portal_user: str = ""
    account_number: str = ""
    support_hours: str = ""
    callout_fee: Decimal | None = None
    hourly_rate: Decimal | None = None
    minimum_charge: Decimal | None = None
    response_hours: float | None = None
    notes: str = ""
    archived: bool = False
    version: int = 0  # moves on with every write; when, by whom and on which PC:
    updated_at: dt.datetime | None = None
    updated_by: str = ""
    updated_host: str = ""
    contacts: tuple[ContactRecord, ...] = field(default_factory=tuple)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class OfficeSettings:
    office_name: str
    office_address: str
    office_phone: str
    currency: str
    paper_size: str
    managed_quote_per_seat: Decimal | None
    downtime_cost_per_hour: Decimal | None
    seats: int | None
    replace_threshold_percent: int
    user_name: str
    smtp_host: str
    smtp_port: int
    smtp_security: str
    smtp_user: str
    smtp_sender: str
    backup_keep: int
    auto_backup: bool
    setup_done: bool
