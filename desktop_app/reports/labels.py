"""Asset labels on standard label sheets: office name, tag, name and a QR code of the tag.

Labels are drawn straight onto the sheet (no page header: every millimetre of
the sheet belongs to a label); the office, date and "Page x of y" go in the
sheet's top margin, which label sheets leave blank.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.graphics import renderPDF
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from desktop_app.i18n import QT_TRANSLATE_NOOP, format_datetime, translate
from desktop_app.reports.fonts import SANS, SANS_BOLD, draw_runs, ensure_fonts, fit_text, markup
from desktop_app.reports.layout import INK, MUTED, styles
from desktop_app.reports.qr import qr_drawing

if TYPE_CHECKING:  # data.py gathers; it also reads LAYOUTS from here
    from desktop_app.reports.data import LabelsData


@dataclass(frozen=True)
class SheetLayout:
    name: str  # marked for translation: translate("AssetLabels", name) where shown
    paper: str  # "A4" or "Letter": label sheets come in one size only
    columns: int
    rows: int
    label_w: float
    label_h: float
    left: float  # page edge to the first label
    top: float
    pitch_x: float  # label start to next label start
    pitch_y: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


LAYOUTS = {
    "avery-l7163": SheetLayout(QT_TRANSLATE_NOOP("AssetLabels", "Avery L7163 (A4, 14 labels 99.1 x 38.1 mm)"),
                               "A4", 2, 7,
                               99.1 * mm, 38.1 * mm, 4.65 * mm, 15.15 * mm, 101.6 * mm, 38.1 * mm),
    "avery-5160": SheetLayout(QT_TRANSLATE_NOOP("AssetLabels", "Avery 5160 (Letter, 30 labels 2 5/8 x 1 in)"),
                              "Letter", 3, 10,
                              2.625 * inch, 1 * inch, 0.1875 * inch, 0.5 * inch, 2.75 * inch, 1 * inch),
}


def _draw_label(canvas: Canvas, x: float, y: float, sheet: SheetLayout, office: str,
                tag: str, name: str) -> None:
    """One label with its bottom-left corner at (x, y)."""
    pad = min(2.5 * mm, sheet.label_h * 0.08)
    qr = sheet.label_h - 2 * pad
    renderPDF.draw(qr_drawing(tag, qr), canvas, x + pad, y + pad)
    tx = x + 2 * pad + qr
    tw = sheet.label_w - (tx - x) - pad
    big = sheet.label_h > 30 * mm
    office_size, tag_size, name_size = (7.5, 16, 9) if big else (5.5, 11, 6.5)
    top = y + sheet.label_h - pad
    canvas.setFillColor(MUTED)
    draw_runs(canvas, tx, top - office_size, fit_text(office, SANS, office_size, tw), SANS, office_size)
    canvas.setFillColor(INK)
    tag_y = top - office_size - 2 - tag_size
    draw_runs(canvas, tx, tag_y, fit_text(tag, SANS_BOLD, tag_size, tw), SANS_BOLD, tag_size)
    style = styles()["body"].clone("label_name", fontSize=name_size, leading=name_size * 1.2)
    name_para = Paragraph(markup(name), style)
    room = tag_y - 2 - (y + pad)
    _, h = name_para.wrap(tw, room)
    if h > room:  # too long: cut to what fits, with an ellipsis
        lines = max(1, int(room // style.leading))
        text = fit_text(name, SANS, name_size, tw * lines * 0.95)
        name_para = Paragraph(markup(text), style)
        _, h = name_para.wrap(tw, room)
    name_para.drawOn(canvas, tx, tag_y - 2 - h)


def build_labels(data: LabelsData) -> bytes:
    """A sheet (or sheets) of asset labels; an empty selection prints a note instead."""
    ensure_fonts()
    sheet = LAYOUTS[data.layout]
    pagesize = LETTER if sheet.paper == "Letter" else A4
    width, height = pagesize
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=pagesize)
    canvas.setTitle(data.meta.title)
    canvas.setCreator("FixDesk")
    office = data.meta.office
    pages = max(1, math.ceil(len(data.assets) / sheet.per_page))
    stamp = format_datetime(data.meta.printed_at)
    sheet_name = translate("AssetLabels", sheet.name)
    for page in range(pages):
        canvas.setFillColor(MUTED)
        note_y = height - min(sheet.top, 15 * mm) / 2 - 3
        draw_runs(canvas, sheet.left + 2 * mm, note_y,
                  translate("AssetLabels", "{office} · Asset labels · {sheet} · printed {stamp}")
                  .format(office=office, sheet=sheet_name, stamp=stamp), SANS, 7)
        numbered = translate("ReportCommon", "Page {page} of {pages}").format(page=page + 1, pages=pages)
        draw_runs(canvas, width - sheet.left - 2 * mm, note_y, numbered, SANS, 7, align="right")
        chunk = data.assets[page * sheet.per_page:(page + 1) * sheet.per_page]
        if not chunk:
            canvas.setFillColor(INK)
            draw_runs(canvas, width / 2, height / 2,
                      translate("AssetLabels", "No assets were chosen, so there are no labels to print."),
                      SANS, 11, align="centre")
        for i, asset in enumerate(chunk):
            col, row = i % sheet.columns, i // sheet.columns
            x = sheet.left + col * sheet.pitch_x
            y = height - sheet.top - row * sheet.pitch_y - sheet.label_h
            _draw_label(canvas, x, y, sheet, office, asset.tag, asset.name)
        canvas.showPage()
    canvas.save()
    return out.getvalue()
