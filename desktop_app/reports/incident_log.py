"""The incident log for a date range: one row per incident, totals at the end."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.reports.data import IncidentLogData
from desktop_app.reports.layout import Progress, build_pdf, empty_notice, frame_size, money, para, styles
from desktop_app.reports.overflow import Overflow
from desktop_app.reports.tables import column_widths, list_table
from desktop_app.timeutil import format_local, humanize_minutes

# Translated where printed (translate("IncidentLog", ...)).
HEADER = (QT_TRANSLATE_NOOP("IncidentLog", "Ref"),
          QT_TRANSLATE_NOOP("IncidentLog", "Opened"),
          QT_TRANSLATE_NOOP("IncidentLog", "Asset"),
          QT_TRANSLATE_NOOP("IncidentLog", "Title"),
          QT_TRANSLATE_NOOP("IncidentLog", "Vendor"),
          QT_TRANSLATE_NOOP("IncidentLog", "Status"),
          QT_TRANSLATE_NOOP("IncidentLog", "Response"),
          QT_TRANSLATE_NOOP("IncidentLog", "Resolution"),
          QT_TRANSLATE_NOOP("IncidentLog", "Cost"))
FIXED_MM = (25, 29, 20, None, 38, 24, 20, 21, 22)
ROWS_PER_PAGE = 30  # rough, for the progress bar only


def _average(values: list[int]) -> str:
    return humanize_minutes(sum(values) // len(values)) if values else ""


def incident_log_story(data: IncidentLogData) -> list[Flowable]:
    width, _ = frame_size(data.meta)
    widths = column_widths(FIXED_MM, width, 50, rigid=(0, 1, 6, 7, 8))
    heading = translate("IncidentLog", "Incidents opened {period}").format(period=data.meta.subtitle)
    story: list[Flowable] = [para(heading, styles()["h2"])]
    if not data.incidents:
        return story + empty_notice(translate("IncidentLog", "No incidents were opened in this period."))
    rows = []
    total = Decimal("0")
    responses: list[int] = []
    resolutions: list[int] = []
    for inc in data.incidents:
        total += inc.total_cost
        if inc.response_minutes is not None:
            responses.append(inc.response_minutes)
        if inc.resolution_minutes is not None:
            resolutions.append(inc.resolution_minutes)
        rows.append((inc.ref, format_local(inc.opened_at), inc.asset_tag, inc.title, inc.vendor_name,
                     inc.status_label, humanize_minutes(inc.response_minutes),
                     humanize_minutes(inc.resolution_minutes), money(inc.total_cost)))
    count = len(data.incidents)
    counted = (translate("IncidentLog", "{count} incident") if count == 1
               else translate("IncidentLog", "{count} incidents")).format(count=count)
    footer = (translate("IncidentLog", "Total"), "", "", counted, "", translate("IncidentLog", "Average"),
              _average(responses), _average(resolutions), money(total))
    notes = Overflow()
    story.append(list_table([translate("IncidentLog", h) for h in HEADER], rows, widths, right=(6, 7, 8),
                            footer=footer, notes=notes))
    story += [Spacer(1, 3 * mm),
              para(translate("IncidentLog", "Costs in {currency}. Response: call-out to engineer on site; "
                                            "resolution: opened to resolved.")
                   .format(currency=data.meta.currency), styles()["muted"])]
    return story + notes.story()


def build_incident_log(data: IncidentLogData, progress: Progress | None = None) -> bytes:
    expected = len(data.incidents) // ROWS_PER_PAGE + 1
    return build_pdf(data.meta, incident_log_story(data), progress=progress, expected_pages=expected)
