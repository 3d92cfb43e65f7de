"""Turning what people type into values, or one clear sentence."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.services import ValidationError
from desktop_app.services.validate import Field, clean, email, parse_date, parse_float, parse_int, parse_money


@pytest.mark.parametrize(("typed", "message"), [
    ("ten", "Amount ten is not an amount of money."),
    ("-5", "Amount cannot be negative."),
    ("1.234", "Amount 1.234 could be 1234 or 1.234: write it without a thousands separator, or with two "
              "decimals."),  # 1234 or 1.234? ask (the whole table is in test_money.py)
])
def test_bad_money_is_one_sentence_naming_the_field(typed, message):
    with pytest.raises(ValidationError) as err:
        parse_money("Amount", typed)
    assert str(err.value) == message
    assert parse_money("Amount", "1.234,50") == Decimal("1234.50")


def test_dates_numbers_and_addresses():
    assert parse_date("Warranty end", " 2024-02-29 ").isoformat() == "2024-02-29"
    with pytest.raises(ValidationError) as err:
        parse_date("Warranty end", "2024-02-30")
    assert str(err.value) == "Warranty end 2024-02-30 is not a date (use YYYY-MM-DD)."
    assert parse_int("Users affected", " 12 ") == 12
    with pytest.raises(ValidationError, match="is not a whole number"):
        parse_int("Users affected", "1.5")
    assert parse_float("Hours", "1,5") == 1.5
    with pytest.raises(ValidationError, match="must be a positive number"):
        parse_float("Hours", "nan")
    assert email("E-mail", " a@b.example ") == "a@b.example"
    for bad in ("a@", "@b", "a b@c", "a@b@c"):
        with pytest.raises(ValidationError):
            email("E-mail", bad)


def test_clean_names_the_field_and_rejects_unknown_ones():
    fields = {"name": Field("Name", lambda label, v: str(v).strip(), required=True),
              "cost": Field("Cost", parse_money)}
    assert clean(fields, {"name": " x ", "cost": "5"}) == {"name": "x", "cost": Decimal("5.00")}
    with pytest.raises(ValidationError) as err:
        clean(fields, {"name": "x", "cost": "five"})
    assert err.value.field == "cost"
    with pytest.raises(ValidationError) as err:
        clean(fields, {"cost": "5"})
    assert (err.value.field, str(err.value)) == ("name", "Name is required.")
    assert clean(fields, {"cost": "5"}, partial=True) == {"cost": Decimal("5.00")}
    with pytest.raises(ValidationError) as err:
        clean(fields, {"name": "x", "colour": "red"})
    assert err.value.field == "colour"
