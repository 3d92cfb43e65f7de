"""Create or edit an office site: where the engineer goes and who lets them in."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QWidget

from desktop_app.records import SiteRecord
from desktop_app.services import Services
from ui.dialogs.record_dialog import RecordDialog
from ui.widgets.form import FieldForm


class SiteDialog(RecordDialog):
    def __init__(self, services: Services, record: SiteRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("New site") if record is None
                            else self.tr("Site %1").replace("%1", record.name))
        self.setObjectName("SiteDialog")
        self.services = services
        self.record = record
        r = record
        left, right = self.form, FieldForm()
        self.name = left.add("name", self.tr("&Name"), self.line(r.name if r else ""), required=True)
        self.address = left.add("address", self.tr("&Address"), self.notes(r.address if r else "", rows=3))
        self.phone = left.add("phone", self.tr("&Phone"), self.line(r.phone if r else ""))
        self.opening_hours = left.add("opening_hours", self.tr("&Opening hours"),
                                      self.line(r.opening_hours if r else "", self.tr("Mon-Fri 8:30-17:30")))
        self.contact_name = left.add("contact_name", self.tr("On-site &contact"),
                                     self.line(r.contact_name if r else ""))
        self.contact_phone = left.add("contact_phone", self.tr("Contact p&hone"),
                                      self.line(r.contact_phone if r else ""))
        self.backup_contact_name = left.add("backup_contact_name", self.tr("&Backup contact"),
                                            self.line(r.backup_contact_name if r else ""))
        self.backup_contact_phone = left.add("backup_contact_phone", self.tr("Backup contact pho&ne"),
                                             self.line(r.backup_contact_phone if r else ""))
        self.access_notes = right.add("access_notes", self.tr("Acc&ess notes"),
                                      self.notes(r.access_notes if r else ""),
                                      note=self.tr("Printed on every call-out form for this site."))
        self.parking_notes = right.add("parking_notes", self.tr("Par&king"),
                                       self.notes(r.parking_notes if r else ""))
        self.alarm_notes = right.add("alarm_notes", self.tr("A&larm"), self.notes(r.alarm_notes if r else ""))
        self.finish_layout(self.two_columns(right))
        if record is not None:
            self.watch_record(self.tr("site"), lambda: services.sites.get(record.id), seen=record)
        chain = [self.name, self.address, self.phone, self.opening_hours, self.contact_name,
                 self.contact_phone, self.backup_contact_name, self.backup_contact_phone,
                 self.access_notes, self.parking_notes, self.alarm_notes]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)
        self.resize(820, self.sizeHint().height())

    def values(self) -> dict[str, object]:
        return {
            "name": self.name.text(), "address": self.address.toPlainText(), "phone": self.phone.text(),
            "opening_hours": self.opening_hours.text(), "contact_name": self.contact_name.text(),
            "contact_phone": self.contact_phone.text(),
            "backup_contact_name": self.backup_contact_name.text(),
            "backup_contact_phone": self.backup_contact_phone.text(),
            "access_notes": self.access_notes.toPlainText(),
            "parking_notes": self.parking_notes.toPlainText(),
            "alarm_notes": self.alarm_notes.toPlainText(),
        }

    def save_call(self) -> Callable[[], SiteRecord]:
        if self.record is None:
            return partial(self.services.sites.create, **self.values())
        return partial(self.services.sites.update, self.record.id, expected_version=self.opened_version,
                       **self.changed_values())
