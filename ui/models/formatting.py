"""How values look on screen: money, local times, status colours.

Shared by every table and detail pane so an amount or a time reads the same
everywhere.  Colours are translucent tints laid over the palette's own base
colour, so the same tint reads on a light and on a dark palette while the
text keeps the palette's contrast.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from desktop_app import i18n
from desktop_app import money as money_rule
from desktop_app.timeutil import format_local

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
    text = f"{value:,.{decimals}f}"
    if i18n.decimal_mark() == ",":
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return text


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
    if minutes is None:
        return ""
    if minutes < 60:
        return QCoreApplication.translate("Formatting", "%1 min").replace("%1", str(minutes))
    hours, mins = divmod(minutes, 60)
    if hours < 48:
        if not mins:
            return QCoreApplication.translate("Formatting", "%1 h").replace("%1", str(hours))
        text = QCoreApplication.translate("Formatting", "%1 h %2 min")
        return text.replace("%1", str(hours)).replace("%2", f"{mins:02d}")
    days, hours = divmod(hours, 24)
    text = QCoreApplication.translate("Formatting", "%1 d %2 h")
    return text.replace("%1", str(days)).replace("%2", str(hours))


# The core's words for statuses, priorities and kinds, marked here and translated where shown
# (the window's catalogue is compiled from ui/; the keys are the codes stored in the database).
_STATUS = {
    "new": QT_TRANSLATE_NOOP("Labels", "New"),
    "called_out": QT_TRANSLATE_NOOP("Labels", "Called out"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "waiting_parts": QT_TRANSLATE_NOOP("Labels", "Waiting for parts"),
    "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
_PRIORITY = {
    "P1": QT_TRANSLATE_NOOP("Labels", "P1 - business stopped"),
    "P2": QT_TRANSLATE_NOOP("Labels", "P2 - serious"),
    "P3": QT_TRANSLATE_NOOP("Labels", "P3 - annoying"),
    "P4": QT_TRANSLATE_NOOP("Labels", "P4 - cosmetic"),
}
_COST_KIND = {
    "callout": QT_TRANSLATE_NOOP("Labels", "Call-out fee"),
    "labour": QT_TRANSLATE_NOOP("Labels", "Labour"),
    "parts": QT_TRANSLATE_NOOP("Labels", "Parts"),
    "travel": QT_TRANSLATE_NOOP("Labels", "Travel"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
# Spend per kind in the overview (plural, as the stats output says it).
_SPEND_KIND = {
    "callout": QT_TRANSLATE_NOOP("Labels", "Call-out fees"),
    "labour": QT_TRANSLATE_NOOP("Labels", "Labour"),
    "parts": QT_TRANSLATE_NOOP("Labels", "Parts"),
    "travel": QT_TRANSLATE_NOOP("Labels", "Travel"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
# Workflow step buttons (workflow.action_label), by target status.
_ACTION = {
    "called_out": QT_TRANSLATE_NOOP("Labels", "Call out vendor"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "Engineer arrived"),
    "waiting_parts": QT_TRANSLATE_NOOP("Labels", "Waiting for parts"),
    "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Close"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancel incident"),
    "reopen": QT_TRANSLATE_NOOP("Labels", "Reopen"),
    "parts_arrived": QT_TRANSLATE_NOOP("Labels", "Parts arrived"),
}
_ADVICE = {
    "replace": QT_TRANSLATE_NOOP("Labels", "Replace"),
    "watch": QT_TRANSLATE_NOOP("Labels", "Watch"),
    "repair": QT_TRANSLATE_NOOP("Labels", "Repair"),
}


def _label(table: dict[str, str], key: str, fallback: str = "") -> str:
    text = table.get(key)
    return QCoreApplication.translate("Labels", text) if text else (fallback or key)


def status_name(status: str) -> str:
    return _label(_STATUS, status)


def priority_name(priority: str) -> str:
    return _label(_PRIORITY, priority)


def cost_kind_name(kind: str) -> str:
    return _label(_COST_KIND, kind)


def spend_kind_name(kind: str) -> str:
    return _label(_SPEND_KIND, kind)


def advice_name(advice: str) -> str:
    return _label(_ADVICE, advice)


def action_name(current: str, target: str) -> str:
    """The button for the step from ``current`` to ``target`` (as workflow.action_label names it)."""
    if target == "in_progress" and current in ("resolved", "closed"):
        return _label(_ACTION, "reopen")
    if target == "in_progress" and current == "waiting_parts":
        return _label(_ACTION, "parts_arrived")
    return _label(_ACTION, target)
