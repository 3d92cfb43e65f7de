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

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
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
    figure,
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

MONTHS = (QT_TRANSLATE_NOOP("BreakFixReview", "Jan"), QT_TRANSLATE_NOOP("BreakFixReview", "Feb"),
          QT_TRANSLATE_NOOP("BreakFixReview", "Mar"), QT_TRANSLATE_NOOP("BreakFixReview", "Apr"),
          QT_TRANSLATE_NOOP("BreakFixReview", "May"), QT_TRANSLATE_NOOP("BreakFixReview", "Jun"),
          QT_TRANSLATE_NOOP("BreakFixReview", "Jul"), QT_TRANSLATE_NOOP("BreakFixReview", "Aug"),
          QT_TRANSLATE_NOOP("BreakFixReview", "Sep"), QT_TRANSLATE_NOOP("BreakFixReview", "Oct"),
          QT_TRANSLATE_NOOP("BreakFixReview", "Nov"), QT_TRANSLATE_NOOP("BreakFixReview", "Dec"))


def _month_label(key: str) -> str:
    month = translate("BreakFixReview", MONTHS[int(key[5:]) - 1])
    return f"{month} {key[2:4]}"


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
    opened = translate("BreakFixReview", "Incidents opened {period}").format(period=s.period.label)
    story: list[Flowable] = [para(translate("BreakFixReview", "Break-fix review"), styles()["title"]),
                             para(opened, styles()["muted"]),
                             Spacer(1, 4 * mm)]
    support = s.support
    total = support.break_fix_total if support else s.spend_total + s.downtime_cost
    story.append(_figures_grid([
        (str(s.opened), translate("BreakFixReview", "Incidents opened")),
        (str(s.resolved), translate("BreakFixReview", "Resolved")),
        (str(s.open_now), translate("BreakFixReview", "Still open")),
        (str(s.overdue_now), translate("BreakFixReview", "Overdue (engineer later than promised)")),
        (money(s.spend_total),
         translate("BreakFixReview", "Spent on repairs ({currency})").format(currency=cur)),
        (figure(hours(s.downtime_hours), 2), translate("BreakFixReview", "Hours of downtime")),
        (money(s.downtime_cost),
         translate("BreakFixReview", "Cost of the downtime ({currency})").format(currency=cur)),
        (money(total),
         translate("BreakFixReview", "Break-fix total: spend + downtime ({currency})").format(currency=cur)),
        (str(s.breaches), translate("BreakFixReview", "Vendor promises broken")),
        (str(len(s.to_replace())), translate("BreakFixReview", "Assets to replace")),
    ], width))
    if not d.setup.downtime_rate_set:
        story.append(para(translate("BreakFixReview", "The hourly cost of downtime is not set (Settings), so "
                                                      "downtime is counted in hours but costs nothing here."),
                          styles()["muted"]))
    return story


def spend_section(d: ReviewData) -> list[Flowable]:
    s, cur = d.stats, d.stats.currency
    width, _ = frame_size(d.meta)
    months = list(s.spend_by_month)
    kinds = list(s.spend_by_kind)
    series = [[float(s.spend_by_month_kind[m][k]) for m in months] for k in kinds]
    story: list[Flowable] = [para(translate("BreakFixReview", "Spend"), styles()["h2"])]
    title = translate("BreakFixReview", "Spend per month by kind ({currency})").format(currency=cur)
    chart = _bar_chart(title, translate("BreakFixReview", "by month the incident was opened"), months,
                       series, [KIND_LABELS[k] for k in kinds], width, lambda v: figure(v, 0))
    story.append(KeepTogether([chart, Spacer(1, 3 * mm)]))
    rows = [(KIND_LABELS[k], money(v)) for k, v in s.spend_by_kind.items()]
    header = (translate("BreakFixReview", "Kind"),
              translate("BreakFixReview", "Spend ({currency})").format(currency=cur))
    story.append(list_table(header, rows, [width - 40 * mm, 40 * mm], right=(1,),
                            footer=(translate("BreakFixReview", "Total"), money(s.spend_total))))
    return story


