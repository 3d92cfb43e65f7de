"""Incidents: logging, editing, finding and listing them (the workflow is in workflow.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from dataclasses import replace
from decimal import Decimal
from typing import Any

import peewee as pw

from desktop_app.i18n import QT_TRANSLATE_NOOP, language, translate
from desktop_app.models import (
    OPEN_STATUSES,
    PRIORITIES,
    Asset,
    Attachment,
    CostLine,
    Incident,
    IncidentEvent,
    Person,
    RefCounter,
    Vendor,
)
from desktop_app.records import (  # noqa: F401 - importable from here too
    PRIORITY_LABELS,
    STATUS_LABELS,
    AttachmentRecord,
    CostRecord,
    EventRecord,
    IncidentDetail,
    IncidentFilter,
    IncidentRecord,
)
from desktop_app.search import fts_phrase, has_fts
from desktop_app.services.base import Service, containing, no_such, sort_order, this_host, to_record
from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.refs import resolve
from desktop_app.services.validate import (
    Field,
    choice,
    clean,
    field_name,
    long_text,
    parse_datetime,
    parse_int,
    parse_money,
    text,
)
from desktop_app.timeutil import now_utc, to_local


def _in_sentence(label: str) -> str:
    """A field's name inside a sentence: English lower-cases it, German keeps its capital."""
    name = field_name(label)
    return name.lower() if language() == "en" else name


def _passthrough(label: str, value: Any) -> Any:
    return value


INCIDENT_FIELDS = {
    "title": Field(QT_TRANSLATE_NOOP("Field", "Title"), text, required=True),
    "description": Field(QT_TRANSLATE_NOOP("Field", "Description"), long_text),
    "error_messages": Field(QT_TRANSLATE_NOOP("Field", "Error messages"), long_text),
    "tried": Field(QT_TRANSLATE_NOOP("Field", "What was tried"), long_text),
    "asset": Field(QT_TRANSLATE_NOOP("Field", "Asset"), _passthrough),
    "reported_by": Field(QT_TRANSLATE_NOOP("Field", "Reported by"), _passthrough),
    "priority": Field(QT_TRANSLATE_NOOP("Field", "Priority"), choice(PRIORITIES)),
    "users_affected": Field(QT_TRANSLATE_NOOP("Field", "Users affected"), parse_int),
    "vendor": Field(QT_TRANSLATE_NOOP("Field", "Vendor"), _passthrough),
    "vendor_ref": Field(QT_TRANSLATE_NOOP("Field", "Vendor's job reference"), text),
    "po_number": Field(QT_TRANSLATE_NOOP("Field", "PO number"), text),
    "spend_cap": Field(QT_TRANSLATE_NOOP("Field", "Spend cap"), parse_money),
    "authorised_by": Field(QT_TRANSLATE_NOOP("Field", "Authorised by"), text),
    "opened_at": Field(QT_TRANSLATE_NOOP("Field", "Opened at"), parse_datetime),
    "cause": Field(QT_TRANSLATE_NOOP("Field", "Cause"), long_text),
    "resolution": Field(QT_TRANSLATE_NOOP("Field", "Resolution"), long_text),
}


# Above this many matches, the first screen of a search is read in sort order (see page()).
BROAD_SEARCH = 1500

SORTABLE = {
    "ref": Incident.id, "title": Incident.title, "asset": Asset.tag_key,
    "priority": Incident.priority, "status": Incident.status, "vendor": Vendor.name,
    "opened": Incident.opened_at, "opened_at": Incident.opened_at,
    "age": Incident.opened_at, "response_due": Incident.response_due_at,
    "total_cost": Incident.total_cost,
}


_RECORD_FIELDS = {f.name for f in dataclasses.fields(IncidentRecord)}
_LINKS = {"asset": "asset_id", "vendor": "vendor_id", "reported_by": "reported_by_id"}
_CENT = Decimal("0.01")


def flat_incident_query() -> pw.ModelSelect:
    """Incidents with their asset, vendor and reporter names, as plain dicts (what the window,
    ``fixdesk list`` and the reports read): cheaper to turn into records than joined model
    instances."""
    return (Incident.select(Incident, Asset.tag.alias("asset_tag"), Asset.name.alias("asset_name"),
                            Vendor.name.alias("vendor_name"),
                            Vendor.response_hours.alias("vendor_response_hours"),
                            Person.name.alias("reported_by_name"))
            .join(Asset, pw.JOIN.LEFT_OUTER, on=(Incident.asset == Asset.id))
            .switch(Incident).join(Vendor, pw.JOIN.LEFT_OUTER, on=(Incident.vendor == Vendor.id))
            .switch(Incident).join(Person, pw.JOIN.LEFT_OUTER, on=(Incident.reported_by == Person.id))
            .dicts())


