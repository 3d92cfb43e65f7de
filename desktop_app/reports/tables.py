"""Long list tables that stay fast: plain strings where they fit, Paragraphs only where needed.

A Paragraph per cell is what makes a 10,000-row table slow; most cells are short
Latin text that fits its column, so they go in as plain strings and only long or
CJK text is wrapped in a Paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from desktop_app.reports.fonts import SANS, SANS_BOLD, markup, plain_ok
from desktop_app.reports.layout import ACCENT, grid_style, styles

if TYPE_CHECKING:
    from desktop_app.reports.overflow import Overflow

PAD = 6  # left + right cell padding in grid_style
TOP_PAD, BOTTOM_PAD = 2, 2.5
# A cell longer than this is shortened with "…" (and printed in full after the table), so one
# row never outgrows a page, however much was typed.
CELL_CHARS, CELL_LINES = 300, 6
CELL_MAX_H = 120  # points: about twelve lines of cell text


def cell(text: object, width: float, right: bool = False, notes: Overflow | None = None,
         where: str = "", label: str = "") -> Any:
    """A plain string when it fits on one line in the body font, else a wrapping Paragraph;
    text too long for a row is shortened and handed to ``notes`` whole."""
    value = "" if text is None else str(text)
    if "\n" not in value and plain_ok(value) and stringWidth(value, SANS, 8) <= width - PAD:
        return value
    style = styles()["cell_r" if right else "cell"]
    if notes is None:
        from desktop_app.reports.overflow import Overflow

        notes = Overflow()
    limit = CELL_CHARS
    shown = notes.shorten(value, limit, CELL_LINES, where, label)
    paragraph = Paragraph(markup(shown), style)
    # Narrow columns and wide scripts: shorten further until the cell is of a sensible height.
    while paragraph.wrap(width - PAD, 10_000)[1] > CELL_MAX_H and limit > 10:
        limit //= 2
        shown = notes.shorten(value, limit, CELL_LINES, where, label)
        paragraph = Paragraph(markup(shown), style)
    return paragraph


def column_widths(spec_mm: Sequence[float | None], width: float, flex_min_mm: float = 30,
                  rigid: Sequence[int] = ()) -> list[float]:
    """Column widths from millimetres, ``None`` taking the rest. When the paper is too narrow
    (Letter is 18 mm narrower than A4) the text columns give up room in proportion; ``rigid``
    columns (dates, amounts, tags) keep their width so they never break mid-value."""
    fixed = sum(w for i, w in enumerate(spec_mm) if w and i not in rigid) * mm
    stiff = sum(w for i, w in enumerate(spec_mm) if w and i in rigid) * mm
    flex_count = sum(1 for w in spec_mm if not w) or 1
    room = width - stiff - flex_min_mm * mm * flex_count
    scale = min(1.0, room / fixed) if fixed else 1.0
    rest = (width - stiff - fixed * scale) / flex_count
    return [rest if not w else w * mm if i in rigid else w * mm * scale for i, w in enumerate(spec_mm)]


def _height(row: Sequence[Any], widths: Sequence[float]) -> float:
    """A body row's height as Table will lay it out (grid_style paddings, 8 pt text)."""
    tallest = 8 * 1.2
    for value, width in zip(row, widths, strict=True):
        if isinstance(value, Paragraph):
            tallest = max(tallest, value.wrap(width - PAD, 10_000)[1])
    return tallest + TOP_PAD + BOTTOM_PAD


class PagedTable(Flowable):
    """A long list split page by page into small Tables, each led by the header row.

    One reportlab Table of 10,000 rows is re-measured whole at every page break
    (quadratic: minutes for a big incident log); measuring each row once and
    cutting page-sized Tables keeps it linear.
    """

    def __init__(self, header: list[Any], rows: list[list[Any]], widths: Sequence[float],
                 style: TableStyle, footer: list[Any] | None = None,
                 heights: list[float] | None = None) -> None:
        super().__init__()
        self.header, self.rows, self.widths = header, rows, list(widths)
        self.style, self.footer = style, footer
        self.heights = heights if heights is not None else [_height(r, widths) for r in rows]
        self._head_h = Table([header], colWidths=self.widths, style=style).wrap(0, 0)[1]
        self._foot_h = (Table([footer], colWidths=self.widths, style=style).wrap(0, 0)[1] + 1
                        if footer is not None else 0)

    def _table(self, rows: list[list[Any]], footer: list[Any] | None) -> Table:
        data = [self.header, *rows] + ([footer] if footer is not None else [])
        table = Table(data, colWidths=self.widths, repeatRows=1)
        commands = list(self.style.getCommands())
        if footer is not None:
            commands += [("FONT", (0, -1), (-1, -1), SANS_BOLD, 8),
                         ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
                         ("BACKGROUND", (0, -1), (-1, -1), colors.white)]
        table.setStyle(TableStyle(commands))
        return table

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self._head_h + sum(self.heights) + self._foot_h
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self._head_h - 2  # a little slack for rounding
        used, count = 0.0, 0
        for h in self.heights:
            if used + h > room:
                break
            used += h
            count += 1
        if count == 0:
            return []  # not even one row fits: start on the next page
        if count == len(self.rows):  # every row fits but the footer does not: carry the last row over
            count -= 1
            if count == 0:
                return []
        rest = PagedTable(self.header, self.rows[count:], self.widths, self.style, self.footer,
                          self.heights[count:])
        return [self._table(self.rows[:count], None), rest]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        table = self._table(self.rows, self.footer)
        table.wrap(self.width, self.height)
        table.drawOn(canvas, x, y, _sW)


def head_cell(text: str, width: float, right: bool = False) -> Any:
    """A header cell: a plain string when it fits on one line, else wrapped onto two, so a
    longer heading (German runs ~30% longer than English) never runs into the next column."""
    if stringWidth(text, SANS_BOLD, 7.5) <= width - PAD:
        return text
    style = styles()["label"].clone("head_wrap", textColor=colors.white, leading=8.5,
                                    alignment=TA_RIGHT if right else 0)
    return Paragraph(markup(text), style)


def _key(value: object) -> str:
    """A row's name in the full-text notes: its first column, itself kept short."""
    text = " ".join(str(value or "").split())
    return text if len(text) <= 40 else text[:40].rstrip() + "…"


def list_table(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
               right: Sequence[int] = (), footer: Sequence[object] | None = None,
               notes: Overflow | None = None) -> Flowable:
    """A list table whose header row repeats on every page; ``right`` lists right-aligned columns.
    Text shortened to fit a row goes to ``notes`` whole, named by the row's first column."""
    # Plain strings where they fit: the header style (white, bold, aligned) applies.
    head = [head_cell(h, widths[i], i in right) for i, h in enumerate(header)]
    body = [[cell(v, widths[i], i in right, notes, _key(row[0]), header[i]) for i, v in enumerate(row)]
            for row in rows]
    foot = None if footer is None else [cell(v, widths[i], i in right) for i, v in enumerate(footer)]
    style = grid_style()
    for col in right:
        style.add("ALIGN", (col, 0), (col, -1), "RIGHT")
    return PagedTable(head, body, widths, style, foot)
