"""The CSV quirks offices' files have, each reproduced in a fixture written here."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop_app.importing import import_file, prepare, read_table
from desktop_app.importing.values import CellError, parse_money

HEADER = "Asset Tag,Name,Serial,Purchase Date,Purchase Cost,Notes\r\n"


def _assets(services):
    return {a.tag: a for a in services.assets.list(include_archived=True)}


def test_utf8_with_bom_and_snipe_headers(services):
    data = ("\ufeffAsset Tag,Name,Category,Manufacturer,Model,Model Number,Serial,Location,Supplier,"
            "Purchase Date,Purchase Cost,Warranty,Notes\n"
            "PC-1,Zoë's laptop,Laptop,Lenovo,T14,20W0,SN1,Main office,Acme,2023-01-15,999.00,24,first\n")
    result = import_file(services, "assets", data.encode("utf-8"))
    assert result.committed, result.problems
    a = services.assets.by_tag("PC-1")
    assert a.name == "Zoë's laptop"  # the BOM did not leak into the first header
    assert (a.category, a.manufacturer, a.model, a.serial) == ("Laptop", "Lenovo", "T14", "SN1")
    assert a.site_name == "Main office" and a.supplier == "Acme"
    assert a.warranty_end == dt.date(2025, 1, 15)  # 24 months after purchase
    assert a.custom_fields == {"Model Number": "20W0"}
    assert a.notes == "first"


@pytest.mark.parametrize("codec,label", [("cp1252", "Windows-1252"), ("mac_roman", "MacRoman")])
def test_eight_bit_encodings(services, codec, label):
    text = HEADER + "PC-2,Café Büro Straße,SN2,2023-02-01,10,Müller’s desk\r\n"
    table = read_table(text.encode(codec))
    assert table.encoding == label
    import_file(services, "assets", text.encode(codec))
    a = services.assets.by_tag("PC-2")
    assert a.name == "Café Büro Straße"
    assert a.notes == "Müller’s desk"


def test_latin1_without_cp1252_characters(services):
    text = HEADER + "PC-3,Señor Gómez,SN3,,,año\r\n"
    import_file(services, "assets", text.encode("latin-1"))
    assert services.assets.by_tag("PC-3").name == "Señor Gómez"


def test_double_mojibake_repaired(services):
    # UTF-8 bytes of "Luts’k" once misread as Windows-1252, then saved as MacRoman (old Mac Excel).
    garbled = "Luts’k".encode().decode("cp1252")  # "Lutsâ€™k"
    text = "Asset Tag,Name,Location\r" + f"PC-4,Printer,{garbled}\r"
    result = import_file(services, "assets", text.encode("mac_roman"))
    assert any("Repaired garbled" in w and "lines 2" in w for w in result.warnings)
    assert services.assets.by_tag("PC-4").site_name == "Luts’k"


@pytest.mark.parametrize("eol", ["\r", "\n", "\r\n"])
def test_line_endings(services, eol):
    text = eol.join(["Asset Tag,Name", "A-1,One", "A-2,Two", "A-3,Three"]) + eol
    result = import_file(services, "assets", text.encode())
    assert result.created == ["A-1", "A-2", "A-3"]


@pytest.mark.parametrize("delim", [";", "\t", ","])
def test_delimiters_sniffed(services, delim):
    rows = [["Asset Tag", "Name", "Labels"], ["B-1", "Switch", "IOT;Home; Z-Wave"], ["B-2", "Hub", "x"]]
    quote = (lambda c: f'"{c}"') if delim == ";" else (lambda c: c)
    text = "\n".join(delim.join(quote(c) for c in r) for r in rows) + "\n"
    result = import_file(services, "assets", text.encode())
    assert result.committed
    assert services.assets.by_tag("B-1").custom_fields == {"Labels": "IOT;Home; Z-Wave"}


def test_quoted_fields_with_quotes_and_newlines_keep_line_numbers(services):
    text = ('Asset Tag,Name,Notes\n'
            'M-1,"Macbook Pro 13""","line one\nline two\nline three"\n'
            'M-2,"Dell ""XPS""",\n'
            ',No tag here,\n')
    plan = prepare("assets", text.encode())
    assert [r.line for r in plan.rows] == [2, 5]
    assert [(p.line, p.message) for p in plan.problems] == [(6, "Asset tag is empty.")]
    assert plan.rows[0].values["name"] == 'Macbook Pro 13"'
    assert plan.rows[0].values["notes"] == "line one\nline two\nline three"


