"""The planned-work checklist: the tasks due in a period, with boxes to tick on paper."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop_app.i18n import QT_TRANSLATE_NOOP, format_date, translate
from desktop_app.planned_records import PlannedSummary, TaskRecord, WarrantyEnd
from desktop_app.reports.fonts import markup
from desktop_app.reports.layout import (
    INK,
    DocumentMeta,
    build_pdf,
    empty_notice,
    frame_size,
    grid_style,
    money,
    para,
    styles,
)
from desktop_app.reports.tables import column_widths

if TYPE_CHECKING:
    from desktop_app.services import Services

# Translated where printed (translate("PlannedChecklist", ...)).
HEADER = (QT_TRANSLATE_NOOP("PlannedChecklist", "Done"),
          QT_TRANSLATE_NOOP("PlannedChecklist", "Due"),
          QT_TRANSLATE_NOOP("PlannedChecklist", "Task"),
          QT_TRANSLATE_NOOP("PlannedChecklist", "Asset / vendor"),
          QT_TRANSLATE_NOOP("PlannedChecklist", "Estimate"),
          QT_TRANSLATE_NOOP("PlannedChecklist", "Done on"),
          QT_TRANSLATE_NOOP("PlannedChecklist", "By"),
          QT_TRANSLATE_NOOP("PlannedChecklist", "Actual cost"))
WIDTHS_MM = (10, 19, None, 32, 18, 19, 15, 19)
BOX = 4.2 * mm


@dataclass(frozen=True)
class ChecklistData:
    meta: DocumentMeta
    tasks: tuple[TaskRecord, ...]
    warranty_ends: tuple[WarrantyEnd, ...]
    start: dt.date | None = None
    end: dt.date | None = None
    today: dt.date = field(default_factory=dt.date.today)


class TickBox(Flowable):
    """An empty square to tick with a pen."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return BOX, BOX

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.9)
        self.canv.rect(0, 0, BOX, BOX)


def gather(services: Services, start: dt.date | None, end: dt.date | None) -> ChecklistData:
    from desktop_app.reports.data import check_span, date_span, meta_for

    check_span(start, end)
    today = dt.date.today()
    tasks = tuple(services.planned.due_between(start, end))
    ends = tuple(services.planned.warranty_ends(start or today, end or today + dt.timedelta(days=90)))
    meta = meta_for(services, translate("ReportCommon", "Planned work checklist"),
                    subtitle=date_span(start, end))
    return ChecklistData(meta=meta, tasks=tasks, warranty_ends=ends, start=start, end=end, today=today)


def _task_cell(task: TaskRecord, today: dt.date) -> Paragraph:
    details = [task.kind_label, task.schedule_label]
    if task.renewal and task.notice_days:
        notice = translate("PlannedChecklist", "give notice by {date}")
        details.append(notice.format(date=format_date(task.attention_date)))
    if task.is_overdue(today):
        details.insert(0, translate("PlannedChecklist", "OVERDUE"))
    lines = [f"<b>{markup(task.title)}</b>", markup(", ".join(details))]
    if task.notes:
        lines.append(markup(task.notes))
    return Paragraph("<br/>".join(lines), styles()["cell"])


