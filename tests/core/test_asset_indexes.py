"""The asset indexes on site, person, vendor and warranty end leave out blanks (schema v5),
yet lookups by value and the checks on deleting a site, person or vendor still use them."""

from __future__ import annotations

import sqlite3

import peewee as pw
import pytest

from desktop_app.db import connect
from desktop_app.migrations import LATEST, current_version, migrate
from desktop_app.services import Refused

from .helpers import table_dump

PARTIAL = {"asset_site_id": "site_id", "asset_person_id": "person_id",
           "asset_vendor_id": "vendor_id", "asset_warranty_end": "warranty_end"}


def _partial_indexes(path) -> dict[str, str]:
    con = sqlite3.connect(str(path))
    try:
        found = {name: con.execute(f'PRAGMA index_info("{name}")').fetchone()[2]
                 for _, name, _, _, partial in con.execute('PRAGMA index_list("asset")') if partial}
        sql = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))
    finally:
        con.close()
    for name, column in found.items():
        assert sql[name].endswith(f'WHERE ("{column}" IS NOT NULL)')
    return found


def test_a_new_database_has_the_partial_asset_indexes(services, db_path):
    assert _partial_indexes(db_path) == PARTIAL


@pytest.mark.parametrize(("sql", "params", "index"), [
    ("SELECT id FROM asset WHERE site_id = ?", (1,), "asset_site_id"),
    ("SELECT id FROM asset WHERE person_id = ?", (1,), "asset_person_id"),
    ("SELECT id FROM asset WHERE vendor_id = ?", (1,), "asset_vendor_id"),
    ("SELECT id FROM asset WHERE vendor_id IN (?, ?)", (1, 2), "asset_vendor_id"),
    ("SELECT id FROM asset WHERE warranty_end < ?", ("2030-01-01",), "asset_warranty_end"),
])
def test_lookups_by_value_use_the_partial_index(office, sql, params, index):
    plan = " ".join(str(row) for row in office.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params))
    assert f"INDEX {index} " in plan, plan


def test_deleting_a_used_site_person_or_vendor_is_still_refused(office, db_path):
    site = office.sites.find("Harbour Street")
    vendor = office.vendors.find("BrightFix")
    person = office.people.create(name="Sam")
    office.assets.update(office.assets.by_tag("PC-0001").id, person="Sam")
    before = table_dump(db_path)
    with pytest.raises(Refused, match="Site Harbour Street still has assets or people"):
        office.sites.delete(site.id)
    with pytest.raises(Refused, match="Sam has assets or reported incidents"):
        office.people.delete(person.id)
    with pytest.raises(Refused, match="Vendor BrightFix is used by 0 incident"):
        office.vendors.delete(vendor.id)
    assert table_dump(db_path) == before
    # Past the service, the database's own foreign-key check (which looks through the same
    # partial indexes) refuses too.
    for table, row_id in (("site", site.id), ("person", person.id), ("vendor", vendor.id)):
        with pytest.raises(pw.IntegrityError), office.db.atomic():
            office.db.execute_sql(f"DELETE FROM {table} WHERE id = ?", (row_id,))
    assert table_dump(db_path) == before


def test_deleting_an_unused_site_person_or_vendor_works(office):
    site = office.sites.create(name="Spare room")
    person = office.people.create(name="Nobody Yet")
    vendor = office.vendors.create(name="Unused Ltd")
    office.sites.delete(site.id)
    office.people.delete(person.id)
    office.vendors.delete(vendor.id)
    assert office.sites.find("Spare room") is None
    assert office.vendors.find("Unused Ltd") is None
    assert [p.name for p in office.people.list()] == ["Zoë Hartley"]


def test_v4_database_with_assets_gets_the_partial_indexes(tmp_path):
    path = tmp_path / "v4.sqlite3"
    db = connect(path)
    migrate(db, target=4)
    db.execute_sql("INSERT INTO site (name, address, phone, opening_hours, access_notes, parking_notes,"
                   " alarm_notes, contact_name, contact_phone, backup_contact_name,"
                   " backup_contact_phone, archived) VALUES ('Main', '', '', '', '', '', '', '', '',"
                   " '', '', 0)")
    for tag, site in (("PC-1", 1), ("PC-2", None)):
        db.execute_sql("INSERT INTO asset (tag, tag_key, name, category, manufacturer, model, serial,"
                       " site_id, location, status, supplier, hostname, ip_address, notes,"
                       " custom_fields, archived) VALUES (?, ?, 'PC', '', '', '', '', ?, '', 'in_use',"
                       " '', '', '', '', '{}', 0)", (tag, tag.lower(), site))
    db.close()
    assert _partial_indexes(path) == {}

    db = connect(path)
    assert migrate(db) == list(range(5, LATEST + 1))
    assert current_version(db) == LATEST
    rows = db.execute_sql("SELECT tag FROM asset WHERE site_id = 1").fetchall()
    db.close()
    assert rows == [("PC-1",)]
    assert _partial_indexes(path) == PARTIAL
    assert (tmp_path / f"v4.sqlite3.pre-v{LATEST}.bak").exists()
