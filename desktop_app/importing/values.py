"""Turning spreadsheet cells into values: dates in three orders, money, months, Excel damage."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from decimal import Decimal

from desktop_app import money
from desktop_app.i18n import translate

DATE_FORMATS = ("auto", "dmy", "mdy", "ymd")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_YMD = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_EXCEL_MANGLED = re.compile(r"^-?\d(?:[.,]\d+)?E\+?\d+$", re.IGNORECASE)
_MONTHS = re.compile(r"^(\d{1,3})\s*(?:m|mo|mos|month|months)?$", re.IGNORECASE)
_YEARS = re.compile(r"^(\d{1,2})\s*(?:y|yr|yrs|year|years)$", re.IGNORECASE)


class CellError(ValueError):
    """A cell that cannot be read; the message is a sentence fragment without the line number."""


# For a cell already stripped: a match object or None (mapped over whole columns).
excel_mangled = _EXCEL_MANGLED.match
def looks_excel_mangled(value: str) -> bool:
    """'6.37702E+15': a long number Excel turned into scientific notation, digits lost."""
    return bool(_EXCEL_MANGLED.match(value.strip()))


def neutralised(value: str) -> str:
    """Undo the export's formula guard ("'=SUM" -> "=SUM") so export/import round-trips."""
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t\r":
        return value[1:]
    return value


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        # Two-digit years: up to ten years ahead is this century, the rest the last one.
        pivot = (dt.date.today().year + 10) % 100
        year += 2000 if year <= pivot else 1900
    return year


def date_parts(value: str) -> tuple[int, int, str] | None:
    """(first, second, year text) for a D/M/Y or M/D/Y shaped value, else None."""
    m = _NUMERIC.match(value.strip())
    if not m:
        return None
    return int(m.group(1)), int(m.group(2)), m.group(3)


def decide_order(values: list[str]) -> str | None:
    """'dmy' or 'mdy' when some value proves it (a first part > 12 or a second part > 12)."""
    dmy = mdy = False
    for v in values:
        parts = date_parts(v)
        if parts:
            first, second, _ = parts
            dmy |= first > 12
            mdy |= second > 12
    if dmy and not mdy:
        return "dmy"
    if mdy and not dmy:
        return "mdy"
    return None


def is_ambiguous(value: str) -> bool:
    parts = date_parts(value)
    return bool(parts) and parts[0] <= 12 and parts[1] <= 12 and parts[0] != parts[1]  # type: ignore[index]


def parse_date(value: str, order: str) -> dt.date | None:
    """Blank -> None. ISO always works; other shapes follow ``order`` ('dmy'|'mdy'|'ymd')."""
    raw = value.strip()
    if not raw:
        return None
    try:
        m = _ISO.match(raw) or _YMD.match(raw)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        parts = date_parts(raw)
        if parts:
            first, second, year = parts
            if order == "ymd":
                raise CellError(translate("Import", "{value} is not a year-month-day date").format(value=raw))
            day, month = (first, second) if order == "dmy" else (second, first)
            return dt.date(_year(year), month, day)
    except ValueError as exc:
        if isinstance(exc, CellError):
            raise
        raise CellError(translate("Import", "{value} is not a real date").format(value=raw)) from None
    raise CellError(translate("Import", "{value} is not a date").format(value=raw))


def add_months(start: dt.date, months: int) -> dt.date:
    month = start.month - 1 + months
    year = start.year + month // 12
    month = month % 12 + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def parse_months(value: str) -> int | None:
    """'14', '14 months', '3 years' -> months; blank -> None."""
    raw = value.strip()
    if not raw:
        return None
    m = _MONTHS.match(raw)
    if m:
        return int(m.group(1))
    m = _YEARS.match(raw)
    if m:
        return int(m.group(1)) * 12
    raise CellError(translate("Import", "{value} is not a number of months").format(value=raw))


def parse_money(value: str, mark: str | None = None) -> Decimal | None:
    """An amount by the one rule (``desktop_app.money``); ``mark`` is the decimal mark the
    file shows elsewhere (or the importer's locale), for "1,234"-shaped cells."""
    try:
        return money.parse(value, mark)
    except money.MoneyError as err:
        raise CellError(str(err)) from None


_TRUE = {"1", "true", "yes", "y", "on", "x"}
_FALSE = {"", "0", "false", "no", "n", "off"}


def parse_bool(value: str) -> bool:
    raw = value.strip().lower()
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise CellError(translate("Import", "{value} is not yes or no").format(value=value.strip()))
