"""Planned work beside the hand-built office of test_stats (March-May 2026), worked out by hand.

In 2026-03-01..2026-05-31: planned = the UPS battery done on 2 April for 165.00 + the domain
renewal lapsing on 20 May, not renewed, 15.00 = 180.00; unplanned = the incidents' 685.00; the
planned share 180 / 865 = 21%.  Overdue today: the domain renewal and the backup test; due in the
next 14 days: the copier service.
"""

from __future__ import annotations

import datetime as dt

PLANNED = "180.00"
UNPLANNED = "685.00"
SHARE = "21%"


def build_planned(run) -> None:  # noqa: ANN001 (core.test_stats.Run)
    today = dt.date.today()
    ups = run("add", "task", "--title", "UPS battery", "--due", "2026-04-01", "--cost", "180")
    run("task", ups, "done", "--at", "2026-04-02", "--cost", "165")
    run("add", "task", "--title", "Domain name", "--due", "2026-05-20", "--every", "1 years",
        "--renewal", "--cost", "15")
    run("add", "task", "--title", "Copier service", "--due", (today + dt.timedelta(days=5)).isoformat())
    run("add", "task", "--title", "Test-restore the backup", "--due",
        (today - dt.timedelta(days=2)).isoformat(), "--every", "1 months")
