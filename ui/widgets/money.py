"""An input field for amounts (display formatting lives in ui.models.formatting.money)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget


def money_text(amount: Decimal | None) -> str:
    """The plain number for an input field (no symbol, no thousands separator)."""
    return "" if amount is None else f"{amount:.2f}"


class MoneyEdit(QLineEdit):
    """An amount: digits with an optional decimal part; blank means "not recorded".

    The text goes to the service unchanged, which parses it (and says why when
    it cannot): the validator only stops letters from being typed at all.
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
        return self.text().strip()
