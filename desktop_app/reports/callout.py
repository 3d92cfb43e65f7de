"""The call-out form: the job sheet the office hands the visiting engineer.

One page where it fits (long fault text may push the engineer's part to a
second page; free text is capped so it never runs to a third). Boxes are drawn,
not AcroForm fields: QtPdf does not render form fields, and paper needs ink.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from desktop_app.i18n import QT_TRANSLATE_NOOP, decimal_mark, format_date, translate
from desktop_app.records import PRIORITY_LABELS
from desktop_app.reports.data import CalloutData
from desktop_app.reports.fonts import markup
from desktop_app.reports.layout import (
    ACCENT,
    INK,
    RULE,
    build_pdf,
    frame_size,
    money,
    para,
    styles,
)
from desktop_app.reports.overflow import Overflow
from desktop_app.reports.qr import qr_drawing
from desktop_app.timeutil import format_local

MAX_TEXT = 700  # characters of any one free-text field: keeps the form to two pages at most
WARRANTY_FILL = colors.HexColor("#FFF4D6")
WARRANTY_EDGE = colors.HexColor("#C98A00")
BOX = colors.HexColor("#6E7F90")


def _st(name: str) -> Any:
    return styles()[name]


def _hours(value: float) -> str:
    """Hours as the reader writes numbers: 1.5 h, in German 1,5 h."""
    return f"{value:g}".replace(".", decimal_mark())


def _cap(text: str, ref: str, chars: int = MAX_TEXT, lines: int = 12) -> str:
    """The form's rule for its free-text boxes: cut in place, pointing to FixDesk for the rest."""
    text = (text or "").strip()
    suffix = " … " + translate("CalloutForm", "(shortened; full text in FixDesk under {ref})").format(ref=ref)
    if text.endswith(suffix) or (len(text) <= chars and text.count("\n") < lines):
        return text
    cut = "\n".join(text.split("\n")[:lines])[:chars]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + suffix


def _value(text: object, style: Any = None) -> Any:
    value = "" if text is None else str(text).strip()
    return para(value, style or _st("cell")) if value else para("—", _st("muted"))


def _section(title: str, rows: list[list[Any]], widths: list[float],
             extra: list[tuple[Any, ...]] | None = None, heights: list[float | None] | None = None) -> Table:
    """A boxed block whose first row is a coloured heading bar spanning all columns."""
    head_style = _st("label").clone("head", textColor=colors.white, fontSize=7.5, leading=9)
    head = [para(title.upper(), head_style, bold=True)] + [""] * (len(widths) - 1)
    table = Table([head] + rows, colWidths=widths,
                  rowHeights=None if heights is None else [5 * mm] + heights)
    cmds: list[tuple[Any, ...]] = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("BOX", (0, 0), (-1, -1), 0.6, ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 1), (-1, -2), 0.25, RULE),
    ]
    table.setStyle(TableStyle(cmds + (extra or [])))
    return table


def _pairs(items: list[tuple[str, Any]], label_w: float, value_w: float, columns: int = 1) -> list[list[Any]]:
    """Label/value pairs laid out ``columns`` pairs to a row."""
    rows: list[list[Any]] = []
    for i in range(0, len(items), columns):
        row: list[Any] = []
        for label, value in items[i:i + columns]:
            row += [para(label, _st("label")), value if isinstance(value, Flowable) else _value(value)]
        row += ["", ""] * (columns - len(items[i:i + columns]))
        rows.append(row)
    return rows


def _top(data: CalloutData, width: float) -> Table:
    inc = data.incident
    big = _st("title").clone("ref", fontSize=19, leading=22, textColor=INK)
    kicker = _st("label").clone("kicker", textColor=ACCENT, fontSize=8)
    left = [para(translate("CalloutForm", "CALL-OUT FORM  ·  FORM REF"), kicker, bold=True),
            para(inc.ref, big, bold=True),
            para(inc.title, _st("body").clone("what", fontSize=10.5, leading=13), bold=True)]
    issuer = [para(translate("CalloutForm", "Issued by"), _st("label")),
              para(data.meta.office, _st("cell"), bold=True)]
    if data.office_address:
        issuer.append(para(data.office_address.replace("\n", ", "), _st("small")))
    if data.office_phone:
        phone = translate("CalloutForm", "Tel. {phone}").format(phone=data.office_phone)
        issuer.append(para(phone, _st("small")))
    qr_size = 20 * mm
    qr = [qr_drawing(inc.ref, qr_size)]
    table = Table([[left, issuer, qr]],
                  colWidths=[width - 60 * mm - qr_size - 4 * mm, 60 * mm, qr_size + 4 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("LEFTPADDING", (1, 0), (1, 0), 6),
        ("RIGHTPADDING", (1, 0), (1, 0), 4),
        ("LINEBEFORE", (1, 0), (1, 0), 0.4, RULE),
        ("ALIGN", (2, 0), (2, 0), "RIGHT"),
    ]))
    return table


