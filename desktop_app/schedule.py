"""The calendar rules of planned work: intervals, month ends, leap years, rescheduling.

Everything here works on ``datetime.date``: a due date is a day on the office calendar,
so a change of the clocks (daylight saving) can never move it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from desktop_app.errors import ValidationError
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate

# "every month", "every 3 years": one template per unit, as languages say them differently.
_EVERY_ONE = {"days": QT_TRANSLATE_NOOP("Every", "every day"),
              "weeks": QT_TRANSLATE_NOOP("Every", "every week"),
              "months": QT_TRANSLATE_NOOP("Every", "every month"),
              "years": QT_TRANSLATE_NOOP("Every", "every year")}
_EVERY_N = {"days": QT_TRANSLATE_NOOP("Every", "every {n} days"),
            "weeks": QT_TRANSLATE_NOOP("Every", "every {n} weeks"),
            "months": QT_TRANSLATE_NOOP("Every", "every {n} months"),
            "years": QT_TRANSLATE_NOOP("Every", "every {n} years")}

UNITS = ("days", "weeks", "months", "years")
MAX_EVERY = {"days": 3660, "weeks": 520, "months": 120, "years": 10}
_EVERY = re.compile(r"^\s*(\d+)\s*([a-z]+?)s?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Every:
    """A repeat interval: ``n`` days, weeks, months or years."""

    n: int
    unit: str

    def __str__(self) -> str:
        return f"{self.n} {self.unit}"

    @property
    def label(self) -> str:
        """How a person says it: "every month", "every 3 years"."""
        if self.n == 1:
            return translate("Every", _EVERY_ONE.get(self.unit, f"every {self.unit[:-1]}"))
        return translate("Every", _EVERY_N.get(self.unit, f"every {{n}} {self.unit}")).format(n=self.n)


def parse_every(label: str, value: object) -> Every | None:
    """ "3 months", "1 year", "2 weeks" -> Every; blank -> None (a one-off task)."""
    if value is None or isinstance(value, Every):
        return value
    raw = str(value).strip()
    if not raw or raw.lower() in ("once", "never", "none"):
        return None
    match = _EVERY.match(raw)
    unit = (match.group(2).lower() + "s") if match else ""
    if not match or unit not in UNITS:
        raise ValidationError("", translate(
            "Validation", "{field} {value} is not an interval (use e.g. \"1 months\", \"2 weeks\", "
                          "\"3 years\" or \"10 days\").").format(field=translate("Field", label), value=raw))
    n = int(match.group(1))
    if not 1 <= n <= MAX_EVERY[unit]:
        raise ValidationError("", translate(
            "Validation", "{field} {value} is out of range: from 1 to {limit} {unit}.").format(
            field=translate("Field", label), value=raw, limit=MAX_EVERY[unit], unit=unit))
    return Every(n, unit)


def _month_day(year: int, month: int, day: int) -> dt.date:
    """``day`` of that month, or its last day when the month is shorter (31 -> 30, 28 or 29)."""
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def add_interval(start: dt.date, every: Every, anchor_day: int | None = None, times: int = 1) -> dt.date:
    """``start`` moved on ``times`` intervals.

    Months and years keep to ``anchor_day`` (default: ``start``'s day) and fall back to the
    month's last day when it has no such day: every month from 31 January is 28 (or 29)
    February, then 31 March; every year from 29 February is 28 February, then 29 again in the
    next leap year.
    """
    steps = every.n * times
    if every.unit == "days":
        return start + dt.timedelta(days=steps)
    if every.unit == "weeks":
        return start + dt.timedelta(weeks=steps)
    day = anchor_day or start.day
    months = steps if every.unit == "months" else steps * 12
    index = start.year * 12 + (start.month - 1) + months
    return _month_day(index // 12, index % 12 + 1, day)


def next_due(due: dt.date, done_on: dt.date, every: Every, from_done: bool,
             anchor_day: int | None = None) -> tuple[dt.date, int]:
    """(next due date, its anchor day) after a task due on ``due`` was done on ``done_on``.

    From the done date: one interval after it (the schedule moves to the done day).
    From the due date: the schedule keeps its day; the next date is the first one after the
    due date that is also after the done date, so a task done late does not come back already
    overdue for the dates it missed, and one done early is next due one interval on.
    """
    if from_done:
        return add_interval(done_on, every), done_on.day
    anchor = anchor_day or due.day
    times = 1
    candidate = add_interval(due, every, anchor, times)
    while candidate <= done_on:
        times += 1
        candidate = add_interval(due, every, anchor, times)
    return candidate, anchor
