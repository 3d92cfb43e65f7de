"""The bundled fonts, and run-by-run switching to the CJK font where DejaVu has no glyph.

reportlab has no font fallback: a character missing from the current font prints
as a black box. DejaVu Sans covers Latin, Greek and Cyrillic; Droid Sans Fallback
covers Chinese, Japanese and Korean. Every piece of user text goes through
``markup()`` (for Paragraphs) or ``runs()`` (for canvas drawing), which split it
into runs and name the CJK font for the runs DejaVu cannot print.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.i18n import translate
from desktop_app.resources import resources_dir

SANS = "FixSans"
SANS_BOLD = "FixSans-Bold"
CJK = "FixCJK"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}


def fonts_dir() -> Path:
    """resources/fonts, beside the package or inside a PyInstaller bundle."""
    folder = resources_dir() / "fonts"
    if (folder / _FILES[SANS]).is_file():
        return folder
    missing = translate("ReportCommon", "The PDF fonts are missing: {file} was not found in {folder}.")
    raise FileNotFoundError(missing.format(file=_FILES[SANS], folder=folder))


@lru_cache(maxsize=1)
def ensure_fonts() -> None:
    """Register the fonts with reportlab once per process (called by every builder)."""
    folder = fonts_dir()
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    # <b> inside Paragraph markup picks the bold face through this mapping.
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, SANS_BOLD)
    addMapping(SANS_BOLD, 0, 0, SANS_BOLD)
    addMapping(SANS_BOLD, 1, 0, SANS_BOLD)
    addMapping(CJK, 0, 0, CJK)
    addMapping(CJK, 1, 0, CJK)
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS,
                                  boldItalic=SANS_BOLD)


@lru_cache(maxsize=1)
def _sans_coverage() -> frozenset[int]:
    ensure_fonts()
    font = pdfmetrics.getFont(SANS)
    return frozenset(font.face.charToGlyph)


def needs_fallback(ch: str) -> bool:
    code = ord(ch)
    if code < 0x250 or ch in "\n\r\t":  # Latin and the common extensions: always in DejaVu
        return False
    return code not in _sans_coverage()


# Control characters other than newline print as boxes or upset the PDF text: dropped (tab: a space).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    if "\t" in text:
        text = text.replace("\t", " ")
    return _CONTROLS.sub("", text) if _CONTROLS.search(text) else text


def runs(text: str) -> list[tuple[str, bool]]:
    """Split ``text`` into (run, is_cjk) pieces."""
    out: list[tuple[str, bool]] = []
    for ch in printable(text):
        cjk = needs_fallback(ch)
        if out and out[-1][1] == cjk:
            out[-1] = (out[-1][0] + ch, cjk)
        else:
            out.append((ch, cjk))
    return out


def plain_ok(text: str) -> bool:
    """True when DejaVu alone can print ``text`` (so a plain string cell will do)."""
    return all(ord(ch) < 0x250 for ch in text) or not any(needs_fallback(ch) for ch in text)


def markup(text: object) -> str:
    """User text -> Paragraph markup: escaped, newlines kept, CJK runs in the CJK font."""
    value = "" if text is None else str(text)
    parts = []
    for run, cjk in runs(value):
        safe = escape(run).replace("\n", "<br/>")
        parts.append(f'<font name="{CJK}">{safe}</font>' if cjk else safe)
    return "".join(parts)


def string_width(text: str, font: str, size: float) -> float:
    """Width of mixed-script text drawn with ``draw_runs``."""
    ensure_fonts()
    return sum(pdfmetrics.stringWidth(run, CJK if cjk else font, size) for run, cjk in runs(text))


def draw_runs(canvas: object, x: float, y: float, text: str, font: str, size: float,
              align: str = "left") -> None:
    """Draw one line of mixed-script text on a reportlab canvas."""
    width = string_width(text, font, size)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for run, cjk in runs(text):
        name = CJK if cjk else font
        canvas.setFont(name, size)  # type: ignore[attr-defined]
        canvas.drawString(x, y, run)  # type: ignore[attr-defined]
        x += pdfmetrics.stringWidth(run, name, size)


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis so it fits ``width`` on one line."""
    text = " ".join(printable(text).split("\n"))
    if string_width(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)  # the longest prefix that fits with its ellipsis, found by halving
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if string_width(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"
