"""Hearing other PCs' writes: SQLite's data_version, PostgreSQL's triggers and NOTIFY."""

from __future__ import annotations

import os
import sqlite3
import time

import pytest

from desktop_app.changes import ANY, ConnectionLost, open_feed
from desktop_app.services import Services

PG_URL = os.environ.get("FIXDESK_TEST_PG_URL", "")


@pytest.mark.sqlite_only  # a second sqlite3 connection to the file
def test_sqlite_hears_another_connection_but_not_its_own_writes(services, db_path):
    feed = open_feed(services.db)
    services.sites.create(name="Harbour Street")  # the window's own write: it refreshed already
    assert feed.changes() == frozenset()
    other = sqlite3.connect(str(db_path))
    with other:
        other.execute("UPDATE site SET phone = '0123' WHERE name = 'Harbour Street'")
    other.close()
    assert feed.changes() == frozenset({ANY})
    assert feed.changes() == frozenset()  # told once


def _wait_for(feed, timeout: float = 2.0) -> frozenset[str]:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = feed.changes()
        if found:
            return found
        time.sleep(0.02)
    return frozenset()


@pytest.mark.skipif(not PG_URL, reason="FIXDESK_TEST_PG_URL is not set")
def test_postgres_triggers_announce_every_write_and_a_migrated_database_gets_them():
    import psycopg2

    from desktop_app.db import connect
    from desktop_app.migrations import migrate

    def wipe() -> None:
        db = connect(PG_URL, bind=False)
        db.execute_sql("DROP SCHEMA public CASCADE")
        db.execute_sql("CREATE SCHEMA public")
        db.close()

    def triggers(db) -> list[tuple[str, str]]:  # noqa: ANN001
        return db.execute_sql("SELECT event_object_table, event_manipulation FROM "
                              "information_schema.triggers WHERE trigger_name = 'fixdesk_changes' "
                              "ORDER BY 1, 2").fetchall()

    wipe()
    try:
        svc = Services.open(PG_URL)
        fresh = triggers(svc.db)
        assert {t for t, _ in fresh} >= {"incident", "incident_event", "cost_line", "asset", "vendor",
                                         "vendor_contact", "site", "person", "setting", "attachment"}
        feed = open_feed(svc.db)
        assert feed.fileno() is not None  # the window watches this socket
        svc.sites.create(name="Harbour Street")
        assert _wait_for(feed, 0.3) == frozenset()  # its own write
        other = psycopg2.connect(PG_URL)
        other.autocommit = True
        with other.cursor() as cur:
            cur.execute("UPDATE site SET phone = '0123'")
            cur.execute("INSERT INTO setting (key, value) VALUES ('office_name', 'Harbour')")
        assert _wait_for(feed) >= {"site"}
        # A server restart: the feed says so in one sentence, then reconnects.
        with other.cursor() as cur:
            cur.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        time.sleep(0.2)
        with pytest.raises(ConnectionLost, match="connection to the shared database"):
            for _ in range(3):  # libpq may read the server's goodbye first, then the hang-up
                feed.changes()
                time.sleep(0.05)
        feed.reconnect()
        assert svc.sites.list()  # the window's own connection works again too
        with other.cursor() as cur:
            cur.execute("DELETE FROM setting")
        assert _wait_for(feed) == frozenset({"setting"})
        feed.close()
        other.close()
        svc.close()

        wipe()
        db = connect(PG_URL)
        migrate(db, target=5)
        migrate(db)
        assert triggers(db) == fresh
        db.close()
    finally:
        wipe()