def downtime_section(d: ReviewData) -> list[Flowable]:
    s, cur = d.stats, d.stats.currency
    width, _ = frame_size(d.meta)
    months = list(s.downtime_by_month)
    rate = translate("BreakFixReview", "not set")
    if s.downtime_rate is not None:
        rate = translate("BreakFixReview", "{amount} {currency} per person per hour").format(
            amount=money(s.downtime_rate), currency=cur)
    chart = _bar_chart(translate("BreakFixReview", "Downtime hours per month"),
                       translate("BreakFixReview", "opened to resolved, or to now while open"), months,
                       [[s.downtime_by_month[m] for m in months]], [translate("BreakFixReview", "Hours")],
                       width, lambda v: figure(v, 0))
    text = translate("BreakFixReview", "{hours} hours of downtime, costing {amount} {currency} (people "
                                       "affected x hours x the hourly cost of downtime: {rate}).")
    return [KeepTogether([para(translate("BreakFixReview", "Downtime"), styles()["h2"]), chart]),
            para(text.format(hours=figure(hours(s.downtime_hours), 1), amount=money(s.downtime_cost),
                             currency=cur, rate=rate), styles()["body"])]


def vendors_section(d: ReviewData) -> list[Flowable]:
    s, cur = d.stats, d.stats.currency
    width, _ = frame_size(d.meta)
    story: list[Flowable] = [para(translate("BreakFixReview", "Vendor scorecards"), styles()["h2"]),
                             para(translate("BreakFixReview", "Amounts in {currency}.").format(currency=cur),
                                  styles()["muted"])]
    if not s.vendors:
        return story + [para(translate("BreakFixReview",
                                       "No vendor was called out for incidents opened in this period."),
                             styles()["body"])]
    rows = [(v.name, v.callouts,
             "-" if v.response_median_minutes is None else humanize_minutes(int(v.response_median_minutes)),
             v.breaches, percent(v.on_time_rate), percent(v.first_time_fix_rate), v.repeat_callouts,
             money(v.spend)) for v in s.vendors]
    fixed = [18, 24, 18, 18, 20, 18, 26]
    widths = [width - sum(fixed) * mm] + [w * mm for w in fixed]
    header = (translate("BreakFixReview", "Vendor"), translate("BreakFixReview", "Call-outs"),
              translate("BreakFixReview", "Median resp."), translate("BreakFixReview", "Broken"),
              translate("BreakFixReview", "On time"), translate("BreakFixReview", "1st-time fix"),
              translate("BreakFixReview", "Repeats"),
              translate("BreakFixReview", "Spend ({currency})").format(currency=cur))
    story.append(list_table(header, rows, widths, right=(1, 2, 3, 4, 5, 6, 7)))
    note = translate("BreakFixReview", "Response runs from the call-out to the engineer's arrival. "
                                       "First-time fix: resolved without waiting for parts and never "
                                       "reopened. A repeat call-out is an incident the vendor had to come "
                                       "back to after calling it resolved.")
    story.append(para(note, styles()["muted"]))
    return story