def record_from_dict(row: dict[str, Any]) -> IncidentRecord:
    values = {_LINKS.get(k, k): v for k, v in row.items()}
    values = {k: v for k, v in values.items() if k in _RECORD_FIELDS}
    for key in ("asset_tag", "asset_name", "vendor_name", "reported_by_name"):
        values[key] = values.get(key) or ""
    values["total_cost"] = Decimal(values.get("total_cost") or 0).quantize(_CENT)
    if values.get("spend_cap") is not None:
        values["spend_cap"] = Decimal(values["spend_cap"]).quantize(_CENT)
    return IncidentRecord(**values)


class IncidentService(Service):
    def __init__(self, db: pw.Database) -> None:
        super().__init__(db)
        self._fts: bool | None = None
        self._count_cache: tuple[tuple[str, int] | None, float, int] = (None, 0.0, 0)

    # -- writing ---------------------------------------------------------------------------
    def _next_ref(self, year: int) -> str:
        """The next INC-YYYY-NNNN; the counter only goes up, so a deleted number is never reused."""
        RefCounter.get_or_create(year=year, defaults={"last": 0})
        while True:
            # Bump in SQL so two writers never hand out the same number.
            RefCounter.update(last=RefCounter.last + 1).where(RefCounter.year == year).execute()
            number = RefCounter.get(RefCounter.year == year).last
            ref = f"INC-{year}-{number:04d}"
            # A reference written by other means (an import, an old backup merged in) is skipped.
            if not Incident.select().where(Incident.ref == ref).exists():
                return ref

    def _resolve_links(self, data: dict[str, Any]) -> dict[str, Any]:
        if "asset" in data:
            value = data["asset"]
            if isinstance(value, str):
                # A typed tag, matched case-insensitively; the message shows it as typed.
                tag = value.strip()
                row = Asset.select(Asset.id).where(Asset.tag_key == tag.lower()).first() if tag else None
                if tag and row is None:
                    raise ValidationError("asset", translate("Assets", "There is no asset with tag {tag}.")
                                          .format(tag=tag))
                data["asset"] = row.id if row else None
            else:
                data["asset"] = resolve(Asset, value, "asset", "asset")
        if "vendor" in data:
            data["vendor"] = resolve(Vendor, data["vendor"], "vendor", "vendor")
        if "reported_by" in data:
            data["reported_by"] = resolve(Person, data["reported_by"], "reported_by", "person")
        return data

    def create(self, author: str = "", **values: Any) -> IncidentRecord:
        data = clean(INCIDENT_FIELDS, values)
        now = now_utc()
        opened = data.pop("opened_at", None) or now
        if opened > now + dt.timedelta(minutes=1):
            raise ValidationError("opened_at", translate("Incidents", "Opened at cannot be in the future."))
        if data.get("users_affected") is None:
            data.pop("users_affected", None)
        with self._writing():
            data = self._resolve_links(data)
            if data.get("vendor") is None and data.get("asset"):
                # The asset's maintainer is the sensible default vendor.
                data["vendor"] = Asset.get_by_id(data["asset"]).vendor_id
            # The year in the reference is the office's year, not UTC's (New Year's Eve late shift).
            year = to_local(opened).year  # type: ignore[union-attr]
            row = Incident.create(ref=self._next_ref(year), opened_at=opened, status="new",
                                  total_cost=Decimal("0.00"), updated_at=now,
                                  updated_by=author or self.who(), updated_host=this_host(), **data)
            IncidentEvent.create(incident=row, at=opened, kind="status", to_status="new",
                                 text=translate("Timeline", "Incident logged"), author=author,
                                 host=this_host())
        return self.get(row.id)

    def lock(self, incident_id: int, expected_version: int | None = None) -> Incident:
        """The incident row, locked for the rest of the caller's write transaction, after
        checking it is still at ``expected_version`` (when given): every write to an incident
        (edit, step, cost, note, attachment) starts here."""
        row = self._lock(Incident, incident_id, "incident")
        self._check_version(row, expected_version, lambda: self.get(incident_id))
        return row

    def update(self, incident_id: int, author: str = "", expected_version: int | None = None,
               **values: Any) -> IncidentRecord:
        """Change the given fields.  With ``expected_version`` (the version the caller's copy
        was read at), a record changed since is refused with ``Conflict`` and nothing written."""
        data = clean(INCIDENT_FIELDS, values, partial=True)
        with self._writing():
            row = self.lock(incident_id, expected_version)
            if "opened_at" in data:
                if data["opened_at"] is None:
                    raise ValidationError("opened_at", translate("Validation", "{field} is required.")
                                          .format(field=field_name("Opened at")))
                first_step = (IncidentEvent.select(pw.fn.MIN(IncidentEvent.at))
                              .where((IncidentEvent.incident == row)
                                     & (IncidentEvent.to_status != "new")).scalar())
                if first_step and data["opened_at"] > first_step:
                    raise ValidationError("opened_at", translate(
                        "Incidents", "Opened at cannot be after the first workflow step."))
                if data["opened_at"] > now_utc() + dt.timedelta(minutes=1):
                    raise ValidationError("opened_at",
                                          translate("Incidents", "Opened at cannot be in the future."))
                # The "Incident logged" event is the timeline's view of opened_at: keep them equal.
                IncidentEvent.update(at=data["opened_at"]).where(
                    (IncidentEvent.incident == row) & (IncidentEvent.to_status == "new")).execute()
            if "users_affected" in data and data["users_affected"] is None:
                data["users_affected"] = 1
            changed: dict[str, Any] = {}
            for key, value in self._resolve_links(data).items():
                attr = f"{key}_id" if key in ("asset", "vendor", "reported_by") else key
                if getattr(row, attr) != value:
                    changed[key] = value
            if changed:
                # Only the changed columns are written: the total, the status and the step
                # times are other transactions' business.
                self._stamp(row, changed, author)
                IncidentEvent.create(
                    incident=row, at=now_utc(), kind="edit", author=author, host=this_host(),
                    text=translate("Timeline", "Edited: {fields}").format(fields=", ".join(
                        _in_sentence(INCIDENT_FIELDS[k].label) for k in changed)))
        return self.get(incident_id)

    def delete(self, incident_id: int) -> None:
        """Remove an incident and its timeline, costs and attachments (the UI confirms first)."""
        with self._writing():
            row = self._lock(Incident, incident_id, "incident")
            row.delete_instance(recursive=True)

    # -- reading ---------------------------------------------------------------------------
    def get(self, incident_id: int) -> IncidentRecord:
        row = flat_incident_query().where(Incident.id == incident_id).first()
        if row is None:
            raise NotFound(no_such("incident", incident_id))
        return record_from_dict(row)

    def id_for_ref(self, ref: str) -> int:
        row = Incident.select(Incident.id).where(Incident.ref == ref.strip().upper()).first()
        if row is None:
            raise NotFound(translate("Incidents", "There is no incident {ref}.").format(ref=ref.strip()))
        return row.id

    def by_ref(self, ref: str) -> IncidentRecord:
        return self.get(self.id_for_ref(ref))

    def detail(self, incident_id: int) -> IncidentDetail:
        record = self.get(incident_id)
        events = IncidentEvent.select().where(IncidentEvent.incident == incident_id) \
            .order_by(IncidentEvent.at, IncidentEvent.id)
        costs = CostLine.select().where(CostLine.incident == incident_id).order_by(CostLine.id)
        attachments = (Attachment.select(Attachment.id, Attachment.filename, Attachment.mime,
                                         Attachment.size, Attachment.sha256, Attachment.created_at)
                       .where(Attachment.incident == incident_id).order_by(Attachment.id))
        # Times are shown to the minute, and a time typed in a form has no seconds: within one
        # minute the order things were recorded in is the order they happened in.
        ordered = sorted(events, key=lambda e: (e.at.replace(second=0, microsecond=0), e.id))
        return IncidentDetail(
            record,
            tuple(to_record(e, EventRecord) for e in ordered),
            tuple(to_record(c, CostRecord) for c in costs),
            tuple(to_record(a, AttachmentRecord) for a in attachments),
        )

    def _use_fts(self) -> bool:
        if self._fts is None:
            self._fts = has_fts(self.db)
        return self._fts

    def _filtered(self, flt: IncidentFilter, query: pw.ModelSelect) -> pw.ModelSelect:
        if flt.statuses:
            query = query.where(Incident.status.in_(list(flt.statuses)))
        if flt.asset_id is not None:
            query = query.where(Incident.asset == flt.asset_id)
        if flt.vendor_id is not None:
            query = query.where(Incident.vendor == flt.vendor_id)
        if flt.opened_from is not None:
            query = query.where(Incident.opened_at >= flt.opened_from)
        if flt.opened_to is not None:
            query = query.where(Incident.opened_at < flt.opened_to)
        if flt.overdue_only:
            query = query.where(Incident.status.in_(list(OPEN_STATUSES))
                                & Incident.arrived_at.is_null()
                                & (Incident.response_due_at < now_utc()))
        term = flt.search.strip()
        if term:
            query = query.where(self._search_condition(term))
        return query

    def _search_condition(self, term: str) -> pw.Expression:
        """Incidents whose text, asset (tag or name) or vendor name contains ``term``."""
        union = self._search_union(term)
        if union is not None:
            return Incident.id.in_(union)
        has = containing(self.db, term)
        assets = Asset.select(Asset.id).where(
            has(Asset.tag) | has(Asset.name))
        vendors = Vendor.select(Vendor.id).where(has(Vendor.name))
        return (has(Incident.ref) | has(Incident.title)
                | has(Incident.description) | has(Incident.cause)
                | has(Incident.resolution)
                | Incident.asset.in_(assets) | Incident.vendor.in_(vendors))

    def _search_union(self, term: str) -> pw.SQL | None:
        """The ids matching ``term`` as one UNION over the FTS index and the linked assets
        and vendors (SQLite, three characters or more); None where FTS cannot answer.

        A UNION of rowids costs a quarter of the equivalent OR over the incident table,
        which has to look every matching row up before it can count or sort it."""
        if not (self._use_fts() and len(term) >= 3):
            return None
        like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return pw.SQL(
            "(SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?"
            " UNION SELECT id FROM incident WHERE asset_id IN"
            " (SELECT id FROM asset WHERE tag LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')"
            " UNION SELECT id FROM incident WHERE vendor_id IN"
            " (SELECT id FROM vendor WHERE name LIKE ? ESCAPE '\\'))",
            [fts_phrase(term), like, like, like])

    @staticmethod
    def _only_search(flt: IncidentFilter) -> bool:
        return flt == IncidentFilter(search=flt.search)

    def page(self, flt: IncidentFilter, sort: str = "opened", descending: bool = True,
             offset: int = 0, limit: int = 200) -> list[IncidentRecord]:
        column = SORTABLE.get(sort, Incident.opened_at)
        order = [sort_order(self.db, column, descending, Incident),
                 Incident.id.desc() if descending else Incident.id.asc()]
        query = self._filtered(flt, flat_incident_query())
        term = flt.search.strip()
        union = self._search_union(term) if term else None
        if union is not None and self._only_search(flt) and column.model is Incident \
                and self.count(flt) > BROAD_SEARCH:
            # A broad match: walking the sort column's index and keeping the matches finds
            # the first screen after a few hundred rows, where sorting every match would
            # touch them all.  "+ 0" stops SQLite from driving the query from the match set.
            query = self._filtered(replace(flt, search=""), flat_incident_query()) \
                .where((Incident.id + 0).in_(union))
        query = query.order_by(*order).limit(limit).offset(offset)
        return [record_from_dict(r) for r in query]

    def count(self, flt: IncidentFilter) -> int:
        term = flt.search.strip()
        union = self._search_union(term) if term else None
        if union is not None and self._only_search(flt):
            # page() asks for the count the list has just shown: answer it from memory while
            # nothing was written and only for a moment (another PC may write meanwhile).
            key = (term, self._writes())
            cached_key, cached_at, cached = self._count_cache
            if cached_key != key or time.monotonic() - cached_at > 2.0:
                sql, params = union.sql, union.params
                cached = self.db.execute_sql(f"SELECT count(*) FROM {sql} AS matches", params).fetchone()[0]
                self._count_cache = (key, time.monotonic(), cached)
            return cached
        return self._filtered(flt, Incident.select(Incident.id)).count()

    def _writes(self) -> int:
        """Changes this connection has seen (SQLite's total_changes), to keep the count
        cache honest across edits; other backends never cache."""
        conn = self.db.connection()
        return getattr(conn, "total_changes", -1)

    def list(self, flt: IncidentFilter | None = None, sort: str = "opened",
             descending: bool = True) -> list[IncidentRecord]:
        return self.page(flt or IncidentFilter(), sort, descending, 0, 2**62)

    def status_counts(self) -> dict[str, int]:
        query = Incident.select(Incident.status, pw.fn.COUNT(Incident.id).alias("n")) \
            .group_by(Incident.status)
        counts = {status: 0 for status in STATUS_LABELS}
        counts.update({r.status: r.n for r in query})
        return counts

    def open_and_overdue(self) -> tuple[int, int]:
        open_count = Incident.select().where(Incident.status.in_(list(OPEN_STATUSES))).count()
        overdue = self.count(IncidentFilter(overdue_only=True))
        return open_count, overdue

    def total(self) -> int:
        return Incident.select().count()
