"""Planned work: the scheduling rules, Done, warranty ends, spend and the overview summary."""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

import pytest

from desktop_app.schedule import Every, add_interval, next_due, parse_every
from desktop_app.services import Refused, ValidationError

from .core_support import table_dump

D = dt.date
MONTH = Every(1, "months")
YEAR = Every(1, "years")


# -- the calendar rules ---------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("1 months", Every(1, "months")), ("1 month", Every(1, "months")), ("3 years", Every(3, "years")),
    ("2 weeks", Every(2, "weeks")), (" 10 DAYS ", Every(10, "days")), ("", None), ("once", None),
])
def test_intervals_people_write(text, expected):
    assert parse_every("Every", text) == expected


@pytest.mark.parametrize("text", ["3 fortnights", "monthly", "0 days", "-1 months", "1.5 years",
                                  "11 years", "months 3"])
def test_bad_intervals_are_named(text):
    with pytest.raises(ValidationError, match=r"^Every .* (is not an interval|is out of range)"):
        parse_every("Every", text)


def test_every_month_from_31_january_keeps_to_the_31st():
    dates, due, anchor = [], D(2026, 1, 31), None
    for _ in range(4):
        due, anchor = next_due(due, due, MONTH, from_done=False, anchor_day=anchor)
        dates.append(due)
    assert dates == [D(2026, 2, 28), D(2026, 3, 31), D(2026, 4, 30), D(2026, 5, 31)]
    # In a leap year February has its 29th.
    assert add_interval(D(2028, 1, 31), MONTH) == D(2028, 2, 29)


def test_every_year_from_29_february_comes_back_to_it_in_leap_years():
    dates, due, anchor = [], D(2024, 2, 29), None
    for _ in range(4):
        due, anchor = next_due(due, due, YEAR, from_done=False, anchor_day=anchor)
        dates.append(due)
    assert dates == [D(2025, 2, 28), D(2026, 2, 28), D(2027, 2, 28), D(2028, 2, 29)]
    assert add_interval(D(2023, 12, 25), Every(2, "weeks")) == D(2024, 1, 8)
    assert add_interval(D(2024, 2, 28), Every(1, "days")) == D(2024, 2, 29)
    assert add_interval(D(2024, 11, 30), Every(3, "months")) == D(2025, 2, 28)


def test_done_early_and_late_from_the_due_date():
    due = D(2026, 1, 31)
    assert next_due(due, D(2026, 1, 20), MONTH, False)[0] == D(2026, 2, 28)  # early: one month on
    assert next_due(due, D(2026, 2, 10), MONTH, False)[0] == D(2026, 2, 28)  # a little late
    # Very late: the missed dates are skipped, the schedule keeps its day (31st, or month end).
    assert next_due(due, D(2026, 4, 5), MONTH, False) == (D(2026, 4, 30), 31)
    assert next_due(due, D(2026, 2, 28), MONTH, False)[0] == D(2026, 3, 31)  # done on the day


def test_done_early_and_late_from_the_done_date():
    due = D(2026, 1, 31)
    assert next_due(due, D(2026, 1, 20), MONTH, True) == (D(2026, 2, 20), 20)
    assert next_due(due, D(2026, 2, 10), MONTH, True) == (D(2026, 3, 10), 10)
    assert next_due(D(2026, 3, 1), D(2026, 3, 12), Every(3, "years"), True)[0] == D(2029, 3, 12)


# -- the service ----------------------------------------------------------------------------
def test_a_task_done_on_the_due_dates_across_month_ends_and_a_leap_year(services):
    task = services.planned.create(title="Test-restore the backup", due="2024-01-31", every="1 months")
    seen = []
    for _ in range(3):
        current = services.planned.get(task.id)
        seen.append(services.planned.mark_done(task.id, at=current.due.isoformat()).next_due)
    assert seen == [D(2024, 2, 29), D(2024, 3, 31), D(2024, 4, 30)]
    history = services.planned.history(task.id)
    assert [h.due for h in history] == [D(2024, 3, 31), D(2024, 2, 29), D(2024, 1, 31)]


def test_yearly_renewal_from_a_leap_day(services):
    task = services.planned.create(title="Alarm licence", due="2020-02-29", every="1 years", renewal=True)
    seen = []
    for _ in range(4):
        seen.append(services.planned.mark_done(task.id, at=services.planned.get(task.id).due).next_due)
    assert seen == [D(2021, 2, 28), D(2022, 2, 28), D(2023, 2, 28), D(2024, 2, 29)]


