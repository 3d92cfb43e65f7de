"""One entry point per document: gather from the services, build, return PDF bytes.

The CLI and the window both come through here, so paper from either is the same.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop_app.reports import data
from desktop_app.reports.layout import Progress

if TYPE_CHECKING:
    from desktop_app.services import Services

KINDS = ("callout", "incidents", "assets", "warranty", "costs", "labels")
TITLES = {"callout": "Call-out form", "incidents": "Incident log", "assets": "Asset register",
          "warranty": "Warranty report", "costs": "Costs report", "labels": "Asset labels"}


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
