"""Two PCs at the same moment: real concurrent connections released together by a barrier.

Each test runs hundreds of rounds on SQLite and (with FIXDESK_TEST_PG_URL) on PostgreSQL.  The
services are shared by two threads, and peewee gives each thread its own connection, so every
round is two connections racing for one record, as two PCs on one database would.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from desktop_app.models import CostLine, IncidentEvent, VendorContact
from desktop_app.services import Conflict, Refused, ServiceError, Services
from desktop_app.services.base import this_host

from .backends import BACKENDS, location

ROUNDS = int(os.environ.get("FIXDESK_RACE_ROUNDS", "200"))
PCS = ("Sam", "Alex")


@pytest.fixture(params=BACKENDS)
def shared(request, tmp_path):
    svc = Services.open(location(request.param, tmp_path))
    svc.vendors.create(name="BrightFix", response_hours="4")
    yield svc
    svc.close()


def race(services: Services, actions: tuple[Callable[[int], Any], Callable[[int], Any]],
         rounds: int = ROUNDS) -> list[tuple[Any, Any]]:
    """Run ``actions[0](i)`` and ``actions[1](i)`` together for each round ``i``; per round the
    pair of outcomes: the value returned, or the ServiceError raised."""
    barrier = threading.Barrier(2)
    outcomes: list[list[Any]] = [[None] * rounds, [None] * rounds]

    def pc(which: int) -> None:
        try:
            for i in range(rounds):
                barrier.wait(timeout=120)
                try:
                    outcomes[which][i] = actions[which](i)
                except ServiceError as err:
                    outcomes[which][i] = err
                except Exception as exc:  # noqa: BLE001 - reported by the test, not lost in a thread
                    outcomes[which][i] = exc
        finally:
            services.db.close()  # this thread's connection

    threads = [threading.Thread(target=pc, args=(n,)) for n in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return list(zip(outcomes[0], outcomes[1], strict=True))


def incidents_at(services: Services, status: str, count: int = ROUNDS) -> list[int]:
    path = {"new": [], "called_out": ["called_out"], "in_progress": ["called_out", "in_progress"]}[status]
    ids = []
    with services.db.atomic():  # one commit: the rounds are what is being tested
        for n in range(count):
            inc = services.incidents.create(title=f"Fault {n}", vendor="BrightFix")
            for step in path:
                services.workflow.transition(inc.id, step)
            ids.append(inc.id)
    return ids


def one_won(pair: tuple[Any, Any]) -> tuple[int, ServiceError]:
    """Which of the two won (0 or 1) and the loser's refusal; fails on anything else."""
    errors = [isinstance(o, BaseException) for o in pair]
    assert errors.count(True) == 1, f"expected exactly one refusal, got {pair!r}"
    loser = errors.index(True)
    assert isinstance(pair[loser], Refused), repr(pair[loser])
    return 1 - loser, pair[loser]


def status_events(incident_id: int, to: str) -> int:
    return IncidentEvent.select().where((IncidentEvent.incident == incident_id)
                                        & (IncidentEvent.to_status == to)).count()


def test_the_same_step_from_two_pcs_is_recorded_once(shared):
    ids = incidents_at(shared, "called_out")
    pairs = race(shared, tuple(  # type: ignore[arg-type]
        lambda i, who=who: shared.workflow.transition(ids[i], "in_progress", author=who) for who in PCS))
    for i, pair in enumerate(pairs):
        winner, refusal = one_won(pair)
        ref = shared.incidents.get(ids[i]).ref
        assert str(refusal) == (f"{ref} was moved to in progress by {PCS[winner]} on {this_host()} "
                                "a moment ago.")
        assert status_events(ids[i], "in_progress") == 1
        assert shared.incidents.get(ids[i]).status == "in_progress"


def test_resolve_against_cancel_exactly_one_wins(shared):
    ids = incidents_at(shared, "in_progress")
    pairs = race(shared, (
        lambda i: shared.workflow.transition(ids[i], "resolved", author="Sam", resolution="Reseated RAM"),
        lambda i: shared.workflow.transition(ids[i], "cancelled", author="Alex")))
    wins = [0, 0]
    for i, pair in enumerate(pairs):
        winner, refusal = one_won(pair)
        wins[winner] += 1
        rec = shared.incidents.get(ids[i])
        assert rec.status == ("resolved", "cancelled")[winner]
        assert (rec.resolved_at is None) == (winner == 1)
        assert (rec.cancelled_at is None) == (winner == 0)
        assert status_events(ids[i], "resolved") + status_events(ids[i], "cancelled") == 1
        assert str(refusal).startswith(f"{rec.ref} was {('resolved', 'cancelled')[winner]} by "
                                       f"{PCS[winner]} on ")
    print(f"resolve won {wins[0]}, cancel won {wins[1]} of {len(pairs)}")


