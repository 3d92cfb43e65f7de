"""The German catalogue is complete and keeps what the code fills in.

Reads the ``.ts`` files as the core does (desktop_app.i18n), without Qt.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app import i18n

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%\d|%[sdn]|%\(\w+\)[sd]|\{\w*\}")


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    found = []
    for path in sorted((i18n.translations_dir() / language).glob("*.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                found.append((name, message.findtext("source") or "", message))
    return found


def test_every_source_string_is_in_the_german_catalogue(tmp_path):
    """A string added to the code without running ``python3 dev.py translations`` fails here."""
    fresh = tmp_path / "de"
    _translations().update("de", fresh)
    extracted = {(c, s) for path in fresh.glob("*.ts") for c, s, _ in _read(path)}
    catalogued = {(c, s) for c, s, _ in messages("de")}
    missing = sorted(extracted - catalogued)
    assert not missing, f"{len(missing)} strings not in resources/translations/de: {missing[:10]}"


def test_every_german_message_is_translated_and_keeps_its_placeholders():
    found = messages("de")
    assert len(found) > 500
    untranslated = [(c, s) for c, s, m in found if not translated(m) or m.find("translation").get("type")]
    assert not untranslated, f"{len(untranslated)} untranslated, e.g. {untranslated[:10]}"
    for context, source, message in found:
        forms = [f.text or "" for f in message.iter("numerusform")] or [translated(message)]
        for translation in forms:
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), \
                f"{context}: {source!r} -> {translation!r} changes what is filled in"
            # A menu or button's Alt+letter stays reachable in German.
            if re.search(r"&[^&\s]", source):
                assert re.search(r"&[^&\s]", translation), \
                    f"{context}: {translation!r} lost its shortcut letter"


def test_the_core_speaks_german_dates_and_money_once_told():
    import datetime as dt
    from decimal import Decimal

    from desktop_app import money, timeutil

    try:
        i18n.set_locale(i18n.Conventions("de", "%d.%m.%Y", ","))
        assert i18n.translate("Status", "Called out") != "Called out"
        assert money.format(Decimal("1234.5"), "EUR") == "EUR 1.234,50"
        assert timeutil.format_local(dt.datetime(2026, 6, 1, 10, 0)).startswith("01.06.2026")
    finally:
        i18n.set_locale(i18n.Conventions())
    assert i18n.translate("Status", "Called out") == "Called out"


@pytest.mark.parametrize("env,expected", [({"LANG": "de_DE.UTF-8"}, "de"), ({"LANG": "C.UTF-8"}, "en"),
                                          ({"LANGUAGE": "de:en", "LANG": "en_GB.UTF-8"}, "de"), ({}, "en")])
def test_the_command_line_follows_the_shell_language(monkeypatch, env, expected):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert i18n.environment_language() == expected


def translated(message: ET.Element) -> str:
    """The translation's text; a plural ("%n ...") message's forms joined by a space."""
    node = message.find("translation")
    if node is None:
        return ""
    forms = [form.text or "" for form in node.iter("numerusform")]
    return " ".join(forms) if message.get("numerus") == "yes" else node.text or ""


def _translations():  # noqa: ANN202 (packaging/ is a folder of scripts, not a package)
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    return translations


def _read(path: Path) -> list[tuple[str, str, ET.Element]]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            out.append((context.findtext("name") or "", message.findtext("source") or "", message))
    return out