def assets_section(d: ReviewData) -> list[Flowable]:
    s, cur = d.stats, d.stats.currency
    width, _ = frame_size(d.meta)
    amounts = translate("BreakFixReview", "Amounts in {currency}; repairs are over the asset's whole life, "
                                          "the rest over this period.")
    story: list[Flowable] = [para(translate("BreakFixReview", "Repair or replace"), styles()["h2"]),
                             para(amounts.format(currency=cur), styles()["muted"])]
    replace = s.to_replace()
    watch = [a for a in s.assets if a.advice.advice == "watch"]
    threshold = replace[0].advice.threshold_percent if replace else (
        s.assets[0].advice.threshold_percent if s.assets else None)
    if threshold is not None:
        rule = translate("BreakFixReview", "An asset is marked replace once its lifetime repair cost "
                                           "reaches {percent}% of its purchase cost, watch when it has a "
                                           "repeat fault (3 or more incidents within 90 days).")
        story.append(para(rule.format(percent=threshold), styles()["body"]))
    fixed = [22, 18, 26, 26, 22, 18]
    widths = [fixed[0] * mm, width - sum(fixed) * mm] + [w * mm for w in fixed[1:]]
    header = (translate("BreakFixReview", "Tag"), translate("BreakFixReview", "Name"),
              translate("BreakFixReview", "Incidents"), translate("BreakFixReview", "Repairs, ever"),
              translate("BreakFixReview", "Bought for"), translate("BreakFixReview", "Down (h)"),
              translate("BreakFixReview", "Advice"))
    for title, group in ((translate("BreakFixReview", "Assets to replace"), replace),
                         (translate("BreakFixReview", "Assets to watch"), watch)):
        heading = para(title, styles()["body"], bold=True)
        heading.keepWithNext = True  # never a title alone at the foot of a page
        story.append(heading)
        if not group:
            story.append(para(translate("BreakFixReview", "None in this period."), styles()["muted"]))
            continue
        not_recorded = translate("BreakFixReview", "not recorded")
        story.append(list_table(header, [(a.tag, a.name, a.incidents, money(a.repair_cost),
                                          money(a.advice.purchase_cost) or not_recorded,
                                          figure(hours(a.downtime_hours), 1), a.advice.label)
                                         for a in group], widths, right=(2, 3, 4, 5)))
        story.append(Spacer(1, 2 * mm))
    top = s.costliest_assets()
    if top:
        story.append(para(translate("BreakFixReview", "The five assets that cost the most"), styles()["body"],
                          bold=True))
        costliest = (translate("BreakFixReview", "Tag"), translate("BreakFixReview", "Name"),
                     translate("BreakFixReview", "Incidents"), translate("BreakFixReview", "Spend"),
                     translate("BreakFixReview", "Downtime cost"), translate("BreakFixReview", "Down (h)"),
                     translate("BreakFixReview", "Advice"))
        story.append(list_table(costliest,
                                [(a.tag, a.name, a.incidents, money(a.spend), money(a.downtime_cost),
                                  figure(hours(a.downtime_hours), 1), a.advice.label) for a in top],
                                widths, right=(2, 3, 4, 5)))
    return story


def support_section(d: ReviewData) -> list[Flowable]:
    s, cur = d.stats, d.stats.currency
    width, _ = frame_size(d.meta)
    story: list[Flowable] = [para(translate("BreakFixReview", "Break-fix or a managed service?"),
                                  styles()["h2"])]
    if s.support is not None:
        for sentence in support_sentences(s.support, cur, d.setup.downtime_rate_set):
            story.append(para(sentence, styles()["body"]))
    if s.categories:
        story.append(Spacer(1, 2 * mm))
        story.append(para(translate("BreakFixReview", "By kind of equipment"), styles()["body"], bold=True))
        fixed = [18, 28, 30, 28, 30]
        widths = [width - sum(fixed) * mm] + [w * mm for w in fixed]
        story.append(list_table(
            (translate("BreakFixReview", "Category"), translate("BreakFixReview", "Incidents"),
             translate("BreakFixReview", "Spend"), translate("BreakFixReview", "Downtime cost"),
             translate("BreakFixReview", "Break-fix"), translate("BreakFixReview", "Managed share")),
            [(c.category, c.incidents, money(c.spend), money(c.downtime_cost), money(c.break_fix),
              money(c.managed_share) if c.managed_share is not None else "-") for c in s.categories],
            widths, right=(1, 2, 3, 4, 5)))
        for sentence in category_sentences(s.categories, cur):
            story.append(para(sentence, styles()["body"]))
        share = translate("BreakFixReview", "Managed share: the managed quote split by the assets in use in "
                                            "each category, roughly what a contract for just those systems "
                                            "would cost.")
        story.append(para(share, styles()["muted"]))
    return story


def planned_section(d: ReviewData) -> list[Flowable]:
    """Proactive against reactive spend: the balance the office is actually striking."""
    if d.planned is None:
        return []
    width, _ = frame_size(d.meta)
    return summary_story(d.planned, d.stats.currency, width,
                         title=translate("BreakFixReview", "Planned and unplanned work"))


SECTIONS: list[Section] = [summary_section, spend_section, downtime_section, vendors_section,
                           assets_section, support_section, planned_section]


def review_story(d: ReviewData) -> list[Flowable]:
    if d.stats.opened == 0:
        # Planned work may still have been done (and paid for) in a period without incidents.
        return summary_section(d) + empty_notice(
            translate("BreakFixReview", "No incidents were opened in this period: nothing was spent and "
                                        "nothing was down.")) + \
            planned_section(d)
    story: list[Flowable] = []
    for section in SECTIONS:
        story += section(d)
        story.append(Spacer(1, 3 * mm))
    return story


def build_review(d: ReviewData) -> bytes:
    return build_pdf(d.meta, review_story(d))
