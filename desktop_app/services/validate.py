"""Turning raw input (strings from forms, CSV, CLI) into typed values, or a clear error.

A service declares its fields as ``{name: Field(label, parser, required)}`` and
calls ``clean``; the first problem raises ``ValidationError`` naming the field.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop_app import money
from desktop_app.i18n import translate
from desktop_app.services.errors import ValidationError
from desktop_app.timeutil import to_utc_naive

Parser = Callable[[str, Any], Any]


@dataclass(frozen=True)
class Field:
    label: str  # English, marked QT_TRANSLATE_NOOP("Field", ...): messages show it translated
    parse: Parser
    required: bool = False


def field_name(label: str) -> str:
    """A field's name in a message, in the current language (labels are English, context Field)."""
    return translate("Field", label)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# Terminal escape sequences whole (so "\x1b[31m" leaves no "[31m" behind), then any other C0/C1
# control character, DEL included; tab and newline are kept, a carriage return becomes a newline.
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])"
                      r"|\x9b[0-?]*[ -/]*[@-~]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(value: str) -> str:
    """``value`` without control characters other than tab and newline (what a user can see)."""
    if _CONTROLS.search(value) is None:
        return value
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", _ESCAPES.sub("", value))


# One limit per kind of text, checked here so that both backends take exactly the same data:
# a single-line field is a VARCHAR(255) on PostgreSQL (SQLite would store any length), and
# a note or description has a generous limit so one pasted log cannot bloat every list.
MAX_LINE = 255
MAX_TEXT = 100_000


def too_long(label: str, value: str, limit: int) -> ValidationError:
    sentence = translate("Validation", "{field} is too long ({count} characters; the limit is {limit}).")
    return ValidationError("", sentence.format(field=field_name(label), count=f"{len(value):,}",
                                               limit=f"{limit:,}"))


def text(label: str, value: Any) -> str:
    """A single line of text (a name, a phone number, a title): at most MAX_LINE characters."""
    raw = "" if value is None else strip_controls(str(value)).strip()
    if len(raw) > MAX_LINE:
        raise too_long(label, raw, MAX_LINE)
    return raw


def long_text(label: str, value: Any) -> str:
    """Free text (a description, notes): at most MAX_TEXT characters."""
    raw = "" if value is None else strip_controls(str(value)).strip()
    if len(raw) > MAX_TEXT:
        raise too_long(label, raw, MAX_TEXT)
    return raw


def text_line(label: str, value: Any, field: str) -> str:
    """``text`` for one value outside a field table, the problem reported against ``field``."""
    try:
        return text(label, value)
    except ValidationError as err:
        raise ValidationError(field, err.message) from None


def text_long(label: str, value: Any, field: str) -> str:
    try:
        return long_text(label, value)
    except ValidationError as err:
        raise ValidationError(field, err.message) from None


def email(label: str, value: Any) -> str:
    """Blank, or something that looks like an address (one @, no spaces); not a full RFC check."""
    raw = text(label, value)
    if raw and (raw.count("@") != 1 or " " in raw or raw.startswith("@") or raw.endswith("@")):
        raise ValidationError("", translate("Validation", "{field} {value} is not an e-mail address.")
                              .format(field=field_name(label), value=raw))
    return raw


def parse_date(label: str, value: Any) -> dt.date | None:
    if _blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError("", translate("Validation", "{field} {value} is not a date (use YYYY-MM-DD).")
                              .format(field=field_name(label), value=str(value).strip())) from None


def parse_datetime(label: str, value: Any) -> dt.datetime | None:
    """ISO time; naive means local wall-clock time. Returns naive UTC."""
    if _blank(value):
        return None
    if isinstance(value, dt.datetime):
        return to_utc_naive(value)
    raw = str(value).strip()
    try:
        parsed = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError(
            "", translate("Validation", "{field} {value} is not a date and time (use YYYY-MM-DDTHH:MM).")
            .format(field=field_name(label), value=raw)
        ) from None
    return to_utc_naive(parsed)


def parse_money(label: str, value: Any) -> Decimal | None:
    """An amount by the one rule (``desktop_app.money``); text that could be read two ways is
    refused with a sentence (a form turns the user's own way of writing it into plain
    text first)."""
    try:
        return money.parse(value)
    except money.MoneyError as err:
        raise ValidationError("", translate("Validation", "{field} {problem}.")
                              .format(field=field_name(label), problem=err)) from None


# The columns hold 12 digits, two after the point.
MAX_MONEY = money.MAX


def parse_int(label: str, value: Any) -> int | None:
    if _blank(value):
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError("", translate("Validation", "{field} {value} is not a whole number.")
                              .format(field=field_name(label), value=str(value).strip())) from None
    if number < 0:
        raise ValidationError("", translate("Validation", "{field} cannot be negative.")
                              .format(field=field_name(label)))
    return number


def parse_float(label: str, value: Any) -> float | None:
    if _blank(value):
        return None
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        raise ValidationError("", translate("Validation", "{field} {value} is not a number.")
                              .format(field=field_name(label), value=str(value).strip())) from None
    if number != number or number < 0:
        raise ValidationError("", translate("Validation", "{field} must be a positive number.")
                              .format(field=field_name(label)))
    return number


def parse_bool(label: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raw = text(label, value).lower()
    if raw in ("1", "true", "yes", "y", "on"):
        return True
    if raw in ("", "0", "false", "no", "n", "off"):
        return False
    raise ValidationError("", translate("Validation", "{field} {value} is not yes or no.")
                          .format(field=field_name(label), value=value))


def choice(options: Iterable[str]) -> Parser:
    allowed = tuple(options)

    def parse(label: str, value: Any) -> str:
        raw = text(label, value)
        if raw not in allowed:
            raise ValidationError("", translate("Validation", "{field} {value} is not one of: {allowed}.")
                                  .format(field=field_name(label),
                                          value=raw or translate("Validation", "(empty)"),
                                          allowed=", ".join(allowed)))
        return raw

    return parse


def clean(fields: Mapping[str, Field], values: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Validate ``values`` against ``fields``; unknown keys are an error (a programming slip)."""
    unknown = set(values) - set(fields)
    if unknown:
        raise ValidationError(sorted(unknown)[0], translate("Validation", "Unknown field: {names}.")
                              .format(names=", ".join(sorted(unknown))))
    out: dict[str, Any] = {}
    for name, spec in fields.items():
        if name not in values:
            if spec.required and not partial:
                raise ValidationError(name, translate("Validation", "{field} is required.")
                                      .format(field=field_name(spec.label)))
            continue
        raw = values[name]
        if spec.required and _blank(raw):
            raise ValidationError(name, translate("Validation", "{field} is required.")
                                  .format(field=field_name(spec.label)))
        try:
            out[name] = spec.parse(spec.label, raw)
        except ValidationError as err:
            raise ValidationError(name, err.message) from None
    return out
