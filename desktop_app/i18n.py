"""The language and the local conventions of screen and paper, without Qt.

The window translates its own widgets through Qt (``tr()`` and the compiled ``.qm``); the core's
words (status and priority names, the PDFs' headings, the services' sentences) are looked up
here, in the same ``resources/translations/<lang>/*.ts`` catalogues, so one German translation
serves the window, the paper and the command line.  Source strings are literal English, marked
with ``translate("Context", "text")`` or ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` finds them
(``python3 dev.py translations`` refreshes the catalogues).

Nothing is loaded at import: the language is English with ISO dates until ``set_locale`` (the
window, from the system locale or the Settings override) or ``use_environment`` (the command
line's reports, from ``LANG``) says otherwise.
"""

from __future__ import annotations

import datetime as dt
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from desktop_app.resources import resources_dir

# The languages FixDesk speaks, in the names their speakers use (the Settings list).
LANGUAGES = {"en": "English", "de": "Deutsch"}
SOURCE_LANGUAGE = "en"


@dataclass(frozen=True)
class Conventions:
    """How dates and amounts are written: ``date`` is a strftime pattern for a day."""

    language: str = SOURCE_LANGUAGE
    date: str = "%Y-%m-%d"
    decimal_mark: str = "."


# Local conventions per language, for the command line (the window asks Qt's locale instead).
_DEFAULTS = {"en": Conventions(), "de": Conventions("de", "%d.%m.%Y", ",")}

_state: dict[str, object] = {"conventions": Conventions(), "catalogue": {}}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def load_catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, English source) -> translation, from every ``.ts`` file of ``language``.

    Unfinished or empty translations are left out, as ``lrelease`` leaves them out of the
    ``.qm``: the English source shows instead of a blank.
    """
    catalogue: dict[tuple[str, str], str] = {}
    folder = translations_dir() / language
    if language == SOURCE_LANGUAGE or not folder.is_dir():
        return catalogue
    for path in sorted(folder.glob("*.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                node = message.find("translation")
                if source is None or node is None or not (node.text or ""):
                    continue
                if node.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                catalogue[(name, source)] = node.text or ""
    return catalogue


def set_locale(conventions: Conventions) -> None:
    """Speak ``conventions.language`` and write dates and amounts its way from now on."""
    language = conventions.language if conventions.language in LANGUAGES else SOURCE_LANGUAGE
    _state["conventions"] = Conventions(language, conventions.date, conventions.decimal_mark)
    _state["catalogue"] = load_catalogue(language)


def environment_language() -> str:
    """The language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), if spoken."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        for part in value.split(":"):
            code = part.split("_")[0].split(".")[0].lower()
            if code in LANGUAGES:
                return code
            if code:
                return SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def use_environment() -> None:
    """The command line's paper follows the shell's language, as the window follows the desktop's."""
    set_locale(_DEFAULTS[environment_language()])


def conventions() -> Conventions:
    return _state["conventions"]  # type: ignore[return-value]


def language() -> str:
    return conventions().language


def translate(context: str, text: str) -> str:
    """``text`` (literal English) in the current language; itself when not translated."""
    catalogue: dict[tuple[str, str], str] = _state["catalogue"]  # type: ignore[assignment]
    return catalogue.get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks ``text`` for the catalogue where it is defined; ``translate`` it where it is shown."""
    return text


class Labels(Mapping[str, str]):
    """A read-only table of stored keys -> the words a user sees, read in the current language.

    ``STATUS_LABELS[key]``, ``.get`` and ``.items()`` give the words in the language of the
    moment (so a table built at import follows a later switch); ``source(key)`` gives the
    English, for what must read the same on every PC (CSV exports, the command line).  Wrap
    each English label in ``QT_TRANSLATE_NOOP(context, ...)`` so ``lupdate`` finds it.
    """

    def __init__(self, context: str, english: Mapping[str, str]) -> None:
        self.context = context
        self._english = dict(english)

    def __getitem__(self, key: str) -> str:
        return translate(self.context, self._english[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._english)

    def __len__(self) -> int:
        return len(self._english)

    def __contains__(self, key: object) -> bool:
        return key in self._english

    def source(self, key: str) -> str:
        """The English label (the key itself when it has none)."""
        return self._english.get(key, key)

    # ``dict(...) | STATUS_LABELS`` as with a dict, in the current language.
    def __or__(self, other: Mapping[str, str]) -> dict[str, str]:
        return {**self, **other}

    def __ror__(self, other: Mapping[str, str]) -> dict[str, str]:
        return {**other, **self}

    def __repr__(self) -> str:
        return f"Labels({self.context!r}, {self._english!r})"


def format_date(value: dt.date | None) -> str:
    return "" if value is None else value.strftime(conventions().date)


def format_datetime(value: dt.datetime | None, with_seconds: bool = False) -> str:
    """A wall-clock time (already local) as the day plus 24-hour time."""
    if value is None:
        return ""
    return value.strftime(f"{conventions().date} %H:%M{':%S' if with_seconds else ''}")


def decimal_mark() -> str:
    return conventions().decimal_mark


def format_number(value: float | Decimal, decimals: int = 0, mark: str | None = None) -> str:
    """Grouped in thousands with ``decimals`` places, the current (or given) decimal mark:
    1,234.50 or 1.234,50 (screen, paper and amounts all write figures this way)."""
    text = f"{value:,.{decimals}f}"
    if (mark or decimal_mark()) == ",":
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return text