def _response(data: CalloutData) -> str:
    inc = data.incident
    hours = data.vendor.response_hours if data.vendor else inc.vendor_response_hours
    if inc.response_due_at:
        due = translate("CalloutForm", "By {when}").format(when=format_local(inc.response_due_at))
        return f"{due} ({_hours(hours)} h)" if hours else due
    if hours:
        return translate("CalloutForm", "Within {hours} h of call-out").format(hours=_hours(hours))
    return translate("CalloutForm", "As agreed with the vendor")


def _job(data: CalloutData, width: float) -> Table:
    inc, vendor = data.incident, data.vendor
    raised = format_local(inc.opened_at)
    if inc.reported_by_name:
        raised = translate("CalloutForm", "{when} by {name}").format(when=raised, name=inc.reported_by_name)
    vendor_name = vendor.name if vendor else inc.vendor_name
    phone = " / ".join(p for p in (vendor.phone, vendor.phone_alt) if p) if vendor else ""
    items: list[tuple[str, Any]] = [
        (translate("CalloutForm", "Priority"),
         para(PRIORITY_LABELS.get(inc.priority, inc.priority), _st("cell"), bold=True)),
        (translate("CalloutForm", "Response required"), para(_response(data), _st("cell"), bold=True)),
        (translate("CalloutForm", "Raised"), raised),
        (translate("CalloutForm", "Vendor"),
         para(vendor_name, _st("cell"), bold=True) if vendor_name else ""),
        (translate("CalloutForm", "Vendor's job ref"),
         para(inc.vendor_ref, _st("cell"), bold=True) if inc.vendor_ref else ""),
        (translate("CalloutForm", "Vendor phone"), phone),
    ]
    lw = 31 * mm
    vw = width / 2 - lw
    return _section(translate("CalloutForm", "Job"), _pairs(items, lw, vw, 2), [lw, vw, lw, vw])


def _warranty_notice(data: CalloutData, width: float) -> Flowable | None:
    asset = data.asset
    if asset is None or not asset.under_warranty(data.today) or asset.warranty_end is None:
        return None
    until = translate("CalloutForm", "UNDER WARRANTY until {date}.")
    parts = [f"<b>{markup(until.format(date=format_date(asset.warranty_end)))}</b>"]
    if asset.supplier:
        supplier = translate("CalloutForm", "Supplier: {supplier}.")
        parts.append(markup(supplier.format(supplier=asset.supplier)))
    parts.append(markup(translate("CalloutForm", "Check warranty cover before charging for parts or labour; "
                                                 "claim warranty repairs from the manufacturer.")))
    text = " ".join(parts)
    body = Paragraph(text, _st("body").clone("warn", fontSize=8, leading=10.5))
    mark = Paragraph("<b>!</b>", _st("body").clone("bang", fontSize=13, leading=15, alignment=1,
                                                     textColor=colors.white))
    table = Table([[mark, body]], colWidths=[8 * mm, width - 8 * mm])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), WARRANTY_FILL),
        ("BACKGROUND", (0, 0), (0, 0), WARRANTY_EDGE),
        ("BOX", (0, 0), (-1, -1), 1, WARRANTY_EDGE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]))
    return table


def _contact(name: str, phone: str) -> str:
    return ", ".join(p for p in (name, phone) if p)


