"""Random walks through the workflow (hypothesis): the timeline and the derived times stay consistent.

Each example drives one incident through a random sequence of actions at
random (back-dated) times: mostly allowed steps, so deep states such as
"closed, then reopened" are reached, mixed with any-status steps the workflow
must refuse, steps dated before the previous one, and notes.  After every
action the record is checked against what its timeline says happened.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.models import INCIDENT_STATUSES
from desktop_app.services import Refused, Services, ValidationError
from desktop_app.services.workflow import allowed_next
from desktop_app.timeutil import minutes_between

from .core_support import table_dump

PROMISE_HOURS = 4

ACTION = st.one_of(
    # Weighted towards allowed steps: one_of picks its branches evenly.
    *[st.tuples(st.just("allowed"), st.integers(0, 2), st.integers(0, 600))] * 4,
    st.tuples(st.just("any"), st.sampled_from(INCIDENT_STATUSES), st.integers(0, 600)),
    st.tuples(st.just("back"), st.integers(0, 2), st.integers(1, 600)),
    st.tuples(st.just("note"), st.just(0), st.integers(0, 600)),
)


def check_consistent(svc: Services, incident_id: int, expected_status: str) -> None:
    detail = svc.incidents.detail(incident_id)
    rec = detail.incident
    steps = [e for e in detail.events if e.kind == "status"]
    assert rec.status == expected_status == steps[-1].to_status
    # The status events form one chain in time order, starting at "new" when it was opened.
    assert steps[0].to_status == "new" and steps[0].at == rec.opened_at
    for prev, nxt in zip(steps, steps[1:], strict=False):
        assert nxt.from_status == prev.to_status
        assert nxt.at >= prev.at
        assert nxt.to_status in allowed_next(prev.to_status)

    def last_time(to: str, frm: str | None = None) -> dt.datetime | None:
        hits = [e.at for e in steps if e.to_status == to and (frm is None or e.from_status == frm)]
        return hits[-1] if hits else None

    assert rec.called_out_at == last_time("called_out")
    assert rec.arrived_at == last_time("in_progress", "called_out")
    assert rec.cancelled_at == last_time("cancelled")
    resolved_now = rec.status in ("resolved", "closed")
    assert rec.resolved_at == (last_time("resolved") if resolved_now else None)
    assert rec.closed_at == (last_time("closed") if rec.status == "closed" else None)
    if rec.called_out_at is not None:
        assert rec.response_due_at == rec.called_out_at + dt.timedelta(hours=PROMISE_HOURS)
    assert rec.response_minutes == minutes_between(rec.called_out_at, rec.arrived_at)
    if rec.response_minutes is not None:
        assert rec.response_minutes >= 0
        assert rec.response_breached() == (rec.response_minutes > PROMISE_HOURS * 60)
    assert rec.resolution_minutes == minutes_between(rec.opened_at, rec.resolved_at)
    if rec.status == "cancelled":
        assert rec.downtime_minutes() is None
    elif resolved_now:
        assert rec.downtime_minutes() == rec.resolution_minutes >= 0


# Deep paths a short random walk reaches only now and then, always tried first:
# resolved -> closed -> reopened -> resolved -> reopened, and the parts loop then a cancel.
DEEP = [("allowed", 0, 10), ("allowed", 0, 300), ("allowed", 1, 60), ("allowed", 0, 60),
        ("allowed", 0, 30), ("note", 0, 0), ("allowed", 1, 45), ("allowed", 1, 5), ("any", "closed", 1)]
PARTS = [("allowed", 0, 10), ("allowed", 0, 500), ("allowed", 0, 20), ("back", 0, 30),
         ("allowed", 0, 600), ("allowed", 0, 20), ("allowed", 0, 1), ("allowed", 2, 0), ("any", "new", 0)]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions=st.lists(ACTION, min_size=1, max_size=16))
@example(actions=DEEP)
@example(actions=PARTS)
def test_random_walks_keep_timeline_and_times_consistent(actions):
    folder = Path(tempfile.mkdtemp(prefix="fixdesk-walk-"))
    path = folder / "walk.sqlite3"
    svc = Services.open(path)
    try:
        svc.vendors.create(name="BrightFix", response_hours=str(PROMISE_HOURS))
        svc.assets.create(tag="PC-1", name="PC", vendor="BrightFix")
        # Far enough back that every random step still lies in the past.
        clock = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=60)).replace(second=0, microsecond=0)
        inc = svc.incidents.create(title="Walk", asset="PC-1", opened_at=clock)
        status = "new"
        for kind, choice, minutes in actions:
            if kind == "note":
                svc.workflow.add_note(inc.id, f"note after {minutes} min")
            elif kind == "back":
                options = allowed_next(status)
                if options:
                    before = table_dump(path)
                    try:
                        svc.workflow.transition(inc.id, options[choice % len(options)],
                                                at=clock - dt.timedelta(minutes=minutes))
                    except ValidationError as err:
                        assert err.field == "at"
                    else:
                        raise AssertionError("a step dated before the previous one was accepted")
                    assert table_dump(path) == before
            else:
                options = allowed_next(status)
                if kind == "allowed" and not options:
                    continue
                target = options[choice % len(options)] if kind == "allowed" else choice
                when = clock + dt.timedelta(minutes=minutes)
                before = table_dump(path)
                try:
                    rec = svc.workflow.transition(inc.id, target, at=when)
                except Refused:
                    assert target not in options
                    assert table_dump(path) == before
                else:
                    assert target in options, f"{status} -> {target} was let through"
                    assert rec.status == target
                    status, clock = target, when
            check_consistent(svc, inc.id, status)
    finally:
        svc.close()
        shutil.rmtree(folder, ignore_errors=True)