def test_done_late_and_early_through_the_service_with_both_rules(services):
    by_due = services.planned.create(title="Copier service", due="2025-01-31", every="6 months")
    by_done = services.planned.create(title="UPS self-test", due="2025-01-31", every="6 months",
                                      from_done=True)
    assert services.planned.mark_done(by_due.id, at="2025-03-15").next_due == D(2025, 7, 31)
    assert services.planned.mark_done(by_done.id, at="2025-03-15").next_due == D(2025, 9, 15)
    # Done early next time: from-due keeps its day, from-done moves again.
    assert services.planned.mark_done(by_due.id, at="2025-07-01").next_due == D(2026, 1, 31)
    assert services.planned.mark_done(by_done.id, at="2025-09-01").next_due == D(2026, 3, 1)


@pytest.fixture
def london(monkeypatch):
    """The office clock in London, which changes on 29 March and 25 October 2026."""
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_dates_do_not_move_with_daylight_saving(services, london):
    weekly = services.planned.create(title="Check the server lights", due="2026-03-26", every="1 weeks",
                                     from_done=True)
    # 23:30 on Sunday 29 March, the night the clocks went forward: still the 29th at the office.
    result = services.planned.mark_done(weekly.id, at="2026-03-29T23:30")
    assert result.done.done_on == D(2026, 3, 29)
    assert result.next_due == D(2026, 4, 5)
    # A UTC time just before midnight in summer is already the next day in London.
    result = services.planned.mark_done(weekly.id, at="2026-06-30T23:30Z")
    assert result.done.done_on == D(2026, 7, 1) and result.next_due == D(2026, 7, 8)
    daily = services.planned.create(title="Tape", due="2026-10-24", every="1 days")
    seen = [services.planned.mark_done(daily.id, at=services.planned.get(daily.id).due).next_due
            for _ in range(3)]
    assert seen == [D(2026, 10, 25), D(2026, 10, 26), D(2026, 10, 27)]  # 25 October has 25 hours


def test_a_one_off_task_is_done_once(services, db_path):
    task = services.planned.create(title="Move the router", due="2026-01-10", cost="80")
    result = services.planned.mark_done(task.id, at="2026-01-12", note="Cable tidied too")
    assert result.next_due is None and result.task.done
    assert result.done.cost == Decimal("80.00")  # no actual cost given: the estimate
    assert services.planned.list() == []
    before = table_dump(db_path)
    with pytest.raises(Refused, match="already done"):
        services.planned.mark_done(task.id)
    assert table_dump(db_path) == before


def test_bad_input_changes_nothing(office, db_path):
    task = office.planned.create(title="Backup", due="2026-01-31", every="1 months")
    before = table_dump(db_path)
    for values, field in ((dict(due="2026-02-30"), "due"), (dict(every="fortnightly"), "every"),
                          (dict(cost="12.345"), "cost"), (dict(asset="NOPE-1"), "asset"),
                          (dict(vendor="Nobody Ltd"), "vendor"), (dict(notice_days="x"), "notice_days"),
                          (dict(notice_days="30"), "notice_days"), (dict(title=" "), "title")):
        with pytest.raises(ValidationError) as err:
            office.planned.create(**{"title": "T", "due": "2026-05-01", **values})
        assert err.value.field == field
    for kwargs, field in ((dict(at="yesterday"), "at"), (dict(cost="-5"), "cost"),
                          (dict(at=(dt.date.today() + dt.timedelta(days=2)).isoformat()), "at")):
        with pytest.raises(ValidationError) as err:
            office.planned.mark_done(task.id, **kwargs)
        assert err.value.field == field
    assert table_dump(db_path) == before


def test_a_stale_edit_or_done_is_refused(services, db_path):
    task = services.planned.create(title="Backup", due="2026-01-31", every="1 months")
    services.planned.update(task.id, version=task.version, cost="10")  # another PC saved first
    before = table_dump(db_path)
    with pytest.raises(Refused, match="changed on another computer"):
        services.planned.update(task.id, version=task.version, title="Mine")
    with pytest.raises(Refused, match="changed on another computer"):
        services.planned.mark_done(task.id, version=task.version)
    assert table_dump(db_path) == before


