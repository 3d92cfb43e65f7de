"""The incident workflow: every transition, allowed and refused, and back-dating."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.models import INCIDENT_STATUSES
from desktop_app.services import Refused, ValidationError
from desktop_app.services.workflow import TRANSITIONS, action_label, allowed_next

from .core_support import hours_ago, table_dump

# The shortest way to reach each status from "new".
PATHS = {
    "new": [],
    "called_out": ["called_out"],
    "in_progress": ["called_out", "in_progress"],
    "waiting_parts": ["called_out", "in_progress", "waiting_parts"],
    "resolved": ["called_out", "in_progress", "resolved"],
    "closed": ["called_out", "in_progress", "resolved", "closed"],
    "cancelled": ["cancelled"],
}

EXPECTED = {
    "new": {"called_out", "cancelled"},
    "called_out": {"in_progress", "cancelled"},
    "in_progress": {"waiting_parts", "resolved", "cancelled"},
    "waiting_parts": {"in_progress", "cancelled"},
    "resolved": {"closed", "in_progress"},
    "closed": {"in_progress"},
    "cancelled": set(),
}


def test_transition_table_is_the_designed_one():
    assert {k: set(v) for k, v in TRANSITIONS.items()} == EXPECTED
    assert set(TRANSITIONS) == set(INCIDENT_STATUSES)


def _incident_at(svc, status):
    inc = svc.incidents.create(title=f"Reach {status}", asset="PC-0001")
    for step in PATHS[status]:
        svc.workflow.transition(inc.id, step)
    assert svc.incidents.get(inc.id).status == status
    return inc


@pytest.mark.parametrize("start", INCIDENT_STATUSES)
@pytest.mark.parametrize("target", INCIDENT_STATUSES)
def test_every_pair_of_statuses(office, db_path, start, target):
    inc = _incident_at(office, start)
    events_before = len(office.incidents.detail(inc.id).events)
    if target in EXPECTED[start]:
        rec = office.workflow.transition(inc.id, target, note="by the test", author="Tom")
        assert rec.status == target
        events = office.incidents.detail(inc.id).events
        assert len(events) == events_before + 1
        last = events[-1]
        assert (last.kind, last.from_status, last.to_status, last.author) == (
            "status", start, target, "Tom")
        assert last.text.endswith(" - by the test")
    else:
        before = table_dump(db_path)
        with pytest.raises(Refused) as err:
            office.workflow.transition(inc.id, target)
        assert inc.ref in str(err.value)
        assert table_dump(db_path) == before


def test_closing_a_new_incident_is_refused_with_a_reason(office):
    inc = office.incidents.create(title="x", asset="PC-0001")
    with pytest.raises(Refused) as err:
        office.workflow.transition(inc.id, "closed")
    assert str(err.value) == f"{inc.ref} is new; only a resolved incident can be closed."


def test_resolving_a_cancelled_incident_is_refused(office):
    inc = office.incidents.create(title="x", asset="PC-0001")
    office.workflow.transition(inc.id, "cancelled")
    with pytest.raises(Refused) as err:
        office.workflow.transition(inc.id, "resolved")
    assert str(err.value) == f"{inc.ref} was cancelled; a cancelled incident cannot be moved to resolved."


def test_resolving_before_the_engineer_arrived_is_refused(office):
    inc = office.incidents.create(title="x", asset="PC-0001")
    office.workflow.transition(inc.id, "called_out")
    with pytest.raises(Refused, match="record the engineer's arrival before resolving it"):
        office.workflow.transition(inc.id, "resolved")


def test_unknown_status_names_the_field(office):
    inc = office.incidents.create(title="x")
    with pytest.raises(ValidationError) as err:
        office.workflow.transition(inc.id, "done")
    assert err.value.field == "status"


def test_call_out_needs_a_vendor(services, db_path):
    inc = services.incidents.create(title="No vendor yet")
    before = table_dump(db_path)
    with pytest.raises(ValidationError) as err:
        services.workflow.transition(inc.id, "called_out")
    assert err.value.field == "vendor" and inc.ref in str(err.value)
    assert table_dump(db_path) == before
    services.vendors.create(name="Acme", response_hours="2")
    rec = services.workflow.transition(inc.id, "called_out", vendor="acme", vendor_ref=" J-1 ")
    assert (rec.vendor_name, rec.vendor_ref) == ("Acme", "J-1")
    text = services.incidents.detail(inc.id).events[-1].text
    assert text.startswith("Called out Acme, response due ")


@pytest.mark.parametrize("start", ["resolved", "closed"])
def test_reopen_clears_resolution_times(office, start):
    inc = _incident_at(office, start)
    rec = office.workflow.transition(inc.id, "in_progress")
    assert rec.status == "in_progress"
    assert rec.resolved_at is None and rec.closed_at is None and rec.resolution_minutes is None
    assert rec.arrived_at is not None  # the engineer's first arrival still counts
    assert office.incidents.detail(inc.id).events[-1].text == "Reopened"
    assert action_label(start, "in_progress") == "Reopen"


def test_parts_arrived_resumes_work(office):
    inc = _incident_at(office, "waiting_parts")
    office.workflow.transition(inc.id, "in_progress")
    assert office.incidents.detail(inc.id).events[-1].text == "Parts arrived, work resumed"
    assert allowed_next("waiting_parts") == ("in_progress", "cancelled")


def test_back_dated_steps(office, db_path):
    inc = office.incidents.create(title="Copier", asset="PR-0001", opened_at=hours_ago(10))
    office.workflow.transition(inc.id, "called_out", at=hours_ago(8))
    office.workflow.add_note(inc.id, "Rang them again")  # typed now; does not block back-dating
    office.costs.add(inc.id, kind="callout", amount="60")
    before = table_dump(db_path)
    with pytest.raises(ValidationError) as err:
        office.workflow.transition(inc.id, "in_progress", at=hours_ago(9))
    assert err.value.field == "at" and "is before the previous step" in str(err.value)
    future = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)
    with pytest.raises(ValidationError, match="is in the future"):
        office.workflow.transition(inc.id, "in_progress", at=future.isoformat())
    with pytest.raises(ValidationError, match="is not a date and time"):
        office.workflow.transition(inc.id, "in_progress", at="half past nine")
    assert table_dump(db_path) == before
    seven = hours_ago(7)  # once: two calls may fall either side of a second
    rec = office.workflow.transition(inc.id, "in_progress", at=seven)
    assert rec.response_minutes == 60
    # The same time as the previous step is fine (two steps recorded together).
    rec = office.workflow.transition(inc.id, "resolved", at=seven)
    assert rec.resolved_at == rec.arrived_at


def test_a_step_cannot_go_before_the_opening(office):
    inc = office.incidents.create(title="x", asset="PC-0001", opened_at=hours_ago(2))
    with pytest.raises(ValidationError, match="before the previous step"):
        office.workflow.transition(inc.id, "called_out", at=hours_ago(3))


def test_notes(office, db_path):
    inc = office.incidents.create(title="x")
    office.workflow.add_note(inc.id, "  Left a voicemail  ", kind="call", author="Zoë")
    last = office.incidents.detail(inc.id).events[-1]
    assert (last.kind, last.text, last.author) == ("call", "Left a voicemail", "Zoë")
    before = table_dump(db_path)
    with pytest.raises(ValidationError, match="The note is empty."):
        office.workflow.add_note(inc.id, "   ")
    with pytest.raises(ValidationError) as err:
        office.workflow.add_note(inc.id, "hi", kind="fax")
    assert err.value.field == "kind"
    assert table_dump(db_path) == before
