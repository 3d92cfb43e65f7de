"""All-or-nothing imports, skipping bad rows, re-import by tag, and export -> import round trips."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

from desktop_app.exporting import export
from desktop_app.importing import import_file

GOOD_AND_BAD = (b"Asset Tag,Name,Purchase Cost,Status\n"
                b"G-1,Good one,$10.00,in use\n"
                b"G-2,Bad cost,ten pounds,spare\n"
                b"G-3,Good three,20,retired\n"
                b"G-4,Bad status,5,melted\n")


def test_bad_row_means_nothing_imported_and_line_numbers_reported(services):
    result = import_file(services, "assets", GOOD_AND_BAD)
    assert not result.committed
    assert [(p.line, p.message) for p in result.problems] == [
        (3, "Purchase cost: ten pounds is not an amount of money."),
        (5, "Status: melted is not one of: in use, spare, in repair, retired."),
    ]
    assert services.assets.count(include_archived=True) == 0
    assert services.sites.count() == 0


def test_service_rule_errors_also_roll_back_everything(services):
    data = b"Asset Tag,Name,Purchase Date,Warranty End\nS-1,Fine,,\nS-2,Backwards,2024-05-01,2024-01-01\n"
    result = import_file(services, "assets", data)
    assert [p.line for p in result.problems] == [3]
    assert "before the purchase date" in result.problems[0].message
    assert services.assets.count(include_archived=True) == 0


def test_skip_bad_rows_imports_the_rest_and_says_which_were_skipped(services):
    result = import_file(services, "assets", GOOD_AND_BAD, skip_bad=True)
    assert result.committed
    assert [p.line for p in result.skipped] == [3, 5]
    assert sorted(a.tag for a in services.assets.list(include_archived=True)) == ["G-1", "G-3"]
    assert any("Skipped 2 row(s) on lines 3, 5" in w for w in result.warnings)


def test_dry_run_changes_nothing(services):
    data = b"Asset Tag,Name,Location\nP-1,Printer,New branch\n"
    result = import_file(services, "assets", data, dry_run=True)
    assert result.created == ["P-1"] and result.linked_created == ["site New branch"]
    assert services.assets.count() == 0 and services.sites.count() == 0


def test_reimport_updates_by_tag(services):
    import_file(services, "assets", b"Asset Tag,Name,Room,Colour\nR-1,Old name,Room 1,red\n")
    result = import_file(services, "assets", b"asset tag,NAME,Room,Size\nr-1,New name,Room 2,L\n")
    assert result.updated == ["r-1"] and result.created == []
    [a] = services.assets.list()
    assert (a.tag, a.name, a.location) == ("R-1", "New name", "Room 2")
    assert a.custom_fields == {"Colour": "red", "Size": "L"}


def test_vendors_people_sites(services):
    sites = (b'"id";"name";"address";"city";"zip";"manager"\n'
             b'"7";"London";"1 High St";"London";"N1 1AA";"Ann"\n')
    assert import_file(services, "sites", sites).committed
    site = services.sites.find("London")
    assert site.address == "1 High St, London, N1 1AA" and site.contact_name == "Ann"
    people = "\ufeffFirst Name,Last Name,Email,Location\nZoë,Łukasz,z@example.com,London\n".encode()
    assert import_file(services, "people", people).committed
    # (looked up from the list: the core's find() uses SQLite LOWER, which only folds ASCII)
    [person] = [p for p in services.people.list() if p.name == "Zoë Łukasz"]
    assert person.email == "z@example.com" and person.site_name == "London"
    again = import_file(services, "people", people)
    assert again.updated == ["Zoë Łukasz"] and len(services.people.list()) == 1
    vendors = (b"Company,Vendor Type,Phone,Call-out fee,Hourly Rate,Response Time\n"
               b"FixIt Ltd,IT,0123,$95.00,\"1.234,50\",4\n")
    assert import_file(services, "vendors", vendors).committed
    vendor = services.vendors.find("FixIt Ltd")
    assert (vendor.kind, vendor.callout_fee, vendor.hourly_rate, vendor.response_hours) == (
        "it_breakfix", Decimal("95.00"), Decimal("1234.50"), 4.0)


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_export_is_excel_friendly_and_neutralises_formulas(services, tmp_path):
    services.assets.create(tag="=HYPERLINK(1)", name="+cmd|' /C calc'!A0", notes="@SUM(A1)",
                           model="-2+3", purchase_date="2024-03-05",
                           purchase_cost="1234.5",
                           # Text fields are trimmed by the service; custom fields keep a leading tab/CR.
                           custom_fields={"Tabbed": "\tTAB", "Returned": "\rCR"})
    path = tmp_path / "assets.csv"
    assert export(services, "assets", path) == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    header, row = _rows(path)
    cells = dict(zip(header, row, strict=False))
    assert cells["Asset tag"] == "'=HYPERLINK(1)"
    assert cells["Name"] == "'+cmd|' /C calc'!A0"
    assert cells["Notes"] == "'@SUM(A1)"
    assert cells["Model"] == "'-2+3"
    assert cells["Tabbed"] == "'\tTAB"
    assert cells["Returned"] == "'\rCR"
    assert cells["Purchase date"] == "2024-03-05" and cells["Purchase cost"] == "1234.50"
    # No exported cell starts with a character a spreadsheet would run.
    assert not [c for r in _rows(path) for c in r if c[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_assets_round_trip_without_loss(demo_services, tmp_path, db_path):
    from desktop_app.services import Services

    first = demo_services
    first.assets.update(first.assets.list()[0].id, notes="=1+1 \"quoted\"\nsecond line",
                        custom_fields={"Colour": "grün", "Seats": "-3"})
    first.assets.archive(first.assets.list()[1].id)
    for kind in ("vendors", "assets"):
        export(first, kind, tmp_path / f"{kind}.csv")
    second = Services.open(tmp_path / "second.sqlite3")
    try:
        for kind in ("vendors", "assets"):
            result = import_file(second, kind, tmp_path / f"{kind}.csv")
            assert result.committed and not result.problems, result.problems

        def strip(records):
            return [(r.tag, r.name, r.category, r.manufacturer, r.model, r.serial, r.site_name, r.location,
                     r.person_name, r.status, r.purchase_date, r.purchase_cost, r.supplier, r.warranty_end,
                     r.vendor_name, r.hostname, r.ip_address, r.notes, r.custom_fields, r.archived)
                    for r in records]

        original = strip(first.assets.list(include_archived=True))
        assert strip(second.assets.list(include_archived=True)) == original
        vend = [(v.name, v.kind, v.phone, v.email, v.callout_fee, v.hourly_rate, v.response_hours, v.notes)
                for v in first.vendors.list(include_archived=True)]
        assert vend == [(v.name, v.kind, v.phone, v.email, v.callout_fee, v.hourly_rate, v.response_hours,
                         v.notes) for v in second.vendors.list(include_archived=True)]
        # And importing the same file again changes nothing but counts as updates.
        again = import_file(second, "assets", tmp_path / "assets.csv")
        assert again.created == [] and len(again.updated) == len(original)
    finally:
        second.close()


def test_incident_export_has_iso_times(demo_services, tmp_path):
    path = tmp_path / "incidents.csv"
    count = export(demo_services, "incidents", path)
    header, *rows = _rows(path)
    assert count == len(rows) == demo_services.incidents.total()
    opened = rows[0][header.index("Opened")]
    assert dt.datetime.fromisoformat(opened.replace("Z", "+00:00")).tzinfo is not None


def test_a_rolled_back_row_does_not_leave_a_stale_link_behind(services):
    # Line 2 creates site "Annex" and then fails; line 3 needs "Annex" again.
    data = (b"Asset Tag,Name,Location,Purchase Date,Warranty End\n"
            b"Z-1,Bad dates,Annex,2024-05-01,2024-01-01\n"
            b"Z-2,Good,Annex,,\n")
    result = import_file(services, "assets", data, skip_bad=True)
    assert [p.line for p in result.skipped] == [2]
    assert services.assets.by_tag("Z-2").site_name == "Annex"
    assert [s.name for s in services.sites.list()] == ["Annex"]


def test_cancelled_import_keeps_nothing(services):
    import pytest

    from desktop_app.importing import ImportCancelled

    data = b"Asset Tag,Name\n" + b"".join(f"C-{n},Item {n}\n".encode() for n in range(50))
    seen = []
    with pytest.raises(ImportCancelled, match="nothing was imported"):
        import_file(services, "assets", data, progress=lambda done, total: seen.append(done),
                    cancelled=lambda: len(seen) >= 20)
    assert services.assets.count(include_archived=True) == 0


def test_amounts_follow_the_decimal_mark_the_file_shows_and_unclear_ones_are_asked_about(services):
    # "0,500" in a file whose other amounts use a decimal comma is half a unit, not 500.
    shown = b"Asset Tag,Name,Purchase Cost\nM-1,One,\"1.234,50\"\nM-2,Two,\"0,500\"\n"
    result = import_file(services, "assets", shown)
    assert result.committed
    assert services.assets.by_tag("M-2").purchase_cost == Decimal("0.50")
    assert services.assets.by_tag("M-1").purchase_cost == Decimal("1234.50")
    # A file that does not show its mark: the importer's locale decides, or the row is named.
    unclear = b"Asset Tag,Name,Purchase Cost\nU-1,One,\"1,234\"\n"
    refused = import_file(services, "assets", unclear)
    assert not refused.committed and [(p.line, p.message) for p in refused.problems] == [
        (2, "Purchase cost: 1,234 could be 1234 or 1.234: write it without a thousands separator, "
            "or with two decimals.")]
    assert import_file(services, "assets", unclear, decimal_mark=".").committed
    assert services.assets.by_tag("U-1").purchase_cost == Decimal("1234.00")