def checklist_story(data: ChecklistData) -> list[Flowable]:
    width, _ = frame_size(data.meta)
    widths = column_widths(WIDTHS_MM, width, 40, rigid=(0, 1, 4, 5, 6, 7))
    story: list[Flowable] = []
    if not data.tasks:
        story += empty_notice(translate("PlannedChecklist", "No planned work is due in this period."))
    else:
        rows: list[list[Any]] = [[translate("PlannedChecklist", h) for h in HEADER]]
        for t in data.tasks:
            where = "\n".join(p for p in (f"{t.asset_tag} {t.asset_name}".strip(), t.vendor_name) if p)
            rows.append([TickBox(), format_date(t.due), _task_cell(t, data.today),
                         para(where, styles()["cell"]), money(t.cost), "", "", ""])
        style = grid_style(zebra=False)
        style.add("ALIGN", (4, 0), (4, -1), "RIGHT")
        style.add("TOPPADDING", (0, 1), (-1, -1), 5)
        style.add("BOTTOMPADDING", (0, 1), (-1, -1), 9)
        style.add("LINEAFTER", (4, 1), (6, -1), 0.25, INK)  # writing space for the pen
        story.append(Table(rows, colWidths=widths, repeatRows=1, style=style))
    if data.warranty_ends:
        story += [Spacer(1, 4 * mm), para(translate("PlannedChecklist", "Warranties ending"), styles()["h2"])]
        rows = [[translate("PlannedChecklist", "Ends"), translate("PlannedChecklist", "Asset"),
                 translate("PlannedChecklist", "Maintained by")]]
        rows += [[format_date(w.due), f"{w.asset_tag} {w.asset_name}", w.vendor_name]
                 for w in data.warranty_ends]
        story.append(Table(rows, colWidths=column_widths((22, None, 60), width, 40, rigid=(0,)),
                           repeatRows=1, style=grid_style()))
    return story


def build_checklist(data: ChecklistData) -> bytes:
    return build_pdf(data.meta, checklist_story(data))


def summary_story(summary: PlannedSummary, currency: str = "", width: float | None = None,
                  title: str = "") -> list[Flowable]:
    """A "Planned work" section for another document (the break-fix review): planned against
    unplanned spend for the period, then what is overdue and due in the next 14 days.
    ``width``: the host document's frame width (``frame_size(meta)[0]``; default A4 portrait);
    ``title``: the section heading (default "Planned work")."""
    s = styles()
    spend = summary.spend
    share = "" if spend.planned_share is None else f"{spend.planned_share:.0%}"
    rows = [["", translate("PlannedChecklist", "Amount")],
            [translate("PlannedChecklist", "Planned work done (actual costs)"), money(spend.done, currency)],
            [translate("PlannedChecklist", "Renewals falling due, not yet renewed"),
             money(spend.renewals, currency)],
            [translate("PlannedChecklist", "Planned spend"), money(spend.planned, currency)],
            [translate("PlannedChecklist", "Unplanned spend (incidents)"), money(spend.unplanned, currency)],
            [translate("PlannedChecklist", "Planned share of all spend"), share]]
    style = grid_style()
    style.add("ALIGN", (1, 0), (1, -1), "RIGHT")
    if width is None:
        width, _ = frame_size(DocumentMeta(title=""))
    story: list[Flowable] = [
        para(title or translate("PlannedChecklist", "Planned work"), s["h2"]),
        para(translate("PlannedChecklist", "{start} to {end}: planned (proactive) against unplanned "
                                           "(break-fix) spend.")
             .format(start=format_date(summary.start), end=format_date(summary.end)), s["body"]),
        Spacer(1, 2 * mm),
        Table(rows, colWidths=[width * 0.6, width * 0.25], style=style, hAlign="LEFT"),
    ]
    overdue = translate("PlannedChecklist", "Overdue ({count})").format(count=len(summary.overdue))
    due_soon = translate("PlannedChecklist", "Due in the next 14 days ({count})")
    due_soon = due_soon.format(count=len(summary.due_soon))
    for heading, tasks in ((overdue, summary.overdue), (due_soon, summary.due_soon)):
        story.append(para(heading, s["h2"]))
        if not tasks:
            story.append(para(translate("PlannedChecklist", "Nothing."), s["muted"]))
            continue
        lines = [[format_date(t.due), t.title, t.kind_label, money(t.cost, currency)] for t in tasks]
        table_style = grid_style(header_rows=0)
        table_style.add("ALIGN", (3, 0), (3, -1), "RIGHT")
        story.append(Table(lines, colWidths=column_widths((22, None, 20, 28), width, 40, rigid=(0, 3)),
                           style=table_style, hAlign="LEFT"))
    return story
