"""Money and files attached to an incident: cost lines and attachments."""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
from decimal import Decimal
from pathlib import Path
from typing import Any

import peewee as pw

from desktop_app import money
from desktop_app.i18n import QT_TRANSLATE_NOOP, Labels, translate
from desktop_app.models import COST_KINDS, Attachment, CostLine, Incident, IncidentEvent
from desktop_app.services.base import Service, this_host, to_record
from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.incidents import AttachmentRecord, CostRecord, IncidentService
from desktop_app.services.validate import (
    Field,
    choice,
    clean,
    parse_float,
    parse_money,
    text,
    text_line,
)
from desktop_app.timeutil import now_utc

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024

COST_LABELS = Labels("CostKind", {
    "callout": QT_TRANSLATE_NOOP("CostKind", "Call-out fee"),
    "labour": QT_TRANSLATE_NOOP("CostKind", "Labour"),
    "parts": QT_TRANSLATE_NOOP("CostKind", "Parts"),
    "travel": QT_TRANSLATE_NOOP("CostKind", "Travel"),
    "other": QT_TRANSLATE_NOOP("CostKind", "Other"),
})


def _hours(label: str, value: Any) -> Decimal | None:
    number = parse_float(label, value)
    return None if number is None else Decimal(str(number)).quantize(Decimal("0.01"))


COST_FIELDS = {
    "kind": Field(QT_TRANSLATE_NOOP("Field", "Kind"), choice(COST_KINDS), required=True),
    "amount": Field(QT_TRANSLATE_NOOP("Field", "Amount"), parse_money, required=True),
    "hours": Field(QT_TRANSLATE_NOOP("Field", "Hours"), _hours),
    "description": Field(QT_TRANSLATE_NOOP("Field", "Description"), text),
    "invoice_ref": Field(QT_TRANSLATE_NOOP("Field", "Invoice reference"), text),
}


def _no_attachment(attachment_id: int) -> str:
    return translate("Errors", "There is no attachment with id {id}.").format(id=attachment_id)


def _money_text(amount: Decimal) -> str:
    return money.format(amount)


