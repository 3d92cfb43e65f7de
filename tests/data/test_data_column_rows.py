"""Rows held as columns (a clean asset file's path) must store exactly what rows as dicts store."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop_app.importing import import_file, prepare
from desktop_app.importing.rows import ColumnRowValues
from desktop_app.services.assets import ASSET_FIELDS
from desktop_app.services.bulk_clean import RowCleaner
from desktop_app.services.column_rows import MISSING, ColumnRows


def _as_columns(rows: list[dict]) -> ColumnRows:
    names = list(dict.fromkeys(name for row in rows for name in row))
    columns = {name: [row.get(name, MISSING) for row in rows] for name in names}
    gaps = [name for name in names if any(name not in row for row in rows)]
    return ColumnRows(columns, len(rows), gaps)


def _raw(services, tag: str) -> tuple:
    """Every column but id, tag and tag_key as SQLite stores it, with its storage class."""
    columns = [r[1] for r in services.db.execute_sql('PRAGMA table_info("asset")')
               if r[1] not in ("id", "tag", "tag_key")]
    sql = ", ".join(f'"{c}", typeof("{c}")' for c in columns)
    return services.db.execute_sql(f'SELECT {sql} FROM "asset" WHERE "tag" = ?', (tag,)).fetchone()


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


def test_rows_as_columns_store_what_the_same_rows_as_dicts_store(services, monkeypatch):
    kept_as_columns = []
    real = RowCleaner.columns

    def spy(self, rows, **kw):
        out = real(self, rows, **kw)
        kept_as_columns.append(out is not None)
        return out

    monkeypatch.setattr(RowCleaner, "columns", spy)
    makers = {"site": services.sites, "person": services.people, "vendor": services.vendors}
    link = lambda what, name: makers[what].create(name=name).id  # noqa: E731
    as_dicts = services.assets.bulk_upsert(_rows("D"), create_link=link)
    as_columns = services.assets.bulk_upsert(_as_columns(_rows("C")), create_link=link)
    assert kept_as_columns == [True]  # the second call went the column way all along
    assert as_columns.actions == as_dicts.actions == ["create"] * 30
    assert as_dicts.links_created == ["site main office", "site Annex"] and as_columns.links_created == []
    for n in range(30):
        assert _raw(services, f"C-{n}") == _raw(services, f"D-{n}"), n
    seven = services.assets.by_tag("c-7")
    assert seven.custom_fields == {"Colour": "red", "Floor": "7"}
    assert seven.purchase_date == dt.date(2024, 1, 8) and services.assets.by_tag("C-3").purchase_date is None
    assert services.assets.by_tag("C-5").site_name == "Annex"


def test_cleaning_columns_gives_what_cleaning_each_row_gives():
    base = {"notes": "base", "status": "in_use", "purchase_date": None, "site": None}
    rows = _rows("X")
    got = RowCleaner(ASSET_FIELDS).columns(_as_columns(rows), base=base)
    assert got is not None and len(got) == len(rows)
    assert list(got) == RowCleaner(ASSET_FIELDS).many(rows, base=base)
    assert got[1]["purchase_date"] == dt.date(2024, 1, 2) and got[3]["purchase_date"] is None  # base value
    without_base = RowCleaner(ASSET_FIELDS).columns(_as_columns(rows))
    assert "purchase_date" not in without_base[3]
    assert list(without_base) == RowCleaner(ASSET_FIELDS).many(rows)


@pytest.mark.parametrize("rows", [
    [{"tag": "A", "name": "N", "purchase_cost": "lots"}],  # a bad value
    [{"tag": "A", "name": "N"}, {"tag": "B"}],  # a required field missing in one row
    [{"tag": "A", "name": " "}],  # a required field blank
    [{"tag": "A", "name": "N", "colour": "red"}],  # a field the asset does not have
])
def test_a_row_with_a_problem_is_left_to_the_row_by_row_cleaner(rows):
    assert RowCleaner(ASSET_FIELDS).columns(_as_columns(rows)) is None


def test_column_rows_read_as_rows():
    rows = ColumnRows({"a": [1, MISSING, 3], "b": ["x", "y", None]}, 3, ["a"])
    assert list(rows) == [{"a": 1, "b": "x"}, {"b": "y"}, {"a": 3, "b": None}]
    assert rows[-1] == {"a": 3, "b": None} and rows[1:] == [{"b": "y"}, {"a": 3, "b": None}]
    assert rows.column("a") == [1, None, 3] and rows.column("zz", "-") == ["-"] * 3
    assert rows.present("a") == [True, False, True] and rows.present("b") == [True] * 3
    with pytest.raises(IndexError):
        rows[3]


def test_a_clean_file_with_blanks_and_short_rows_imports_as_the_row_by_row_path_does(services):
    # The same rows (apart from their tags) once as a clean file, kept as columns, and once
    # beside a bad row skipped, which sends them through the row-by-row path.
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

    plan = prepare("assets", (header + body("K")).encode())
    assert isinstance(plan.rows, ColumnRowValues) and plan.rows[9].values == {"tag": "K-9", "name": "Name 9"}
    kept = import_file(services, "assets", (header + body("K")).encode())
    assert kept.committed and len(kept.created) == 40 and kept.created[:2] == ["K-0", "K-1"]
    long_way = import_file(services, "assets", (header + body("L") + ",No tag\n").encode(), skip_bad=True)
    assert long_way.committed and len(long_way.created) == 40 and len(long_way.skipped) == 1
    for n in range(40):
        assert _raw(services, f"K-{n}") == _raw(services, f"L-{n}"), n
    assert services.assets.by_tag("K-10").custom_fields == {"Colour": "blue"}
    assert services.assets.by_tag("K-4").purchase_cost == Decimal("1234.50")
