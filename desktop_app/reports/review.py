"""The break-fix review for the owner: what break-fix cost, which vendors let us down, which
assets to replace, and whether a managed service would be cheaper, in plain words.

The document is a list of sections, each ``section(data) -> flowables``; another area adds its
figures by adding a function to ``SECTIONS`` (nothing else here needs to change).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from desktop_app.planned_records import PlannedSummary
from desktop_app.reports.fonts import SANS, SANS_BOLD
from desktop_app.reports.layout import (
    INK,
    MUTED,
    RULE,
    SHADE,
    DocumentMeta,
    build_pdf,
    empty_notice,
    frame_size,
    money,
    para,
    styles,
)
from desktop_app.reports.planned import summary_story
from desktop_app.reports.tables import list_table
from desktop_app.stats_output import KIND_LABELS, category_sentences, hours, percent, support_sentences
from desktop_app.stats_records import SetupState, Stats
from desktop_app.timeutil import humanize_minutes

# One colour per cost kind, the same order as COST_KINDS; readable on white paper and in grey.
KIND_COLOURS = [colors.HexColor(c) for c in ("#1F4E79", "#4F8FC0", "#E3A21A", "#7A9A3A", "#9AA8B8")]


@dataclass(frozen=True)
class ReviewData:
    meta: DocumentMeta
    stats: Stats
    setup: SetupState
    planned: PlannedSummary | None = None  # planned work for the same period (None: left out)


Section = Callable[[ReviewData], list[Flowable]]


def _month_label(key: str) -> str:
    names = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{names[int(key[5:]) - 1]} {key[2:4]}"


def _bar_chart(title: str, note: str, months: list[str], series: list[list[float]], names: list[str],
               width: float, fmt: Callable[[float], str]) -> Drawing:
    height = 64 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    legend_h = 7 * mm if len(series) > 1 else 0
    chart.x, chart.y = 16 * mm, 10 * mm + legend_h
    chart.width, chart.height = width - 20 * mm, height - 20 * mm - legend_h
    chart.data = series
    chart.categoryAxis.categoryNames = [_month_label(m) for m in months]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 6.5 if len(months) > 12 else 7
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    if not any(v for s in series for v in s):
        chart.valueAxis.valueMax = 1  # an empty period still draws an axis, not an error
    chart.valueAxis.labelTextFormat = fmt
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.valueAxis.visibleGrid = True
    chart.barSpacing = 1
    if len(series) > 1:
        chart.categoryAxis.style = "stacked"
    for i in range(len(series)):
        chart.bars[i].fillColor = KIND_COLOURS[i % len(KIND_COLOURS)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = 16 * mm, 4 * mm
        legend.fontName, legend.fontSize = SANS, 7
        legend.alignment = "right"
        legend.columnMaximum = 1  # one row across the foot of the chart
        legend.deltax = 28 * mm
        legend.dx, legend.dy = 7, 7
        legend.colorNamePairs = [(KIND_COLOURS[i], names[i]) for i in range(len(series))]
        drawing.add(legend)
    drawing.add(String(0, height - 5, title, fontName=SANS_BOLD, fontSize=9, fillColor=INK))
    drawing.add(String(width, height - 5, note, fontName=SANS, fontSize=7, fillColor=MUTED,
                       textAnchor="end"))
    return drawing


def _figures_grid(cells: list[tuple[str, str]], width: float) -> Table:
    """Key figures, two to a row: a caption beside its (big) value, read across like a sentence."""
    rows = []
    for i in range(0, len(cells), 2):
        row = []
        for value, caption in cells[i:i + 2] + [("", "")] * (2 - len(cells[i:i + 2])):
            row += [para(caption, styles()["body"]), para(value, styles()["figure_r"])]
        rows.append(row)
    half = width / 2
    table = Table(rows, colWidths=[half * 0.5, half * 0.5] * 2)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 2, colors.white), ("LINEBEFORE", (2, 0), (2, -1), 6, colors.white),
    ]))
    return table


def summary_section(d: ReviewData) -> list[Flowable]:
    s, cur = d.stats, d.stats.currency
    width, _ = frame_size(d.meta)
    story: list[Flowable] = [para("Break-fix review", styles()["title"]),
                             para(f"Incidents opened {s.period.label}", styles()["muted"]),
                             Spacer(1, 4 * mm)]
    support = s.support
    total = support.break_fix_total if support else s.spend_total + s.downtime_cost
    story.append(_figures_grid([
        (str(s.opened), "Incidents opened"),
        (str(s.resolved), "Resolved"),
        (str(s.open_now), "Still open"),
        (str(s.overdue_now), "Overdue (engineer later than promised)"),
        (money(s.spend_total), f"Spent on repairs ({cur})"),
        (f"{hours(s.downtime_hours):,.2f}", "Hours of downtime"),
        (money(s.downtime_cost), f"Cost of the downtime ({cur})"),
        (money(total), f"Break-fix total: spend + downtime ({cur})"),
        (str(s.breaches), "Vendor promises broken"),
        (str(len(s.to_replace())), "Assets to replace"),
    ], width))
    if not d.setup.downtime_rate_set:
        story.append(para("The hourly cost of downtime is not set (Settings), so downtime is counted "
                          "in hours but costs nothing here.", styles()["muted"]))
    return story


def spend_section(d: ReviewData) -> list[Flowable]:
    s, cur = d.stats, d.stats.currency
    width, _ = frame_size(d.meta)
    months = list(s.spend_by_month)
    kinds = list(s.spend_by_kind)
    series = [[float(s.spend_by_month_kind[m][k]) for m in months] for k in kinds]
    story: list[Flowable] = [para("Spend", styles()["h2"])]
    chart = _bar_chart(f"Spend per month by kind ({cur})", "by month the incident was opened", months,
                       series, [KIND_LABELS[k] for k in kinds], width, lambda v: f"{v:,.0f}")
    story.append(KeepTogether([chart, Spacer(1, 3 * mm)]))
    rows = [(KIND_LABELS[k], money(v)) for k, v in s.spend_by_kind.items()]
    story.append(list_table(("Kind", f"Spend ({cur})"), rows, [width - 40 * mm, 40 * mm], right=(1,),
                            footer=("Total", money(s.spend_total))))
    return story


def downtime_section(d: ReviewData) -> list[Flowable]:
    s, cur = d.stats, d.stats.currency
    width, _ = frame_size(d.meta)
    months = list(s.downtime_by_month)
    rate = f"{money(s.downtime_rate)} {cur} per person per hour" if s.downtime_rate is not None else "not set"
    chart = _bar_chart("Downtime hours per month", "opened to resolved, or to now while open", months,
                       [[s.downtime_by_month[m] for m in months]], ["Hours"], width, lambda v: f"{v:,.0f}")
    return [KeepTogether([para("Downtime", styles()["h2"]), chart]),
            para(f"{hours(s.downtime_hours):,.1f} hours of downtime, costing {money(s.downtime_cost)} {cur} "
                 f"(people affected x hours x the hourly cost of downtime: {rate}).", styles()["body"])]


def vendors_section(d: ReviewData) -> list[Flowable]:
    s, cur = d.stats, d.stats.currency
    width, _ = frame_size(d.meta)
    story: list[Flowable] = [para("Vendor scorecards", styles()["h2"]),
                             para(f"Amounts in {cur}.", styles()["muted"])]
    if not s.vendors:
        return story + [para("No vendor was called out for incidents opened in this period.",
                             styles()["body"])]
    rows = [(v.name, v.callouts,
             "-" if v.response_median_minutes is None else humanize_minutes(int(v.response_median_minutes)),
             v.breaches, percent(v.on_time_rate), percent(v.first_time_fix_rate), v.repeat_callouts,
             money(v.spend)) for v in s.vendors]
    fixed = [18, 24, 18, 18, 20, 18, 26]
    widths = [width - sum(fixed) * mm] + [w * mm for w in fixed]
    story.append(list_table(("Vendor", "Call-outs", "Median resp.", "Broken", "On time",
                             "1st-time fix", "Repeats", f"Spend ({cur})"),
                            rows, widths, right=(1, 2, 3, 4, 5, 6, 7)))
    story.append(para("Response runs from the call-out to the engineer's arrival. First-time fix: "
                      "resolved without waiting for parts and never reopened. A repeat call-out is an "
                      "incident the vendor had to come back to after calling it resolved.",
                      styles()["muted"]))
    return story


def assets_section(d: ReviewData) -> list[Flowable]:
    s, cur = d.stats, d.stats.currency
    width, _ = frame_size(d.meta)
    story: list[Flowable] = [para("Repair or replace", styles()["h2"]),
                             para(f"Amounts in {cur}; repairs are over the asset's whole life, the rest "
                                  f"over this period.", styles()["muted"])]
    replace = s.to_replace()
    watch = [a for a in s.assets if a.advice.advice == "watch"]
    threshold = replace[0].advice.threshold_percent if replace else (
        s.assets[0].advice.threshold_percent if s.assets else None)
    if threshold is not None:
        story.append(para(f"An asset is marked replace once its lifetime repair cost reaches {threshold}% of "
                          f"its purchase cost, watch when it has a repeat fault (3 or more incidents "
                          f"within 90 days).", styles()["body"]))
    fixed = [22, 18, 26, 26, 22, 18]
    widths = [fixed[0] * mm, width - sum(fixed) * mm] + [w * mm for w in fixed[1:]]
    header = ("Tag", "Name", "Incidents", "Repairs, ever", "Bought for", "Down (h)", "Advice")
    for title, group in (("Assets to replace", replace), ("Assets to watch", watch)):
        heading = para(title, styles()["body"], bold=True)
        heading.keepWithNext = True  # never a title alone at the foot of a page
        story.append(heading)
        if not group:
            story.append(para("None in this period.", styles()["muted"]))
            continue
        story.append(list_table(header, [(a.tag, a.name, a.incidents, money(a.repair_cost),
                                          money(a.advice.purchase_cost) or "not recorded",
                                          f"{hours(a.downtime_hours):,.1f}", a.advice.label)
                                         for a in group], widths, right=(2, 3, 4, 5)))
        story.append(Spacer(1, 2 * mm))
    top = s.costliest_assets()
    if top:
        story.append(para("The five assets that cost the most", styles()["body"], bold=True))
        story.append(list_table(("Tag", "Name", "Incidents", "Spend", "Downtime cost", "Down (h)", "Advice"),
                                [(a.tag, a.name, a.incidents, money(a.spend), money(a.downtime_cost),
                                  f"{hours(a.downtime_hours):,.1f}", a.advice.label) for a in top],
                                widths, right=(2, 3, 4, 5)))
    return story


def support_section(d: ReviewData) -> list[Flowable]:
    s, cur = d.stats, d.stats.currency
    width, _ = frame_size(d.meta)
    story: list[Flowable] = [para("Break-fix or a managed service?", styles()["h2"])]
    if s.support is not None:
        for sentence in support_sentences(s.support, cur, d.setup.downtime_rate_set):
            story.append(para(sentence, styles()["body"]))
    if s.categories:
        story.append(Spacer(1, 2 * mm))
        story.append(para("By kind of equipment", styles()["body"], bold=True))
        fixed = [18, 28, 30, 28, 30]
        widths = [width - sum(fixed) * mm] + [w * mm for w in fixed]
        story.append(list_table(
            ("Category", "Incidents", "Spend", "Downtime cost", "Break-fix", "Managed share"),
            [(c.category, c.incidents, money(c.spend), money(c.downtime_cost), money(c.break_fix),
              money(c.managed_share) if c.managed_share is not None else "-") for c in s.categories],
            widths, right=(1, 2, 3, 4, 5)))
        for sentence in category_sentences(s.categories, cur):
            story.append(para(sentence, styles()["body"]))
        story.append(para("Managed share: the managed quote split by the assets in use in each category, "
                          "roughly what a contract for just those systems would cost.", styles()["muted"]))
    return story


def planned_section(d: ReviewData) -> list[Flowable]:
    """Proactive against reactive spend: the balance the office is actually striking."""
    if d.planned is None:
        return []
    width, _ = frame_size(d.meta)
    return summary_story(d.planned, d.stats.currency, width, title="Planned and unplanned work")


SECTIONS: list[Section] = [summary_section, spend_section, downtime_section, vendors_section,
                           assets_section, support_section, planned_section]


def review_story(d: ReviewData) -> list[Flowable]:
    if d.stats.opened == 0:
        # Planned work may still have been done (and paid for) in a period without incidents.
        return summary_section(d) + empty_notice(
            "No incidents were opened in this period: nothing was spent and nothing was down.") + \
            planned_section(d)
    story: list[Flowable] = []
    for section in SECTIONS:
        story += section(d)
        story.append(Spacer(1, 3 * mm))
    return story


def build_review(d: ReviewData) -> bytes:
    return build_pdf(d.meta, review_story(d))
