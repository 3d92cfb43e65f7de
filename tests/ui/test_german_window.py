"""The main window in German: menu titles with their own Alt letters, German page names and
status-bar counts, and the built-in guide read in German (English where a page is missing)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from tests.ui.window_support import make_window
from ui import i18n as ui_i18n

MNEMONIC = re.compile(r"&([^&\s])")



def letters(texts: list[str]) -> list[str]:
    return [m.group(1).lower() for text in texts if (m := MNEMONIC.search(text))]


def test_german_menu_bar_and_menus_each_have_their_own_alt_letters(german, services, qtbot, tmp_path,
                                                                   monkeypatch):
    window = make_window(services, qtbot, tmp_path, monkeypatch)
    titles = [action.text() for action in window.menuBar().actions()]
    assert [t.replace("&", "") for t in titles] == ["Datei", "Störung", "Ansicht", "Berichte", "Hilfe"]
    assert len(set(letters(titles))) == len(titles)
    # The Incident and Help menus also hold the incident page's and the About dialog's actions,
    # from other catalogues: checked with the window's own once they are German too.
    others = {action for action in (*window.incidents.actions.all_actions(), window.about_action)
              if action.text().isascii()}
    menus = [action.menu() for action in window.menuBar().actions()]
    menus += [sub for menu in menus for sub in menu.findChildren(QMenu)]
    for menu in menus:
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a not in others]
        found = letters(texts)
        assert len(found) == len(set(found)), f"{menu.title()}: {texts}"
    file_menu = [a.text() for a in window.menu("&File").actions() if not a.isSeparator()]
    assert file_menu[:2] == ["&Drucken...", "Jetzt &sichern..."] and file_menu[-1] == "&Beenden"
    export = window.menu("&File").findChild(QMenu)
    assert [a.text() for a in export.actions()] == ["&Geräte...", "&Störungen...", "&Dienstleister...",
                                                     "&Kalender der geplanten Arbeiten…"]


def test_german_page_names_counts_and_status_messages(german, services, qtbot, tmp_path, monkeypatch):
    window = make_window(services, qtbot, tmp_path, monkeypatch)
    view = [a.text() for a in window.menu("&View").actions() if not a.isSeparator()]
    assert view == ["&Suchen", "&Aktualisieren", "Übersicht", "Störungen", "Geräte", "Dienstleister",
                    "Standorte && Personen", "Geplant"]
    assert window.side_bar.item(4).text() == "Standorte & Personen"
    window.update_counts()  # on a database server: counted on a worker, shown a moment later
    qtbot.waitUntil(lambda: window.counts_label.text() == "0 offen · 0 überfällig")
    qtbot.waitUntil(lambda: window.planned_counts_label.text() == "Geplant: 0 fällig · 0 überfällig")
    window._connection_restored()
    assert window.statusBar().currentMessage() == "Wieder mit der gemeinsamen Datenbank verbunden."


def test_the_guide_is_read_in_german_with_english_pages_as_fallback(german, services, qtbot, tmp_path,
                                                                     monkeypatch):
    from ui.dialogs.guide_dialog import GUIDE, TOPICS, GuideDialog

    assert all((GUIDE / "de" / name).is_file() for name, _title in TOPICS)
    window = make_window(services, qtbot, tmp_path, monkeypatch)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.incidents.table, Qt.Key.Key_F1)
    guide = window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible()
    assert guide.text().startswith("Erste Schritte") and "Strg+N" in guide.text()
    seen = []
    for row in range(len(TOPICS)):
        guide.topics.setCurrentRow(row)
        seen.append(guide.text())
    assert len(set(seen)) == len(TOPICS)
    joined = " ".join(seen)
    for words in ("Sicherungen", "Einen Dienstleister anfordern", "Passwortspeicher", "Datei ▸ Importieren"):
        assert words in joined
    assert "Calling a vendor out" not in joined and "Backups" not in joined

    # A page not translated yet is shown in English rather than not at all.
    (tmp_path / "guide" / "de").mkdir(parents=True)
    (tmp_path / "guide" / "index.html").write_text("<h1>Getting started</h1>", encoding="utf-8")
    (tmp_path / "guide" / "backups.html").write_text("<h1>Backups</h1>", encoding="utf-8")
    (tmp_path / "guide" / "de" / "index.html").write_text("<h1>Erste Schritte</h1>", encoding="utf-8")
    assert ui_i18n.localized(tmp_path / "guide", "index.html") == tmp_path / "guide" / "de" / "index.html"
    assert ui_i18n.localized(tmp_path / "guide", "backups.html") == tmp_path / "guide" / "backups.html"


def test_the_guide_stays_english_in_an_english_window(tmp_path):
    from ui.dialogs.guide_dialog import GUIDE

    assert ui_i18n.localized(GUIDE, "index.html") == GUIDE / "index.html"
