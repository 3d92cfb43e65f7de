"""Peewee models: plain nouns, no behaviour beyond storage.

Every datetime stored here is naive UTC; services convert at the edges.
A change here needs a step in ``migrations.py`` (the ladder test says so).
Money is Decimal with two places.  Models are bound to a database at open
time (``db.open_database``), so importing this module touches nothing.
"""

from __future__ import annotations

import peewee as pw

from desktop_app.records import (  # noqa: F401 - the choices live with the records
    ASSET_STATUSES,
    COST_KINDS,
    EVENT_KINDS,
    INCIDENT_STATUSES,
    OPEN_STATUSES,
    PRIORITIES,
    VENDOR_KINDS,
)


def _money(null: bool = True) -> pw.DecimalField:
    return pw.DecimalField(max_digits=12, decimal_places=2, auto_round=True, null=null)


def _version() -> pw.IntegerField:
    """Bumped by every write (since schema v6): a save checks it was not moved on meanwhile."""
    return pw.IntegerField(default=1, constraints=[pw.SQL("DEFAULT 1")])


def _who() -> pw.CharField:
    """The author or PC of the last write (since schema v6), so a refusal can name them."""
    return pw.CharField(default="", constraints=[pw.SQL("DEFAULT ''")])


class BaseModel(pw.Model):
    class Meta:
        legacy_table_names = False


class SchemaVersion(BaseModel):
    """One row: the schema version this database is at."""

    version = pw.IntegerField()


class Site(BaseModel):
    name = pw.CharField(unique=True)
    address = pw.TextField(default="")
    phone = pw.CharField(default="")
    opening_hours = pw.CharField(default="")
    access_notes = pw.TextField(default="")
    parking_notes = pw.TextField(default="")
    alarm_notes = pw.TextField(default="")
    contact_name = pw.CharField(default="")
    contact_phone = pw.CharField(default="")
    backup_contact_name = pw.CharField(default="")
    backup_contact_phone = pw.CharField(default="")
    archived = pw.BooleanField(default=False)
    version = _version()
    updated_at = pw.DateTimeField(null=True)
    updated_by = _who()
    updated_host = _who()


class Person(BaseModel):
    name = pw.CharField(index=True)
    email = pw.CharField(default="")
    phone = pw.CharField(default="")
    site = pw.ForeignKeyField(Site, null=True, backref="people", on_delete="RESTRICT")
    archived = pw.BooleanField(default=False)
    version = _version()
    updated_at = pw.DateTimeField(null=True)
    updated_by = _who()
    updated_host = _who()


class Vendor(BaseModel):
    name = pw.CharField(unique=True)
    kind = pw.CharField(default="it_breakfix")
    phone = pw.CharField(default="")
    phone_alt = pw.CharField(default="")
    email = pw.CharField(default="")
    website = pw.CharField(default="")
    portal_url = pw.CharField(default="")
    portal_user = pw.CharField(default="")
    account_number = pw.CharField(default="")
    support_hours = pw.CharField(default="")
    callout_fee = _money()
    hourly_rate = _money()
    minimum_charge = _money()
    response_hours = pw.FloatField(null=True)
    notes = pw.TextField(default="")
    archived = pw.BooleanField(default=False)
    version = _version()
    updated_at = pw.DateTimeField(null=True)
    updated_by = _who()
    updated_host = _who()


class VendorContact(BaseModel):
    vendor = pw.ForeignKeyField(Vendor, backref="contacts", on_delete="CASCADE")
    name = pw.CharField()
    role = pw.CharField(default="")
    phone = pw.CharField(default="")
    email = pw.CharField(default="")


class Asset(BaseModel):
    tag = pw.CharField()
    # Lower-cased tag: uniqueness is case-insensitive on every backend.
    tag_key = pw.CharField(unique=True)
    name = pw.CharField(index=True)  # since schema v2
    category = pw.CharField(default="", index=True)
    manufacturer = pw.CharField(default="")
    model = pw.CharField(default="")
    serial = pw.CharField(default="", index=True)
    # site, person, vendor, warranty_end: indexed below, leaving out blanks (since schema v5).
    site = pw.ForeignKeyField(Site, null=True, backref="assets", on_delete="RESTRICT", index=False)
    location = pw.CharField(default="")
    person = pw.ForeignKeyField(Person, null=True, backref="assets", on_delete="RESTRICT", index=False)
    status = pw.CharField(default="in_use", index=True)
    purchase_date = pw.DateField(null=True)
    purchase_cost = _money()
    supplier = pw.CharField(default="")
    warranty_end = pw.DateField(null=True)
    vendor = pw.ForeignKeyField(Vendor, null=True, backref="assets", on_delete="RESTRICT", index=False)
    hostname = pw.CharField(default="")
    ip_address = pw.CharField(default="")
    notes = pw.TextField(default="")
    custom_fields = pw.TextField(default="{}")
    archived = pw.BooleanField(default=False)
    version = _version()
    updated_at = pw.DateTimeField(null=True)
    updated_by = _who()
    updated_host = _who()


# Partial indexes (since schema v5): an asset without a site, person, vendor or warranty end
# has no entry, so importing thousands of such assets builds none.  Both SQLite and PostgreSQL
# still use them for "col = ?", "col < ?", IN, and the foreign-key check when a site, person or
# vendor is deleted, since each of those implies "col IS NOT NULL".  Names as before v5.
ASSET_PARTIAL_INDEXES = (
    (Asset.site, "asset_site_id"),
    (Asset.person, "asset_person_id"),
    (Asset.vendor, "asset_vendor_id"),
    (Asset.warranty_end, "asset_warranty_end"),
)
for _field, _name in ASSET_PARTIAL_INDEXES:
    Asset.add_index(Asset.index(_field, where=_field.is_null(False), name=_name))
