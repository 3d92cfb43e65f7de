"""What the break-fix figures are made of: the period and the frozen results (no peewee here).

The definitions (issue 15) in one place:

- an incident belongs to the period when it was opened in it (inclusive local dates);
  cancelled incidents count nowhere;
- downtime: opened -> resolved, or -> now while open; its cost is users affected x the hourly
  cost of downtime x hours;
- spend: the incident's cost lines, by kind and by the local month it was opened;
- months: calendar months the period spans, part months as a fraction of their days.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from desktop_app.i18n import QT_TRANSLATE_NOOP, Labels, format_date, translate
from desktop_app.planned_records import PlannedSummary
from desktop_app.timeutil import to_utc_naive

ZERO = Decimal("0.00")
ADVICE_LABELS = Labels("Advice", {
    "replace": QT_TRANSLATE_NOOP("Advice", "Replace"),
    "watch": QT_TRANSLATE_NOOP("Advice", "Watch"),
    "repair": QT_TRANSLATE_NOOP("Advice", "Repair"),
})


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # inclusive

    @classmethod
    def last_months(cls, months: int, today: dt.date | None = None) -> Period:
        """The ``months`` months up to and including today: 12 gives exactly 12.0 months."""
        today = today or dt.date.today()
        return cls(_add_months(today, -months) + dt.timedelta(days=1), today)

    @classmethod
    def this_month(cls, today: dt.date | None = None) -> Period:
        today = today or dt.date.today()
        return cls(today.replace(day=1), today)

    @classmethod
    def this_year(cls, today: dt.date | None = None) -> Period:
        today = today or dt.date.today()
        return cls(dt.date(today.year, 1, 1), today)

    @property
    def label(self) -> str:
        """"2026-01-01 to 2026-06-30", as the current language writes it."""
        return (translate("Period", "{start} to {end}")
                .format(start=format_date(self.start), end=format_date(self.end)))

    def bounds_utc(self) -> tuple[dt.datetime, dt.datetime]:
        """Naive UTC: local midnight starting the first day, and the one after the last (exclusive)."""
        start = to_utc_naive(dt.datetime.combine(self.start, dt.time()))
        end = to_utc_naive(dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time()))
        return start, end

    def month_keys(self) -> list[str]:
        keys = []
        day = self.start.replace(day=1)
        while day <= self.end:
            keys.append(f"{day.year:04d}-{day.month:02d}")
            day = _add_months(day, 1)
        return keys

    def months(self) -> Fraction:
        """Calendar months spanned, part months as a fraction of their days (exact)."""
        total = Fraction(0)
        for key in self.month_keys():
            year, month = int(key[:4]), int(key[5:])
            length = calendar.monthrange(year, month)[1]
            first = max(self.start, dt.date(year, month, 1))
            last = min(self.end, dt.date(year, month, length))
            total += Fraction((last - first).days + 1, length)
        return total


@dataclass(frozen=True)
class VendorCard:
    """A vendor's record over the period: how often called, how fast, how well."""

    vendor_id: int
    name: str
    incidents: int = 0
    callouts: int = 0
    responses: int = 0  # call-outs with the engineer's arrival recorded
    response_median_minutes: float | None = None
    breaches: int = 0  # promises broken, arrived late or still not there past the due time
    on_time_rate: float | None = None
    resolved: int = 0
    first_time_fixes: int = 0
    first_time_fix_rate: float | None = None
    repeat_callouts: int = 0  # incidents the vendor had to come back to after "resolved"
    spend: Decimal = ZERO


