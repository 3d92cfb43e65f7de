"""Planned work on PostgreSQL: the same rules, Done under a row lock, spend summed by the server."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop_app.services import Refused

from .test_postgres import PG_URL, _wipe

pytestmark = pytest.mark.skipif(
    not PG_URL, reason="FIXDESK_TEST_PG_URL is not set (run .ci/setup-postgres.sh to start a server)")


@pytest.fixture
def pg():
    from desktop_app.services import Services

    _wipe(PG_URL)
    svc = Services.open(PG_URL)
    yield svc
    svc.close()
    _wipe(PG_URL)


def test_planned_work_on_postgres(pg):
    pg.vendors.create(name="BrightFix")
    pg.assets.create(tag="UPS-1", name="Server UPS", vendor="BrightFix",
                     warranty_end=dt.date.today() + dt.timedelta(days=3))
    task = pg.planned.create(title="Backup test", due="2024-01-31", every="1 months", asset="ups-1",
                             vendor="brightfix", cost="30")
    assert pg.planned.mark_done(task.id, at="2024-01-31", cost="40").next_due == dt.date(2024, 2, 29)
    assert pg.planned.mark_done(task.id, at="2024-02-29").next_due == dt.date(2024, 3, 31)
    pg.planned.create(title="Domain", due="2024-02-10", renewal=True, notice_days=30, cost="15",
                      every="1 years")
    spend = pg.planned.spend(dt.date(2024, 1, 1), dt.date(2024, 2, 29))
    assert (spend.done, spend.renewals) == (Decimal("70.00"), Decimal("15.00"))
    listed = pg.planned.list()
    assert [(t.title, t.asset_tag, t.vendor_name) for t in listed] == [
        ("Domain", "", ""), ("Backup test", "UPS-1", "BrightFix")]
    assert [w.asset_tag for w in pg.planned.agenda() if w.kind == "warranty"] == ["UPS-1"]
    stale = pg.planned.get(task.id)
    pg.planned.update(task.id, version=stale.version, notes="Use the spare drive")
    with pytest.raises(Refused, match="changed on another computer"):
        pg.planned.mark_done(task.id, version=stale.version)
    assert [h.due for h in pg.planned.history(task.id)] == [dt.date(2024, 2, 29), dt.date(2024, 1, 31)]
    pg.planned.delete(task.id)
    assert pg.planned.history(task.id) == []
