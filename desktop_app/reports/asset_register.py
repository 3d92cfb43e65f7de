"""The asset register: every asset on one list, and the warranty report built from the same rows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop_app.i18n import QT_TRANSLATE_NOOP, format_date, translate
from desktop_app.records import AssetRecord
from desktop_app.reports.data import AssetListData
from desktop_app.reports.layout import build_pdf, empty_notice, frame_size, money, para, styles
from desktop_app.reports.overflow import Overflow
from desktop_app.reports.tables import column_widths, list_table

# Translated where printed (translate("AssetRegister", ...)).
REGISTER_HEADER = (QT_TRANSLATE_NOOP("AssetRegister", "Tag"),
                   QT_TRANSLATE_NOOP("AssetRegister", "Name"),
                   QT_TRANSLATE_NOOP("AssetRegister", "Category"),
                   QT_TRANSLATE_NOOP("AssetRegister", "Make / model"),
                   QT_TRANSLATE_NOOP("AssetRegister", "Serial"),
                   QT_TRANSLATE_NOOP("AssetRegister", "Location"),
                   QT_TRANSLATE_NOOP("AssetRegister", "Assigned to"),
                   QT_TRANSLATE_NOOP("AssetRegister", "Purchased"),
                   QT_TRANSLATE_NOOP("AssetRegister", "Cost"),
                   QT_TRANSLATE_NOOP("AssetRegister", "Warranty end"),
                   QT_TRANSLATE_NOOP("AssetRegister", "Status"))
REGISTER_MM = (19, None, 21, 38, 25, 34, 27, 19, 19, 23, 18)


def _where(asset: AssetRecord) -> str:
    return ", ".join(p for p in (asset.site_name, asset.location) if p)


def _date(value: dt.date | None) -> str:
    return format_date(value)


def asset_register_story(data: AssetListData) -> list[Flowable]:
    width, _ = frame_size(data.meta)
    widths = column_widths(REGISTER_MM, width, 30, rigid=(0, 7, 8, 9, 10))
    story: list[Flowable] = [para(translate("AssetRegister", "Asset register"), styles()["h2"])]
    if not data.assets:
        return story + empty_notice(translate("AssetRegister", "There are no assets on the register yet."))
    rows = [(a.tag, a.name, a.category, a.make_model, a.serial, _where(a), a.person_name,
             _date(a.purchase_date), money(a.purchase_cost), _date(a.warranty_end), a.status_label)
            for a in data.assets]
    spent = sum((a.purchase_cost or Decimal("0") for a in data.assets), Decimal("0"))
    count = len(data.assets)
    counted = (translate("AssetRegister", "{count} asset") if count == 1
               else translate("AssetRegister", "{count} assets")).format(count=count)
    footer = (translate("AssetRegister", "Total"), counted, "", "", "", "", "", "",
              money(spent), "", "")
    notes = Overflow()
    story.append(list_table([translate("AssetRegister", h) for h in REGISTER_HEADER], rows, widths,
                            right=(8,), footer=footer, notes=notes))
    costs = translate("AssetRegister", "Purchase costs in {currency}. Archived assets are not listed.")
    story += [Spacer(1, 3 * mm), para(costs.format(currency=data.meta.currency), styles()["muted"])]
    return story + notes.story()


def build_asset_register(data: AssetListData) -> bytes:
    return build_pdf(data.meta, asset_register_story(data))
