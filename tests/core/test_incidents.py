"""Logging, editing and finding incidents; references; derived figures."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest

from desktop_app.records import IncidentFilter
from desktop_app.services import NotFound, ValidationError
from desktop_app.timeutil import now_utc

from .core_support import hours_ago, table_dump


def test_logging_an_incident(office):
    inc = office.incidents.create(title="  Reception PC will not start ", asset="pc-0001",
                                  priority="P1", reported_by="zoë hartley", users_affected="3",
                                  description="Dead since 8am", author="Zoë")
    assert re.fullmatch(r"INC-\d{4}-0001", inc.ref)
    assert inc.title == "Reception PC will not start"
    assert (inc.status, inc.priority, inc.users_affected) == ("new", "P1", 3)
    assert (inc.asset_tag, inc.reported_by_name) == ("PC-0001", "Zoë Hartley")
    assert inc.vendor_name == "BrightFix"  # the asset's maintainer is the default vendor
    detail = office.incidents.detail(inc.id)
    assert [(e.kind, e.to_status, e.text, e.author) for e in detail.events] == [
        ("status", "new", "Incident logged", "Zoë")]
    assert detail.events[0].at == inc.opened_at


@pytest.mark.parametrize(("values", "field", "message"), [
    ({"title": " "}, "title", "Title is required."),
    ({"title": "x", "priority": "P9"}, "priority", "Priority P9 is not one of: P1, P2, P3, P4."),
    ({"title": "x", "users_affected": "many"}, "users_affected",
     "Users affected many is not a whole number."),
    ({"title": "x", "asset": "ZZ-9"}, "asset", "There is no asset with tag ZZ-9."),
    ({"title": "x", "vendor": "Nobody"}, "vendor", "There is no vendor called Nobody."),
    ({"title": "x", "spend_cap": "-1"}, "spend_cap", "Spend cap cannot be negative."),
    ({"title": "x", "opened_at": "2024-13-01T10:00"}, "opened_at",
     "Opened at 2024-13-01T10:00 is not a date"),
    ({"title": "x", "opened_at": (now_utc() + dt.timedelta(hours=2)).isoformat() + "Z"}, "opened_at",
     "Opened at cannot be in the future."),
])
def test_bad_incident_input_is_refused_and_changes_nothing(office, db_path, values, field, message):
    before = table_dump(db_path)
    with pytest.raises(ValidationError) as err:
        office.incidents.create(**values)
    assert err.value.field == field
    assert str(err.value).startswith(message)
    assert table_dump(db_path) == before


def test_references_are_unique_and_never_reused(office):
    first = office.incidents.create(title="One")
    second = office.incidents.create(title="Two")
    year = first.ref.split("-")[1]
    assert (first.ref, second.ref) == (f"INC-{year}-0001", f"INC-{year}-0002")
    office.incidents.delete(second.id)
    third = office.incidents.create(title="Three")
    assert third.ref == f"INC-{year}-0003"  # 0002 is gone for good
    with pytest.raises(NotFound, match=f"There is no incident INC-{year}-0002."):
        office.incidents.by_ref(f"INC-{year}-0002")
    assert office.incidents.by_ref(third.ref.lower()).title == "Three"


def test_reference_skips_a_number_already_taken(office):
    from desktop_app.models import Incident

    first = office.incidents.create(title="One")
    year = first.ref.split("-")[1]
    # As if an import had written the next number without going through the counter.
    Incident.update(ref=f"INC-{year}-0002").where(Incident.id == first.id).execute()
    assert office.incidents.create(title="Two").ref == f"INC-{year}-0003"


def test_back_dated_incident_takes_its_year_from_the_opening_time(office):
    inc = office.incidents.create(title="Old one", opened_at="2023-06-15T10:30")
    assert inc.ref == "INC-2023-0001"
    assert office.incidents.create(title="Older", opened_at="2023-01-02T08:00").ref == "INC-2023-0002"


def test_edit_writes_a_timeline_entry_and_moves_the_opening(office):
    inc = office.incidents.create(title="Printer jam", asset="PR-0001")
    earlier = hours_ago(5)
    office.incidents.update(inc.id, title="Printer jams on tray 2", opened_at=earlier, priority="P2",
                            author="Tom")
    detail = office.incidents.detail(inc.id)
    assert detail.incident.title == "Printer jams on tray 2"
    assert detail.incident.opened_at == earlier.replace(tzinfo=None)
    logged = [e for e in detail.events if e.to_status == "new"]
    assert logged[0].at == detail.incident.opened_at  # the timeline agrees with the record
    edits = [e for e in detail.events if e.kind == "edit"]
    assert len(edits) == 1 and "title" in edits[0].text and "priority" in edits[0].text
    office.workflow.transition(inc.id, "called_out", at=hours_ago(4))
    with pytest.raises(ValidationError, match="Opened at cannot be after the first workflow step."):
        office.incidents.update(inc.id, opened_at=hours_ago(3))


def test_derived_figures(office):
    """Opened 10 h ago, called out 9 h ago, engineer 5 h later (promise: 4 h), resolved, closed."""
    inc = office.incidents.create(title="Server down", asset="PC-0001", opened_at=hours_ago(10))
    office.workflow.transition(inc.id, "called_out", at=hours_ago(9))
    mid = office.incidents.get(inc.id)
    assert mid.response_due_at == mid.called_out_at + dt.timedelta(hours=4)
    office.workflow.transition(inc.id, "in_progress", at=hours_ago(4))
    office.workflow.transition(inc.id, "resolved", at=hours_ago(2), cause="PSU", resolution="New PSU")
    office.workflow.transition(inc.id, "closed", at=hours_ago(1))
    office.costs.add(inc.id, kind="callout", amount="95")
    office.costs.add(inc.id, kind="labour", amount="112.50", hours="1.5")
    office.costs.add(inc.id, kind="parts", amount="48.99", description="PSU")
    rec = office.incidents.get(inc.id)
    assert rec.response_minutes == 300
    assert rec.response_breached() is True
    assert rec.resolution_minutes == 480
    assert rec.downtime_minutes() == 480
    assert rec.total_cost == Decimal("256.49")
    assert (rec.cause, rec.resolution) == ("PSU", "New PSU")


def test_response_within_promise_is_not_a_breach(office):
    inc = office.incidents.create(title="Jam", asset="PR-0001", opened_at=hours_ago(6))
    office.workflow.transition(inc.id, "called_out", at=hours_ago(5))
    open_rec = office.incidents.get(inc.id)
    assert open_rec.response_breached() is False  # 8-hour promise, 5 h waited so far
    assert open_rec.response_breached(now=open_rec.response_due_at + dt.timedelta(minutes=1)) is True
    office.workflow.transition(inc.id, "in_progress", at=hours_ago(1))
    rec = office.incidents.get(inc.id)
    assert rec.response_minutes == 240 and rec.response_breached() is False
    assert rec.resolution_minutes is None
    assert rec.downtime_minutes(now=rec.opened_at + dt.timedelta(hours=6)) == 360


def test_no_promise_means_no_breach(services):
    services.vendors.create(name="No promises Ltd")
    inc = services.incidents.create(title="x", vendor="No promises Ltd", opened_at=hours_ago(2))
    services.workflow.transition(inc.id, "called_out", at=hours_ago(1))
    rec = services.incidents.get(inc.id)
    assert rec.response_due_at is None and rec.response_breached() is None


def test_filters_and_search(office):
    a = office.incidents.create(title="Printer streaks", asset="PR-0001", description="Toner smudges")
    b = office.incidents.create(title="PC slow", asset="PC-0001")
    office.workflow.transition(b.id, "cancelled")
    lst = office.incidents.list
    assert [r.ref for r in lst(IncidentFilter(search="smudg"))] == [a.ref]  # description, 5 letters
    assert [r.ref for r in lst(IncidentFilter(search="PR"))] == [a.ref]  # two letters: LIKE path
    assert [r.ref for r in lst(IncidentFilter(search="copyright"))] == [a.ref]  # vendor name
    assert [r.ref for r in lst(IncidentFilter(search="reception"))] == [b.ref]  # asset name
    assert [r.ref for r in lst(IncidentFilter(search='"streaks OR'))] == []  # FTS syntax is literal
    assert [r.ref for r in lst(IncidentFilter(statuses=("cancelled",)))] == [b.ref]
    assert office.incidents.count(IncidentFilter(statuses=("new",))) == 1
    assert office.incidents.status_counts()["cancelled"] == 1
    office.incidents.update(a.id, title="Printer prints blank pages")
    assert lst(IncidentFilter(search="streaks")) == []  # the search index follows edits
    assert [r.ref for r in lst(IncidentFilter(search="blank pages"))] == [a.ref]


def test_overdue_filter(office):
    late = office.incidents.create(title="Late", asset="PC-0001", opened_at=hours_ago(8))
    office.workflow.transition(late.id, "called_out", at=hours_ago(7))  # 4 h promise: overdue
    ok = office.incidents.create(title="On time", asset="PC-0001", opened_at=hours_ago(2))
    office.workflow.transition(ok.id, "called_out", at=hours_ago(1))
    overdue = office.incidents.list(IncidentFilter(overdue_only=True))
    assert [r.ref for r in overdue] == [late.ref]
    assert office.incidents.open_and_overdue() == (2, 1)


@pytest.mark.sqlite_only
def test_overdue_count_reads_only_open_incidents(office):
    """The status bar asks "how many overdue" every minute: SQLite must find them through the
    open statuses, not walk every incident ever past its response time (schema v4's index)."""
    for n in range(3):
        late = office.incidents.create(title=f"Closed long ago {n}", asset="PC-0001",
                                       opened_at=hours_ago(90 + n))
        for status in ("called_out", "in_progress", "resolved", "closed"):
            office.workflow.transition(late.id, status, at=hours_ago(80 + n), **(
                {"cause": "x", "resolution": "y"} if status == "resolved" else {}))
    assert office.incidents.open_and_overdue() == (0, 0)
    from desktop_app.models import Incident

    sql, params = office.incidents._filtered(  # noqa: SLF001 (the plan of the real query)
        IncidentFilter(overdue_only=True), Incident.select(Incident.id)).sql()
    plan = " ".join(str(row) for row in office.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params))
    assert "incident_status_due" in plan
