"""Turning what people type into values, or one clear sentence."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.services import ValidationError
from desktop_app.services.validate import Field, clean, email, parse_date, parse_float, parse_int, parse_money


@pytest.mark.parametrize(("typed", "amount"), [
    ("95", "95.00"), ("€95", "95.00"), ("£ 1,234.5", "1234.50"), ("EUR 12", "12.00"),
    ("1,234", "1234.00"), ("1,234,567", "1234567.00"), ("1.234.567", "1234567.00"),
    ("1.234,50", "1234.50"), ("1,234.50", "1234.50"), ("12,5", "12.50"), ("0,50", "0.50"),
    (95.5, "95.50"), (Decimal("3"), "3.00"), (0, "0.00"),
])
def test_money(typed, amount):
    assert parse_money("Amount", typed) == Decimal(amount)


@pytest.mark.parametrize(("typed", "message"), [
    ("ten", "Amount ten is not an amount of money."),
    ("-5", "Amount cannot be negative."),
    ("NaN", "Amount NaN is not an amount of money."),
    ("1.234", "Amount 1.234 has more than two decimal places."),  # 1234 or 1.234? ask
    ("0,125", "Amount 0,125 has more than two decimal places."),
    ("1e30", "Amount 1e30 is too large."),
])
def test_bad_money(typed, message):
    with pytest.raises(ValidationError) as err:
        parse_money("Amount", typed)
    assert str(err.value) == message


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