def test_links_due_within_overdue_and_notice(office):
    today = dt.date.today()
    ups = office.planned.create(title="UPS battery", due=today + dt.timedelta(days=10), every="3 years",
                                asset="pc-0001", vendor="brightfix", cost="180")
    late = office.planned.create(title="Test-restore", due=today - dt.timedelta(days=3), every="1 months")
    domain = office.planned.create(title="Domain", due=today + dt.timedelta(days=40), renewal=True,
                                   notice_days=30, cost="15", every="1 years")
    office.planned.create(title="Far away", due=today + dt.timedelta(days=200))
    assert (ups.asset_tag, ups.vendor_name, ups.schedule_label) == ("PC-0001", "BrightFix", "every 3 years")
    soon = office.planned.list(due_within=14, today=today)
    # The domain lapses in 40 days but notice is due in 10: it needs attention now.
    assert [r.title for r in soon] == ["Test-restore", "UPS battery", "Domain"]
    assert [r.is_overdue(today) for r in soon] == [True, False, False]
    assert office.planned.counts(today) == (2, 1, 0)
    assert late.id and domain.attention_date == today + dt.timedelta(days=10)


def test_warranty_ends_are_read_from_the_assets(office):
    today = dt.date.today()
    office.assets.update(office.assets.by_tag("PR-0001").id, warranty_end=today + dt.timedelta(days=5))
    office.assets.create(tag="PC-0009", name="Old PC", status="retired",
                         warranty_end=today + dt.timedelta(days=6))
    office.planned.create(title="Copier service", due=today + dt.timedelta(days=7))
    agenda = office.planned.agenda(today)
    assert [(i.kind, i.title) for i in agenda] == [("warranty", "Warranty ends: PR-0001 Office printer"),
                                                   ("task", "Copier service")]
    # Editing the asset shows at once: nothing was copied.
    office.assets.update(office.assets.by_tag("PR-0001").id, warranty_end=today + dt.timedelta(days=9))
    assert office.planned.agenda(today)[1].due == today + dt.timedelta(days=9)
    ends = office.planned.summary(today, today, today).warranty_ends
    assert [(w.asset_tag, w.vendor_name) for w in ends] == [("PR-0001", "CopyRight Printers")]


def test_planned_and_unplanned_spend_for_a_period(office):
    """Worked by hand: planned = done in March (40 + 25) + renewals lapsing in March, not yet
    renewed (300); unplanned = incidents opened in March, cancelled ones left out (95 + 150)."""
    p = office.planned
    backup = p.create(title="Backup test", due="2026-02-27", every="1 months", cost="30")
    p.mark_done(backup.id, at="2026-02-27", cost="99")  # February: outside
    p.mark_done(backup.id, at="2026-03-27", cost="40")
    p.mark_done(p.create(title="Fix shelf", due="2026-03-02").id, at="2026-03-31T10:00", cost="25")
    p.create(title="Microsoft 365", due="2026-03-15", renewal=True, cost="300", every="1 years")
    renewed = p.create(title="Antivirus", due="2026-03-20", renewal=True, cost="60", every="1 years")
    p.mark_done(renewed.id, at="2026-04-01", cost="66")  # renewed in April: counts there, not in March
    p.create(title="Broadband", due="2026-04-01", renewal=True, cost="480", every="1 years")
    one = office.incidents.create(title="PC dead", opened_at="2026-03-03T09:00")
    office.costs.add(one.id, kind="callout", amount="95")
    two = office.incidents.create(title="Printer jam", opened_at="2026-03-30T09:00")
    office.costs.add(two.id, kind="parts", amount="150")
    gone = office.incidents.create(title="False alarm", opened_at="2026-03-10T09:00")
    office.costs.add(gone.id, kind="other", amount="1000")
    office.workflow.transition(gone.id, "cancelled")
    office.costs.add(office.incidents.create(title="Feb", opened_at="2026-02-10T09:00").id,
                     kind="other", amount="7")

    spend = p.spend(D(2026, 3, 1), D(2026, 3, 31))
    assert (spend.done, spend.renewals, spend.planned, spend.unplanned) == (
        Decimal("65.00"), Decimal("300.00"), Decimal("365.00"), Decimal("245.00"))
    assert spend.planned_share == pytest.approx(365 / 610)
    april = p.spend(D(2026, 4, 1), D(2026, 4, 30))
    assert (april.done, april.renewals, april.unplanned) == (Decimal("66.00"), Decimal("480.00"),
                                                             Decimal("0.00"))


