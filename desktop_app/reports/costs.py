"""The costs report: spend per vendor and per month, with a bar chart."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.reports.data import CostsData
from desktop_app.reports.fonts import SANS, SANS_BOLD
from desktop_app.reports.layout import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    build_pdf,
    empty_notice,
    figure,
    frame_size,
    money,
    para,
    styles,
)
from desktop_app.reports.overflow import Overflow
from desktop_app.reports.tables import list_table
from desktop_app.timeutil import humanize_minutes, to_local

NO_VENDOR = QT_TRANSLATE_NOOP("CostsReport", "(no vendor)")  # translated where printed


def summarise(data: CostsData) -> tuple[list[tuple[str, int, Decimal, int | None, Decimal]],
                                        list[tuple[str, int, Decimal]]]:
    """Per vendor: (name, incidents, labour hours, average response minutes, spend);
    per month: (YYYY-MM, incidents, spend). Months follow the local opening date."""
    vendors: dict[str, list] = defaultdict(lambda: [0, Decimal("0"), [], Decimal("0")])
    months: dict[str, list] = defaultdict(lambda: [0, Decimal("0")])
    for inc in data.incidents:
        v = vendors[inc.vendor_name or NO_VENDOR]
        v[0] += 1
        v[1] += data.labour_hours.get(inc.id, Decimal("0"))
        if inc.response_minutes is not None:
            v[2].append(inc.response_minutes)
        v[3] += inc.total_cost
        opened = to_local(inc.opened_at)
        m = months[opened.strftime("%Y-%m") if opened else ""]
        m[0] += 1
        m[1] += inc.total_cost
    per_vendor = [(name, n, hours, sum(r) // len(r) if r else None, spend)
                  for name, (n, hours, r, spend) in vendors.items()]
    per_vendor.sort(key=lambda row: (-row[4], row[0]))
    per_month = sorted((month, n, spend) for month, (n, spend) in months.items())
    return per_vendor, per_month


def _chart(per_month: list[tuple[str, int, Decimal]], width: float, currency: str) -> Drawing:
    height = 62 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 16 * mm, 10 * mm
    chart.width, chart.height = width - 20 * mm, height - 18 * mm
    chart.data = [[float(spend) for _, _, spend in per_month]]
    # Many months: name every few so the labels never collide (the table below has them all).
    step = 1 if len(per_month) <= 18 else 3 if len(per_month) <= 48 else 6
    chart.categoryAxis.categoryNames = [month if i % step == 0 else ""
                                        for i, (month, _, _) in enumerate(per_month)]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 6.5 if len(per_month) > 12 else 7.5
    if len(per_month) > 12:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.y, chart.height = 14 * mm, height - 22 * mm  # room for the slanted labels
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda value: figure(value, 0)
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.valueAxis.visibleGrid = True
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    drawing.add(chart)
    drawing.add(String(0, height - 5,
                       translate("CostsReport", "Spend per month ({currency})").format(currency=currency),
                       fontName=SANS_BOLD, fontSize=9, fillColor=INK))
    drawing.add(String(width, height - 5, translate("CostsReport", "by month the incident was opened"),
                       fontName=SANS,
                       fontSize=7, fillColor=MUTED, textAnchor="end"))
    return drawing


def costs_story(data: CostsData) -> list[Flowable]:
    width, _ = frame_size(data.meta)
    cur = data.meta.currency
    heading = translate("CostsReport", "Costs for incidents opened {period}")
    heading = heading.format(period=data.meta.subtitle)
    story: list[Flowable] = [para(heading, styles()["h2"])]
    if not data.incidents:
        return story + empty_notice(translate("CostsReport", "No incidents were opened in this period, so "
                                                             "there are no costs."))
    per_vendor, per_month = summarise(data)
    story.append(KeepTogether([_chart(per_month, width, cur), Spacer(1, 4 * mm)]))
    total = sum((row[4] for row in per_vendor), Decimal("0"))
    hours = sum((row[2] for row in per_vendor), Decimal("0"))
    count = sum(row[1] for row in per_vendor)
    vw = [width - 4 * 30 * mm] + [30 * mm] * 4
    notes = Overflow()
    spend_head = translate("CostsReport", "Spend ({currency})").format(currency=cur)
    story.append(para(translate("CostsReport", "Spend per vendor"), styles()["h2"]))
    story.append(list_table(
        (translate("CostsReport", "Vendor"), translate("CostsReport", "Incidents"),
         translate("CostsReport", "Labour hours"), translate("CostsReport", "Avg response"), spend_head),
        [(translate("CostsReport", NO_VENDOR) if name == NO_VENDOR else name, n, figure(h, 2),
          humanize_minutes(resp), money(spend))
         for name, n, h, resp, spend in per_vendor],
        vw, right=(1, 2, 3, 4),
        footer=(translate("CostsReport", "Total"), count, figure(hours, 2), "", money(total)), notes=notes))
    mw = [width - 2 * 35 * mm, 35 * mm, 35 * mm]
    story.append(para(translate("CostsReport", "Spend per month"), styles()["h2"]))
    story.append(list_table((translate("CostsReport", "Month"), translate("CostsReport", "Incidents"),
                             spend_head),
                            [(m, n, money(spend)) for m, n, spend in per_month], mw, right=(1, 2),
                            footer=(translate("CostsReport", "Total"), count, money(total))))
    story += [Spacer(1, 3 * mm),
              para(translate("CostsReport", "Spend is the sum of each incident's cost lines; average "
                                          "response runs from call-out to the engineer on site."),
                                      styles()["muted"])]
    return story + notes.story()


def build_costs(data: CostsData) -> bytes:
    return build_pdf(data.meta, costs_story(data))
