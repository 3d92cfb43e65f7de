"""One entry point per document: gather from the services, build, return PDF bytes.

The CLI and the window both come through here, so paper from either is the same.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.reports import data
from desktop_app.reports.layout import Progress

if TYPE_CHECKING:
    from desktop_app.services import Services

KINDS = ("callout", "incidents", "assets", "warranty", "costs", "labels", "planned", "review")
# Translate where shown: translate("ReportCommon", TITLES[kind]).
TITLES = {"callout": QT_TRANSLATE_NOOP("ReportCommon", "Call-out form"),
          "incidents": QT_TRANSLATE_NOOP("ReportCommon", "Incident log"),
          "assets": QT_TRANSLATE_NOOP("ReportCommon", "Asset register"),
          "warranty": QT_TRANSLATE_NOOP("ReportCommon", "Warranty report"),
          "costs": QT_TRANSLATE_NOOP("ReportCommon", "Costs report"),
          "labels": QT_TRANSLATE_NOOP("ReportCommon", "Asset labels"),
          "planned": QT_TRANSLATE_NOOP("ReportCommon", "Planned work checklist"),
          "review": QT_TRANSLATE_NOOP("ReportCommon", "Break-fix review")}


def callout_pdf(services: Services, ref: str) -> bytes:
    from desktop_app.reports.callout import build_callout

    return build_callout(data.callout(services, ref))


def incident_summary_pdf(services: Services, ref: str) -> bytes:
    from desktop_app.reports.incident_summary import build_incident_summary

    return build_incident_summary(data.incident_summary(services, ref))


def incident_log_pdf(services: Services, start: dt.date | None = None, end: dt.date | None = None,
                     progress: Progress | None = None) -> bytes:
    from desktop_app.reports.incident_log import build_incident_log

    gathered = data.incident_log(services, start, end, progress)
    return build_incident_log(gathered, progress)


def asset_register_pdf(services: Services) -> bytes:
    from desktop_app.reports.asset_register import build_asset_register

    return build_asset_register(data.asset_register(services))


def warranty_pdf(services: Services, days: int = 90) -> bytes:
    from desktop_app.reports.warranty import build_warranty

    return build_warranty(data.warranty(services, days))


def costs_pdf(services: Services, start: dt.date | None = None, end: dt.date | None = None,
              progress: Progress | None = None) -> bytes:
    from desktop_app.reports.costs import build_costs

    return build_costs(data.costs(services, start, end, progress))


def labels_pdf(services: Services, layout: str = "avery-l7163", tags: list[str] | None = None) -> bytes:
    from desktop_app.reports.labels import build_labels

    return build_labels(data.labels(services, layout, tags))


def planned_pdf(services: Services, start: dt.date | None = None, end: dt.date | None = None) -> bytes:
    from desktop_app.reports.planned import build_checklist, gather

    return build_checklist(gather(services, start, end))


def review_pdf(services: Services, start: dt.date | None = None, end: dt.date | None = None,
               progress: Progress | None = None) -> bytes:
    """The break-fix review for incidents opened ``start``..``end`` (default: the last 12 months)."""
    from desktop_app.reports.review import ReviewData, build_review
    from desktop_app.stats_records import Period

    default = Period.last_months(12, end)
    period = Period(start or default.start, end or dt.date.today())
    data.check_span(period.start, period.end)
    stats = services.stats.compute(period)
    planned = services.planned.summary(period.start, period.end)
    if progress is not None:
        progress(1, 2)
    meta = data.meta_for(services, translate("ReportCommon", "Break-fix review"), subtitle=period.label)
    return build_review(ReviewData(meta=meta, stats=stats, setup=services.stats.setup_state(),
                                   planned=planned))
