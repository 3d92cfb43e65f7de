"""The incident summary: what happened to one incident, for the file once it is closed.

The call-out form is for the engineer on the way in; this is the record on the
way out: the times that matter, what was wrong and what was done, the timeline
and the costs.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop_app.i18n import QT_TRANSLATE_NOOP, decimal_mark, translate
from desktop_app.records import PRIORITY_LABELS
from desktop_app.reports.data import IncidentSummaryData
from desktop_app.reports.layout import build_pdf, frame_size, money, para, styles
from desktop_app.reports.tables import column_widths, list_table
from desktop_app.timeutil import format_local, humanize_minutes

# Translated where printed: translate("IncidentSummary", COST_KINDS[kind]).
COST_KINDS = {"callout": QT_TRANSLATE_NOOP("IncidentSummary", "Call-out fee"),
              "labour": QT_TRANSLATE_NOOP("IncidentSummary", "Labour"),
              "parts": QT_TRANSLATE_NOOP("IncidentSummary", "Parts"),
              "travel": QT_TRANSLATE_NOOP("IncidentSummary", "Travel"),
              "other": QT_TRANSLATE_NOOP("IncidentSummary", "Other")}


def _facts(data: IncidentSummaryData, width: float) -> Table:
    inc = data.detail.incident
    pairs = [
        (translate("IncidentSummary", "Status"), inc.status_label),
        (translate("IncidentSummary", "Priority"), PRIORITY_LABELS.get(inc.priority, inc.priority)),
        (translate("IncidentSummary", "Asset"), f"{inc.asset_tag} {inc.asset_name}".strip()),
        (translate("IncidentSummary", "Reported by"), inc.reported_by_name),
        (translate("IncidentSummary", "Vendor"), inc.vendor_name),
        (translate("IncidentSummary", "Vendor's job ref"), inc.vendor_ref),
        (translate("IncidentSummary", "Opened"), format_local(inc.opened_at)),
        (translate("IncidentSummary", "Called out"), format_local(inc.called_out_at)),
        (translate("IncidentSummary", "Engineer arrived"), format_local(inc.arrived_at)),
        (translate("IncidentSummary", "Resolved"), format_local(inc.resolved_at)),
        (translate("IncidentSummary", "Closed"), format_local(inc.closed_at or inc.cancelled_at)),
        (translate("IncidentSummary", "Response"), humanize_minutes(inc.response_minutes)),
        (translate("IncidentSummary", "Resolution"), humanize_minutes(inc.resolution_minutes)),
        (translate("IncidentSummary", "Downtime"), humanize_minutes(inc.downtime_minutes())),
        (translate("IncidentSummary", "Total cost"), money(inc.total_cost, data.meta.currency)),
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
    for heading, text in ((translate("IncidentSummary", "Description"), inc.description),
                          (translate("IncidentSummary", "Error messages"), inc.error_messages),
                          (translate("IncidentSummary", "What was tried"), inc.tried),
                          (translate("IncidentSummary", "Cause found"), inc.cause),
                          (translate("IncidentSummary", "Resolution"), inc.resolution)):
        if text.strip():
            story += [para(heading, st["h2"]), para(text, st["body"])]
    story.append(para(translate("IncidentSummary", "Timeline"), st["h2"]))
    widths = column_widths((32, 30, None), width, 60, rigid=(0, 1))
    story.append(list_table((translate("IncidentSummary", "When"), translate("IncidentSummary", "By"),
                             translate("IncidentSummary", "What")),
                            [(format_local(e.at), e.author, e.text) for e in data.detail.events],
                            widths))
    if data.detail.costs:
        story.append(para(translate("IncidentSummary", "Costs"), st["h2"]))
        widths = column_widths((28, None, 16, 30, 26), width, 50, rigid=(0, 2, 3, 4))
        rows = [(translate("IncidentSummary", COST_KINDS[c.kind]) if c.kind in COST_KINDS else c.kind,
                 c.description,
                 "" if c.hours is None else f"{c.hours:g}".replace(".", decimal_mark()), c.invoice_ref,
                 money(c.amount))
                for c in data.detail.costs]
        header = (translate("IncidentSummary", "Kind"), translate("IncidentSummary", "Description"),
                  translate("IncidentSummary", "Hours"), translate("IncidentSummary", "Invoice"),
                  translate("IncidentSummary", "Amount"))
        story.append(list_table(header, rows, widths, right=(2, 4),
                                footer=(translate("IncidentSummary", "Total"), "", "", "",
                                        money(inc.total_cost))))
        story.append(Spacer(1, 2 * mm))
        amounts = translate("IncidentSummary", "Amounts in {currency}.").format(currency=data.meta.currency)
        story.append(para(amounts, st["muted"]))
    return story


def build_incident_summary(data: IncidentSummaryData) -> bytes:
    return build_pdf(data.meta, incident_summary_story(data))
