"""iCalendar (RFC 5545) export of planned work: one all-day event per open task.

Written by hand (a few lines of a plain text format) so the app needs no extra package;
the tests read the files back with the ``icalendar`` package.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.services.errors import ServiceError
from desktop_app.services.planned import TaskRecord

if TYPE_CHECKING:
    from desktop_app.services import Services

PRODID = "-//FixDesk//Planned work//EN"


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> list[str]:
    """Lines of at most 75 octets, continuation lines starting with a space (never
    splitting a UTF-8 character)."""
    out, current, size = [], "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > (75 if not out else 74):
            out.append(current)
            current, size = "", 0
        current += ch
        size += width
    out.append(current)
    return [out[0], *(" " + part for part in out[1:])]


def _date(value: dt.date) -> str:
    return value.strftime("%Y%m%d")


def _event(task: TaskRecord, stamp: str, currency: str) -> list[str]:
    details = [task.kind_label + (f", {task.schedule_label}" if task.schedule_label else "")]
    if task.asset_tag:
        details.append(f"Asset: {task.asset_tag} {task.asset_name}".rstrip())
    if task.vendor_name:
        details.append(f"Vendor: {task.vendor_name}")
    if task.cost is not None:
        what = "Yearly cost" if task.renewal else "Estimate"
        details.append(f"{what}: {currency} {task.cost:,.2f}".replace("  ", " "))
    if task.renewal and task.notice_days:
        details.append(f"Give notice by {task.attention_date.isoformat()} ({task.notice_days} days' notice)")
    if task.notes:
        details.append(task.notes)
    lines = [
        "BEGIN:VEVENT",
        # The due date is in the UID: when the task moves on, calendars see a new event.
        f"UID:fixdesk-task-{task.id}-{_date(task.due)}@fixdesk",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_date(task.due)}",
        f"DTEND;VALUE=DATE:{_date(task.due + dt.timedelta(days=1))}",
        f"SUMMARY:{_escape(task.title)}",
        f"DESCRIPTION:{_escape(chr(10).join(details))}",
        "TRANSP:TRANSPARENT",
    ]
    if task.renewal and task.notice_days:
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", f"TRIGGER:-P{task.notice_days}D",
                  f"DESCRIPTION:{_escape('Give notice: ' + task.title)}", "END:VALARM"]
    lines.append("END:VEVENT")
    return lines


def calendar_text(tasks: Iterable[TaskRecord], currency: str = "", office: str = "",
                  now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{_escape((office or 'FixDesk') + ' planned work')}"]
    for task in tasks:
        if not task.done:
            lines += _event(task, stamp, currency)
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))


def export_tasks(services: Services, path: str | os.PathLike[str]) -> int:
    """Write every task not yet done to ``path``; returns how many events were written."""
    tasks = services.planned.list()
    office = services.settings.get_all()
    target = Path(path)
    try:
        target.write_bytes(calendar_text(tasks, office.currency, office.office_name).encode("utf-8"))
    except OSError as exc:
        raise ServiceError(f"Cannot write {target}: {exc.strerror or exc}.") from None
    return len(tasks)
