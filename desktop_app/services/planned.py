"""Planned work: recurring checks, services and renewals, and the warranty ends beside them.

A task is due on a date; "Done" records who did it, when and at what cost, and moves a
recurring task on to its next due date (see ``schedule.next_due``).  A renewal is a task
with a yearly cost and a notice period: it needs attention from the day notice must be
given, ``notice_days`` before it lapses.  Warranty ends are read from the assets each
time, never copied, so editing an asset's warranty shows here at once.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import peewee as pw

from desktop_app.i18n import QT_TRANSLATE_NOOP, format_date, translate
from desktop_app.models import Asset, Incident, PlannedTask, TaskDone, Vendor
from desktop_app.planned_records import (
    DUE_SOON_DAYS,
    DoneRecord,
    DoneResult,
    PlannedSpend,
    PlannedSummary,
    TaskRecord,
    WarrantyEnd,
)
from desktop_app.schedule import next_due, parse_every
from desktop_app.services.base import CENT, Service, folded, no_such
from desktop_app.services.errors import NotFound, Refused, ValidationError
from desktop_app.services.refs import no_such_name
from desktop_app.services.validate import (
    Field,
    clean,
    field_name,
    parse_bool,
    parse_date,
    parse_datetime,
    parse_int,
    parse_money,
    text,
)
from desktop_app.timeutil import now_utc, to_local, to_utc_naive

MAX_NOTICE_DAYS = 3650


def _notice(label: str, value: Any) -> int | None:
    number = parse_int(label, value)
    if number is not None and number > MAX_NOTICE_DAYS:
        raise ValidationError("", translate("Planned", "{field} {value} is more than {limit} days.")
                              .format(field=field_name(label), value=number, limit=MAX_NOTICE_DAYS))
    return number


def _title(label: str, value: Any) -> str:
    raw = text(label, value)
    if len(raw) > 200:
        raise ValidationError("", translate("Planned", "{field} is longer than 200 characters.")
                              .format(field=field_name(label)))
    return raw


TASK_FIELDS = {
    "title": Field(QT_TRANSLATE_NOOP("Field", "Title"), _title, required=True),
    "due": Field(QT_TRANSLATE_NOOP("Field", "Due date"), parse_date, required=True),
    "every": Field(QT_TRANSLATE_NOOP("Field", "Every"), parse_every),
    "from_done": Field(QT_TRANSLATE_NOOP("Field", "From the done date"), parse_bool),
    "asset": Field(QT_TRANSLATE_NOOP("Field", "Asset"), text),
    "vendor": Field(QT_TRANSLATE_NOOP("Field", "Vendor"), text),
    "cost": Field(QT_TRANSLATE_NOOP("Field", "Cost"), parse_money),
    "renewal": Field(QT_TRANSLATE_NOOP("Field", "Renewal"), parse_bool),
    "notice_days": Field(QT_TRANSLATE_NOOP("Field", "Notice period (days)"), _notice),
    "notes": Field(QT_TRANSLATE_NOOP("Field", "Notes"), text),
}


def _local_date(value: Any) -> tuple[dt.date, dt.datetime]:
    """--at / the Done dialog: a date (that day) or a time (its local date); (date, naive UTC)."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        if value == dt.date.today():
            return value, now_utc()
        # A past day without a time: noon, clear of any clock change at either end of it.
        return value, to_utc_naive(dt.datetime.combine(value, dt.time(12)))
    raw = str(value).strip()
    if len(raw) == 10:
        day = parse_date(QT_TRANSLATE_NOOP("Field", "Done on"), raw)
        assert day is not None
        return _local_date(day)
    when = parse_datetime(QT_TRANSLATE_NOOP("Field", "Done at"), raw)
    assert when is not None
    local = to_local(when)
    assert local is not None
    return local.date(), when


def _query() -> pw.ModelSelect:
    # The joined ids too: a joined row without its id would blank the task's link to it.
    return (PlannedTask.select(PlannedTask, Asset.id, Asset.tag, Asset.name, Vendor.id, Vendor.name)
            .join_from(PlannedTask, Asset, pw.JOIN.LEFT_OUTER)
            .join_from(PlannedTask, Vendor, pw.JOIN.LEFT_OUTER))


