"""Gathering what each document needs from the services, as plain data.

The document modules never see a service: these functions ask once, in a few
queries (no query per row), and hand back frozen dataclasses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from desktop_app.errors import NotFound, ServiceError
from desktop_app.i18n import format_date, translate
from desktop_app.records import (
    AssetRecord,
    IncidentDetail,
    IncidentFilter,
    IncidentRecord,
    SiteRecord,
    VendorRecord,
)
from desktop_app.reports.layout import DocumentMeta, Progress
from desktop_app.timeutil import to_utc_naive

if TYPE_CHECKING:
    from desktop_app.services import Services

CHUNK = 1000


@dataclass(frozen=True)
class CalloutData:
    meta: DocumentMeta
    incident: IncidentRecord
    asset: AssetRecord | None = None
    site: SiteRecord | None = None
    vendor: VendorRecord | None = None
    office_address: str = ""
    office_phone: str = ""
    today: dt.date = field(default_factory=dt.date.today)


@dataclass(frozen=True)
class IncidentSummaryData:
    meta: DocumentMeta
    detail: IncidentDetail


@dataclass(frozen=True)
class IncidentLogData:
    meta: DocumentMeta
    incidents: tuple[IncidentRecord, ...]
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class AssetListData:
    meta: DocumentMeta
    assets: tuple[AssetRecord, ...]
    today: dt.date = field(default_factory=dt.date.today)
    days: int = 90  # warranty report: how far ahead to look


@dataclass(frozen=True)
class CostsData:
    meta: DocumentMeta
    incidents: tuple[IncidentRecord, ...]
    labour_hours: dict[int, Decimal]
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class LabelsData:
    meta: DocumentMeta
    assets: tuple[AssetRecord, ...]
    layout: str = "avery-l7163"


def meta_for(services: Services, title: str, subtitle: str = "", landscape: bool = False) -> DocumentMeta:
    office = services.settings.get_all()
    return DocumentMeta(title=title, office_name=office.office_name, paper_size=office.paper_size,
                        subtitle=subtitle, currency=office.currency, landscape=landscape)


def date_span(start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        return translate("ReportCommon", "{start} to {end}").format(start=format_date(start),
                                                                    end=format_date(end))
    if start:
        return translate("ReportCommon", "from {start}").format(start=format_date(start))
    if end:
        return translate("ReportCommon", "up to {end}").format(end=format_date(end))
    return translate("ReportCommon", "all dates")


def check_span(start: dt.date | None, end: dt.date | None) -> None:
    if start and end and end < start:
        raise ServiceError(translate("ReportCommon", "The end date {end} is before the start date {start}.")
                           .format(end=format_date(end), start=format_date(start)))


def _utc_bounds(start: dt.date | None, end: dt.date | None) -> tuple[dt.datetime | None, dt.datetime | None]:
    """Local calendar days -> naive UTC [from, to) for the incident filter; ``end`` is inclusive."""
    lo = to_utc_naive(dt.datetime.combine(start, dt.time())) if start else None
    hi = to_utc_naive(dt.datetime.combine(end + dt.timedelta(days=1), dt.time())) if end else None
    return lo, hi


def callout(services: Services, ref: str) -> CalloutData:
    incident = services.incidents.by_ref(ref)
    asset = services.assets.get(incident.asset_id) if incident.asset_id else None
    site = None
    if asset and asset.site_id:
        site = services.sites.get(asset.site_id)
    else:
        sites = services.sites.list()
        site = sites[0] if len(sites) == 1 else None  # one office: that is where the job is
    vendor = services.vendors.get(incident.vendor_id) if incident.vendor_id else None
    office = services.settings.get_all()
    meta = meta_for(services, translate("ReportCommon", "Call-out form"), subtitle=incident.ref)
    return CalloutData(meta=meta, incident=incident, asset=asset, site=site, vendor=vendor,
                       office_address=office.office_address, office_phone=office.office_phone)


def incident_summary(services: Services, ref: str) -> IncidentSummaryData:
    detail = services.incidents.detail(services.incidents.id_for_ref(ref))
    return IncidentSummaryData(meta=meta_for(services, translate("ReportCommon", "Incident summary"),
                                                        subtitle=ref), detail=detail)


def _incidents(services: Services, start: dt.date | None, end: dt.date | None,
               progress: Progress | None) -> tuple[IncidentRecord, ...]:
    check_span(start, end)
    lo, hi = _utc_bounds(start, end)
    flt = IncidentFilter(opened_from=lo, opened_to=hi)
    total = services.incidents.count(flt)
    rows: list[IncidentRecord] = []
    # Pages of CHUNK rows in opening order: a handful of queries, and a chance to cancel.
    while len(rows) < total:
        batch = services.incidents.page(flt, sort="opened", descending=False, offset=len(rows),
                                        limit=CHUNK)
        if not batch:
            break
        rows.extend(batch)
        if progress is not None:
            progress(len(rows), total)
    return tuple(rows)


def incident_log(services: Services, start: dt.date | None = None, end: dt.date | None = None,
                 progress: Progress | None = None) -> IncidentLogData:
    rows = _incidents(services, start, end, progress)
    meta = meta_for(services, translate("ReportCommon", "Incident log"), subtitle=date_span(start, end),
                    landscape=True)
    return IncidentLogData(meta=meta, incidents=rows, start=start, end=end)


def asset_register(services: Services) -> AssetListData:
    assets = tuple(services.assets.list(sort="tag"))
    return AssetListData(meta=meta_for(services, translate("ReportCommon", "Asset register"),
                                                            landscape=True), assets=assets)


def warranty(services: Services, days: int = 90) -> AssetListData:
    if days < 0 or days > 3650:
        raise ServiceError(translate("ReportCommon", "Days ahead must be between 0 and 3650, not {days}.")
                           .format(days=days))
    assets = tuple(a for a in services.assets.list(sort="warranty_end") if a.warranty_end)
    meta = meta_for(services, translate("ReportCommon", "Warranty report"),
                    subtitle=translate("ReportCommon", "expired or ending within {days} days")
                    .format(days=days))
    return AssetListData(meta=meta, assets=assets, days=days)


def costs(services: Services, start: dt.date | None = None, end: dt.date | None = None,
          progress: Progress | None = None) -> CostsData:
    rows = _incidents(services, start, end, progress)
    lo, hi = _utc_bounds(start, end)
    hours = services.costs.labour_hours_by_incident(lo, hi)
    meta = meta_for(services, translate("ReportCommon", "Costs report"), subtitle=date_span(start, end))
    return CostsData(meta=meta, incidents=rows, labour_hours=hours, start=start, end=end)


def labels(services: Services, layout: str = "avery-l7163", tags: list[str] | None = None) -> LabelsData:
    from desktop_app.reports.labels import LAYOUTS

    if layout not in LAYOUTS:
        raise ServiceError(translate("ReportCommon", "Label layout {layout} is not one of: {layouts}.")
                           .format(layout=layout, layouts=", ".join(LAYOUTS)))
    wanted = [t.strip() for t in tags or [] if t.strip()]
    assets = services.assets.list(sort="tag", tags=wanted or None)
    if wanted:
        found = {a.tag.lower() for a in assets}
        missing = [t for t in wanted if t.lower() not in found]
        if missing:
            raise NotFound(translate("ReportCommon", "There is no asset with tag {tags}.")
                           .format(tags=", ".join(missing)))
        order = {t.lower(): i for i, t in enumerate(wanted)}
        assets.sort(key=lambda a: order[a.tag.lower()])
    meta = DocumentMeta(title=translate("ReportCommon", "Asset labels"),
                        office_name=services.settings.get("office_name"),
                        paper_size=LAYOUTS[layout].paper)
    return LabelsData(meta=meta, assets=tuple(assets), layout=layout)