class CostService(Service):
    def __init__(self, db: pw.Database, incidents: IncidentService) -> None:
        super().__init__(db)
        self.incidents = incidents

    def _stamp_total(self, incident: Incident, author: str) -> None:
        """The total kept equal to the sum of the lines: summed and written in the transaction
        that holds the incident locked, so no other write to it can come in between."""
        total = (CostLine.select(pw.fn.COALESCE(pw.fn.SUM(CostLine.amount), 0))
                 .where(CostLine.incident == incident.id).scalar())
        self._stamp(incident, {"total_cost": Decimal(str(total)).quantize(Decimal("0.01"))}, author)

    def add(self, incident_id: int, author: str = "", expected_version: int | None = None,
            **values: Any) -> CostRecord:
        data = clean(COST_FIELDS, values)
        if data["kind"] == "labour" and data.get("hours") is None:
            raise ValidationError("hours", translate("Validation", "Labour needs the number of hours."))
        with self._writing():
            incident = self.incidents.lock(incident_id, expected_version)
            now = now_utc()
            row = CostLine.create(incident=incident, created_at=now, **data)
            self._stamp_total(incident, author)
            what = COST_LABELS[data["kind"]]
            hours = f" ({data['hours']} h)" if data.get("hours") is not None else ""
            desc = f": {data['description']}" if data.get("description") else ""
            # The timeline keeps the words of the moment, in the language of whoever wrote them.
            IncidentEvent.create(incident=incident, at=max(now, incident.opened_at), kind="cost",
                                 author=author, host=this_host(),
                                 text=translate("Timeline",
                                                "Cost added - {what}{hours} {amount}{description}")
                                 .format(what=what, hours=hours, amount=_money_text(data["amount"]),
                                         description=desc))
        return to_record(row, CostRecord)

    def remove(self, cost_id: int, author: str = "", expected_version: int | None = None) -> None:
        with self._writing():
            found = CostLine.get_or_none(CostLine.id == cost_id)
            if found is None:
                raise NotFound(translate("Errors", "There is no cost line with id {id}.").format(id=cost_id))
            incident = self.incidents.lock(found.incident_id, expected_version)
            # Read again under the lock: another PC may have removed it meanwhile.
            row = CostLine.get_or_none(CostLine.id == cost_id)
            if row is None:
                raise NotFound(translate("Errors", "There is no cost line with id {id}.").format(id=cost_id))
            row.delete_instance()
            self._stamp_total(incident, author)
            IncidentEvent.create(incident=incident, at=now_utc(), kind="cost", author=author,
                                 host=this_host(),
                                 text=translate("Timeline", "Cost removed - {what} {amount}")
                                 .format(what=COST_LABELS.get(row.kind, row.kind),
                                         amount=_money_text(row.amount)))

    def labour_hours_by_incident(self, opened_from: dt.datetime | None = None,
                                 opened_to: dt.datetime | None = None) -> dict[int, Decimal]:
        """Labour hours per incident opened in [from, to) (naive UTC), in one query (reports)."""
        query = (CostLine.select(CostLine.incident, pw.fn.SUM(CostLine.hours).alias("h"))
                 .join(Incident).where(CostLine.kind == "labour").group_by(CostLine.incident))
        if opened_from is not None:
            query = query.where(Incident.opened_at >= opened_from)
        if opened_to is not None:
            query = query.where(Incident.opened_at < opened_to)
        return {r.incident_id: Decimal(str(r.h or 0)).quantize(Decimal("0.01")) for r in query}

    def list(self, incident_id: int) -> list[CostRecord]:
        query = CostLine.select().where(CostLine.incident == incident_id).order_by(CostLine.id)
        return [to_record(c, CostRecord) for c in query]

    # -- attachments ----------------------------------------------------------------------
    def attach(self, incident_id: int, path: str | Path, author: str = "") -> AttachmentRecord:
        source = Path(path)
        try:
            size = source.stat().st_size
        except OSError:
            raise ValidationError("file", translate("Attachments", "Cannot read the file {path}.")
                                  .format(path=source)) from None
        if source.is_dir():
            raise ValidationError("file", translate("Attachments",
                                                    "{path} is a folder; choose a file inside it to attach.")
                                  .format(path=source))
        if size > MAX_ATTACHMENT_BYTES:
            raise ValidationError(
                "file", translate("Attachments",
                                  "{name} is {size} MB; attachments are limited to {limit} MB.")
                .format(name=source.name, size=f"{size / 1048576:.1f}",
                        limit=MAX_ATTACHMENT_BYTES // 1048576))
        try:
            with open(source, "rb") as fh:
                # One byte past the limit: a file that grew since stat() is still refused.
                data = fh.read(MAX_ATTACHMENT_BYTES + 1)
        except PermissionError:
            raise ValidationError("file", translate("Attachments", "You do not have permission to read "
                                                                   "{path}; nothing was attached.")
                                  .format(path=source)) from None
        except OSError as exc:
            raise ValidationError("file", translate("Attachments", "Cannot read the file {path} ({reason}); "
                                                                   "nothing was attached.")
                                  .format(path=source, reason=exc.strerror or exc)) from None
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise ValidationError("file", translate("Attachments", "{name} is larger than {limit} MB; "
                                                                   "attachments are limited to {limit} MB.")
                                  .format(name=source.name, limit=MAX_ATTACHMENT_BYTES // 1048576))
        name = text_line(QT_TRANSLATE_NOOP("Field", "File name"), source.name, "file") or "attachment"
        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
        with self._writing():
            incident = self.incidents.lock(incident_id)
            row = Attachment.create(incident=incident, filename=name, mime=mime, size=len(data),
                                    sha256=hashlib.sha256(data).hexdigest(), data=data,
                                    created_at=now_utc())
            self._stamp(incident, None, author)
            IncidentEvent.create(incident=incident, at=max(now_utc(), incident.opened_at),
                                 kind="attachment", author=author, host=this_host(),
                                 text=translate("Timeline", "Attached {name}").format(name=name))
        return to_record(row, AttachmentRecord)

    def attachment_data(self, attachment_id: int) -> tuple[str, bytes]:
        row = Attachment.get_or_none(Attachment.id == attachment_id)
        if row is None:
            raise NotFound(_no_attachment(attachment_id))
        return row.filename, bytes(row.data)

    def remove_attachment(self, attachment_id: int, author: str = "") -> None:
        with self._writing():
            row = Attachment.select(Attachment.id, Attachment.incident, Attachment.filename) \
                .where(Attachment.id == attachment_id).first()
            if row is None:
                raise NotFound(_no_attachment(attachment_id))
            incident = self.incidents.lock(row.incident_id)
            if not Attachment.delete().where(Attachment.id == attachment_id).execute():
                raise NotFound(_no_attachment(attachment_id))
            self._stamp(incident, None, author)
            IncidentEvent.create(incident=incident, at=now_utc(), kind="attachment",
                                 author=author, host=this_host(),
                                 text=translate("Timeline", "Removed attachment {name}")
                                 .format(name=row.filename))
