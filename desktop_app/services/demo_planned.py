"""The demo office's planned work: the short list a well-run break-fix office keeps.

Kept apart from ``demo.py`` (which builds everything else) so either can change alone.
Dates are relative to the demo's "today", so the list always has something overdue,
something due this fortnight, renewals with notice periods and a history of past Done.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desktop_app.models import Asset, PlannedTask, TaskDone, Vendor
from desktop_app.schedule import Every, next_due

# (title, due in days from today, every, from_done, asset tag, vendor, cost, renewal, notice, notes,
#  past Done: [(days ago, actual cost, by, note)])
TASKS = [
    ("Test-restore the server backup", -2, "1 months", False, "SV-0001", "", None, False, None,
     "Restore one folder from last night's backup to a scratch folder and open a file.",
     [(33, Decimal("0.00"), "Zoë Hartley", "Restored Accounts/2024 to D:\\restore-test; files open."),
      (61, Decimal("0.00"), "Zoë Hartley", "OK."),
      (94, Decimal("95.00"), "BrightFix IT Services",
       "Restore failed: tape drive dirty; cleaned and re-run.")]),
    ("Copier service visit", 9, "6 months", False, "CP-0001", "CopyRight Printers", Decimal("140.00"),
     False, None, "Included: rollers, fuser check, firmware. Book a morning, the copier is off for 2 h.",
     [(174, Decimal("140.00"), "Gary Lund", "Fuser at 81 % life; rollers replaced."),
      (356, Decimal("135.00"), "Gary Lund", "")]),
    ("Replace the server UPS battery", 420, "3 years", False, "SV-0001", "BrightFix IT Services",
     Decimal("180.00"), False, None, "APC RBC7 battery pack; BrightFix brings it and tests the shutdown.",
     [(675, Decimal("165.00"), "BrightFix IT Services", "Battery swapped; runtime now 14 min.")]),
    ("Clean the comms cabinet filters", 0, "3 months", True, "", "", None, False, None,
     "Vacuum the fan filters; check the switch and router lights.",
     [(68, Decimal("0.00"), "Łukasz Nowak", "Dusty, done.")]),
    ("Broadband contract (fibre 500)", 35, "2 years", False, "IN-0001", "NetLine Telecom",
     Decimal("540.00"), True, 30,
     "Ask for the loyalty price before the notice date; compare two quotes.", []),
    ("Antivirus licence (12 seats)", 41, "1 years", False, "", "BrightFix IT Services", Decimal("264.00"),
     True, 14, "Renewed through BrightFix; seat count = PCs + laptops.",
     [(324, Decimal("252.00"), "Zoë Hartley", "11 seats last year.")]),
    ("Domain name harbour-accountants.example", 75, "1 years", False, "", "", Decimal("14.99"), True, 30,
     "Registrar account in the office password book; auto-renew is off on purpose.",
     [(290, Decimal("14.99"), "Zoë Hartley", "")]),
    ("Microsoft 365 Business Standard (12 users)", 118, "1 years", False, "", "", Decimal("1512.00"),
     True, 30, "Annual commitment: reduce seats only at renewal.",
     [(247, Decimal("1440.00"), "Zoë Hartley", "Added one seat.")]),
]


def add_planned_work(today: dt.date, now: dt.datetime) -> int:
    """Create the demo's planned tasks and their past Done records; returns how many tasks."""
    tags = {a.tag: a.id for a in Asset.select(Asset.id, Asset.tag)}
    vendors = {v.name: v.id for v in Vendor.select(Vendor.id, Vendor.name)}
    for (title, due_in, every_text, from_done, tag, vendor, cost, renewal, notice, notes,
         history) in TASKS:
        n, unit = every_text.split()
        every = Every(int(n), unit)
        due = today + dt.timedelta(days=due_in)
        task = PlannedTask.create(
            title=title, notes=notes, due=due, every_n=every.n, every_unit=every.unit, anchor_day=due.day,
            from_done=from_done, asset=tags.get(tag), vendor=vendors.get(vendor), cost=cost,
            renewal=renewal, notice_days=notice, created_at=now, updated_at=now)
        for days_ago, actual, by, note in history:
            done_on = today - dt.timedelta(days=days_ago)
            was_due = done_on  # the demo office did them on the day
            TaskDone.create(task=task, due=was_due, done_on=done_on,
                            done_at=dt.datetime.combine(done_on, dt.time(11)), done_by=by, cost=actual,
                            note=note, next_due=next_due(was_due, done_on, every, from_done, due.day)[0])
    return len(TASKS)
