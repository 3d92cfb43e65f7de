"""The one money rule, both directions: what a form, the CLI and a CSV file make of the same text."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app import money
from desktop_app.importing.values import CellError
from desktop_app.importing.values import parse_money as csv_money
from desktop_app.services import ValidationError
from desktop_app.services.validate import parse_money as form_money

# (text, decimal mark hint, amount or the words after the field's label)
READ = [
    ("95", None, "95.00"),
    ("€95", None, "95.00"),
    ("£ 1,234.5", None, "1234.50"),
    ("$1,234.50", None, "1234.50"),
    ("1.234,50 €", None, "1234.50"),
    ("EUR 1.234,5", None, "1234.50"),
    ("EUR 12", None, "12.00"),
    ("2'500.00", None, "2500.00"),
    ("1,234,567", None, "1234567.00"),
    ("1.234.567", None, "1234567.00"),
    ("12,5", None, "12.50"),
    ("0,50", None, "0.50"),
    ("1,5", None, "1.50"),
    ("1.230", ".", "1.23"),
    ("  ", None, None),
    # A lone mark before three digits: the hint decides, and without one nobody guesses.
    ("1,234", ".", "1234.00"),
    ("1,234", ",", "1,234 has more than two decimal places"),
    ("1.234", ",", "1234.00"),
    ("1.234", ".", "1.234 has more than two decimal places"),
    ("0,500", ",", "0.50"),
    ("0,500", ".", "0,500 is not an amount of money"),
    ("1,234", None, "1,234 could be 1234 or 1.234: write it without a thousands separator, "
                    "or with two decimals"),
    ("0,500", None, "0,500 could be 0500 or 0.500: write it without a thousands separator, "
                    "or with two decimals"),
    ("ten", None, "ten is not an amount of money"),
    ("12 apples", None, "12 apples is not an amount of money"),
    ("NaN", None, "NaN is not an amount of money"),
    ("-5", None, "cannot be negative"),
    ("(5.00)", None, "cannot be negative"),
    ("0,125", ",", "0,125 has more than two decimal places"),
    ("6.37702E+15", None, "6.37702E+15 is a number Excel shortened (digits are lost)"),
    ("99999999999", None, "99999999999 is too large"),
]


@pytest.mark.parametrize(("text", "mark", "expected"), READ)
def test_reading(text, mark, expected):
    if expected is None or expected[0].isdigit() and " " not in expected:
        assert money.parse(text, mark) == (None if expected is None else Decimal(expected))
    else:
        with pytest.raises(money.MoneyError) as err:
            money.parse(text, mark)
        assert str(err.value) == expected


@pytest.mark.parametrize(("text", "mark", "expected"), [r for r in READ if r[1] is None])
def test_a_form_and_a_csv_file_read_the_same_text_alike(text, mark, expected):
    # The services (forms, CLI) and a CSV file without a hint: the same amount or the same words.
    def outcome(parse, error_type, label):
        try:
            return parse()
        except error_type as err:
            return str(err).removeprefix(label).strip(" :.")
    form = outcome(lambda: form_money("Amount", text), ValidationError, "Amount")
    csv = outcome(lambda: csv_money(text), CellError, "")
    assert form == csv


@pytest.mark.parametrize(("value", "expected"), [(95.5, "95.50"), (Decimal("3"), "3.00"), (0, "0.00")])
def test_numbers_from_code(value, expected):
    assert money.parse(value) == Decimal(expected)


@pytest.mark.parametrize(("amount", "currency", "mark", "shown", "plain"), [
    (Decimal("1234.5"), "", ".", "1,234.50", "1234.50"),
    (Decimal("1234567.891"), "EUR", ",", "EUR 1.234.567,89", "1234567.89"),
    (Decimal("0"), "GBP", ".", "GBP 0.00", "0.00"),
    (None, "EUR", ".", "", ""),
])
def test_writing(amount, currency, mark, shown, plain):
    assert money.format(amount, currency, mark) == shown
    assert money.plain(amount) == plain
    if amount is not None:  # what is written reads back as the same amount
        assert money.parse(money.plain(amount)) == amount.quantize(Decimal("0.01"))
        assert money.parse(shown.removeprefix(currency).strip(), mark) == amount.quantize(Decimal("0.01"))


def test_a_file_shows_its_decimal_mark_through_its_clear_amounts():
    assert money.mark_shown_by(["1.234,50", "99", "1.234"]) == ","
    assert money.mark_shown_by(["$1,234.50", "1,234"]) == "."
    assert money.mark_shown_by(["1,234", "99"]) is None
    assert money.mark_shown_by(["12,5", "1,234.50"]) is None  # they disagree: nobody guesses
