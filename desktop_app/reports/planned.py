"""The planned-work checklist: the tasks due in a period, with boxes to tick on paper."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

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

HEADER = ("Done", "Due", "Task", "Asset / vendor", "Estimate", "Done on", "By", "Actual cost")
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
    meta = meta_for(services, "Planned work checklist", subtitle=date_span(start, end))
    return ChecklistData(meta=meta, tasks=tasks, warranty_ends=ends, start=start, end=end, today=today)


def _task_cell(task: TaskRecord, today: dt.date) -> Paragraph:
    details = [task.kind_label, task.schedule_label]
    if task.renewal and task.notice_days:
        details.append(f"give notice by {task.attention_date.isoformat()}")
    if task.is_overdue(today):
        details.insert(0, "OVERDUE")
    lines = [f"<b>{markup(task.title)}</b>", markup(", ".join(details))]
    if task.notes:
        lines.append(markup(task.notes))
    return Paragraph("<br/>".join(lines), styles()["cell"])


def checklist_story(data: ChecklistData) -> list[Flowable]:
    width, _ = frame_size(data.meta)
    widths = column_widths(WIDTHS_MM, width, 40, rigid=(0, 1, 4, 5, 6, 7))
    story: list[Flowable] = []
    if not data.tasks:
        story += empty_notice("No planned work is due in this period.")
    else:
        rows: list[list[Any]] = [list(HEADER)]
        for t in data.tasks:
            where = "\n".join(p for p in (f"{t.asset_tag} {t.asset_name}".strip(), t.vendor_name) if p)
            rows.append([TickBox(), t.due.isoformat(), _task_cell(t, data.today),
                         para(where, styles()["cell"]), money(t.cost), "", "", ""])
        style = grid_style(zebra=False)
        style.add("ALIGN", (4, 0), (4, -1), "RIGHT")
        style.add("TOPPADDING", (0, 1), (-1, -1), 5)
        style.add("BOTTOMPADDING", (0, 1), (-1, -1), 9)
        style.add("LINEAFTER", (4, 1), (6, -1), 0.25, INK)  # writing space for the pen
        story.append(Table(rows, colWidths=widths, repeatRows=1, style=style))
    if data.warranty_ends:
        story += [Spacer(1, 4 * mm), para("Warranties ending", styles()["h2"])]
        rows = [["Ends", "Asset", "Maintained by"]]
        rows += [[w.due.isoformat(), f"{w.asset_tag} {w.asset_name}", w.vendor_name]
                 for w in data.warranty_ends]
        story.append(Table(rows, colWidths=column_widths((22, None, 60), width, 40, rigid=(0,)),
                           repeatRows=1, style=grid_style()))
    return story


def build_checklist(data: ChecklistData) -> bytes:
    return build_pdf(data.meta, checklist_story(data))


def summary_story(summary: PlannedSummary, currency: str = "", width: float | None = None,
                  title: str = "Planned work") -> list[Flowable]:
    """A "Planned work" section for another document (the break-fix review): planned against
    unplanned spend for the period, then what is overdue and due in the next 14 days.
    ``width``: the host document's frame width (``frame_size(meta)[0]``; default A4 portrait)."""
    s = styles()
    spend = summary.spend
    share = "" if spend.planned_share is None else f"{spend.planned_share:.0%}"
    rows = [["", "Amount"],
            ["Planned work done (actual costs)", money(spend.done, currency)],
            ["Renewals falling due, not yet renewed", money(spend.renewals, currency)],
            ["Planned spend", money(spend.planned, currency)],
            ["Unplanned spend (incidents)", money(spend.unplanned, currency)],
            ["Planned share of all spend", share]]
    style = grid_style()
    style.add("ALIGN", (1, 0), (1, -1), "RIGHT")
    if width is None:
        width, _ = frame_size(DocumentMeta(title=""))
    story: list[Flowable] = [
        para(title, s["h2"]),
        para(f"{summary.start.isoformat()} to {summary.end.isoformat()}: planned (proactive) against "
             "unplanned (break-fix) spend.", s["body"]),
        Spacer(1, 2 * mm),
        Table(rows, colWidths=[width * 0.6, width * 0.25], style=style, hAlign="LEFT"),
    ]
    for heading, tasks in ((f"Overdue ({len(summary.overdue)})", summary.overdue),
                           (f"Due in the next 14 days ({len(summary.due_soon)})", summary.due_soon)):
        story.append(para(heading, s["h2"]))
        if not tasks:
            story.append(para("Nothing.", s["muted"]))
            continue
        lines = [[t.due.isoformat(), t.title, t.kind_label, money(t.cost, currency)] for t in tasks]
        table_style = grid_style(header_rows=0)
        table_style.add("ALIGN", (3, 0), (3, -1), "RIGHT")
        story.append(Table(lines, colWidths=column_widths((22, None, 20, 28), width, 40, rigid=(0, 3)),
                           style=table_style, hAlign="LEFT"))
    return story