def _site_and_equipment(data: CalloutData, width: float) -> Table:
    site, asset = data.site, data.asset
    half = (width - 3 * mm) / 2
    lw = 27 * mm
    if site:
        access = "\n".join(p for p in (
            site.access_notes,
            site.parking_notes
            and translate("CalloutForm", "Parking: {notes}").format(notes=site.parking_notes),
            site.alarm_notes and translate("CalloutForm", "Alarm: {notes}").format(notes=site.alarm_notes))
            if p)
        site_items: list[tuple[str, Any]] = [
            (translate("CalloutForm", "Site"), para(site.name, _st("cell"), bold=True)),
            (translate("CalloutForm", "Address"), site.address),
            (translate("CalloutForm", "Opening hours"), site.opening_hours),
            (translate("CalloutForm", "On-site contact"), _contact(site.contact_name, site.contact_phone)),
            (translate("CalloutForm", "Backup contact"),
             _contact(site.backup_contact_name, site.backup_contact_phone)),
            (translate("CalloutForm", "Access notes"), _cap(access, data.incident.ref)),
        ]
    else:
        site_items = [(translate("CalloutForm", "Address"), data.office_address),
                      (translate("CalloutForm", "Phone"), data.office_phone)]
    if asset:
        where = ", ".join(p for p in (asset.site_name, asset.location) if p)
        used_by = translate("CalloutForm", "(used by {name})")
        user = " " + used_by.format(name=asset.person_name) if asset.person_name else ""
        warranty = asset.warranty_state(data.today)
        equip_items: list[tuple[str, Any]] = [
            (translate("CalloutForm", "Asset tag"), para(asset.tag, _st("cell"), bold=True)),
            (translate("CalloutForm", "Equipment"), asset.name + user),
            (translate("CalloutForm", "Make / model"), asset.make_model),
            (translate("CalloutForm", "Serial no."),
             para(asset.serial, _st("cell"), bold=True) if asset.serial else ""),
            (translate("CalloutForm", "Location"), where),
            (translate("CalloutForm", "Purchased"), format_date(asset.purchase_date)),
            (translate("CalloutForm", "Warranty"),
             para(warranty, _st("cell"), bold=asset.under_warranty(data.today))),
        ]
        if asset.hostname or asset.ip_address:
            equip_items.append((translate("CalloutForm", "Network"),
                                " / ".join(p for p in (asset.hostname, asset.ip_address) if p)))
    else:
        equip_items = [(translate("CalloutForm", "Equipment"),
                        translate("CalloutForm", "No asset recorded for this incident"))]
    left = _section(translate("CalloutForm", "Site"), _pairs(site_items, lw, half - lw), [lw, half - lw])
    right = _section(translate("CalloutForm", "Equipment"), _pairs(equip_items, lw, half - lw),
                     [lw, half - lw])
    outer = Table([[left, right]], colWidths=[half + 3 * mm, half])
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (0, 0), 3 * mm),
                               ("RIGHTPADDING", (1, 0), (1, 0), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return outer


def _fault(data: CalloutData, width: float) -> Table:
    inc = data.incident
    lw = 27 * mm
    users = (translate("CalloutForm", "{count} user") if inc.users_affected == 1
             else translate("CalloutForm", "{count} users")).format(count=inc.users_affected)
    half = width / 2 - lw
    rows = [
        [para(translate("CalloutForm", "Description"), _st("label")),
         _value(_cap(inc.description, inc.ref) or inc.title), "", ""],
        [para(translate("CalloutForm", "Error messages"), _st("label")),
         _value(_cap(inc.error_messages, inc.ref)), "", ""],
        [para(translate("CalloutForm", "Already tried"), _st("label")),
         _value(_cap(inc.tried, inc.ref)), "", ""],
        [para(translate("CalloutForm", "Started"), _st("label")), _value(format_local(inc.opened_at)),
         para(translate("CalloutForm", "Users affected"), _st("label")), _value(users)],
    ]
    spans = [("SPAN", (1, r), (3, r)) for r in (1, 2, 3)]
    return _section(translate("CalloutForm", "Fault reported"), rows, [lw, half, lw, half], extra=spans)


def _commercial(data: CalloutData, width: float) -> Table:
    inc, vendor, cur = data.incident, data.vendor, data.meta.currency
    cap = money(inc.spend_cap, cur)
    cells: list[tuple[str, Any]] = [
        (translate("CalloutForm", "PO number"),
         para(inc.po_number, _st("cell"), bold=True) if inc.po_number else ""),
        (translate("CalloutForm", "Spend cap"),
         para(translate("CalloutForm", "{amount} - not to exceed").format(amount=cap), _st("cell"), bold=True)
         if cap else translate("CalloutForm", "None set - phone us first")),
        (translate("CalloutForm", "Authorised by"), inc.authorised_by),
        (translate("CalloutForm", "Our account no."), vendor.account_number if vendor else ""),
        (translate("CalloutForm", "Call-out fee"), money(vendor.callout_fee, cur) if vendor else ""),
        (translate("CalloutForm", "Hourly rate"), money(vendor.hourly_rate, cur) if vendor else ""),
        (translate("CalloutForm", "Minimum charge"), money(vendor.minimum_charge, cur) if vendor else ""),
        (translate("CalloutForm", "Vendor support hours"), vendor.support_hours if vendor else ""),
    ]
    widths = [width * 0.2, width * 0.32, width * 0.24, width * 0.24]
    rows = []
    for i in (0, 4):
        rows.append([[para(label, _st("label")), value if isinstance(value, Flowable) else _value(value)]
                     for label, value in cells[i:i + 4]])
    quote = (translate("CalloutForm", "Please quote {ref} and PO {po} on your invoice.") if inc.po_number
             else translate("CalloutForm", "Please quote {ref} on your invoice."))
    approval = (translate("CalloutForm", "Work beyond the spend cap needs written approval from {name}.")
                if inc.authorised_by
                else translate("CalloutForm",
                               "Work beyond the spend cap needs written approval from the office."))
    quote = quote.format(ref=inc.ref, po=inc.po_number)
    approval = approval.format(name=inc.authorised_by)
    note = f"{quote} {approval}"
    rows.append([para(note, _st("muted")), "", "", ""])
    return _section(translate("CalloutForm", "Commercial terms"), rows, widths,
                    extra=[("LINEAFTER", (0, 1), (2, 2), 0.25, RULE), ("SPAN", (0, 3), (-1, 3))])


def _box(label: str) -> Any:
    return para(label, _st("label"))


def _engineer_block(width: float, scale: float) -> Table:
    """The engineer's boxes; ``scale`` 0..1 picks writing space between cramped and roomy."""
    def h(low: float, high: float) -> float:
        return (low + (high - low) * scale) * mm

    tick = _st("body").clone("tick", fontSize=9.5, leading=12)
    rows: list[list[Any]] = [
        [_box(translate("CalloutForm", "Date of visit")), "", _box(translate("CalloutForm", "Arrival time")),
         _box(translate("CalloutForm", "Departure time")),
         para("☐  " + translate("CalloutForm", "Fixed"), tick, bold=True),
         para("☐  " + translate("CalloutForm", "Return visit needed"), tick, bold=True)],
        [_box(translate("CalloutForm", "Cause found")), "", "", "", "", ""],
        [_box(translate("CalloutForm", "Work done")), "", "", "", "", ""],
        [_box(translate("CalloutForm", "Parts used: description, part no. / serial, quantity, cost")),
         "", "", "", "", ""],
    ]
    main = _section(translate("CalloutForm", "To be completed by the engineer"), rows,
                    [width * f for f in (0.14, 0.14, 0.15, 0.15, 0.15, 0.27)],
                    heights=[h(8, 9), h(8, 24), h(10, 32), h(8, 22)],
                    extra=[("SPAN", (0, 1), (1, 1)), ("SPAN", (0, 2), (-1, 2)),
                           ("SPAN", (0, 3), (-1, 3)), ("SPAN", (0, 4), (-1, 4)),
                           ("LINEAFTER", (1, 1), (3, 1), 0.25, RULE),
                           ("VALIGN", (4, 1), (5, 1), "MIDDLE"),
                           ("LINEBELOW", (0, 1), (-1, -2), 0.4, BOX)])
    sign = [_box(translate("CalloutForm", "Engineer name")),
            _box(translate("CalloutForm", "Engineer signature")),
            _box(translate("CalloutForm", "Date")),
            _box(translate("CalloutForm", "Customer name")),
            _box(translate("CalloutForm", "Customer signature")),
            _box(translate("CalloutForm", "Date"))]
    sw = [width * f for f in (0.19, 0.2, 0.11, 0.19, 0.2, 0.11)]
    signs = Table([sign], colWidths=sw, rowHeights=[h(11, 16)])
    signs.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, ACCENT),
                               ("INNERGRID", (0, 0), (-1, -1), 0.25, RULE),
                               ("LINEAFTER", (2, 0), (2, 0), 1.2, ACCENT),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    outer = Table([[main], [signs]], colWidths=[width])
    outer.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 1), (0, 1), 2 * mm)]))
    return outer


