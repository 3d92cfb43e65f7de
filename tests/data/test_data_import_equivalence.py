"""The one import path stores exactly what the one-record services store, whatever the file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from data_support import raw_row

from desktop_app.importing import import_file


def _raw(services, tag: str) -> tuple:
    """Every column but id, tag, tag_key and when it was written, as the database stores it, with
    its stored type."""
    return raw_row(services.db, "asset", "tag", tag, {"id", "tag", "tag_key", "updated_at"})


def _rows(prefix: str) -> list[dict]:
    rows = []
    for n in range(30):
        row = {"tag": f" {prefix}-{n} ", "name": f"Name {n}", "category": "Desktop PC", "notes": ""}
        if n % 3:
            row["purchase_date"] = dt.date(2024, 1, n % 28 + 1)  # the others have none
        if n % 4 == 0:
            row["purchase_cost"] = Decimal("799.00") if n % 8 else "12,50"
        if n % 5 == 0:
            row["site"] = "Annex" if n % 10 else "main office"
        if n % 7 == 0:
            row["custom_fields"] = {"Colour": "red", "Floor": str(n)}
        rows.append(row)
    return rows


def test_bulk_upsert_stores_what_create_stores_for_each_row(services):
    makers = {"site": services.sites, "person": services.people, "vendor": services.vendors}
    link = lambda what, name: makers[what].create(name=name).id  # noqa: E731
    done = services.assets.bulk_upsert(_rows("B"), create_link=link)
    assert done.actions == ["create"] * 30 and done.errors == {}
    assert done.links_created == ["site main office", "site Annex"]
    for row in _rows("C"):
        services.assets.create(**row)
    for n in range(30):
        assert _raw(services, f"B-{n}") == _raw(services, f"C-{n}"), n
    seven = services.assets.by_tag("b-7")
    assert seven.custom_fields == {"Colour": "red", "Floor": "7"}
    assert seven.purchase_date == dt.date(2024, 1, 8) and services.assets.by_tag("B-3").purchase_date is None
    assert services.assets.by_tag("B-5").site_name == "Annex"
    assert services.assets.by_tag("B-8").purchase_cost == Decimal("12.50")


def test_a_clean_file_imports_as_the_same_rows_beside_a_skipped_bad_row(services):
    header = "Asset Tag,Name,Purchase Date,Purchase Cost,Status,Site,Colour\n"

    def body(prefix: str) -> str:
        lines = []
        for n in range(40):
            date = f"2024-03-{n % 28 + 1:02d}" if n % 3 else ""
            cost = "" if n % 4 else "1234.50"
            status, site, colour = "spare" if n % 2 else "", "Annex" if n % 6 else "", "" if n % 5 else "blue"
            line = f"{prefix}-{n},Name {n},{date},{cost},{status},{site},{colour}"
            lines.append(line if n % 9 else f"{prefix}-{n},Name {n},{date}")  # some short rows
        return "\n".join(lines) + "\n"

    kept = import_file(services, "assets", (header + body("K")).encode())
    assert kept.committed and len(kept.created) == 40 and kept.created[:2] == ["K-0", "K-1"]
    beside = import_file(services, "assets", (header + body("L") + ",No tag\n").encode(), skip_bad=True)
    assert beside.committed and len(beside.created) == 40 and len(beside.skipped) == 1
    for n in range(40):
        assert _raw(services, f"K-{n}") == _raw(services, f"L-{n}"), n
    assert services.assets.by_tag("K-10").custom_fields == {"Colour": "blue"}
    assert services.assets.by_tag("K-4").purchase_cost == Decimal("1234.50")
    assert services.assets.by_tag("K-9").status == "in_use"  # a short row keeps the default
