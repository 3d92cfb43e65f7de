"""The incident summary: what happened to one incident, for the file once it is closed.

The call-out form is for the engineer on the way in; this is the record on the
way out: the times that matter, what was wrong and what was done, the timeline
and the costs.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop_app.records import PRIORITY_LABELS
from desktop_app.reports.data import IncidentSummaryData
from desktop_app.reports.layout import build_pdf, frame_size, money, para, styles
from desktop_app.reports.tables import column_widths, list_table
from desktop_app.timeutil import format_local, humanize_minutes

COST_KINDS = {"callout": "Call-out fee", "labour": "Labour", "parts": "Parts", "travel": "Travel",
              "other": "Other"}


def _facts(data: IncidentSummaryData, width: float) -> Table:
    inc = data.detail.incident
    pairs = [
        ("Status", inc.status_label), ("Priority", PRIORITY_LABELS.get(inc.priority, inc.priority)),
        ("Asset", f"{inc.asset_tag} {inc.asset_name}".strip()), ("Reported by", inc.reported_by_name),
        ("Vendor", inc.vendor_name), ("Vendor's job ref", inc.vendor_ref),
        ("Opened", format_local(inc.opened_at)), ("Called out", format_local(inc.called_out_at)),
        ("Engineer arrived", format_local(inc.arrived_at)), ("Resolved", format_local(inc.resolved_at)),
        ("Closed", format_local(inc.closed_at or inc.cancelled_at)),
        ("Response", humanize_minutes(inc.response_minutes)),
        ("Resolution", humanize_minutes(inc.resolution_minutes)),
        ("Downtime", humanize_minutes(inc.downtime_minutes())),
        ("Total cost", money(inc.total_cost, data.meta.currency)),
    ]
    label, body = styles()["label"], styles()["body"]
    rows = [[para(k, label), para(v, body)] for k, v in pairs if v]
    table = Table(rows, colWidths=[36 * mm, width - 36 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return table


def incident_summary_story(data: IncidentSummaryData) -> list[Flowable]:
    width, _ = frame_size(data.meta)
    inc = data.detail.incident
    st = styles()
    story: list[Flowable] = [para(f"{inc.ref} \u2013 {inc.title}", st["h2"]), _facts(data, width)]
    for heading, text in (("Description", inc.description), ("Error messages", inc.error_messages),
                          ("What was tried", inc.tried), ("Cause found", inc.cause),
                          ("Resolution", inc.resolution)):
        if text.strip():
            story += [para(heading, st["h2"]), para(text, st["body"])]
    story.append(para("Timeline", st["h2"]))
    widths = column_widths((32, 30, None), width, 60, rigid=(0, 1))
    story.append(list_table(("When", "By", "What"),
                            [(format_local(e.at), e.author, e.text) for e in data.detail.events],
                            widths))
    if data.detail.costs:
        story.append(para("Costs", st["h2"]))
        widths = column_widths((28, None, 16, 30, 26), width, 50, rigid=(0, 2, 3, 4))
        rows = [(COST_KINDS.get(c.kind, c.kind), c.description,
                 "" if c.hours is None else f"{c.hours:g}", c.invoice_ref, money(c.amount))
                for c in data.detail.costs]
        story.append(list_table(("Kind", "Description", "Hours", "Invoice", "Amount"), rows, widths,
                                right=(2, 4), footer=("Total", "", "", "", money(inc.total_cost))))
        story.append(Spacer(1, 2 * mm))
        story.append(para(f"Amounts in {data.meta.currency}.", st["muted"]))
    return story


def build_incident_summary(data: IncidentSummaryData) -> bytes:
    return build_pdf(data.meta, incident_summary_story(data))
