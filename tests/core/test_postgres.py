"""The same core on PostgreSQL, for offices that share one database between PCs.

Runs when FIXDESK_TEST_PG_URL points at a scratch database (CI: .ci/setup-postgres.sh
starts a server and sets it). Every test starts from an empty schema there.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from decimal import Decimal

import pytest

from desktop_app.services import Refused, ValidationError

PG_URL = os.environ.get("FIXDESK_TEST_PG_URL", "")

pytestmark = pytest.mark.skipif(
    not PG_URL, reason="FIXDESK_TEST_PG_URL is not set (run .ci/setup-postgres.sh to start a server)")


def _wipe(url: str) -> None:
    """An empty database: whatever an earlier run (of any test) left in it goes."""
    from desktop_app.db import connect

    db = connect(url)
    try:
        # The test user owns the scratch database and its public schema (.ci/setup-postgres.sh).
        db.execute_sql("DROP SCHEMA public CASCADE")
        db.execute_sql("CREATE SCHEMA public")
    finally:
        db.close()


@pytest.fixture
def pg():
    from desktop_app.services import Services

    _wipe(PG_URL)
    svc = Services.open(PG_URL)
    yield svc
    svc.close()
    _wipe(PG_URL)


def _ago(hours: float) -> dt.datetime:
    return (dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=hours)).replace(microsecond=0)


def test_schema_and_health(pg):
    from desktop_app.health import check_database
    from desktop_app.migrations import LATEST, current_version

    assert current_version(pg.db) == LATEST
    assert "incident_fts" not in pg.db.get_tables()  # SQLite only; search uses ILIKE here
    report = check_database(pg.db)
    assert report.healthy, report.summary


def test_core_workflow_on_postgres(pg):
    pg.sites.create(name="Harbour Street")
    pg.vendors.create(name="BrightFix", response_hours="4", callout_fee="95",
                      contacts=[{"name": "Dave", "email": "dave@brightfix.example"}])
    pg.assets.create(tag="PC-0001", name="Reception PC", vendor="brightfix", site="Harbour Street",
                     warranty_end="2030-01-31", purchase_cost="780.50")
    with pytest.raises(ValidationError, match="already used"):
        pg.assets.create(tag="pc-0001", name="Duplicate")

    inc = pg.incidents.create(title="Reception PC will not start", asset="PC-0001", priority="P1",
                              opened_at=_ago(10))
    assert inc.vendor_name == "BrightFix"
    pg.workflow.transition(inc.id, "called_out", at=_ago(9))
    pg.workflow.add_note(inc.id, "Rang Dave")
    with pytest.raises(ValidationError, match="before the previous step"):
        pg.workflow.transition(inc.id, "in_progress", at=_ago(9.5))
    with pytest.raises(Refused):
        pg.workflow.transition(inc.id, "closed")
    pg.workflow.transition(inc.id, "in_progress", at=_ago(4))
    pg.workflow.transition(inc.id, "resolved", at=_ago(2), resolution="New PSU")
    pg.costs.add(inc.id, kind="callout", amount="95")
    pg.costs.add(inc.id, kind="labour", amount="112.50", hours="1.5")
    rec = pg.workflow.transition(inc.id, "closed", at=_ago(1))

    assert rec.response_minutes == 300 and rec.response_breached() is True
    assert rec.resolution_minutes == 480
    assert rec.total_cost == Decimal("207.50")
    detail = pg.incidents.detail(inc.id)
    assert [e.to_status for e in detail.events if e.kind == "status"] == [
        "new", "called_out", "in_progress", "resolved", "closed"]

    vendor = pg.vendors.find("BrightFix")
    with pytest.raises(Refused, match="archive it instead"):
        pg.vendors.delete(vendor.id)
    asset = pg.assets.by_tag("pc-0001")
    with pytest.raises(Refused, match="archive it instead"):
        pg.assets.delete(asset.id)


def test_search_refs_and_lists_on_postgres(pg):
    from desktop_app.records import IncidentFilter

    pg.vendors.create(name="CopyRight Printers")
    pg.assets.create(tag="PR-0001", name="Office printer", vendor="CopyRight Printers")
    first = pg.incidents.create(title="Printer STREAKS on every page", asset="PR-0001")
    second = pg.incidents.create(title="Toner_low warning")
    year = first.ref.split("-")[1]
    assert (first.ref, second.ref) == (f"INC-{year}-0001", f"INC-{year}-0002")
    found = lambda term: [r.ref for r in pg.incidents.list(IncidentFilter(search=term))]  # noqa: E731
    assert found("streaks") == [first.ref]  # case-insensitive (ILIKE)
    assert found("copyright") == [first.ref]  # by vendor name
    assert found("pr-0001") == [first.ref]  # by asset tag
    assert found("r_l") == [second.ref]  # "_" is a character, not a wildcard
    pg.incidents.delete(second.id)
    assert pg.incidents.create(title="Third").ref == f"INC-{year}-0003"
    assert [a.tag for a in pg.assets.list(search="office")] == ["PR-0001"]
    assert [v.name for v in pg.vendors.list(search="copy")] == ["CopyRight Printers"]
    assert pg.incidents.status_counts()["new"] == 2


def test_demo_and_cli_on_postgres(pg, capsys):
    from desktop_app.cli import main
    from desktop_app.services import demo

    result = demo.build(pg.db, assets=12, incidents=30)
    assert result.incidents == 30
    incidents = pg.incidents.list()
    assert {i.status for i in incidents} >= {"new", "closed", "cancelled"}
    for rec in incidents:
        steps = [e for e in pg.incidents.detail(rec.id).events if e.kind == "status"]
        assert [e.from_status for e in steps[1:]] == [e.to_status for e in steps[:-1]], rec.ref
    capsys.readouterr()
    assert main(["--db", PG_URL, "list", "incidents", "--json", "--status", "closed"]) == 0
    closed = json.loads(capsys.readouterr().out)
    assert closed and all(i["status"] == "closed" and i["resolved_at"] for i in closed)
    assert main(["--db", PG_URL, "demo"]) == 1
    assert "already has records" in capsys.readouterr().err
    assert main(["--db", PG_URL, "check"]) == 0


def test_v4_database_migrates_to_the_partial_asset_indexes_on_postgres(pg):
    """Schema v5 on PostgreSQL: the same partial indexes whether migrated or made fresh."""
    from desktop_app.db import connect
    from desktop_app.migrations import migrate

    def asset_indexes(db) -> list[tuple[str, str]]:
        return db.execute_sql("SELECT indexname, indexdef FROM pg_indexes "
                              "WHERE tablename = 'asset' ORDER BY indexname").fetchall()

    fresh = asset_indexes(pg.db)
    assert ("asset_site_id", "CREATE INDEX asset_site_id ON public.asset USING btree (site_id) "
            "WHERE (site_id IS NOT NULL)") in fresh
    pg.close()
    _wipe(PG_URL)
    db = connect(PG_URL)
    try:
        migrate(db, target=4)
        assert migrate(db, target=5) == [5]
        assert asset_indexes(db) == fresh
        db.execute_sql("SET enable_seqscan = off")  # a near-empty table: make the plan show the index
        plan = " ".join(r[0] for r in db.execute_sql("EXPLAIN SELECT id FROM asset WHERE vendor_id = 1"))
        assert "asset_vendor_id" in plan, plan
    finally:
        db.close()


def test_a_row_held_by_another_pc_is_refused_in_one_sentence_after_the_lock_wait(pg, monkeypatch):
    """A PC that dropped off the network mid-transaction keeps its rows locked: a step on the
    same incident waits LOCK_WAIT_S, then is refused with one sentence and changes nothing."""
    import time

    import psycopg2

    from desktop_app import server_db
    from desktop_app.services import Services
    from desktop_app.services.errors import DatabaseBusy

    pg.vendors.create(name="BrightFix")
    inc = pg.incidents.create(title="Server will not boot", vendor="BrightFix")
    monkeypatch.setattr(server_db, "LOCK_WAIT_S", 1)
    waiting = Services.open(PG_URL)  # opened with the shorter wait
    other = psycopg2.connect(PG_URL)
    try:
        with other.cursor() as cur:
            cur.execute("SELECT id FROM incident WHERE id = %s FOR UPDATE", (inc.id,))
        began = time.monotonic()
        with pytest.raises(DatabaseBusy) as refused:
            waiting.workflow.transition(inc.id, "called_out")
        assert 0.9 < time.monotonic() - began < 5
        assert str(refused.value) == ("Another computer has been changing this record for 1 seconds; "
                                      "nothing was changed: try again in a moment.")
        assert waiting.incidents.get(inc.id).status == "new"  # the same connection goes on working
    finally:
        other.rollback()
        other.close()
    waiting.workflow.transition(inc.id, "called_out")  # the lock is gone: the step goes through
    assert pg.incidents.get(inc.id).status == "called_out"
    waiting.close()


def test_each_connection_asks_the_server_to_notice_a_vanished_pc(pg):
    settings = dict(pg.db.execute_sql(
        "SELECT name, setting FROM pg_settings WHERE name IN ('lock_timeout', "
        "'idle_in_transaction_session_timeout', 'tcp_keepalives_idle')").fetchall())
    assert settings == {"lock_timeout": "10000", "idle_in_transaction_session_timeout": "300000",
                        "tcp_keepalives_idle": "30"}