class EngineerBoxes(Flowable):
    """The engineer's part, sized to the room left on the page.

    It grows to fill the rest of page one (more room to write) and shrinks to a
    usable minimum before giving up and moving, whole, to page two at full size.
    """

    def __init__(self, width: float) -> None:
        super().__init__()
        self.box_width = width
        self._table: Table | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        low = _engineer_block(self.box_width, 0.0).wrap(avail_width, avail_height)[1]
        high = _engineer_block(self.box_width, 1.0).wrap(avail_width, avail_height)[1]
        if low > avail_height or avail_height >= high:
            scale = 1.0
        else:
            scale = (avail_height - low) / (high - low) * 0.999
        self._table = _engineer_block(self.box_width, scale)
        self.width, self.height = self._table.wrap(avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # never split the boxes: the frame moves us to the next page

    def draw(self) -> None:
        assert self._table is not None
        self._table.drawOn(self.canv, 0, 0)


def callout_story(data: CalloutData) -> list[Flowable]:
    width, _ = frame_size(data.meta)
    gap = Spacer(1, 2.5 * mm)
    story: list[Flowable] = [_top(data, width), Spacer(1, 3 * mm), _job(data, width), gap]
    notice = _warranty_notice(data, width)
    if notice is not None:
        story += [notice, gap]
    story += [_site_and_equipment(data, width), gap, _fault(data, width), gap,
              _commercial(data, width), gap]
    story.append(EngineerBoxes(width))
    return story


# (characters, lines) allowed in a box: titles, free-text fields, everything else.  A box cannot
# run across pages, so text beyond this is shortened with "…" and printed in full after the
# engineer's part.  Tighter levels are tried in turn if a form still does not fit.
LEVELS = (
    {"title": (300, 4), "long": (MAX_TEXT, 12), "other": (200, 4)},
    {"title": (120, 2), "long": (300, 6), "other": (80, 2)},
    {"title": (50, 1), "long": (100, 3), "other": (30, 1)},
)
LONG_FIELDS = {"notes", "cause", "resolution", "address", "office_address"}
# The fault and access boxes keep the form to two pages: cut in place (see _cap), not appended.
CAPPED_FIELDS = {"description", "error_messages", "tried", "access_notes", "parking_notes", "alarm_notes"}
NOT_SHORTENED = {"ref", "status", "priority", "kind"}


# A shortened field's name in "Full text of shortened entries" (translated where printed).
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("CalloutForm", "Title"),
    "description": QT_TRANSLATE_NOOP("CalloutForm", "Description"),
    "error_messages": QT_TRANSLATE_NOOP("CalloutForm", "Error messages"),
    "tried": QT_TRANSLATE_NOOP("CalloutForm", "Tried"),
    "asset_tag": QT_TRANSLATE_NOOP("CalloutForm", "Asset tag"),
    "asset_name": QT_TRANSLATE_NOOP("CalloutForm", "Asset name"),
    "reported_by_name": QT_TRANSLATE_NOOP("CalloutForm", "Reported by"),
    "vendor_name": QT_TRANSLATE_NOOP("CalloutForm", "Vendor"),
    "vendor_ref": QT_TRANSLATE_NOOP("CalloutForm", "Vendor's job ref"),
    "po_number": QT_TRANSLATE_NOOP("CalloutForm", "PO number"),
    "authorised_by": QT_TRANSLATE_NOOP("CalloutForm", "Authorised by"),
    "cause": QT_TRANSLATE_NOOP("CalloutForm", "Cause"),
    "resolution": QT_TRANSLATE_NOOP("CalloutForm", "Resolution"),
    "tag": QT_TRANSLATE_NOOP("CalloutForm", "Tag"),
    "name": QT_TRANSLATE_NOOP("CalloutForm", "Name"),
    "category": QT_TRANSLATE_NOOP("CalloutForm", "Category"),
    "manufacturer": QT_TRANSLATE_NOOP("CalloutForm", "Manufacturer"),
    "model": QT_TRANSLATE_NOOP("CalloutForm", "Model"),
    "serial": QT_TRANSLATE_NOOP("CalloutForm", "Serial"),
    "site_name": QT_TRANSLATE_NOOP("CalloutForm", "Site"),
    "location": QT_TRANSLATE_NOOP("CalloutForm", "Location"),
    "person_name": QT_TRANSLATE_NOOP("CalloutForm", "Used by"),
    "supplier": QT_TRANSLATE_NOOP("CalloutForm", "Supplier"),
    "hostname": QT_TRANSLATE_NOOP("CalloutForm", "Hostname"),
    "ip_address": QT_TRANSLATE_NOOP("CalloutForm", "IP address"),
    "notes": QT_TRANSLATE_NOOP("CalloutForm", "Notes"),
    "address": QT_TRANSLATE_NOOP("CalloutForm", "Address"),
    "phone": QT_TRANSLATE_NOOP("CalloutForm", "Phone"),
    "phone_alt": QT_TRANSLATE_NOOP("CalloutForm", "Other phone"),
    "opening_hours": QT_TRANSLATE_NOOP("CalloutForm", "Opening hours"),
    "contact_name": QT_TRANSLATE_NOOP("CalloutForm", "On-site contact"),
    "contact_phone": QT_TRANSLATE_NOOP("CalloutForm", "On-site contact phone"),
    "backup_contact_name": QT_TRANSLATE_NOOP("CalloutForm", "Backup contact"),
    "backup_contact_phone": QT_TRANSLATE_NOOP("CalloutForm", "Backup contact phone"),
    "email": QT_TRANSLATE_NOOP("CalloutForm", "Email"),
    "website": QT_TRANSLATE_NOOP("CalloutForm", "Website"),
    "portal_url": QT_TRANSLATE_NOOP("CalloutForm", "Portal"),
    "portal_user": QT_TRANSLATE_NOOP("CalloutForm", "Portal user"),
    "account_number": QT_TRANSLATE_NOOP("CalloutForm", "Our account no."),
    "support_hours": QT_TRANSLATE_NOOP("CalloutForm", "Vendor support hours"),
    "office_name": QT_TRANSLATE_NOOP("CalloutForm", "Office"),
    "subtitle": QT_TRANSLATE_NOOP("CalloutForm", "Subtitle"),
}


