"""Choosing the office currency from a list: the locale's own preselected, symbols understood."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.services.settings import CURRENCIES, CURRENCY_SYMBOLS

# The names in settings.CURRENCIES, marked for the catalogue (translated in the list below).
_NAMES = (
    QT_TRANSLATE_NOOP("CurrencyCombo", "Euro"),
    QT_TRANSLATE_NOOP("CurrencyCombo", "Pound sterling"),
    QT_TRANSLATE_NOOP("CurrencyCombo", "US dollar"),
    QT_TRANSLATE_NOOP("CurrencyCombo", "Swiss franc"),
    QT_TRANSLATE_NOOP("CurrencyCombo", "Swedish krona"),
    QT_TRANSLATE_NOOP("CurrencyCombo", "Norwegian krone"),
    QT_TRANSLATE_NOOP("CurrencyCombo", "Danish krone"),
    QT_TRANSLATE_NOOP("CurrencyCombo", "Polish zloty"),
    QT_TRANSLATE_NOOP("CurrencyCombo", "Czech koruna"),
    QT_TRANSLATE_NOOP("CurrencyCombo", "Canadian dollar"),
    QT_TRANSLATE_NOOP("CurrencyCombo", "Australian dollar"),
    QT_TRANSLATE_NOOP("CurrencyCombo", "New Zealand dollar"),
    QT_TRANSLATE_NOOP("CurrencyCombo", "Japanese yen"),
    QT_TRANSLATE_NOOP("CurrencyCombo", "Indian rupee"),
    QT_TRANSLATE_NOOP("CurrencyCombo", "South African rand"),
)


def locale_currency() -> str:
    """The ISO code of this computer's locale currency (EUR when the locale names none)."""
    code = QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return code if len(code) == 3 and code.isalpha() else "EUR"


class CurrencyCombo(QComboBox):
    """"EUR - Euro (€)" and the like; any other code, or a symbol such as £, can be typed."""

    def __init__(self, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, name, symbol in CURRENCIES:
            shown = QCoreApplication.translate("CurrencyCombo", name)
            self.addItem(f"{code} \u2013 {shown} ({symbol})", code)
        self.set_code(current or locale_currency())

    def set_code(self, code: str) -> None:
        index = self.findData(code.upper())
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)

    def code(self) -> str:
        """The chosen code; typed text is read as a code or a symbol (the service checks it)."""
        text = self.currentText().strip()
        index = self.findText(text)
        if index >= 0:
            return str(self.itemData(index))
        word = text.split(" ", 1)[0].upper()
        return CURRENCY_SYMBOLS.get(text.upper(), word if len(word) == 3 else text)
