"""What every document shares: page size, header and footer, styles, "Page x of y".

``build_pdf`` turns a list of flowables into PDF bytes. The page furniture is
drawn after the whole story has been laid out, so the footer can say
"Page 3 of 12" without a second layout pass.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)

from desktop_app import money as money_rule
from desktop_app.i18n import format_datetime, format_number, translate

# progress(done, total) may raise Cancelled while a long document is built (re-exported here).
from desktop_app.progress import Cancelled, Progress  # noqa: F401
from desktop_app.reports.fonts import SANS, SANS_BOLD, draw_runs, ensure_fonts, fit_text, markup

INK = colors.HexColor("#1B2A3A")
ACCENT = colors.HexColor("#1F4E79")
SHADE = colors.HexColor("#E9EEF4")
RULE = colors.HexColor("#9AA8B8")
MUTED = colors.HexColor("#5B6B7B")
MARGIN = 12 * mm
HEADER_H = 12 * mm
FOOTER_H = 9 * mm



@dataclass(frozen=True)
class DocumentMeta:
    """What the page furniture needs: title, office, paper and the time of printing."""

    title: str
    office_name: str = ""
    paper_size: str = "A4"
    printed_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))
    subtitle: str = ""
    currency: str = "EUR"
    landscape: bool = False

    @property
    def office(self) -> str:
        return self.office_name or "FixDesk"

    def pagesize(self) -> tuple[float, float]:
        size = LETTER if self.paper_size.lower() == "letter" else A4
        return landscape(size) if self.landscape else size


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    ensure_fonts()
    base = ParagraphStyle("body", fontName=SANS, fontSize=9, leading=11.5, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "muted": ParagraphStyle("muted", parent=base, fontSize=7.5, leading=9.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "cell_r": ParagraphStyle("cell_r", parent=base, fontSize=8, leading=10, alignment=TA_RIGHT),
        "label": ParagraphStyle("label", parent=base, fontName=SANS_BOLD, fontSize=7.5,
                                leading=9.5, textColor=MUTED),
        "title": ParagraphStyle("title", parent=base, fontName=SANS_BOLD, fontSize=16,
                                leading=20, textColor=ACCENT),
        "figure_r": ParagraphStyle("figure_r", parent=base, fontName=SANS_BOLD, fontSize=11,
                                   leading=14, textColor=ACCENT, alignment=TA_RIGHT),
        "h2": ParagraphStyle("h2", parent=base, fontName=SANS_BOLD, fontSize=11, leading=14,
                             textColor=ACCENT, spaceBefore=8, spaceAfter=4),
        "empty": ParagraphStyle("empty", parent=base, fontSize=11, leading=15, textColor=MUTED,
                                spaceBefore=24),
    }


def para(text: object, style: ParagraphStyle, bold: bool = False) -> Paragraph:
    body = markup(text)
    return Paragraph(f"<b>{body}</b>" if bold else body, style)


def money(value: Decimal | None, currency: str = "") -> str:
    return money_rule.format(value, currency)


def figure(value: float | Decimal, decimals: int) -> str:
    """A grouped figure (hours, a chart's axis) the way the reader writes numbers: 1,234.5 or 1.234,5."""
    return format_number(value, decimals)


def grid_style(header_rows: int = 1, zebra: bool = True) -> TableStyle:
    """The look of every list table: shaded header, hairlines, light zebra striping."""
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), SANS, 8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
    if header_rows:
        cmds += [
            ("FONT", (0, 0), (-1, header_rows - 1), SANS_BOLD, 7.5),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, SHADE]))
    return TableStyle(cmds)


def empty_notice(text: str) -> list[Flowable]:
    return [Spacer(1, 6 * mm), para(text, styles()["empty"])]


def _furniture(canvas: Canvas, meta: DocumentMeta, page: int, pages: int) -> None:
    width, height = meta.pagesize()
    canvas.saveState()
    top = height - MARGIN
    draw_runs(canvas, MARGIN, top - 4 * mm, fit_text(meta.office, SANS_BOLD, 10, width / 2 - MARGIN),
              SANS_BOLD, 10)
    canvas.setFillColor(ACCENT)
    draw_runs(canvas, width - MARGIN, top - 4 * mm, fit_text(meta.title, SANS_BOLD, 10, width / 2 - MARGIN),
              SANS_BOLD, 10, align="right")
    canvas.setFillColor(MUTED)
    if meta.subtitle:
        subtitle = fit_text(meta.subtitle, SANS, 7.5, width / 2 - MARGIN)
        draw_runs(canvas, width - MARGIN, top - 8 * mm, subtitle, SANS, 7.5, align="right")
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, top - HEADER_H + 3 * mm, width - MARGIN, top - HEADER_H + 3 * mm)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    bottom = MARGIN
    canvas.line(MARGIN, bottom + FOOTER_H - 4 * mm, width - MARGIN, bottom + FOOTER_H - 4 * mm)
    stamp = format_datetime(meta.printed_at)
    printed = translate("ReportCommon", "Printed {stamp} by FixDesk").format(stamp=stamp)
    draw_runs(canvas, MARGIN, bottom + 2 * mm, printed, SANS, 7.5)
    numbered = translate("ReportCommon", "Page {page} of {pages}").format(page=page, pages=pages)
    draw_runs(canvas, width - MARGIN, bottom + 2 * mm, numbered, SANS, 7.5, align="right")
    canvas.restoreState()


def _canvas_class(meta: DocumentMeta) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps each finished page's state and draws the furniture once the count is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _furniture(self, meta, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def frame_size(meta: DocumentMeta) -> tuple[float, float]:
    width, height = meta.pagesize()
    return width - 2 * MARGIN, height - 2 * MARGIN - HEADER_H - FOOTER_H


def build_pdf(meta: DocumentMeta, story: Sequence[Flowable], progress: Progress | None = None,
              expected_pages: int = 0) -> bytes:
    """Lay out ``story`` on numbered pages and return the PDF bytes."""
    ensure_fonts()
    out = io.BytesIO()
    width, height = meta.pagesize()
    doc = BaseDocTemplate(out, pagesize=(width, height), title=meta.title, author=meta.office,
                          creator="FixDesk")
    frame_w, frame_h = frame_size(meta)
    # Zero padding: what frame_size() reports is exactly what the flowables get.
    frame = Frame(MARGIN, MARGIN + FOOTER_H, frame_w, frame_h, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")

    def on_page(canvas: Canvas, _doc: Any) -> None:
        if progress is not None:
            progress(canvas.getPageNumber(), max(expected_pages, canvas.getPageNumber()))

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(list(story), canvasmaker=_canvas_class(meta))
    return out.getvalue()
