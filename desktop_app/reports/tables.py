"""Long list tables that stay fast: plain strings where they fit, Paragraphs only where needed.

A Paragraph per cell is what makes a 10,000-row table slow; most cells are short
Latin text that fits its column, so they go in as plain strings and only long or
CJK text is wrapped in a Paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, Paragraph, TableStyle

from desktop_app.reports.fonts import SANS, markup, plain_ok
from desktop_app.reports.layout import grid_style, styles

PAD = 6  # left + right cell padding in grid_style


def cell(text: object, width: float, right: bool = False) -> Any:
    """A plain string when it fits on one line in the body font, else a wrapping Paragraph."""
    value = "" if text is None else str(text)
    if "\n" not in value and plain_ok(value) and stringWidth(value, SANS, 8) <= width - PAD:
        return value
    style = styles()["cell_r" if right else "cell"]
    return Paragraph(markup(value), style)


def list_table(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
               right: Sequence[int] = (), footer: Sequence[object] | None = None,
               footer_span: int = 1) -> LongTable:
    """A table whose header row repeats on every page; ``right`` lists right-aligned columns."""
    head = list(header)  # plain strings: the header style (white, bold, aligned) applies
    body = [[cell(v, widths[i], i in right) for i, v in enumerate(row)] for row in rows]
    data: list[list[Any]] = [head, *body]
    if footer is not None:
        spanned = sum(widths[:footer_span])
        data.append([cell(v, spanned if i == 0 else widths[i], i in right)
                     for i, v in enumerate(footer)])
    table = LongTable(data, colWidths=list(widths), repeatRows=1)
    style = grid_style()
    for col in right:
        style.add("ALIGN", (col, 0), (col, -1), "RIGHT")
    if footer is not None:
        style.add("FONT", (0, -1), (-1, -1), "FixSans-Bold", 8)
        style.add("LINEABOVE", (0, -1), (-1, -1), 0.8, "#1F4E79")
        style.add("BACKGROUND", (0, -1), (-1, -1), "#FFFFFF")
        if footer_span > 1:
            style.add("SPAN", (0, -1), (footer_span - 1, -1))
    table.setStyle(TableStyle(style.getCommands()))
    return table