@dataclass(frozen=True)
class AssetAdvice:
    """Repair or replace, from the asset's whole history (not only the period)."""

    asset_id: int
    repair_cost: Decimal  # lifetime: every non-cancelled incident's cost lines
    purchase_cost: Decimal | None
    repeat_fault: bool  # 3 or more incidents opened within some 90 days
    threshold_percent: int
    advice: str  # "replace", "watch" or "repair"

    @property
    def label(self) -> str:
        return ADVICE_LABELS[self.advice]

    @property
    def threshold(self) -> Decimal | None:
        if not self.purchase_cost:
            return None
        return (self.purchase_cost * self.threshold_percent / 100).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class AssetFigures:
    asset_id: int
    tag: str
    name: str
    category: str
    incidents: int  # in the period
    spend: Decimal  # in the period
    downtime_hours: float  # in the period
    downtime_cost: Decimal  # in the period
    advice: AssetAdvice

    @property
    def repair_cost(self) -> Decimal:
        return self.advice.repair_cost


@dataclass(frozen=True)
class CategoryFigures:
    category: str
    incidents: int
    spend: Decimal
    downtime_cost: Decimal
    assets: int = 0  # in use on the register now (spares and retired left out)
    managed_share: Decimal | None = None  # the managed total split by those assets

    @property
    def break_fix(self) -> Decimal:
        return self.spend + self.downtime_cost


@dataclass(frozen=True)
class SupportModel:
    months: Fraction
    seats: int
    quote_per_seat: Decimal | None
    break_fix_total: Decimal
    managed_total: Decimal | None  # None until the managed-service quote is set

    @property
    def cheaper(self) -> str | None:
        if self.managed_total is None:
            return None
        return "managed" if self.managed_total < self.break_fix_total else "break_fix"

    @property
    def difference(self) -> Decimal | None:
        if self.managed_total is None:
            return None
        return abs(self.break_fix_total - self.managed_total)


@dataclass(frozen=True)
class Stats:
    period: Period
    currency: str
    now: dt.datetime
    opened: int = 0
    resolved: int = 0
    open_now: int = 0
    overdue_now: int = 0
    spend_total: Decimal = ZERO
    spend_by_kind: dict[str, Decimal] = field(default_factory=dict)
    spend_by_month: dict[str, Decimal] = field(default_factory=dict)
    spend_by_month_kind: dict[str, dict[str, Decimal]] = field(default_factory=dict)
    downtime_minutes: int = 0
    downtime_cost: Decimal = ZERO
    downtime_rate: Decimal | None = None
    downtime_by_month: dict[str, float] = field(default_factory=dict)
    breaches_by_month: dict[str, int] = field(default_factory=dict)
    vendors: tuple[VendorCard, ...] = ()
    assets: tuple[AssetFigures, ...] = ()
    categories: tuple[CategoryFigures, ...] = ()
    support: SupportModel | None = None

    @property
    def downtime_hours(self) -> float:
        return self.downtime_minutes / 60

    @property
    def breaches(self) -> int:
        return sum(v.breaches for v in self.vendors)

    def costliest_assets(self, count: int = 5) -> list[AssetFigures]:
        ranked = sorted(self.assets, key=lambda a: (-(a.spend + a.downtime_cost), a.tag.lower()))
        return [a for a in ranked if a.spend + a.downtime_cost > 0][:count]

    def to_replace(self) -> list[AssetFigures]:
        return [a for a in self.assets if a.advice.advice == "replace"]


@dataclass(frozen=True)
class SetupState:
    """What an office has recorded yet, so an empty overview can say what to do first."""

    incidents: int
    assets: int
    vendors: int
    people: int
    downtime_rate_set: bool
    managed_quote_set: bool

    @property
    def empty(self) -> bool:
        return self.incidents == 0


@dataclass(frozen=True)
class WarrantyCounts:
    within_30: int
    within_60: int
    within_90: int


@dataclass(frozen=True)
class Overview:
    """Everything the overview page shows, read in one go (off the GUI thread)."""

    stats: Stats  # the chosen period
    spend_this_month: Decimal
    breaches_this_month: int  # vendor promises broken on incidents opened this month
    warranties: WarrantyCounts
    setup: SetupState
    # Planned work beside the break-fix figures; the page reads it with them (None: not read).
    planned: PlannedSummary | None = None
