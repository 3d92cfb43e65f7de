"""An input field for amounts (the rule for reading and writing them is desktop_app.money)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop_app import i18n, money


def money_text(amount: Decimal | None) -> str:
    """The plain number for an input field (no symbol, no thousands separator), with the
    window's decimal mark: a German field shows 12,50 and reads it back as typed."""
    return money.plain(amount).replace(".", i18n.decimal_mark())


def typed_amount(edit: QLineEdit) -> str:
    """What the user typed into an amount field, for the service: read by the one money rule
    with their locale's decimal mark (so "1,234" is a thousand and more where the mark is a
    dot) and handed on as plain text; text the rule cannot read goes as typed, so the
    service's sentence says why."""
    typed = edit.text().strip()
    try:
        return money.plain(money.parse(typed, QLocale().decimalPoint()))
    except money.MoneyError:
        return typed


class MoneyEdit(QLineEdit):
    """An amount: digits with an optional decimal part; blank means "not recorded".

    ``amount_text`` is ``typed_amount``; the validator only stops letters from being typed.
    """

    def __init__(self, currency: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9., ]{0,18}"), self))
        self.setPlaceholderText(self.tr("not recorded"))
        self.setMaximumWidth(180)
        self.currency = currency

    def set_amount(self, amount: Decimal | None) -> None:
        self.setText(money_text(amount))

    def amount_text(self) -> str:
        return typed_amount(self)
