"""UTC in storage, local time on screen and paper."""

from __future__ import annotations

import datetime as dt

from desktop_app import i18n


def now_utc() -> dt.datetime:
    """Naive UTC now, truncated to seconds (what the database stores)."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def to_utc_naive(value: dt.datetime) -> dt.datetime:
    """Aware -> naive UTC; naive values are taken to be local wall-clock time."""
    if value.tzinfo is None:
        value = value.astimezone()  # interpret as local
    return value.astimezone(dt.timezone.utc).replace(tzinfo=None)


def to_local(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=dt.timezone.utc).astimezone()


def format_local(value: dt.datetime | None, with_seconds: bool = False) -> str:
    """Naive UTC -> local wall-clock text, written the way the current language writes dates."""
    return i18n.format_datetime(to_local(value), with_seconds)


def iso_utc(value: dt.datetime | None) -> str | None:
    """Naive UTC -> ISO 8601 with a Z, for JSON."""
    if value is None:
        return None
    return value.replace(microsecond=0).isoformat() + "Z"


def minutes_between(start: dt.datetime | None, end: dt.datetime | None) -> int | None:
    if start is None or end is None:
        return None
    return int((end - start).total_seconds() // 60)


def humanize_minutes(minutes: int | None) -> str:
    """"45 min", "3 h 05 min", "2 d 4 h", in the current language."""
    if minutes is None:
        return ""
    if minutes < 60:
        return i18n.translate("Duration", "{minutes} min").format(minutes=minutes)
    hours, mins = divmod(minutes, 60)
    if hours < 48:
        if mins:
            return (i18n.translate("Duration", "{hours} h {minutes} min")
                    .format(hours=hours, minutes=f"{mins:02d}"))
        return i18n.translate("Duration", "{hours} h").format(hours=hours)
    days, hours = divmod(hours, 24)
    return i18n.translate("Duration", "{days} d {hours} h").format(days=days, hours=hours)