def _record(row: PlannedTask) -> TaskRecord:
    asset = row.asset if row.asset_id else None
    vendor = row.vendor if row.vendor_id else None
    return TaskRecord(
        id=row.id, title=row.title, due=row.due, notes=row.notes, every_n=row.every_n,
        every_unit=row.every_unit, anchor_day=row.anchor_day, from_done=row.from_done,
        asset_id=row.asset_id, asset_tag=asset.tag if asset else "", asset_name=asset.name if asset else "",
        vendor_id=row.vendor_id, vendor_name=vendor.name if vendor else "",
        cost=row.cost.quantize(CENT) if row.cost is not None else None, renewal=row.renewal,
        notice_days=row.notice_days, done=row.done, version=row.version)


def _done_record(row: TaskDone) -> DoneRecord:
    return DoneRecord(id=row.id, task_id=row.task_id, due=row.due, done_on=row.done_on,
                      done_by=row.done_by, cost=row.cost.quantize(CENT) if row.cost is not None else None,
                      note=row.note, next_due=row.next_due)


def _sum(query: pw.ModelSelect) -> Decimal:
    value = query.scalar()
    return Decimal(str(value or 0)).quantize(CENT)


class PlannedService(Service):
    # -- reading ------------------------------------------------------------------------------
    def get(self, task_id: int) -> TaskRecord:
        row = _query().where(PlannedTask.id == task_id).first()
        if row is None:
            raise NotFound(no_such("planned task", task_id))
        return _record(row)

    def list(self, include_done: bool = False, due_within: int | None = None,
             today: dt.date | None = None) -> list[TaskRecord]:
        """Tasks by due date; ``due_within`` keeps those needing attention within that many
        days of ``today`` (overdue ones included; a renewal counts from its notice date)."""
        today = today or dt.date.today()
        query = _query().order_by(PlannedTask.due, PlannedTask.title, PlannedTask.id)
        if not include_done:
            query = query.where(~PlannedTask.done)
        records = [_record(r) for r in query]
        if due_within is not None:
            horizon = today + dt.timedelta(days=due_within)
            records = [r for r in records if r.attention_date <= horizon]
        return records

    def history(self, task_id: int) -> list[DoneRecord]:
        query = TaskDone.select().where(TaskDone.task == task_id).order_by(TaskDone.done_on.desc(),
                                                                           TaskDone.id.desc())
        return [_done_record(r) for r in query]

    def warranty_ends(self, start: dt.date, end: dt.date) -> list[WarrantyEnd]:
        """Warranties ending in [start, end] on assets still in use (not retired or archived)."""
        query = (Asset.select(Asset.id, Asset.tag, Asset.name, Asset.warranty_end, Vendor.id, Vendor.name)
                 .join(Vendor, pw.JOIN.LEFT_OUTER, on=(Asset.vendor == Vendor.id))
                 .where(Asset.warranty_end.between(start, end) & ~Asset.archived
                        & (Asset.status != "retired"))
                 .order_by(Asset.warranty_end, Asset.tag))
        return [WarrantyEnd(a.id, a.tag, a.name, a.warranty_end, a.vendor.name if a.vendor_id else "")
                for a in query]

    def agenda(self, today: dt.date | None = None, warranty_ahead: int = 365,
               warranty_behind: int = 30) -> list[TaskRecord | WarrantyEnd]:
        """What the Planned page lists: open tasks and nearby warranty ends, by date."""
        today = today or dt.date.today()
        items: list[TaskRecord | WarrantyEnd] = [*self.list(today=today)]
        items += self.warranty_ends(today - dt.timedelta(days=warranty_behind),
                                    today + dt.timedelta(days=warranty_ahead))
        items.sort(key=lambda item: (item.due, item.kind != "task", item.title))
        return items

    def counts(self, today: dt.date | None = None) -> tuple[int, int, int]:
        """(due within 14 days, overdue, due today) for the status bar."""
        today = today or dt.date.today()
        records = self.list(due_within=DUE_SOON_DAYS, today=today)
        overdue = sum(1 for r in records if r.is_overdue(today))
        due_today = sum(1 for r in records if r.due == today)
        return len(records) - overdue, overdue, due_today

    def spend(self, start: dt.date, end: dt.date) -> PlannedSpend:
        """Planned and unplanned spend for the local dates [start, end]."""
        done = _sum(TaskDone.select(pw.fn.SUM(TaskDone.cost))
                    .where(TaskDone.done_on.between(start, end)))
        renewals = _sum(PlannedTask.select(pw.fn.SUM(PlannedTask.cost))
                        .where(PlannedTask.renewal & ~PlannedTask.done
                               & PlannedTask.due.between(start, end)))
        lo = to_utc_naive(dt.datetime.combine(start, dt.time()))
        hi = to_utc_naive(dt.datetime.combine(end + dt.timedelta(days=1), dt.time()))
        unplanned = _sum(Incident.select(pw.fn.SUM(Incident.total_cost))
                         .where((Incident.opened_at >= lo) & (Incident.opened_at < hi)
                                & (Incident.status != "cancelled")))
        return PlannedSpend(done=done, renewals=renewals, unplanned=unplanned)

    def summary(self, start: dt.date, end: dt.date, today: dt.date | None = None) -> PlannedSummary:
        """Due in the next 14 days, overdue, due today, warranties ending soon, and planned vs
        unplanned spend for [start, end]: the one call an overview or review section needs."""
        if end < start:
            raise Refused(translate("Planned", "The end date {end} is before the start date {start}.")
                          .format(end=format_date(end), start=format_date(start)))
        today = today or dt.date.today()
        soon = self.list(due_within=DUE_SOON_DAYS, today=today)
        return PlannedSummary(
            start=start, end=end, today=today,
            due_soon=tuple(r for r in soon if not r.is_overdue(today)),
            overdue=tuple(r for r in soon if r.is_overdue(today)),
            due_today=tuple(r for r in soon if r.due == today),
            warranty_ends=tuple(self.warranty_ends(today, today + dt.timedelta(days=DUE_SOON_DAYS))),
            spend=self.spend(start, end))

    def due_between(self, start: dt.date | None, end: dt.date | None) -> list[TaskRecord]:
        """Open tasks due in [start, end] (either end open), for the checklist."""
        records = self.list()
        return [r for r in records if (start is None or r.due >= start) and (end is None or r.due <= end)]

    # -- writing ------------------------------------------------------------------------------
    def _links(self, data: dict[str, Any]) -> dict[str, Any]:
        out = dict(data)
        if "asset" in out:
            tag = out.pop("asset")
            out["asset"] = None
            if tag:
                row = Asset.select(Asset.id).where(Asset.tag_key == tag.lower()).first()
                if row is None:
                    raise ValidationError("asset", translate("Assets", "There is no asset with tag {tag}.")
                                          .format(tag=tag))
                out["asset"] = row.id
        if "vendor" in out:
            name = out.pop("vendor")
            out["vendor"] = None
            if name:
                row = Vendor.select(Vendor.id).where(folded(Vendor.name) == name.lower()).first()
                if row is None:
                    raise ValidationError("vendor", no_such_name("vendor", name))
                out["vendor"] = row.id
        if "every" in out:
            every = out.pop("every")
            out["every_n"] = every.n if every else None
            out["every_unit"] = every.unit if every else ""
        if "due" in out:
            out["anchor_day"] = out["due"].day
        return out

    def create(self, **values: Any) -> TaskRecord:
        data = self._links(clean(TASK_FIELDS, values))
        if data.get("notice_days") and not data.get("renewal"):
            raise ValidationError("notice_days", translate("Planned", "A notice period is for renewals; "
                                                                      "tick Renewal too."))
        with self.db.atomic():
            now = now_utc()
            row = PlannedTask.create(created_at=now, updated_at=now, **data)
        return self.get(row.id)

    def update(self, task_id: int, version: int | None = None, **values: Any) -> TaskRecord:
        """Change fields; with ``version`` the write is refused when another PC changed the task
        since it was read (nothing is overwritten)."""
        data = self._links(clean(TASK_FIELDS, values, partial=True))
        with self.db.atomic():
            row = self._locked(task_id)
            self._check_version(row, version)
            merged_renewal = data.get("renewal", row.renewal)
            if data.get("notice_days", row.notice_days) and not merged_renewal:
                raise ValidationError("notice_days", translate("Planned", "A notice period is for renewals; "
                                                                      "tick Renewal too."))
            if "due" in data and data["due"] != row.due and row.done:
                data["done"] = False  # a one-off task given a new date is open again
            data["updated_at"] = now_utc()
            data["version"] = row.version + 1
            PlannedTask.update(**data).where(PlannedTask.id == task_id).execute()
        return self.get(task_id)

    def delete(self, task_id: int) -> None:
        with self.db.atomic():
            row = self._locked(task_id)
            TaskDone.delete().where(TaskDone.task == row.id).execute()
            row.delete_instance()

    def mark_done(self, task_id: int, at: Any = None, cost: Any = None, note: Any = "",
                  by: str = "", version: int | None = None) -> DoneResult:
        """Record the task done (``at``: a date or time, default now; ``cost``: default the
        estimate) and, for a recurring task, move it on to its next due date."""
        try:
            done_on, done_at = _local_date(at) if at not in (None, "") else (dt.date.today(), now_utc())
        except ValidationError as err:
            raise ValidationError("at", err.message) from None
        if done_on > dt.date.today():
            raise ValidationError("at", translate("Planned", "The done date {date} is in the future.")
                                  .format(date=format_date(done_on)))
        try:
            amount = parse_money("Cost", cost)
        except ValidationError as err:
            raise ValidationError("cost", err.message) from None
        note_text = text("Note", note)
        with self.db.atomic():
            row = self._locked(task_id)
            self._check_version(row, version)
            if row.done:
                raise Refused(translate("Planned", "Task {id} ({title}) is already done; "
                                                   "it is not due again.")
                              .format(id=row.id, title=row.title))
            record = _record(_query().where(PlannedTask.id == task_id).get())
            every = record.every
            following: dt.date | None = None
            changes: dict[str, Any] = {"updated_at": now_utc(), "version": row.version + 1}
            if every is None:
                changes["done"] = True
            else:
                following, anchor = next_due(row.due, done_on, every, row.from_done, row.anchor_day)
                changes.update(due=following, anchor_day=anchor)
            moved = (PlannedTask.update(**changes)
                     .where((PlannedTask.id == task_id) & (PlannedTask.version == row.version)).execute())
            if not moved:
                raise Refused(translate("Planned", "Task {title} was changed on another computer just now; "
                                                   "nothing was recorded, look again and retry.")
                              .format(title=row.title))
            done = TaskDone.create(task=task_id, due=row.due, done_on=done_on, done_at=done_at,
                                   done_by=by, cost=amount if amount is not None else row.cost,
                                   note=note_text, next_due=following)
        return DoneResult(task=self.get(task_id), done=_done_record(done), next_due=following)

    def _locked(self, task_id: int) -> PlannedTask:
        """The task's row, locked for this transaction on PostgreSQL (SQLite locks the file)."""
        query = PlannedTask.select().where(PlannedTask.id == task_id)
        if not isinstance(self.db, pw.SqliteDatabase):
            query = query.for_update()
        row = query.first()
        if row is None:
            raise NotFound(no_such("planned task", task_id))
        return row

    @staticmethod
    def _check_version(row: PlannedTask, version: int | None) -> None:
        if version is not None and row.version != version:
            raise Refused(translate("Planned", "Task {title} was changed on another computer since you "
                                               "opened it; nothing was saved, look again and retry.")
                          .format(title=row.title))


__all__ = ["PlannedService", "TaskRecord", "WarrantyEnd", "DoneRecord", "DoneResult", "PlannedSpend",
           "PlannedSummary", "DUE_SOON_DAYS"]
