"""The window's language: the system locale, or the one chosen in Settings on this computer.

One call at start-up, before any widget is built: Qt's own words (standard buttons, the
file and print dialogs) from Qt's catalogue, FixDesk's from ``fixdesk_<lang>.qm``, and the
core told the same language and the locale's way of writing dates and amounts, so the PDFs
printed from the window speak as the window does.  A change in Settings takes effect at
the next start (widgets keep the words they were built with).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop_app import i18n

LANGUAGE_KEY = "language"  # QSettings: "" follows the system, else a code from i18n.LANGUAGES

# (Qt date pattern token -> strftime); a two-digit year is written with four on purpose.
_DATE_TOKENS = (("yyyy", "%Y"), ("yy", "%Y"), ("MMMM", "%m"), ("MMM", "%m"), ("MM", "%m"),
                ("M", "%m"), ("dddd", ""), ("ddd", ""), ("dd", "%d"), ("d", "%d"))


def chosen_language(settings: QSettings) -> str:
    value = settings.value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in i18n.LANGUAGES else ""


def locale_for(choice: str) -> QLocale:
    """The locale the window uses: the system's, or the chosen language's own."""
    system = QLocale.system()
    if not choice or QLocale(choice).language() == system.language():
        return system
    return QLocale(choice)


def date_pattern(locale: QLocale) -> str:
    """The locale's short, all-numeric date as a strftime pattern (ISO for the C locale)."""
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return "%Y-%m-%d"
    qt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    out, i = "", 0
    while i < len(qt):
        for token, strf in _DATE_TOKENS:
            if qt.startswith(token, i):
                out += strf
                i += len(token)
                break
        else:
            out += qt[i].replace("%", "%%")
            i += 1
    out = re.sub(r"^[^%]*|[^%A-Za-z]*$", "", out.strip(" ,'"))  # no weekday leftovers around it
    return out if all(part in out for part in ("%d", "%m", "%Y")) else "%Y-%m-%d"


def install(app: QCoreApplication, settings: QSettings) -> str:
    """Translate the window into the chosen or the system's language; returns its code."""
    locale = locale_for(chosen_language(settings))
    QLocale.setDefault(locale)
    code = locale.name().split("_")[0]
    language = code if code in i18n.LANGUAGES else i18n.SOURCE_LANGUAGE
    mark = locale.decimalPoint() if locale.language() != QLocale.Language.C else "."
    i18n.set_locale(i18n.Conventions(language, date_pattern(locale), mark if mark in ".," else "."))
    if language != i18n.SOURCE_LANGUAGE:
        # Parented to the application, so they live as long as it does (uninstall finds them).
        qt_words = QTranslator(app)
        if qt_words.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_words)
        ours = QTranslator(app)
        if ours.load(f"fixdesk_{language}", str(i18n.translations_dir())):
            app.installTranslator(ours)
    return language


def localized(folder: Path, name: str) -> Path:
    """``folder/<language>/name`` when that file exists for the window's language (the built-in
    guide's German pages in resources/guide/de), else the English ``folder/name``."""
    translated = folder / i18n.language() / name
    return translated if i18n.language() != i18n.SOURCE_LANGUAGE and translated.is_file() else folder / name


def uninstall(app: QCoreApplication) -> None:
    """Back to English (tests that switch language put it back)."""
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale.system())
    i18n.set_locale(i18n.Conventions())
