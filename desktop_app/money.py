"""The one rule for reading and writing amounts of money: forms, the CLI, CSV import, exports, paper.

Reading: currency symbols and codes, spaces and apostrophes are ignored.  When a comma and a
dot both appear the last one is the decimal mark; a mark that appears more than once groups
thousands.  A lone mark followed by exactly three digits ("1,234", "1.234", "0,500") could be
either, so it follows the ``mark`` the caller passes in (the user's locale in a form, what the
rest of a file shows in an import); without one it is refused with a sentence that asks,
never guessed.  Amounts have at most two decimals, are not negative and fit the columns.

Writing: ``format`` for screen and paper ("1,234.50", "EUR 1,234.50"), ``plain`` for input
fields and CSV exports ("1234.50"), both with two decimals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from desktop_app import i18n

# The columns hold 12 digits, two after the point.
MAX = Decimal("10000000000")
CENT = Decimal("0.01")
MARKS = (".", ",")
_NOISE = re.compile(r"[\s\u00a0'’$€£¥]|^[A-Za-z]{3}|[A-Za-z]{3}$")
_EXCEL_SHORTENED = re.compile(r"^-?\d(?:[.,]\d+)?E\+?\d+$", re.IGNORECASE)
_DIGITS = re.compile(r"^\d+$")
_PLAIN = re.compile(r"\d{1,10}(?:\.\d{1,2})?")  # "799", "799.5", "799.00": nothing to decide


def _not_money(value: object) -> str:
    return i18n.translate("Money", "{value} is not an amount of money").format(value=value)


class MoneyError(ValueError):
    """Text that is not an amount; ``str()`` is what follows the field's label in a sentence
    ("lots is not an amount of money", "cannot be negative")."""


def _marks(text: str) -> tuple[str | None, bool]:
    """(the decimal mark ``text`` uses, whether that needs a hint to tell): for "1,234" the
    mark is "," as a guess that a hint may overrule."""
    last_comma, last_dot = text.rfind(","), text.rfind(".")
    if last_comma >= 0 and last_dot >= 0:
        return ("," if last_comma > last_dot else "."), False
    if last_comma < 0 and last_dot < 0:
        return None, False
    sep = "," if last_comma >= 0 else "."
    if text.count(sep) > 1:
        return ("." if sep == "," else ","), False  # repeated: it groups thousands
    return sep, len(text.rsplit(sep, 1)[1]) == 3


def mark_shown_by(texts: Iterable[str]) -> str | None:
    """The decimal mark a set of amounts (a file's column) shows unambiguously, if they agree."""
    shown = set()
    for text in texts:
        mark, unclear = _marks(_NOISE.sub("", text.strip()))
        if mark is not None and not unclear:
            shown.add(mark)
    return shown.pop() if len(shown) == 1 else None


def parse(value: str | int | float | Decimal | None, mark: str | None = None) -> Decimal | None:
    """An amount with two decimals, or None for a blank; MoneyError names what is wrong.

    ``mark`` ("." or ",") is the decimal mark to assume where the text itself cannot tell."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise MoneyError(_not_money(value))
    if isinstance(value, (int, float, Decimal)):
        shown = str(value)
        amount = value if isinstance(value, Decimal) else Decimal(shown)
    else:
        shown = value.strip()
        if _PLAIN.fullmatch(shown):
            return Decimal(shown).quantize(CENT)
        if _EXCEL_SHORTENED.match(shown):
            raise MoneyError(i18n.translate("Money", "{value} is a number Excel shortened (digits are lost)")
                             .format(value=shown))
        text = _NOISE.sub("", shown)
        if text.startswith("(") and text.endswith(")") or text.startswith("-"):
            raise MoneyError(i18n.translate("Money", "cannot be negative"))
        used, unclear = _marks(text)
        if unclear:
            whole, _, tail = text.partition(used or "")
            if mark not in MARKS:
                raise MoneyError(i18n.translate(
                    "Money", "{value} could be {thousands} or {decimal}: write it without a thousands "
                             "separator, or with two decimals")
                                 .format(value=shown, thousands=f"{whole}{tail}", decimal=f"{whole}.{tail}"))
            if mark != used and not (_DIGITS.match(whole) and len(whole) <= 3 and whole[0] != "0"):
                raise MoneyError(_not_money(shown))
            used = mark
        digits = text.replace("." if used == "," else ",", "")
        if used == ",":
            digits = digits.replace(",", ".")
        if not re.fullmatch(r"\d*\.?\d*", digits) or digits in ("", "."):
            raise MoneyError(_not_money(shown))
        try:
            amount = Decimal(digits)
        except InvalidOperation:
            raise MoneyError(_not_money(shown)) from None
    if not amount.is_finite():
        raise MoneyError(_not_money(shown))
    if amount < 0:
        raise MoneyError(i18n.translate("Money", "cannot be negative"))
    if amount != amount.quantize(CENT, rounding="ROUND_DOWN"):
        raise MoneyError(i18n.translate("Money", "{value} has more than two decimal places")
                         .format(value=shown))
    if amount >= MAX:
        raise MoneyError(i18n.translate("Money", "{value} is too large").format(value=shown))
    return amount.quantize(CENT)


def format(amount: Decimal | None, currency: str = "", mark: str | None = None) -> str:  # noqa: A001
    """For screen and paper: thousands grouped, two decimals, the currency code in front.

    ``mark`` defaults to the current language's decimal mark (desktop_app.i18n).
    """
    if amount is None:
        return ""
    text = i18n.format_number(amount, 2, mark)
    return f"{currency} {text}" if currency else text


def plain(amount: Decimal | None) -> str:
    """For input fields and CSV exports: no grouping, two decimals, "" for none."""
    return "" if amount is None else f"{amount:.2f}"
