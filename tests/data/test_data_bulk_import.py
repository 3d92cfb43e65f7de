"""Large asset imports go through AssetService.bulk_upsert: the rules of create and update, row by row, in one
transaction."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from data_support import WriteCounter, raw_row, table_indexes

from desktop_app.importing import ImportCancelled, import_file

HEADER = "Asset Tag,Name,Room,Location,Assigned To,Maintained By,Purchase Date,Purchase Cost,Status\n"


def _csv(rows: list[str]) -> bytes:
    return (HEADER + "".join(r + "\n" for r in rows)).encode()


def _row(n: int, name: str = "Laptop", room: str = "Room 1", site: str = "", person: str = "",
         vendor: str = "", cost: str = "499.00", status: str = "in use") -> str:
    return f"BK-{n:05d},{name} {n},{room},{site},{person},{vendor},2024-02-{n % 28 + 1:02d},{cost},{status}"


def _indexes(services) -> list[str]:
    return table_indexes(services.db, "asset")


def test_one_bad_row_in_2000_imports_nothing_and_names_its_line(services):
    rows = [_row(n) for n in range(2000)]
    rows[1000] = _row(1000, cost="lots")  # file line 1002 (the header is line 1)
    data = _csv(rows)
    indexes = _indexes(services)
    result = import_file(services, "assets", data)
    assert not result.committed
    assert [(p.line, p.message) for p in result.problems] == [
        (1002, "Purchase cost: lots is not an amount of money.")]
    assert services.assets.count(include_archived=True) == 0
    assert _indexes(services) == indexes  # the rolled-back import put nothing out of place

    skipped = import_file(services, "assets", data, skip_bad=True)
    assert skipped.committed and [p.line for p in skipped.skipped] == [1002]
    assert len(skipped.created) == 1999
    assert services.assets.count(include_archived=True) == 1999
    assert _indexes(services) == indexes
    with pytest.raises(Exception, match="no asset"):
        services.assets.by_tag("BK-01000")


def test_a_service_rule_broken_in_the_middle_is_reported_with_its_line(services):
    rows = [_row(n) for n in range(2000)]
    rows[1500] = "BK-01500,Backwards,Room 1,,,,2024-05-01,10,in use"
    data = _csv(rows).replace(b"Status\n", b"Status,Warranty End\n", 1)
    data = data.replace(b"BK-01500,Backwards,Room 1,,,,2024-05-01,10,in use",
                        b"BK-01500,Backwards,Room 1,,,,2024-05-01,10,in use,2024-01-01")
    result = import_file(services, "assets", data)
    assert [p.line for p in result.problems] == [1502]
    assert result.problems[0].message == "Warranty end 2024-01-01 is before the purchase date 2024-05-01."
    assert services.assets.count(include_archived=True) == 0


def test_bulk_reimport_updates_every_row_and_keeps_custom_fields(services):
    first = _csv([_row(n) + ",red" for n in range(2000)]).replace(b"Status\n", b"Status,Colour\n", 1)
    assert len(import_file(services, "assets", first).created) == 2000
    second = _csv([_row(n, name="Renamed", room=f"Room {n}").lower() + ",L" for n in range(2000)])
    second = second.replace(b"Status\n", b"Status,Size\n", 1)
    result = import_file(services, "assets", second)
    assert result.committed and result.created == [] and len(result.updated) == 2000
    assets = services.assets.list(include_archived=True)
    assert len(assets) == 2000
    for a in assets:
        n = int(a.tag[3:])
        # Matched case-insensitively: the tag keeps the spelling it was stored with.
        assert (a.tag, a.name, a.location) == (f"BK-{n:05d}", f"renamed {n}", f"room {n}")
        assert a.custom_fields == {"Colour": "red", "Size": "L"}
        assert a.purchase_cost == Decimal("499.00") and a.purchase_date == dt.date(2024, 2, n % 28 + 1)


def test_linked_records_are_created_once_and_existing_ones_found_by_any_case(services):
    services.sites.create(name="Zoë's Café")
    rows = []
    for n in range(2000):
        site = ("Annex", "ANNEX", "ZOË'S CAFÉ", "Head Office")[n % 4]
        rows.append(_row(n, site=site, person=("Ann Lee", "ann lee")[n % 2], vendor="FixIt Ltd"))
    result = import_file(services, "assets", _csv(rows))
    assert result.committed
    # In the order the rows first name them; spelled as first written.
    assert result.linked_created == ["site Annex", "person Ann Lee", "vendor FixIt Ltd", "site Head Office"]
    assert sorted(s.name for s in services.sites.list()) == ["Annex", "Head Office", "Zoë's Café"]
    assert [p.name for p in services.people.list()] == ["Ann Lee"]
    assert [v.name for v in services.vendors.list()] == ["FixIt Ltd"]
    assert services.assets.by_tag("BK-00002").site_name == "Zoë's Café"
    assert services.assets.by_tag("BK-00001").site_name == "Annex"
    assert services.assets.by_tag("BK-00001").person_name == "Ann Lee"
    assert services.assets.by_tag("BK-01999").vendor_name == "FixIt Ltd"


def test_repeated_and_case_clashing_tags_update_the_first_and_are_reported(services):
    services.assets.create(tag="OLD-1", name="Stored before")
    data = _csv(["D-1,First,Room 1,,,,,,in use", "E-1,Other,Room 1,,,,,,spare",
                 "d-1,Second,Room 2,,,,,,in repair", "old-1,Renamed,Room 3,,,,,,retired"])
    result = import_file(services, "assets", data)
    assert result.committed
    assert result.created == ["D-1", "E-1"] and result.updated == ["d-1", "old-1"]
    assert any("lines 2, 4" in w and "later line updates the earlier one" in w for w in result.warnings)
    d1 = services.assets.by_tag("D-1")
    assert (d1.tag, d1.name, d1.location, d1.status) == ("D-1", "Second", "Room 2", "in_repair")
    old = services.assets.by_tag("OLD-1")
    assert (old.tag, old.name, old.status) == ("OLD-1", "Renamed", "retired")
    assert services.assets.count(include_archived=True) == 3


def test_dry_run_of_2000_rows_reports_everything_and_writes_nothing(services):
    rows = [_row(n, site="New branch") for n in range(2000)]
    result = import_file(services, "assets", _csv(rows), dry_run=True)
    assert len(result.created) == 2000 and result.linked_created == ["site New branch"]
    assert not result.committed
    assert services.assets.count(include_archived=True) == 0 and services.sites.count() == 0


def test_cancelling_while_rows_are_being_written_keeps_nothing(services):
    rows = [_row(n, site="Annex") for n in range(2000)]
    seen: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled):
        # Progress counts each row once checked and once written: 3000 is half-way through writing.
        import_file(services, "assets", _csv(rows), progress=lambda done, total: seen.append((done, total)),
                    cancelled=lambda: bool(seen) and seen[-1][0] >= 3000)
    assert seen[-1] == (3000, 4000)
    assert services.assets.count(include_archived=True) == 0 and services.sites.count() == 0


def test_bulk_upsert_refuses_unknown_references_without_a_maker(services):
    site = services.sites.create(name="Depot")
    result = services.assets.bulk_upsert([
        {"tag": "A-1", "name": "By id", "site": site.id},
        {"tag": "A-2", "name": "Bad id", "site": site.id + 100},
        {"tag": "A-3", "name": "Bad name", "vendor": "Nobody Ltd"},
        {"tag": "A-4", "name": ""},
    ])
    assert result.actions == ["create", None, None, None]
    assert result.errors == {1: f"There is no site with id {site.id + 100}.",
                             2: "There is no vendor called Nobody Ltd.",
                             3: "Name is required."}
    assert services.assets.by_tag("A-1").site_name == "Depot"
    assert services.assets.count() == 1


def test_a_reference_that_cannot_be_made_in_a_file_of_new_tags_takes_only_its_row_out(services):
    from desktop_app.services.errors import ServiceError

    def make(what, name):
        if name == "Closed site":
            raise ServiceError("Site Closed site cannot be added.")
        return services.sites.create(name=name).id

    seen: list[tuple[int, int]] = []
    result = services.assets.bulk_upsert([
        {"tag": "N-1", "name": "First", "site": "Open site"},
        {"tag": "N-2", "name": "Second", "site": "Closed site"},
        {"tag": "N-3", "name": "Third", "site": "Open site", "purchase_date": "2024-01-01"},
    ], create_link=make, progress=lambda done, total: seen.append((done, total)))
    assert result.actions == ["create", None, "create"]
    assert result.errors == {1: "Site Closed site cannot be added."}
    assert [a.tag for a in services.assets.list()] == ["N-1", "N-3"]
    assert services.assets.by_tag("N-3").site_name == "Open site"
    # Each row once checked (the second plan does not move the bar) and each record once written.
    assert seen[:3] == [(1, 6), (2, 6), (3, 6)] and seen[-1] == (6, 6)


def test_a_file_of_new_tags_with_backwards_warranty_names_the_row(services):
    result = services.assets.bulk_upsert([
        {"tag": "W-1", "name": "One", "purchase_date": "2024-05-01", "warranty_end": "2025-05-01"},
        {"tag": "W-2", "name": "Two", "purchase_date": "2024-05-01", "warranty_end": "2024-01-01"},
    ])
    assert result.actions == ["create", None]
    assert result.errors == {1: "Warranty end 2024-01-01 is before the purchase date 2024-05-01."}


def test_first_bad_cell_in_column_order_is_the_one_reported(services):
    data = (b"Asset Tag,Name,Purchase Cost,Status,Serial\n"
            b"X-1,Both bad,lots,melted,1.23E+15\n"
            b"X-2,Short row\n"
            b"X-3,Mangled serial,5,spare,6.37702E+15\n")
    result = import_file(services, "assets", data, skip_bad=True)
    assert [(p.line, p.message) for p in result.skipped] == [
        (2, "Purchase cost: lots is not an amount of money.")]
    assert result.created == ["X-2", "X-3"]
    # The failed row stopped at its first bad cell, so only line 4's serial is reported.
    assert any('"Serial" has numbers Excel shortened' in w and "lines 4." in w for w in result.warnings)
    assert services.assets.by_tag("X-2").status == "in_use"


def test_reimporting_the_same_file_reports_updates_but_rewrites_nothing(services):
    data = _csv([_row(n, site="Annex") for n in range(1500)])
    assert len(import_file(services, "assets", data).created) == 1500
    writes = WriteCounter(services.db, "asset")
    again = import_file(services, "assets", data)
    assert again.committed and len(again.updated) == 1500 and again.created == []
    assert writes.written() == 0
    # One changed cell is written, and only that row changes.
    changed = data.replace(b"BK-00700,Laptop 700,Room 1", b"BK-00700,Laptop 700,Room 9")
    import_file(services, "assets", changed)
    assert writes.written() == 1
    assert services.assets.by_tag("BK-00700").location == "Room 9"
    assert services.assets.by_tag("BK-00701").location == "Room 1"


def test_a_reference_that_cannot_be_made_takes_its_row_out_and_the_next_row_creates(services):
    from desktop_app.services.errors import ServiceError

    def make(what, name):
        if name == "Closed site":
            raise ServiceError("Site Closed site cannot be added.")
        return services.sites.create(name=name).id

    result = services.assets.bulk_upsert([
        {"tag": "R-1", "name": "First", "site": "Closed site"},
        {"tag": "r-1", "name": "Second", "site": "Open site"},
    ], create_link=make)
    assert result.actions == [None, "create"]
    assert result.errors == {0: "Site Closed site cannot be added."}
    assert result.links_created == ["site Open site"]
    asset = services.assets.by_tag("R-1")
    assert (asset.tag, asset.name, asset.site_name) == ("r-1", "Second", "Open site")


def _raw_asset(services, tag: str) -> tuple:
    """Every column as the database stores it, with its stored type: what a bound value would give."""
    # Not who changed it last: the form records who typed it, an import records nobody.
    return raw_row(services.db, "asset", "tag", tag, {"id", "updated_at", "updated_by", "updated_host"})


def test_an_imported_row_is_stored_exactly_as_create_stores_it(services):
    # Quotes, text that looks like SQL, money, dates, ids and blanks: an imported row is stored
    # exactly as the same asset made with create().
    header = "Asset Tag,Name,Category,Manufacturer,Site,Purchase Date,Purchase Cost,Status,Notes,Colour\n"
    same = "O'Brien's,\"It''s \"\"quoted\"\"\",Annex,2024-02-29,5,spare,'; DROP TABLE asset; --,red"
    data = (header + "".join(f"Q-{n},Name {n},{same}\n" for n in range(1200))).encode()
    result = import_file(services, "assets", data)
    assert result.committed and len(result.created) == 1200
    one = services.assets.by_tag("Q-7")
    assert (one.category, one.manufacturer, one.notes) == ("O'Brien's", 'It\'\'s "quoted"',
                                                          "'; DROP TABLE asset; --")
    assert (one.site_name, one.purchase_cost, one.status) == ("Annex", Decimal("5.00"), "spare")
    assert one.custom_fields == {"Colour": "red"} and one.purchase_date == dt.date(2024, 2, 29)
    services.assets.create(tag="BOUND", name="Name 7", category="O'Brien's", manufacturer='It\'\'s "quoted"',
                           site=one.site_id, purchase_date="2024-02-29", purchase_cost="5", status="spare",
                           notes="'; DROP TABLE asset; --", custom_fields={"Colour": "red"})
    imported, bound = _raw_asset(services, "Q-7"), _raw_asset(services, "BOUND")
    assert imported[4:] == bound[4:]  # all but tag and tag_key (with their storage classes)


def test_bulk_upsert_matches_tags_after_trimming_and_lower_casing_whatever_their_type(services):
    result = services.assets.bulk_upsert([{"tag": " Mix-1 ", "name": "a"}, {"tag": "mix-1", "name": "b"},
                                          {"tag": 7, "name": "Seven"}])
    assert result.actions == ["create", "update", "create"]
    assert services.assets.by_tag("MIX-1").name == "b" and services.assets.by_tag("7").tag == "7"
    again = services.assets.bulk_upsert([{"tag": "7 ", "name": "Seven again"}, {"tag": 8, "name": None}])
    assert again.actions == ["update", None] and again.errors == {1: "Name is required."}


def test_rows_of_a_clean_file_are_what_they_are_beside_a_bad_row():
    # One bad row in a file changes nothing about how the other rows are read.
    from desktop_app.importing import prepare

    header = "Asset Tag,Name,Room,Purchase Date,Purchase Cost,Status,Colour\n"
    rows = "".join(f"C-{n}, Name {n} ,R{n % 3},2024-02-{n % 28 + 1:02d},{n},spare,{'red' if n % 2 else ''}\n"
                   for n in range(50))
    clean = prepare("assets", (header + rows).encode())
    mixed = prepare("assets", (header + rows + ",No tag,,,,,\n").encode())
    assert [(p.line, p.message) for p in mixed.problems] == [(52, "Asset tag is empty.")]
    assert [vars(r) for r in clean.rows] == [vars(r) for r in mixed.rows]
    assert clean.rows[1].custom == {"Colour": "red"} and clean.rows[0].custom == {}
    assert clean.rows[0].custom is not clean.rows[2].custom  # each row its own


def test_one_shared_value_and_equal_separate_values_are_stored_alike(services):
    # Rows sharing one value object and rows holding equal but separate values store the same.
    cost, bought = Decimal("12.50"), dt.date(2024, 3, 1)
    shared = [{"tag": f"S-{n}", "name": "N", "purchase_cost": cost, "purchase_date": bought,
               "archived": True} for n in range(3)]
    separate = [{"tag": f"T-{n}", "name": "N", "purchase_cost": Decimal(f"{12.5 + n * 0:.1f}"),
                 "purchase_date": dt.date(2024, 3, 1), "archived": n >= 0} for n in range(3)]
    assert services.assets.bulk_upsert(shared).actions == ["create"] * 3
    assert services.assets.bulk_upsert(separate).actions == ["create"] * 3
    assert _raw_asset(services, "S-1")[4:] == _raw_asset(services, "T-1")[4:]
    one = services.assets.by_tag("S-2")
    assert (one.purchase_cost, one.purchase_date, one.archived) == (Decimal("12.50"), bought, True)
