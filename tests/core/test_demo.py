"""`fixdesk demo`: a believable office whose records obey the same rules as typed ones."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.models import ASSET_STATUSES, INCIDENT_STATUSES
from desktop_app.records import IncidentFilter
from desktop_app.services import Refused, demo
from desktop_app.services.workflow import allowed_next
from desktop_app.timeutil import now_utc


@pytest.fixture(scope="module")
def demo_office(tmp_path_factory):
    from desktop_app.services import Services

    svc = Services.open(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    result = demo.build(svc.db)  # the defaults `fixdesk demo` uses
    yield svc, result
    svc.close()


def test_a_believable_office(demo_office):
    svc, result = demo_office
    assert (result.assets, result.incidents) == (40, 60)
    vendors = svc.vendors.list()
    assert len(vendors) >= 5
    assert len({v.kind for v in vendors}) >= 4
    assert all(v.phone for v in vendors) and any(v.contacts for v in vendors)
    assets = svc.assets.list()
    assert {a.status for a in assets} == set(ASSET_STATUSES)
    assert len({a.category for a in assets}) >= 6
    incidents = svc.incidents.list()
    assert {i.status for i in incidents} == set(INCIDENT_STATUSES)
    # Money was spent on incidents an engineer came out to, and none on ones nobody attended.
    assert sum(1 for i in incidents if i.total_cost > 0) >= len(incidents) // 3
    assert all(i.total_cost == 0 for i in incidents if i.arrived_at is None)
    assert any(i.response_breached() for i in incidents)
    assert any(i.response_breached() is False for i in incidents)
    assert svc.settings.get("office_name")
    assert svc.sites.list() and svc.people.list()


def test_demo_records_obey_the_workflow(demo_office):
    svc, _ = demo_office
    now = now_utc()
    for rec in svc.incidents.list():
        detail = svc.incidents.detail(rec.id)
        steps = [e for e in detail.events if e.kind == "status"]
        assert steps[0].to_status == "new" and steps[0].at == rec.opened_at
        for prev, nxt in zip(steps, steps[1:], strict=False):
            assert nxt.from_status == prev.to_status, rec.ref
            assert nxt.to_status in allowed_next(prev.to_status), rec.ref
            assert prev.at <= nxt.at <= now, rec.ref
        assert steps[-1].to_status == rec.status
        assert sum(c.amount for c in detail.costs) == rec.total_cost
        if rec.called_out_at:
            assert rec.vendor_name and rec.response_due_at
        if rec.status in ("resolved", "closed"):
            assert rec.resolved_at and rec.resolution


def test_demo_is_searchable_and_continues_the_numbering(demo_office):
    svc, _ = demo_office
    assert svc.incidents.list(IncidentFilter(search="printer"))
    latest = svc.incidents.page(IncidentFilter(), sort="ref", descending=True, limit=1)[0]
    # Opened at the same moment as the demo's last incident, so in its year whenever this runs.
    opened = latest.opened_at.replace(tzinfo=dt.timezone.utc)
    new = svc.incidents.create(title="After the demo", opened_at=opened)
    prefix, number = latest.ref.rsplit("-", 1)
    assert new.ref == f"{prefix}-{int(number) + 1:04d}"
    svc.incidents.delete(new.id)


def test_small_and_refused_sizes(services):
    result = demo.build(services.db, assets=1, incidents=3)
    assert (result.assets, result.incidents) == (1, 3)
    assert {i.status for i in services.incidents.list()} == {"new", "called_out", "in_progress"}
    with pytest.raises(Refused, match="already has records"):
        demo.build(services.db)
    with pytest.raises(Refused, match="at least one asset"):
        demo.build(services.db, assets=0, force=True)
    assert len(services.incidents.list()) == 3  # nothing changed by the refusals


def test_force_replaces_everything(services, tmp_path):
    demo.build(services.db, assets=5, incidents=10)
    inc = services.incidents.list()[0]
    photo = tmp_path / "error.png"
    photo.write_bytes(b"png")
    services.costs.attach(inc.id, photo)
    demo.build(services.db, assets=3, incidents=4, force=True)
    assert services.assets.count() == 3 and services.incidents.total() == 4
    assert len(services.vendors.list()) == len(demo.VENDORS)


def test_staff_mailboxes_are_spelled_as_an_office_would(demo_office):
    svc, _ = demo_office
    emails = {p.name: p.email for p in svc.people.list()}
    assert emails["Chloé Martin"] == "chloe@harbour-accountants.example"
    assert emails["Søren Østergaard"] == "soeren@harbour-accountants.example"
    assert emails["Zoë Hartley"] == "zoe@harbour-accountants.example"
    assert emails["Łukasz Nowak"] == "lukasz@harbour-accountants.example"
