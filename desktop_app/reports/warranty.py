"""The warranty report: expired warranties and those ending soon, grouped by how soon."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from desktop_app.i18n import QT_TRANSLATE_NOOP, format_date, translate
from desktop_app.records import AssetRecord
from desktop_app.reports.data import AssetListData
from desktop_app.reports.layout import build_pdf, empty_notice, frame_size, para, styles
from desktop_app.reports.overflow import Overflow
from desktop_app.reports.tables import column_widths, list_table

# Translated where printed (translate("WarrantyReport", ...)).
HEADER = (QT_TRANSLATE_NOOP("WarrantyReport", "Tag"),
          QT_TRANSLATE_NOOP("WarrantyReport", "Name"),
          QT_TRANSLATE_NOOP("WarrantyReport", "Make / model"),
          QT_TRANSLATE_NOOP("WarrantyReport", "Serial"),
          QT_TRANSLATE_NOOP("WarrantyReport", "Location"),
          QT_TRANSLATE_NOOP("WarrantyReport", "Warranty end"),
          QT_TRANSLATE_NOOP("WarrantyReport", "Days"))
WIDTHS_MM = (20, None, 36, 26, 34, 21, 17)
STEPS = (30, 60, 90)


def bands(days: int) -> list[tuple[int, int]]:
    """(first, last) days-left bands up to ``days``: 30/60/90 steps, then the rest."""
    edges = [d for d in STEPS if d < days] + [days]
    out, start = [], 0
    for edge in edges:
        out.append((start, edge))
        start = edge + 1
    return out


def group(data: AssetListData) -> list[tuple[str, list[tuple[AssetRecord, int]]]]:
    """[(heading, [(asset, days_left)])]: expired first, then each band; empty groups dropped."""
    groups: list[tuple[str, list[tuple[AssetRecord, int]]]] = [
        (translate("WarrantyReport", "Expired"), [])]
    limits = bands(data.days)
    groups += [(translate("WarrantyReport", "Ends within {last} days").format(last=hi) if lo == 0
                else translate("WarrantyReport", "Ends in {first}-{last} days").format(first=lo, last=hi),
                [])
               for lo, hi in limits]
    for asset in data.assets:
        if asset.warranty_end is None:
            continue
        left = (asset.warranty_end - data.today).days
        if left < 0:
            groups[0][1].append((asset, left))
            continue
        for i, (lo, hi) in enumerate(limits, start=1):
            if lo <= left <= hi:
                groups[i][1].append((asset, left))
                break
    for _, items in groups:
        items.sort(key=lambda pair: (pair[1], pair[0].tag))
    groups[0][1].sort(key=lambda pair: (-pair[1], pair[0].tag))  # most recently expired first
    return [g for g in groups if g[1]]


def warranty_story(data: AssetListData) -> list[Flowable]:
    width, _ = frame_size(data.meta)
    widths = column_widths(WIDTHS_MM, width, 30, rigid=(0, 5, 6))
    heading = translate("WarrantyReport", "Warranties expired or ending within {days} days (as of {today})")
    story: list[Flowable] = [para(heading.format(days=data.days, today=format_date(data.today)),
                                  styles()["h2"])]
    groups = group(data)
    if not groups:
        none = translate("WarrantyReport", "No warranty has expired or ends within {days} days.")
        return story + empty_notice(none.format(days=data.days))
    notes = Overflow()
    for heading, items in groups:
        story.append(CondPageBreak(30 * mm))  # never a group heading alone at a page foot
        story.append(para(f"{heading} ({len(items)})", styles()["h2"]))
        rows = [(a.tag, a.name, a.make_model, a.serial,
                 ", ".join(p for p in (a.site_name, a.location) if p),
                 format_date(a.warranty_end),
                 translate("WarrantyReport", "{days} ago").format(days=-left) if left < 0
                 else translate("WarrantyReport", "{days} left").format(days=left))
                for a, left in items]
        story += [list_table([translate("WarrantyReport", h) for h in HEADER], rows, widths, right=(6,),
                             notes=notes),
                  Spacer(1, 2 * mm)]
    return story + notes.story()


def build_warranty(data: AssetListData) -> bytes:
    return build_pdf(data.meta, warranty_story(data))