QUOTE_FREE = ("\r\nAsset Tag;Name;Notes\n\n"  # a blank first line: the header is on line 2
              "K-1;One;  \r\n"
              " ; ;\t\r"  # blank in every cell: skipped, but counted
              "K-2;Two;a b\n"
              "\n\n"
              ";No tag;\n"
              "K-3;Three;x;extra\r\n"
              "K-4;Four")  # no line break after the last row


@pytest.mark.parametrize("quoted", [False, True])
def test_line_numbers_of_a_file_without_quotes_count_blank_lines_and_every_line_ending(quoted):
    # A file with no quote mark is split line by line; quoting one cell sends the same file
    # through the csv module, which must read the same rows on the same lines.
    text = QUOTE_FREE.replace("a b", '"a b"') if quoted else QUOTE_FREE
    table = read_table(text.encode())
    assert table.headers == ["Asset Tag", "Name", "Notes"] and table.delimiter == ";"
    assert table.rows == [(4, ["K-1", "One", "  "]), (6, ["K-2", "Two", "a b"]), (9, ["", "No tag", ""]),
                          (10, ["K-3", "Three", "x", "extra"]), (11, ["K-4", "Four"])]
    plan = prepare("assets", text.encode())
    assert [(r.line, r.key) for r in plan.rows] == [(4, "K-1"), (6, "K-2"), (10, "K-3"), (11, "K-4")]
    assert [(p.line, p.message) for p in plan.problems] == [(9, "Asset tag is empty.")]
    assert any("more cells than the header row" in w and "lines 10." in w for w in plan.warnings)


def test_other_unicode_line_breaks_stay_inside_a_cell():
    # str.splitlines() would end a row at these; the csv module (and so FixDesk) does not.
    text = "Asset Tag,Name,Notes\nV-1,One,a\u2028b\x0cc\x85d\nV-2,Two,\x1e\n"
    assert read_table(text.encode()).rows == [(2, ["V-1", "One", "a\u2028b\x0cc\x85d"]),
                                              (3, ["V-2", "Two", "\x1e"])]


def test_a_cell_too_large_for_the_csv_module_is_still_refused_in_a_quote_free_file():
    import csv

    from desktop_app.importing.reader import ImportFileError

    text = "Asset Tag,Name,Notes\nW-1,One," + "x" * (csv.field_size_limit() + 1) + "\n"
    with pytest.raises(ImportFileError, match="Line 2 cannot be read as CSV"):
        read_table(text.encode())


@pytest.mark.parametrize("raw,expected", [
    ("$1,234.50", "1234.50"), ("1.234,50 €", "1234.50"), ("€ 99", "99.00"), ("1234", "1234.00"),
    ("EUR 1.234,5", "1234.50"), ("£12.58", "12.58"), ("1,5", "1.50"), ("2'500.00", "2500.00"),
])
def test_currency_strings(raw, expected):
    assert parse_money(raw) == Decimal(expected)


@pytest.mark.parametrize("raw", ["12 apples", "6.37702E+15", "-5"])
def test_bad_money_refused(raw):
    with pytest.raises(CellError):
        parse_money(raw)


def test_dates_auto_detects_order_from_the_file(services):
    text = HEADER + "D-1,One,,4/5/16,,\r\nD-2,Two,,10/27/28,,\r\n"
    result = import_file(services, "assets", text.encode())
    assert services.assets.by_tag("D-1").purchase_date == dt.date(2016, 4, 5)  # April, as line 3 shows
    assert services.assets.by_tag("D-2").purchase_date == dt.date(2028, 10, 27)
    warning = next(w for w in result.warnings if "could be day/month" in w)
    assert "line 2 4/5/16" in warning and "month/day/year" in warning


