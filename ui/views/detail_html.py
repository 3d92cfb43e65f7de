"""Small HTML builders for the register pages' detail panes (read-only QTextBrowser)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from ui.widgets.form import muted_colour

__all__ = ["DetailHtml", "esc", "muted_colour"]


def esc(value: object) -> str:
    """Escaped text; line breaks kept (addresses, access notes)."""
    return html.escape("" if value is None else str(value)).replace("\n", "<br>")


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

    def entries(self, items: Sequence[tuple[str, Sequence[str]]]) -> str:
        """People-like lists: a bold name over one wrapping line of details.

        Narrow panes wrap these gracefully, where a grid of e-mail addresses would not."""
        out = []
        for title, details in items:
            extra = " · ".join(esc(d) for d in details if d)
            line = f"<br><span style='color:{self.muted}'>{extra}</span>" if extra else ""
            out.append(f"<p style='margin-top:0; margin-bottom:6px'><b>{esc(title)}</b>{line}</p>")
        return "".join(out)

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
