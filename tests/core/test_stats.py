"""Break-fix figures (issue 15) on small hand-built offices whose answers are worked out by hand.

The office is built through the command line with back-dated incidents (--opened-at, --at),
then ``fixdesk stats --json`` is compared with the figures below.  The same office runs on
PostgreSQL when FIXDESK_TEST_PG_URL is set.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from decimal import Decimal

import pytest

from desktop_app.cli import main
from desktop_app.stats_records import Period

from .core_support import table_dump

PG_URL = os.environ.get("FIXDESK_TEST_PG_URL", "")


class Run:
    def __init__(self, db: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.db, self.capsys = db, capsys

    def __call__(self, *argv: str, code: int = 0) -> str:
        result = main(["--db", self.db, *argv])
        out, err = self.capsys.readouterr()
        assert result == code, err
        self.err = err
        return out.strip()


def step(run: Run, ref: str, status: str, at: str, *extra: str) -> None:
    run("incident", ref, "status", status, "--at", at, *extra)


def incident(run: Run, title: str, asset: str, opened: str, users: int) -> str:
    extra = ["--vendor", "BrightFix"]
    return run("add", "incident", "--title", title, "--asset", asset, "--opened-at", opened,
               "--users-affected", str(users), *extra)


def build_office(run: Run) -> dict[str, str]:
    """Two assets, one vendor promising 4 hours, five incidents in March-May 2026 (one cancelled)
    and one in February; every time local."""
    run("settings", "set", "currency", "GBP")
    run("settings", "set", "downtime_cost_per_hour", "30")
    run("settings", "set", "managed_quote_per_seat", "40")
    run("settings", "set", "seats", "5")
    run("add", "vendor", "--name", "BrightFix", "--response-hours", "4")
    run("add", "asset", "--tag", "PC-1", "--name", "Reception PC", "--category", "Desktop",
        "--purchase-cost", "1000")
    run("add", "asset", "--tag", "PR-1", "--name", "Printer", "--category", "Printer",
        "--purchase-cost", "2000")
    refs = {}
    # Before the period: counts only towards PC-1's lifetime repair cost and its repeat fault.
    refs["feb"] = r = incident(run, "Won't boot", "PC-1", "2026-02-10T09:00", 1)
    step(run, r, "called_out", "2026-02-10T09:10")
    step(run, r, "in_progress", "2026-02-10T10:00")
    step(run, r, "resolved", "2026-02-10T11:00")
    run("incident", r, "cost", "--kind", "labour", "--amount", "300", "--hours", "4")
    # 1: on time (120 min), first-time fix; 8 h down for 2 people.
    refs["i1"] = r = incident(run, "Blue screen", "PC-1", "2026-03-02T09:00", 2)
    step(run, r, "called_out", "2026-03-02T09:30")
    step(run, r, "in_progress", "2026-03-02T11:30")
    step(run, r, "resolved", "2026-03-02T17:00")
    run("incident", r, "cost", "--kind", "callout", "--amount", "95")
    run("incident", r, "cost", "--kind", "labour", "--amount", "150", "--hours", "2")
    # 2: late (300 min against a 4-hour promise), waited for parts; 25 h down.
    refs["i2"] = r = incident(run, "Disk failing", "PC-1", "2026-03-20T09:00", 1)
    step(run, r, "called_out", "2026-03-20T10:00")
    step(run, r, "in_progress", "2026-03-20T15:00")
    step(run, r, "waiting_parts", "2026-03-20T15:30")
    step(run, r, "in_progress", "2026-03-21T09:00")
    step(run, r, "resolved", "2026-03-21T10:00")
    run("incident", r, "cost", "--kind", "callout", "--amount", "95")
    run("incident", r, "cost", "--kind", "parts", "--amount", "200")
    # 3: on time (120 min), resolved, then reopened (a repeat call-out); down until the second fix.
    refs["i3"] = r = incident(run, "No network", "PC-1", "2026-04-10T09:00", 1)
    step(run, r, "called_out", "2026-04-10T09:00")
    step(run, r, "in_progress", "2026-04-10T11:00")
    step(run, r, "resolved", "2026-04-10T12:00")
    step(run, r, "in_progress", "2026-04-11T09:00")
    step(run, r, "resolved", "2026-04-11T10:00")
    run("incident", r, "cost", "--kind", "callout", "--amount", "45")
    # 4: the printer, on time (180 min), 3 people for 4 h 15 min.
    refs["i4"] = r = incident(run, "Paper jam", "PR-1", "2026-05-05T09:00", 3)
    step(run, r, "called_out", "2026-05-05T09:15")
    step(run, r, "in_progress", "2026-05-05T12:15")
    step(run, r, "resolved", "2026-05-05T13:15")
    run("incident", r, "cost", "--kind", "labour", "--amount", "100", "--hours", "1")
    # Cancelled: counts nowhere, not even its cost.
    refs["cancelled"] = r = incident(run, "False alarm", "PR-1", "2026-05-06T09:00", 4)
    run("incident", r, "cost", "--kind", "other", "--amount", "999")
    step(run, r, "cancelled", "2026-05-06T09:30")
    return refs


EXPECTED = {
    "from": "2026-03-01", "to": "2026-05-31", "currency": "GBP",
    "incidents": {"opened": 4, "resolved": 4, "open_now": 0, "overdue_now": 0},
    "spend": {"total": "685.00",
              "by_kind": {"callout": "235.00", "labour": "250.00", "parts": "200.00", "travel": "0.00",
                          "other": "0.00"},
              "by_month": {"2026-03": "540.00", "2026-04": "45.00", "2026-05": "100.00"}},
    # 8 + 25 + 25 + 4.25 hours; 2x30x8 + 30x25 + 30x25 + 3x30x4.25
    "downtime": {"hours": 62.25, "cost": "2362.50"},
    "vendors": [{"name": "BrightFix", "callouts": 4, "response_median_minutes": 150.0, "breaches": 1,
                 "on_time_rate": 0.75, "first_time_fix_rate": 0.5, "repeat_callouts": 1,
                 "spend": "685.00"}],
    # PC-1: 300 + 245 + 295 + 45 over its life is 885, past 50 % of 1000: replace.
    "assets": [{"tag": "PC-1", "incidents": 3, "repair_cost": "885.00", "downtime_hours": 58.0,
                "repeat_fault": True, "advice": "replace"},
               {"tag": "PR-1", "incidents": 1, "repair_cost": "100.00", "downtime_hours": 4.25,
                "repeat_fault": False, "advice": "repair"}],
    "by_category": [{"category": "Desktop", "incidents": 3, "spend": "585.00", "downtime_cost": "1980.00"},
                    {"category": "Printer", "incidents": 1, "spend": "100.00", "downtime_cost": "382.50"}],
    # 685 + 2362.50 against 40 x 5 seats x 3 months
    "support_model": {"months": 3.0, "seats": 5, "break_fix_total": "3047.50", "managed_total": "600.00",
                      "cheaper": "managed", "difference": "2447.50"},
}


@pytest.fixture
def run(db_path, capsys):
    return Run(str(db_path), capsys)


def test_every_figure_on_a_hand_built_office(run):
    build_office(run)
    got = json.loads(run("stats", "--json", "--from", "2026-03-01", "--to", "2026-05-31"))
    assert got == EXPECTED
    assert list(got) == list(EXPECTED)  # the keys in the documented order


def test_readable_summary_has_the_same_figures(run):
    build_office(run)
    text = run("stats", "--from", "2026-03-01", "--to", "2026-05-31")
    assert "4 opened, 4 resolved, 0 still open, 0 overdue" in text
    assert "Spend: GBP 685.00" in text
    assert "Downtime: 62.25 hours, costing GBP 2,362.50" in text
    assert "BrightFix: 4 call-outs, median response 2 h 30 min, 1 promises broken, on time 75%" in text
    assert "PC-1 Reception PC: 3 incidents" in text and "-> replace" in text
    assert "A managed service would have been cheaper by GBP 2,447.50." in text


def test_a_period_with_no_incidents_and_an_empty_office(run, db_path):
    got = json.loads(run("stats", "--json", "--from", "2026-01-01", "--to", "2026-01-31"))
    assert got["incidents"] == {"opened": 0, "resolved": 0, "open_now": 0, "overdue_now": 0}
    assert got["spend"]["total"] == "0.00" and got["spend"]["by_month"] == {"2026-01": "0.00"}
    assert got["vendors"] == [] and got["assets"] == [] and got["by_category"] == []
    # No quote yet: nothing to compare with; no seats (nobody on record).
    assert got["support_model"] == {"months": 1.0, "seats": 0, "break_fix_total": "0.00",
                                    "managed_total": None, "cheaper": None, "difference": None}
    build_office(run)
    got = json.loads(run("stats", "--json", "--from", "2026-06-01", "--to", "2026-07-15"))
    assert got["incidents"]["opened"] == 0 and got["downtime"] == {"hours": 0.0, "cost": "0.00"}
    assert list(got["spend"]["by_month"]) == ["2026-06", "2026-07"]
    # 1 + 15/31 months of the quote; break-fix cost nothing, so it is the cheaper.
    assert got["support_model"]["months"] == round(1 + 15 / 31, 4)
    assert got["support_model"]["managed_total"] == "296.77"  # 40 x 5 x (46/31)
    assert got["support_model"]["cheaper"] == "break_fix"


def test_open_incidents_count_downtime_to_now(services):
    """Downtime of a still-open incident runs to now; an unmet promise past its time is overdue."""
    services.settings.update(downtime_cost_per_hour="10")
    services.vendors.create(name="SlowCo", response_hours="2")
    services.assets.create(tag="RT-1", name="Router", category="Network")
    now = dt.datetime(2026, 6, 10, 12, 0)  # naive UTC, as stored
    opened = now - dt.timedelta(hours=6)
    rec = services.incidents.create(title="Internet down", asset="RT-1", vendor="SlowCo",
                                    users_affected=4, opened_at=opened.replace(tzinfo=dt.timezone.utc))
    services.workflow.transition(rec.id, "called_out", at=(opened + dt.timedelta(hours=1))
                                 .replace(tzinfo=dt.timezone.utc))
    day = (opened.replace(tzinfo=dt.timezone.utc).astimezone()).date()
    stats = services.stats.compute(Period(day, day), now=now)
    assert stats.opened == 1 and stats.open_now == 1 and stats.resolved == 0
    assert stats.overdue_now == 1  # called out 5 h ago on a 2-hour promise, nobody there
    assert stats.downtime_hours == 6.0 and stats.downtime_cost == Decimal("240.00")  # 4 x 10 x 6
    card = stats.vendors[0]
    assert (card.callouts, card.breaches, card.on_time_rate) == (1, 1, 0.0)
    assert card.response_median_minutes is None
    later = services.stats.compute(Period(day, day), now=now + dt.timedelta(hours=2))
    assert later.downtime_hours == 8.0  # still down: the clock keeps running


def test_repeat_fault_makes_watch_and_the_threshold_setting_moves_replace(services):
    services.assets.create(tag="PR-9", name="Old printer", purchase_cost="400")
    base = dt.datetime(2025, 1, 1, 9, 0, tzinfo=dt.timezone.utc)
    ids = []
    for days in (0, 45, 89):  # the third within 90 days of the first
        ids.append(services.incidents.create(title="Jam", asset="PR-9",
                                             opened_at=base + dt.timedelta(days=days)).id)
    services.costs.add(ids[0], kind="parts", amount="150")
    asset_id = services.assets.by_tag("PR-9").id
    advice = services.stats.advice([asset_id])[asset_id]
    assert advice.repeat_fault and advice.repair_cost == Decimal("150.00") and advice.advice == "watch"
    services.settings.update(replace_threshold_percent="30")  # 30 % of 400 is 120: 150 reaches it
    assert services.stats.advice([asset_id])[asset_id].advice == "replace"
    services.workflow.transition(ids[2], "cancelled")  # cancelled counts nowhere: two left in 90 days
    services.settings.update(replace_threshold_percent="50")
    advice = services.stats.advice([asset_id])[asset_id]
    assert not advice.repeat_fault and advice.advice == "repair"


def test_months_are_calendar_fractions():
    assert Period(dt.date(2026, 3, 1), dt.date(2026, 5, 31)).months() == 3
    assert Period(dt.date(2026, 2, 15), dt.date(2026, 2, 28)).months() * 28 == 14
    twelve = Period.last_months(12, dt.date(2026, 11, 29))
    assert (twelve.start, twelve.end, twelve.months()) == (dt.date(2025, 11, 30), dt.date(2026, 11, 29), 12)


def test_seats_default_to_the_people_on_record(services):
    for name in ("Ann", "Bob", "Cy"):
        services.people.create(name=name)
    assert services.stats.seats() == 3
    services.settings.update(seats="8")
    assert services.stats.seats() == 8


def test_settings_command(run, db_path):
    shown = json.loads(run("settings", "--json"))
    assert shown["replace_threshold_percent"] == 50 and shown["seats"] == 0  # nobody on record
    assert shown["downtime_cost_per_hour"] is None and shown["currency"] == "EUR"
    assert run("settings", "set", "managed_quote_per_seat", "42.5") == "managed_quote_per_seat = 42.50"
    assert run("settings", "set", "seats", "12") == "seats = 12"
    shown = json.loads(run("settings", "--json"))
    assert shown["managed_quote_per_seat"] == "42.50" and shown["seats"] == 12
    assert "replace_threshold_percent = 50" in run("settings").splitlines()
    for argv, sentence in ((("nonsense", "1"), "There is no setting called nonsense"),
                           (("seats", "many"), "Seats many is not a whole number."),
                           (("replace_threshold_percent", "150"), "Replace threshold must be a whole number"),
                           (("currency", "euro"), "not a three-letter currency code"),
                           (("downtime_cost_per_hour", "-4"), "cannot be negative")):
        before = table_dump(db_path)
        run("settings", "set", *argv, code=1)
        message = run.err.strip()
        assert sentence in message and "\n" not in message and message.endswith("."), message
        assert table_dump(db_path) == before


def test_stats_refuses_bad_dates(run):
    run("stats", "--json", "--from", "2026-05-01", "--to", "2026-04-01", code=1)
    assert run.err.strip() == "fixdesk: The end date 2026-04-01 is before the start date 2026-05-01."
    run("stats", "--from", "yesterday", code=1)
    assert "--from yesterday is not a date" in run.err


def test_default_period_is_the_last_12_months(run):
    got = json.loads(run("stats", "--json"))
    today = dt.date.today()
    assert got["to"] == today.isoformat()
    assert got["from"] == Period.last_months(12, today).start.isoformat()
    assert got["support_model"]["months"] == 12.0


@pytest.mark.skipif(not PG_URL, reason="FIXDESK_TEST_PG_URL is not set")
def test_every_figure_on_postgresql(capsys):
    from desktop_app.db import connect

    def wipe() -> None:
        db = connect(PG_URL)
        try:
            db.execute_sql("DROP SCHEMA public CASCADE")
            db.execute_sql("CREATE SCHEMA public")
        finally:
            db.close()

    wipe()
    try:
        run = Run(PG_URL, capsys)
        build_office(run)
        got = json.loads(run("stats", "--json", "--from", "2026-03-01", "--to", "2026-05-31"))
        assert got == EXPECTED
    finally:
        wipe()


def test_warranties_ending_and_what_is_set_up(services):
    today = dt.date(2026, 6, 1)
    for tag, days in (("A-1", 10), ("A-2", 30), ("A-3", 45), ("A-4", 90), ("A-5", 91), ("A-6", -1)):
        services.assets.create(tag=tag, name=tag, warranty_end=(today + dt.timedelta(days=days)).isoformat())
    services.assets.create(tag="A-7", name="Retired", status="retired",
                           warranty_end=(today + dt.timedelta(days=5)).isoformat())
    counts = services.stats.warranties_ending(today)
    assert (counts.within_30, counts.within_60, counts.within_90) == (2, 3, 4)  # cumulative
    setup = services.stats.setup_state()
    assert setup.empty and setup.assets == 1 and setup.vendors == 0 and not setup.downtime_rate_set
    services.incidents.create(title="First")
    assert not services.stats.setup_state().empty


def test_overview_this_month_figures_match_a_this_month_read(services):
    services.vendors.create(name="SlowCo", response_hours="0.1")  # six minutes: broken already
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    rec = services.incidents.create(title="Down", vendor="SlowCo", opened_at=now - dt.timedelta(minutes=50))
    services.workflow.transition(rec.id, "called_out", at=now - dt.timedelta(minutes=40))
    services.costs.add(rec.id, kind="callout", amount="80")
    month = services.stats.compute(Period.this_month())
    for period in (Period.last_months(12), Period(dt.date(2020, 1, 1), dt.date(2020, 1, 31))):
        o = services.stats.overview(period)
        assert (o.spend_this_month, o.breaches_this_month) == (month.spend_total, month.breaches)
    assert (month.spend_total, month.breaches) == (Decimal("80.00"), 1)