def test_summary_in_one_call(office):
    today = D(2026, 6, 15)
    p = office.planned
    p.create(title="Overdue check", due="2026-06-10")
    p.create(title="Today's check", due="2026-06-15")
    p.create(title="Soon", due="2026-06-29")
    p.create(title="Later", due="2026-06-30")
    summary = p.summary(D(2026, 6, 1), D(2026, 6, 30), today=today)
    assert [r.title for r in summary.overdue] == ["Overdue check"]
    assert [r.title for r in summary.due_soon] == ["Today's check", "Soon"]
    assert [r.title for r in summary.due_today] == ["Today's check"]
    assert summary.spend.planned == Decimal("0.00") and summary.spend.planned_share is None
    with pytest.raises(Refused, match="before the start date"):
        p.summary(D(2026, 6, 30), D(2026, 6, 1))


def test_deleting_a_task_or_its_asset(office):
    task = office.planned.create(title="Service", due="2026-01-01", every="1 years",
                                 asset="PR-0001", vendor="CopyRight Printers")
    office.planned.mark_done(task.id, at="2026-01-02")
    office.assets.delete(office.assets.by_tag("PR-0001").id)  # no incidents: it may go
    assert office.planned.get(task.id).asset_tag == ""  # the task stays, unlinked
    office.planned.delete(task.id)
    assert office.planned.list(include_done=True) == [] and office.planned.history(task.id) == []


def test_the_demo_office_keeps_a_believable_list(demo_services):
    today = dt.date.today()
    tasks = demo_services.planned.list()
    titles = " | ".join(t.title for t in tasks)
    for words in ("Test-restore the server backup", "UPS battery", "Copier service", "Domain name",
                  "Microsoft 365", "Antivirus", "Broadband"):
        assert words in titles
    renewals = [t for t in tasks if t.renewal]
    assert len(renewals) == 4 and all(t.notice_days and t.cost for t in renewals)
    assert [t.title for t in tasks if t.is_overdue(today)] == ["Test-restore the server backup"]
    ups = next(t for t in tasks if "UPS" in t.title)
    assert (ups.every_text, ups.asset_tag, ups.vendor_name) == ("3 years", "SV-0001", "BrightFix IT Services")
    assert demo_services.planned.history(ups.id)[0].cost == Decimal("165.00")
    year = demo_services.planned.spend(today - dt.timedelta(days=365), today)
    assert year.done > 0 and year.unplanned > 0


def test_a_review_pdf_section_in_one_call(office):
    """What the break-fix review adds: summary_story(services.planned.summary(start, end), currency)."""
    import io

    from pypdf import PdfReader

    from desktop_app.reports.layout import DocumentMeta, build_pdf
    from desktop_app.reports.planned import summary_story

    today = dt.date.today()
    office.planned.create(title="Backup test", due=today - dt.timedelta(days=1), every="1 months")
    office.planned.create(title="Broadband", due=today + dt.timedelta(days=20), renewal=True,
                          notice_days=30, cost="480", every="2 years")
    task = office.planned.create(title="Copier service", due=today - dt.timedelta(days=5), cost="140")
    office.planned.mark_done(task.id, at=today, cost="150")
    incident = office.incidents.create(title="PC dead", opened_at=dt.datetime.now() - dt.timedelta(hours=2))
    office.costs.add(incident.id, kind="callout", amount="95")
    summary = office.planned.summary(today - dt.timedelta(days=30), today + dt.timedelta(days=30))
    pdf = build_pdf(DocumentMeta(title="Break-fix review"), summary_story(summary, "GBP"))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Planned work done (actual costs) GBP 150.00" in text
    assert "Renewals falling due, not yet renewed GBP 480.00" in text
    assert "Planned spend GBP 630.00" in text and "Unplanned spend (incidents) GBP 95.00" in text
    assert "Planned share of all spend 87%" in text  # 630 / 725
    assert "Overdue (1)" in text and "Backup test" in text
    assert "Due in the next 14 days (1)" in text and "Broadband" in text  # notice date within 14 days