def test_a_cost_and_an_edit_together_keep_the_total_equal_to_the_lines(shared):
    ids = incidents_at(shared, "in_progress")
    pairs = race(shared, (
        lambda i: shared.costs.add(ids[i], author="Sam", kind="parts", amount="10.50"),
        lambda i: shared.incidents.update(ids[i], author="Alex", description=f"Edited {i}",
                                          priority="P1")))
    for i, pair in enumerate(pairs):
        assert not any(isinstance(o, BaseException) for o in pair), pair
        rec = shared.incidents.get(ids[i])
        lines = [c.amount for c in CostLine.select().where(CostLine.incident == ids[i])]
        assert lines == [Decimal("10.50")]
        assert rec.total_cost == sum(lines)
        assert (rec.description, rec.priority) == (f"Edited {i}", "P1")


def test_two_edits_from_the_same_version_one_is_refused_naming_the_other(shared):
    ids = incidents_at(shared, "new")
    versions = [shared.incidents.get(i).version for i in ids]
    pairs = race(shared, (
        lambda i: shared.incidents.update(ids[i], author="Sam", title="Sam's title",
                                          expected_version=versions[i]),
        lambda i: shared.incidents.update(ids[i], author="Alex", priority="P1",
                                          expected_version=versions[i])))
    for i, pair in enumerate(pairs):
        winner, refusal = one_won(pair)
        assert isinstance(refusal, Conflict)
        rec = shared.incidents.get(ids[i])
        assert str(refusal) == f"{rec.ref} was changed by {PCS[winner]} on {this_host()} a moment ago."
        # The loser's change is not stored; the winner's is, and the refusal carries it.
        assert (rec.title, rec.priority) == (("Sam's title", "P3"), (f"Fault {i}", "P1"))[winner]
        assert refusal.current == rec and rec.version == versions[i] + 1
        assert refusal.changed_by == PCS[winner]


def test_contacts_added_from_two_pcs_are_all_kept(shared):
    vendor = shared.vendors.find("BrightFix")
    assert vendor is not None
    pairs = race(shared, tuple(  # type: ignore[arg-type]
        lambda i, who=who: shared.vendors.update(vendor.id, contacts=[{"name": f"{who} {i}"}])
        for who in PCS))
    assert not [o for pair in pairs for o in pair if isinstance(o, BaseException)]
    names = {c.name for c in shared.vendors.get(vendor.id).contacts}
    assert names == {f"{who} {i}" for who in PCS for i in range(len(pairs))}
    assert shared.vendors.get(vendor.id).version == vendor.version + 2 * len(pairs)


def test_vendor_saves_from_the_same_version_one_is_refused(shared):
    vendor = shared.vendors.find("BrightFix")
    assert vendor is not None
    seen: list[int] = []

    def save(i: int, who: str) -> Any:
        if who == "Sam":
            seen.append(shared.vendors.get(vendor.id).version)
        return shared.vendors.update(vendor.id, contacts=[{"name": f"{who} {i}"}], phone=who,
                                     expected_version=base[i])

    base: list[int] = []
    # Each round starts from the version the previous round left, read before the barrier.
    outcomes = []
    for i in range(ROUNDS // 4):
        base.append(shared.vendors.get(vendor.id).version)
        pair = race(shared, (lambda _r, i=i: save(i, "Sam"), lambda _r, i=i: save(i, "Alex")), rounds=1)[0]
        winner, refusal = one_won(pair)
        assert isinstance(refusal, Conflict) and refusal.current.version == base[i] + 1
        outcomes.append(winner)
        stored = shared.vendors.get(vendor.id)
        assert stored.phone == PCS[winner]
        assert f"{PCS[1 - winner]} {i}" not in {c.name for c in stored.contacts}
    assert VendorContact.select().count() == len(outcomes)


def test_incidents_logged_at_the_same_moment_get_different_references(shared):
    pairs = race(shared, tuple(  # type: ignore[arg-type]
        lambda i, who=who: shared.incidents.create(title=f"{who} {i}", author=who) for who in PCS),
        rounds=ROUNDS // 2)
    records = [o for pair in pairs for o in pair]
    assert not [o for o in records if isinstance(o, BaseException)]
    refs = [r.ref for r in records]
    assert len(set(refs)) == len(refs) == shared.incidents.total()