del _field, _name


class RefCounter(BaseModel):
    """Last incident number handed out per year, so references are never reused."""

    year = pw.IntegerField(primary_key=True)
    last = pw.IntegerField(default=0)


class Incident(BaseModel):
    ref = pw.CharField(unique=True)
    title = pw.CharField(index=True)  # since schema v3 (sorting by title)
    description = pw.TextField(default="")
    error_messages = pw.TextField(default="")
    tried = pw.TextField(default="")
    asset = pw.ForeignKeyField(Asset, null=True, backref="incidents", on_delete="RESTRICT")
    reported_by = pw.ForeignKeyField(Person, null=True, backref="incidents", on_delete="RESTRICT")
    priority = pw.CharField(default="P3", index=True)
    users_affected = pw.IntegerField(default=1)
    status = pw.CharField(default="new", index=True)
    vendor = pw.ForeignKeyField(Vendor, null=True, backref="incidents", on_delete="RESTRICT")
    vendor_ref = pw.CharField(default="")
    po_number = pw.CharField(default="")
    spend_cap = _money()
    authorised_by = pw.CharField(default="")
    opened_at = pw.DateTimeField(index=True)
    called_out_at = pw.DateTimeField(null=True)
    response_due_at = pw.DateTimeField(null=True, index=True)  # since schema v3
    arrived_at = pw.DateTimeField(null=True)
    resolved_at = pw.DateTimeField(null=True)
    closed_at = pw.DateTimeField(null=True)
    cancelled_at = pw.DateTimeField(null=True)
    cause = pw.TextField(default="")
    resolution = pw.TextField(default="")
    # Kept in step by the cost service so lists never sum per row.
    total_cost = _money(null=False)
    updated_at = pw.DateTimeField()
    version = _version()
    updated_by = _who()
    updated_host = _who()


# The incidents list filters by status and sorts by opened time (since schema v2); "overdue"
# is open and past the response due time (since v4).
Incident.add_index(Incident.index(Incident.status, Incident.opened_at, name="incident_status_opened"))
Incident.add_index(Incident.index(Incident.status, Incident.response_due_at, name="incident_status_due"))


class IncidentEvent(BaseModel):
    incident = pw.ForeignKeyField(Incident, backref="events", on_delete="CASCADE")
    at = pw.DateTimeField()
    kind = pw.CharField(default="note")
    text = pw.TextField(default="")
    author = pw.CharField(default="")
    from_status = pw.CharField(null=True)
    to_status = pw.CharField(null=True)
    host = _who()  # since schema v6: the PC it was recorded on


class CostLine(BaseModel):
    incident = pw.ForeignKeyField(Incident, backref="costs", on_delete="CASCADE")
    kind = pw.CharField()
    description = pw.CharField(default="")
    hours = pw.DecimalField(max_digits=8, decimal_places=2, auto_round=True, null=True)
    amount = _money(null=False)
    invoice_ref = pw.CharField(default="")
    created_at = pw.DateTimeField()


class Attachment(BaseModel):
    incident = pw.ForeignKeyField(Incident, backref="attachments", on_delete="CASCADE")
    filename = pw.CharField()
    mime = pw.CharField(default="application/octet-stream")
    size = pw.IntegerField()
    sha256 = pw.CharField()
    data = pw.BlobField()
    created_at = pw.DateTimeField()


class Setting(BaseModel):
    key = pw.CharField(primary_key=True)
    value = pw.TextField(default="")


INTERVAL_UNITS = ("days", "weeks", "months", "years")


class PlannedTask(BaseModel):
    """Work done on a schedule (a check, a service, a renewal), since schema v6.

    ``due`` is a calendar date, never a time: a reminder must not move an hour with the
    clocks.  A recurring task keeps one row whose ``due`` moves on at each Done; ``anchor_day``
    remembers the day of the month the schedule was set on, so "every month from 31 January"
    comes back to the 31st after a short month.
    """

    title = pw.CharField()
    notes = pw.TextField(default="")
    due = pw.DateField(index=True)
    every_n = pw.IntegerField(null=True)
    every_unit = pw.CharField(default="")
    anchor_day = pw.IntegerField(null=True)
    from_done = pw.BooleanField(default=False)
    asset = pw.ForeignKeyField(Asset, null=True, backref="planned_tasks", on_delete="SET NULL")
    vendor = pw.ForeignKeyField(Vendor, null=True, backref="planned_tasks", on_delete="SET NULL")
    cost = _money()
    renewal = pw.BooleanField(default=False)
    notice_days = pw.IntegerField(null=True)
    done = pw.BooleanField(default=False)
    version = pw.IntegerField(default=1)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()


class TaskDone(BaseModel):
    """One time a planned task was done: when, by whom, what it cost (since schema v6)."""

    task = pw.ForeignKeyField(PlannedTask, backref="done_records", on_delete="CASCADE")
    due = pw.DateField()
    done_on = pw.DateField(index=True)
    done_at = pw.DateTimeField()
    done_by = pw.CharField(default="")
    cost = _money()
    note = pw.TextField(default="")
    next_due = pw.DateField(null=True)


MODELS: list[type[pw.Model]] = [
    SchemaVersion, Site, Person, Vendor, VendorContact, Asset, RefCounter,
    Incident, IncidentEvent, CostLine, Attachment, Setting, PlannedTask, TaskDone,
]
