"""Switched to German, the main window's menus and the incident dialog speak no English.

"English" is any word that appears in the English source strings of the catalogue but in
none of its German translations: a string missed by ``tr()`` (or missing from the
catalogue) shows its English words and fails here.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
)

from desktop_app import i18n
from tests.core.test_translations import messages, translated
from tests.ui.window_support import ini_settings, make_window
from ui import i18n as ui_i18n
from ui.dialogs.incident_dialog import IncidentDialog

WORD = re.compile(r"[A-Za-z][a-z]{2,}")


def english_words() -> set[str]:
    sources, translations = set(), set()
    for _context, source, message in messages("de"):
        sources.update(w.lower() for w in WORD.findall(clean(source)))
        translations.update(w.lower() for w in WORD.findall(clean(translated(message))))
    return sources - translations


def clean(text: str) -> str:
    return re.sub(r"&(.)", r"\1", re.sub(r"<[^>]+>", " ", text))  # "&&" is a shown "&"


def menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        if action.menu() is not None:
            texts += menu_texts(action.menu())
        elif not action.isSeparator():
            texts += [action.text(), action.toolTip(), action.statusTip()]
    return texts


def widget_texts(dialog) -> list[str]:  # noqa: ANN001
    texts = [dialog.windowTitle()]
    for widget in dialog.findChildren(QLabel):
        texts += [widget.text(), widget.toolTip()]
    for widget in dialog.findChildren(QAbstractButton):
        texts += [widget.text(), widget.toolTip()]
    for widget in dialog.findChildren(QGroupBox):
        texts.append(widget.title())
    for widget in dialog.findChildren(QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())] + [widget.toolTip()]
        if widget.lineEdit() is not None:
            texts.append(widget.lineEdit().placeholderText())
    for widget in dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit) + \
            dialog.findChildren(QTextEdit):
        texts += [widget.placeholderText(), widget.toolTip()]
    return texts



def test_german_menus_and_incident_dialog_have_no_english_left(german, services, qtbot, tmp_path,
                                                               monkeypatch):
    window = make_window(services, qtbot, tmp_path, monkeypatch)
    english = english_words()
    menus = [text for action in window.menuBar().actions() for text in menu_texts(action.menu())]
    assert i18n.translate("MainWindow", "&File").replace("&", "") in [clean(t) for t in menus]

    dialog = IncidentDialog(services, parent=window)
    qtbot.addWidget(dialog)
    shown = [clean(t) for t in menus + widget_texts(dialog) if t]
    left = sorted({t for t in shown if {w.lower() for w in WORD.findall(t)} & english})
    assert not left, f"English left in the German window: {left}"


def test_german_is_chosen_in_settings_and_dates_follow(compiled_catalogue, services, qtbot, tmp_path,
                                                       monkeypatch):
    """The Settings override is kept on this computer and read at the next start."""
    from tests.ui.window_support import drive
    from ui.dialogs.settings_dialog import SettingsDialog

    settings = ini_settings(tmp_path)

    def choose(dialog: SettingsDialog) -> None:
        dialog.office_name.setText("Kanzlei Weber")
        dialog.language.setCurrentIndex(dialog.language.findData("de"))
        assert dialog.language_note.isVisibleTo(dialog)

    drive(monkeypatch, qtbot, SettingsDialog, choose)
    SettingsDialog(services, personal=settings).exec()
    assert ui_i18n.chosen_language(settings) == "de"
    app = QApplication.instance()
    try:
        assert ui_i18n.install(app, settings) == "de"
        assert i18n.conventions().date == "%d.%m.%Y" and i18n.decimal_mark() == ","
        assert QApplication.translate("MainWindow", "&File") != "&File"
    finally:
        ui_i18n.uninstall(app)
    assert QApplication.translate("MainWindow", "&File") == "&File"


def test_a_german_amount_field_shows_a_decimal_comma_and_saves_the_same_amount(german, qtbot):
    from decimal import Decimal

    from ui.widgets.money import MoneyEdit

    field = MoneyEdit("EUR")
    qtbot.addWidget(field)
    field.set_amount(Decimal("1234.50"))
    assert field.text() == "1234,50"
    assert field.amount_text() == "1234.50"  # what the service stores: the same amount
    field.setText("99,9")
    assert field.amount_text() == "99.90"
