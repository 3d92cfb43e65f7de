"""What the planned-work service hands out: tasks, warranty ends, Done records, spend, summary.

Plain frozen records (no peewee): the window, the CLI, the calendar and paper all read these.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from desktop_app.i18n import translate
from desktop_app.schedule import Every

DUE_SOON_DAYS = 14


@dataclass(frozen=True)
class TaskRecord:
    id: int
    title: str
    due: dt.date
    notes: str = ""
    every_n: int | None = None
    every_unit: str = ""
    anchor_day: int | None = None
    from_done: bool = False
    asset_id: int | None = None
    asset_tag: str = ""
    asset_name: str = ""
    vendor_id: int | None = None
    vendor_name: str = ""
    cost: Decimal | None = None
    renewal: bool = False
    notice_days: int | None = None
    done: bool = False
    version: int = 1

    kind = "task"

    @property
    def every(self) -> Every | None:
        return Every(self.every_n, self.every_unit) if self.every_n and self.every_unit else None

    @property
    def every_text(self) -> str:
        """"3 months", as the CLI takes it; "" for a one-off task."""
        return str(self.every) if self.every else ""

    @property
    def schedule_label(self) -> str:
        every = self.every
        if every is None:
            return translate("Planned", "once")
        if self.from_done:
            return translate("Planned", "{every}, from the done date").format(every=every.label)
        return every.label

    @property
    def kind_label(self) -> str:
        return translate("Planned", "Renewal") if self.renewal else translate("Planned", "Task")

    @property
    def attention_date(self) -> dt.date:
        """When it needs the office's attention: the due date, or for a renewal with a notice
        period the last day to give notice."""
        if self.renewal and self.notice_days:
            return self.due - dt.timedelta(days=self.notice_days)
        return self.due

    def is_overdue(self, today: dt.date) -> bool:
        return not self.done and self.due < today

    def days_left(self, today: dt.date) -> int:
        return (self.due - today).days


@dataclass(frozen=True)
class WarrantyEnd:
    """An asset's warranty end, shown among the planned items (read from the asset)."""

    asset_id: int
    asset_tag: str
    asset_name: str
    due: dt.date
    vendor_name: str = ""

    kind = "warranty"
    cost = None
    schedule_label = ""
    renewal = False
    done = False

    @property
    def kind_label(self) -> str:
        return translate("Planned", "Warranty")

    @property
    def title(self) -> str:
        return (translate("Planned", "Warranty ends: {tag} {name}")
                .format(tag=self.asset_tag, name=self.asset_name).rstrip())

    @property
    def attention_date(self) -> dt.date:
        return self.due

    def is_overdue(self, today: dt.date) -> bool:
        return False  # nothing to do once it has ended; the page shows it as ended

    def days_left(self, today: dt.date) -> int:
        return (self.due - today).days


@dataclass(frozen=True)
class DoneRecord:
    id: int
    task_id: int
    due: dt.date
    done_on: dt.date
    done_by: str = ""
    cost: Decimal | None = None
    note: str = ""
    next_due: dt.date | None = None


@dataclass(frozen=True)
class DoneResult:
    task: TaskRecord
    done: DoneRecord
    next_due: dt.date | None


@dataclass(frozen=True)
class PlannedSpend:
    """Money for a period: planned (done tasks' actual costs, renewals falling due) and
    unplanned (incidents opened in the period, cancelled ones left out)."""

    done: Decimal
    renewals: Decimal
    unplanned: Decimal

    @property
    def planned(self) -> Decimal:
        return self.done + self.renewals

    @property
    def planned_share(self) -> float | None:
        """Planned spend as a share of all spend, 0..1 (None when nothing was spent)."""
        total = self.planned + self.unplanned
        return float(self.planned / total) if total else None


@dataclass(frozen=True)
class PlannedSummary:
    """Everything an overview or a review needs about planned work, from one call."""

    start: dt.date
    end: dt.date
    today: dt.date
    due_soon: tuple[TaskRecord, ...]  # attention date within the next DUE_SOON_DAYS, not overdue
    overdue: tuple[TaskRecord, ...]
    due_today: tuple[TaskRecord, ...]
    warranty_ends: tuple[WarrantyEnd, ...]  # ending within the next DUE_SOON_DAYS
    spend: PlannedSpend
