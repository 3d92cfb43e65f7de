"""Small HTML builders for the register pages' detail panes (read-only QTextBrowser)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtGui import QColor, QPalette


def esc(value: object) -> str:
    """Escaped text; line breaks kept (addresses, access notes)."""
    return html.escape("" if value is None else str(value)).replace("\n", "<br>")


def muted_colour(palette: QPalette) -> str:
    """Secondary text: two thirds of the way from the background to the text colour,
    so labels stay readable on light and dark palettes alike."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    mix = QColor(
        round(base.red() + (text.red() - base.red()) * 0.65),
        round(base.green() + (text.green() - base.green()) * 0.65),
        round(base.blue() + (text.blue() - base.blue()) * 0.65),
    )
    return mix.name()


class DetailHtml:
    """Builds the pieces of a detail pane in one palette-derived secondary colour."""

    def __init__(self, muted: str) -> None:
        self.muted = muted

    def heading(self, title: str, subtitle: str = "") -> str:
        sub = f"<div style='color:{self.muted}'>{esc(subtitle)}</div>" if subtitle else ""
        return f"<h2 style='margin-bottom:2px'>{esc(title)}</h2>{sub}"

    @staticmethod
    def section(title: str) -> str:
        return f"<h3 style='margin-top:14px; margin-bottom:4px'>{esc(title)}</h3>"

    def note(self, text: str, colour: str = "", bold: bool = False) -> str:
        style = f"color:{colour};" if colour else ""
        style += "font-weight:bold;" if bold else ""
        return f"<p style='{style}'>{esc(text)}</p>"

    def fields(self, rows: Sequence[tuple[str, object]], skip_empty: bool = True) -> str:
        """A two-column label/value table; empty values are left out so the pane stays short."""
        cells = []
        for label, value in rows:
            if skip_empty and (value is None or str(value).strip() == ""):
                continue
            cells.append(f"<tr><td style='padding-right:12px; color:{self.muted}' valign='top' nowrap>"
                         f"{esc(label)}</td><td>{esc(value)}</td></tr>")
        return f"<table cellspacing='0' cellpadding='2'>{''.join(cells)}</table>"

    @staticmethod
    def table(headers: Sequence[str], rows: Sequence[Sequence[object]], right: Sequence[int] = (),
              wrap: Sequence[int] = ()) -> str:
        """A grid with a header row; ``right`` lists number columns, ``wrap`` the ones that may wrap."""
        def cell(tag: str, index: int, value: object) -> str:
            align = "right" if index in right else "left"
            nowrap = "" if index in wrap else " white-space:nowrap;"
            return (f"<{tag} align='{align}' valign='top' style='padding:2px 10px 2px 0;{nowrap}'>"
                    f"{esc(value)}</{tag}>")

        head = "".join(cell("th", i, v) for i, v in enumerate(headers))
        body = "".join("<tr>" + "".join(cell("td", i, v) for i, v in enumerate(r)) + "</tr>"
                       for r in rows)
        return f"<table cellspacing='0'><tr>{head}</tr>{body}</table>"
