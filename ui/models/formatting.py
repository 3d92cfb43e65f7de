"""How values look on screen: money, local times, status colours.

Shared by every table and detail pane so an amount or a time reads the same
everywhere.  Colours are translucent tints laid over the palette's own base
colour, so the same tint reads on a light and on a dark palette while the
text keeps the palette's contrast.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtGui import QColor

from desktop_app import money as money_rule
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


def duration(minutes: int | None) -> str:
    return humanize_minutes(minutes)
