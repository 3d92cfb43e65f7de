"""Records -> plain JSON-able dicts with stable snake_case keys (CLI --json, exports)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from desktop_app.records import AssetRecord, IncidentDetail, IncidentRecord, VendorRecord
from desktop_app.timeutil import iso_utc


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.datetime):
        return iso_utc(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def incident_dict(rec: IncidentRecord, now: dt.datetime | None = None) -> dict[str, Any]:
    return {
        "ref": rec.ref,
        "title": rec.title,
        "status": rec.status,
        "priority": rec.priority,
        "asset_tag": rec.asset_tag or None,
        "asset_name": rec.asset_name or None,
        "vendor": rec.vendor_name or None,
        "vendor_ref": rec.vendor_ref,
        "reported_by": rec.reported_by_name or None,
        "users_affected": rec.users_affected,
        "description": rec.description,
        "po_number": rec.po_number,
        "spend_cap": _plain(rec.spend_cap),
        "opened_at": iso_utc(rec.opened_at),
        "called_out_at": iso_utc(rec.called_out_at),
        "response_due_at": iso_utc(rec.response_due_at),
        "arrived_at": iso_utc(rec.arrived_at),
        "resolved_at": iso_utc(rec.resolved_at),
        "closed_at": iso_utc(rec.closed_at),
        "cancelled_at": iso_utc(rec.cancelled_at),
        "response_minutes": rec.response_minutes,
        "resolution_minutes": rec.resolution_minutes,
        "downtime_minutes": rec.downtime_minutes(now),
        "response_breached": rec.response_breached(now),
        "cause": rec.cause,
        "resolution": rec.resolution,
        "total_cost": float(rec.total_cost),
        "version": rec.version,
    }


def incident_detail_dict(detail: IncidentDetail) -> dict[str, Any]:
    out = incident_dict(detail.incident)
    out["events"] = [
        {"at": iso_utc(e.at), "kind": e.kind, "text": e.text, "author": e.author,
         "from_status": e.from_status, "to_status": e.to_status}
        for e in detail.events
    ]
    out["costs"] = [
        {"kind": c.kind, "amount": float(c.amount), "hours": _plain(c.hours),
         "description": c.description, "invoice_ref": c.invoice_ref}
        for c in detail.costs
    ]
    out["attachments"] = [
        {"filename": a.filename, "size": a.size, "sha256": a.sha256} for a in detail.attachments
    ]
    return out


def asset_dict(rec: AssetRecord) -> dict[str, Any]:
    return {
        "tag": rec.tag, "name": rec.name, "category": rec.category,
        "manufacturer": rec.manufacturer, "model": rec.model, "serial": rec.serial,
        "site": rec.site_name or None, "location": rec.location,
        "assigned_to": rec.person_name or None, "status": rec.status,
        "purchase_date": _plain(rec.purchase_date), "purchase_cost": _plain(rec.purchase_cost),
        "supplier": rec.supplier, "warranty_end": _plain(rec.warranty_end),
        "under_warranty": rec.under_warranty(), "vendor": rec.vendor_name or None,
        "hostname": rec.hostname, "ip_address": rec.ip_address, "notes": rec.notes,
        "custom_fields": rec.custom_fields, "archived": rec.archived,
    }


def vendor_dict(rec: VendorRecord) -> dict[str, Any]:
    return {
        "name": rec.name, "kind": rec.kind, "phone": rec.phone, "phone_alt": rec.phone_alt,
        "email": rec.email, "website": rec.website, "portal_url": rec.portal_url,
        "portal_user": rec.portal_user, "account_number": rec.account_number,
        "support_hours": rec.support_hours, "callout_fee": _plain(rec.callout_fee),
        "hourly_rate": _plain(rec.hourly_rate), "minimum_charge": _plain(rec.minimum_charge),
        "response_hours": rec.response_hours, "notes": rec.notes, "archived": rec.archived,
        "contacts": [{"name": c.name, "role": c.role, "phone": c.phone, "email": c.email}
                     for c in rec.contacts],
    }