def test_ambiguous_dates_follow_the_flag_and_are_listed(services):
    text = HEADER + "E-1,One,,04/05/2024,,\r\nE-2,Two,,2024-06-30,,\r\n"
    result = import_file(services, "assets", text.encode(), date_format="dmy")
    assert services.assets.by_tag("E-1").purchase_date == dt.date(2024, 5, 4)
    assert services.assets.by_tag("E-2").purchase_date == dt.date(2024, 6, 30)
    plan = prepare("assets", text.encode(), default_order="mdy")
    assert plan.rows[0].values["purchase_date"] == dt.date(2024, 4, 5)
    assert any("line 2 04/05/2024" in w and "office default" in w for w in plan.warnings)
    assert result.committed


def test_date_that_fits_neither_order_is_a_row_error(services):
    text = HEADER + "F-1,One,,13/13/2024,,\r\n"
    result = import_file(services, "assets", text.encode())
    assert not result.committed
    assert result.problems[0].line == 2 and "13/13/2024" in result.problems[0].message
    assert services.assets.count() == 0


def test_excel_mangled_numbers_flagged(services):
    text = "Asset Tag,Name,Serial,Model Number\nX-1,Router,5.02E+18,6.37702E+15\nX-2,Hub,ABC,1\n"
    result = import_file(services, "assets", text.encode())
    flagged = [w for w in result.warnings if "Excel shortened" in w]
    assert len(flagged) == 2 and all("lines 2." in w for w in flagged)


def test_warranty_months_without_purchase_date_warns(services):
    text = "Asset Tag,Name,Warranty,Purchase Date\nW-1,One,14,\nW-2,Two,36 months,2024-01-31\n"
    result = import_file(services, "assets", text.encode())
    assert services.assets.by_tag("W-1").warranty_end is None
    assert services.assets.by_tag("W-2").warranty_end == dt.date(2027, 1, 31)
    assert any("no purchase date" in w and "lines 2." in w for w in result.warnings)


def test_duplicate_and_blank_headers(services):
    text = "Name,Category,Asset Tag,,Category\nLaptop,Computers,L-1,junk,Other\n"
    result = import_file(services, "assets", text.encode())
    a = services.assets.by_tag("L-1")
    assert a.category == "Computers"
    assert a.custom_fields == {"Category": "Other"}
    assert any('Column 5 "Category"' in w for w in result.warnings)


def test_not_a_csv_file_is_refused(services):
    from desktop_app.services.errors import ServiceError

    with pytest.raises(ServiceError, match="not a CSV text file"):
        import_file(services, "assets", b"PK\x03\x04\x00\x00binary")


def test_unnamed_column_with_data_and_repeated_records_are_reported(services):
    text = "Name,,Address\nLondon,x,1 High St\nLeeds,,2 Low St\nlondon,,3 New St\n"
    result = import_file(services, "sites", text.encode())
    assert result.created == ["London", "Leeds"] and result.updated == ["london"]
    assert any("Column 2 has no name" in w and "lines 2." in w for w in result.warnings)
    assert any("lines 2, 4" in w and "later line updates" in w for w in result.warnings)
    assert services.sites.find("London").address == "3 New St"


@pytest.mark.parametrize("delim", [",", ";", "\t", "|"])
def test_quote_free_files_read_as_the_csv_module_reads_them_blank_lines_and_all(delim):
    # Blank lines and odd line endings: a file reads the same whether or not its header is quoted.
    import random

    from desktop_app.importing.reader import parse

    rng = random.Random(7)
    pieces = ["a", "b c", "", " ", "\u00a0", "\u3000", "x" + delim + "y", delim, delim + " " + delim, "\t "]
    endings = ["\n", "\r\n", "\r"]
    for _ in range(300):
        lines = ["Tag" + delim + "Name"] + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))
                                           for _ in range(rng.randint(1, 6))]
        text = "".join(line + rng.choice(endings) for line in lines)
        quoted = '"Tag"' + text[3:]
        plain_read, csv_read = parse(text, delim), parse(quoted, delim)
        assert plain_read == csv_read, repr(text)