def _label(name: str) -> str:
    known = FIELD_LABELS.get(name)
    return translate("CalloutForm", known) if known else name.replace("_", " ").capitalize()


def _shorten_record(record: Any, where: str, level: dict[str, tuple[int, int]], notes: Overflow,
                    ref: str) -> Any:
    if record is None:
        return None
    changes = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if not isinstance(value, str) or f.name in NOT_SHORTENED:
            continue
        if f.name in CAPPED_FIELDS:
            chars, lines = level["long"]
            short = _cap(value, ref, chars, lines)
            if short != value.strip():
                changes[f.name] = short
            continue
        chars, lines = level["title" if f.name == "title" else "long" if f.name in LONG_FIELDS else "other"]
        short = notes.shorten(value, chars, lines, where, _label(f.name))
        if short != value:
            changes[f.name] = short
    return dataclasses.replace(record, **changes) if changes else record


def shortened(data: CalloutData, level: dict[str, tuple[int, int]], notes: Overflow) -> CalloutData:
    """``data`` with every text cut to what its box can hold; the full texts go to ``notes``."""
    inc = data.incident
    office_chars, office_lines = level["other"]
    address_chars, address_lines = level["long"]
    office = translate("CalloutForm", "Office")
    return dataclasses.replace(
        data,
        meta=_shorten_record(data.meta, office, level, notes, inc.ref),
        incident=_shorten_record(inc, inc.ref, level, notes, inc.ref),
        asset=_shorten_record(data.asset, translate("CalloutForm", "Equipment"), level, notes, inc.ref),
        site=_shorten_record(data.site, translate("CalloutForm", "Site"), level, notes, inc.ref),
        vendor=_shorten_record(data.vendor, translate("CalloutForm", "Vendor"), level, notes, inc.ref),
        office_address=notes.shorten(data.office_address, address_chars, address_lines, office,
                                     translate("CalloutForm", "Address")),
        office_phone=notes.shorten(data.office_phone, office_chars, office_lines, office,
                                   translate("CalloutForm", "Phone")))


def build_callout(data: CalloutData) -> bytes:
    """The call-out form for one incident, as PDF bytes."""
    for level in LEVELS:
        notes = Overflow()
        try:
            return build_pdf(data.meta, callout_story(shortened(data, level, notes)) + notes.story())
        except LayoutError:
            if level is LEVELS[-1]:
                raise
    raise AssertionError("unreachable")
