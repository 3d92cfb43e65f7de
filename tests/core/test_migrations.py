"""The schema version ladder: old databases end up exactly like fresh ones."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import peewee as pw
import pytest

from desktop_app import models as m
from desktop_app import schema_v1
from desktop_app.db import DatabaseError, connect, open_database
from desktop_app.migrations import LATEST, STEPS, current_version, migrate
from desktop_app.search import create_fts
from desktop_app.services import Services

# Version 1 as released: every table and its columns (name, type, not null, primary key).
# Frozen on purpose: schema_v1.py must keep building exactly this, whatever models.py becomes.
V1_TABLES = {
    "asset": ["id", "tag", "tag_key", "name", "category", "manufacturer", "model", "serial", "site_id",
              "location", "person_id", "status", "purchase_date", "purchase_cost", "supplier",
              "warranty_end", "vendor_id", "hostname", "ip_address", "notes", "custom_fields", "archived"],
    "attachment": ["id", "incident_id", "filename", "mime", "size", "sha256", "data", "created_at"],
    "cost_line": ["id", "incident_id", "kind", "description", "hours", "amount", "invoice_ref", "created_at"],
    "incident": ["id", "ref", "title", "description", "error_messages", "tried", "asset_id",
                 "reported_by_id", "priority", "users_affected", "status", "vendor_id", "vendor_ref",
                 "po_number", "spend_cap", "authorised_by", "opened_at", "called_out_at",
                 "response_due_at", "arrived_at", "resolved_at", "closed_at", "cancelled_at", "cause",
                 "resolution", "total_cost", "updated_at"],
    "incident_event": ["id", "incident_id", "at", "kind", "text", "author", "from_status", "to_status"],
    "person": ["id", "name", "email", "phone", "site_id", "archived"],
    "ref_counter": ["year", "last"],
    "schema_version": ["id", "version"],
    "setting": ["key", "value"],
    "site": ["id", "name", "address", "phone", "opening_hours", "access_notes", "parking_notes",
             "alarm_notes", "contact_name", "contact_phone", "backup_contact_name",
             "backup_contact_phone", "archived"],
    "vendor": ["id", "name", "kind", "phone", "phone_alt", "email", "website", "portal_url",
               "portal_user", "account_number", "support_hours", "callout_fee", "hourly_rate",
               "minimum_charge", "response_hours", "notes", "archived"],
    "vendor_contact": ["id", "vendor_id", "name", "role", "phone", "email"],
}
V1_INDEXES = {
    "asset_category", "asset_person_id", "asset_serial", "asset_site_id", "asset_status",
    "asset_tag_key", "asset_vendor_id", "asset_warranty_end", "attachment_incident_id",
    "cost_line_incident_id", "incident_asset_id", "incident_event_incident_id", "incident_opened_at",
    "incident_priority", "incident_ref", "incident_reported_by_id", "incident_status",
    "incident_vendor_id", "person_name", "person_site_id", "site_name", "vendor_contact_vendor_id",
    "vendor_name",
}


def schema(path: Path) -> dict[str, object]:
    """Tables with their columns, indexes with their columns and SQL, triggers with their SQL."""
    con = sqlite3.connect(str(path))
    try:
        out: dict[str, object] = {}
        for kind, name, table, sql in con.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"):
            if kind == "table":
                out[f"table {name}"] = [tuple(r[1:]) for r in con.execute(f'PRAGMA table_info("{name}")')]
                out[f"fks {name}"] = sorted(tuple(r[2:]) for r in
                                            con.execute(f'PRAGMA foreign_key_list("{name}")'))
            elif kind == "index":
                # The statement itself too: a partial index's WHERE is not in index_info.
                out[f"index {name}"] = (table, [r[2] for r in con.execute(f'PRAGMA index_info("{name}")')],
                                        " UNIQUE " in (sql or "").upper(), " ".join((sql or "").split()))
            else:
                out[f"{kind} {name}"] = (table, " ".join((sql or "").split()))
        return out
    finally:
        con.close()


def add_v1_data(path: Path) -> None:
    """Records written the way a version-1 FixDesk would have written them."""
    db = pw.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    models = {cls.__name__: cls for cls in schema_v1.models(db)}
    with db.atomic():
        vendor = models["Vendor"].create(name="BrightFix", response_hours=4.0)
        asset = models["Asset"].create(tag="PC-0001", tag_key="pc-0001", name="Reception PC", vendor=vendor)
        opened = dt.datetime(2024, 3, 1, 9, 0)
        inc = models["Incident"].create(ref="INC-2024-0007", title="Printer streaks", asset=asset,
                                        vendor=vendor, opened_at=opened, total_cost=0, updated_at=opened)
        models["IncidentEvent"].create(incident=inc, at=opened, kind="status", to_status="new",
                                       text="Incident logged")
        models["RefCounter"].create(year=2024, last=7)
    db.close()


def test_v1_schema_is_frozen(tmp_path):
    path = tmp_path / "v1.sqlite3"
    db = connect(path)
    assert migrate(db, target=1) == [1]
    db.close()
    shape = schema(path)
    tables = {k.split(" ", 1)[1]: [c[0] for c in v] for k, v in shape.items() if k.startswith("table ")}
    assert tables == V1_TABLES
    assert {k.split(" ", 1)[1] for k in shape if k.startswith("index ")} == V1_INDEXES
    assert not [k for k in shape if k.startswith("trigger ")]


def test_ladder_from_v1_matches_a_fresh_database(tmp_path):
    old = tmp_path / "old.sqlite3"
    db = connect(old)
    migrate(db, target=1)
    db.close()
    add_v1_data(old)

    svc = Services.open(old)  # what a user upgrading FixDesk gets
    assert current_version(svc.db) == LATEST
    # The old data is still there, and the new search index covers it.
    from desktop_app.records import IncidentFilter

    found = svc.incidents.list(IncidentFilter(search="streaks"))
    assert [r.ref for r in found] == ["INC-2024-0007"]
    assert svc.incidents.create(title="New", opened_at="2024-05-01T10:00").ref == "INC-2024-0008"
    svc.close()

    fresh = tmp_path / "fresh.sqlite3"
    Services.open(fresh).close()
    assert schema(old) == schema(fresh)


def test_ladder_ends_where_the_models_are(tmp_path):
    """A change to models.py without a migration step fails here."""
    laddered = tmp_path / "ladder.sqlite3"
    open_database(laddered).close()
    direct = tmp_path / "direct.sqlite3"
    db = pw.SqliteDatabase(str(direct))
    with db.bind_ctx(m.MODELS):
        db.create_tables(m.MODELS)
    create_fts(db)
    db.close()
    assert schema(laddered) == schema(direct)


def test_backup_before_migrating_an_existing_file(tmp_path):
    path = tmp_path / "office.sqlite3"
    db = connect(path)
    migrate(db, target=1)
    db.close()
    add_v1_data(path)
    open_database(path).close()
    backup = tmp_path / f"office.sqlite3.pre-v{LATEST}.bak"
    assert backup.exists()
    if os.name == "posix":
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    con = sqlite3.connect(str(backup))
    assert con.execute("SELECT version FROM schema_version").fetchone()[0] == 1
    assert con.execute("SELECT ref FROM incident").fetchall() == [("INC-2024-0007",)]
    con.close()


def test_no_backup_for_a_new_file_or_an_up_to_date_one(tmp_path):
    path = tmp_path / "new.sqlite3"
    open_database(path).close()
    open_database(path).close()
    assert not list(tmp_path.glob("*.bak"))


def test_database_from_a_newer_fixdesk_is_refused_untouched(tmp_path):
    path = tmp_path / "future.sqlite3"
    open_database(path).close()
    con = sqlite3.connect(str(path))
    con.execute("UPDATE schema_version SET version = ?", (LATEST + 1,))
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as err:
        open_database(path)
    assert str(err.value) == (f"This database is at schema version {LATEST + 1}, newer than this FixDesk "
                              f"understands ({LATEST}); please update FixDesk.")
    assert path.read_bytes() == before


def test_a_failed_step_changes_nothing(tmp_path, monkeypatch):
    path = tmp_path / "office.sqlite3"
    db = connect(path)
    migrate(db, target=1)

    def broken(database: pw.Database) -> None:
        database.execute_sql('CREATE INDEX "half_done" ON "asset" ("name")')
        raise pw.OperationalError("disk full")

    from desktop_app import migrations

    monkeypatch.setattr(migrations, "STEPS", [STEPS[0], broken])
    with pytest.raises(pw.OperationalError):
        migrate(db)
    assert current_version(db) == 1
    assert "half_done" not in [r[0] for r in db.execute_sql("SELECT name FROM sqlite_master")]
    db.close()


def test_a_step_another_fixdesk_finished_while_we_waited_is_not_run_again(tmp_path, monkeypatch):
    from desktop_app import migrations

    path = tmp_path / "shared.sqlite3"
    open_database(path).close()
    db = connect(path)
    real = migrations.current_version
    calls = []

    def stale_then_real(database: pw.Database) -> int:
        calls.append(1)
        return 1 if len(calls) == 1 else real(database)  # first look: before the other PC finished

    def must_not_run(database: pw.Database) -> None:
        raise AssertionError("step 2 ran twice")

    monkeypatch.setattr(migrations, "current_version", stale_then_real)
    monkeypatch.setattr(migrations, "STEPS", [STEPS[0], must_not_run])
    assert migrate(db) == []
    assert not list(tmp_path.glob("*.bak"))
    db.close()
