"""How values look on screen: money, local times, status colours.

Shared by every table and detail pane so an amount or a time reads the same
everywhere.  Colours are translucent tints laid over the palette's own base
colour, so the same tint reads on a light and on a dark palette while the
text keeps the palette's contrast.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop_app import i18n
from desktop_app import money as money_rule
from desktop_app.records import PRIORITY_LABELS, STATUS_LABELS
from desktop_app.services.costs import COST_LABELS
from desktop_app.services.workflow import action_label
from desktop_app.stats_output import KIND_LABELS as SPEND_LABELS
from desktop_app.stats_records import ADVICE_LABELS
from desktop_app.timeutil import format_local, humanize_minutes

# Hue per incident status; alpha keeps the text colour of the palette readable.
_STATUS_RGB = {
    "new": (64, 132, 244),
    "called_out": (236, 152, 24),
    "in_progress": (150, 100, 230),
    "waiting_parts": (210, 90, 170),
    "resolved": (40, 170, 90),
    "closed": (128, 128, 128),
    "cancelled": (128, 128, 128),
}
OVERDUE_RGB = (220, 50, 47)


def status_tint(status: str, alpha: int = 70) -> QColor:
    r, g, b = _STATUS_RGB.get(status, (128, 128, 128))
    return QColor(r, g, b, alpha)


def status_dot(status: str) -> QColor:
    r, g, b = _STATUS_RGB.get(status, (128, 128, 128))
    return QColor(r, g, b)


def overdue_colour() -> QColor:
    return QColor(*OVERDUE_RGB)


def money(amount: Decimal | None, currency: str = "") -> str:
    return money_rule.format(amount, currency)


def when(value: dt.datetime | None) -> str:
    """Naive UTC from the services -> local wall-clock text."""
    return format_local(value)


def day(value: dt.date | None) -> str:
    """A calendar day as the window's language writes it (29.11.2026 in German, ISO in English)."""
    return i18n.format_date(value)


def qt_date_format() -> str:
    """The same day order for a QDateEdit's display format (stored values stay ISO)."""
    pattern = i18n.conventions().date
    return pattern.replace("%d", "dd").replace("%m", "MM").replace("%Y", "yyyy")


def qt_datetime_format() -> str:
    return f"{qt_date_format()} HH:mm"


def number(value: float | int, decimals: int = 0) -> str:
    """A count or figure grouped and marked as money is (1,234.50 / 1.234,50)."""
    return i18n.format_number(value, decimals)


def decimal(value: float) -> str:
    """A short number without trailing zeros (hours, rates): 2.5 / 2,5."""
    text = f"{value:g}"
    return text.replace(".", ",") if i18n.decimal_mark() == "," else text


def percent(rate: float | None) -> str:
    """"87%" (German "87 %"); "-" when there is nothing to divide."""
    if rate is None:
        return "-"
    return QCoreApplication.translate("Formatting", "%1%").replace("%1", f"{rate * 100:.0f}")


def duration(minutes: int | None) -> str:
    """"45 min", "3 h 05 min", "2 d 4 h", in the window's language."""
    return humanize_minutes(minutes)


# The core's tables speak the current language (desktop_app.i18n.Labels); unknown keys show as stored.
def status_name(status: str) -> str:
    return STATUS_LABELS.get(status, status)


def priority_name(priority: str) -> str:
    return PRIORITY_LABELS.get(priority, priority)


def cost_kind_name(kind: str) -> str:
    return COST_LABELS.get(kind, kind)


def spend_kind_name(kind: str) -> str:
    return SPEND_LABELS.get(kind, kind)


def advice_name(advice: str) -> str:
    return ADVICE_LABELS.get(advice, advice)


def action_name(current: str, target: str) -> str:
    """The button for the step from ``current`` to ``target``."""
    return action_label(current, target)
