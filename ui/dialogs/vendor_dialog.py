"""Create or edit a vendor, its named contacts and its portal password.

The portal password never touches the database: it is read from and written
to the OS keyring by the vendor service (keyed by the vendor's id, deleted with
the vendor). With no safe keyring the field is disabled and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import NamedTuple

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app import secrets
from desktop_app.records import KIND_LABELS, VendorRecord
from desktop_app.services import Services
from desktop_app.services.errors import ServiceError
from ui import prompts
from ui.dialogs.conflict_dialog import FieldChange
from ui.dialogs.record_dialog import RecordDialog
from ui.models.contacts_model import KEYS, ContactsTableModel
from ui.widgets.form import FieldForm
from ui.widgets.money import MoneyEdit


class VendorChoices(NamedTuple):
    """What the vendor form shows besides the vendor: the currency and the saved portal password."""

    currency: str
    password: str

    @classmethod
    def read(cls, services: Services, vendor_id: int | None) -> VendorChoices:
        """For ``ui.ops.open_form``: on a server this runs off the GUI thread (the password of a
        vendor saved by an older FixDesk is looked up by the vendor's name)."""
        password = ""
        if vendor_id is not None and secrets.status()[0]:
            password = services.vendors.portal_password(vendor_id) or ""
        return cls(services.settings.get("currency"), password)


class VendorDialog(RecordDialog):
    def __init__(self, services: Services, record: VendorRecord | None = None,
                 parent: QWidget | None = None, choices: VendorChoices | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("New vendor") if record is None
                            else self.tr("Vendor %1").replace("%1", record.name))
        self.setObjectName("VendorDialog")
        self.services = services
        self.record = record
        r = record
        if choices is None:
            choices = VendorChoices.read(services, record.id if record else None)
        currency = choices.currency
        kinds = {"it_breakfix": self.tr("IT break-fix"), "printer_copier": self.tr("Printer / copier"),
                 "telecom": self.tr("Telecom / internet"), "manufacturer": self.tr("Manufacturer"),
                 "software": self.tr("Software"), "other": self.tr("Other")}

        left, right = self.form, FieldForm()
        self.name = left.add("name", self.tr("Company &name"), self.line(r.name if r else ""),
                             required=True)
        self.kind = left.add("kind", self.tr("&Kind"), self.combo_for(
            [(kinds.get(k, v), k) for k, v in KIND_LABELS.items()], r.kind if r else "it_breakfix"))
        self.phone = left.add("phone", self.tr("&Phone"), self.line(r.phone if r else ""))
        self.phone_alt = left.add("phone_alt", self.tr("&Other phone"), self.line(r.phone_alt if r else ""))
        self.email = left.add("email", self.tr("&E-mail"), self.line(r.email if r else ""))
        self.website = left.add("website", self.tr("&Website"), self.line(r.website if r else ""))
        self.account_number = left.add("account_number", self.tr("&Account number"),
                                       self.line(r.account_number if r else ""))
        self.support_hours = left.add("support_hours", self.tr("Support &hours"),
                                      self.line(r.support_hours if r else "", self.tr("Mon-Fri 8-18")))

        hours = self.line("" if r is None or r.response_hours is None else f"{r.response_hours:g}",
                          self.tr("e.g. 4"))
        hours.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,4}([.,][0-9]{0,2})?"),
                                                       hours))
        hours.setMaximumWidth(180)
        self.response_hours = right.add(
            "response_hours", self.tr("&Response time (hours)"), hours,
            note=self.tr("What the vendor promises: sets each call-out's due time."))
        money = self.tr("%1 (%2)")
        self.callout_fee = right.add("callout_fee", money.replace("%1", self.tr("Call-out &fee"))
                                     .replace("%2", currency), MoneyEdit(currency))
        self.hourly_rate = right.add("hourly_rate", money.replace("%1", self.tr("Hourly ra&te"))
                                     .replace("%2", currency), MoneyEdit(currency))
        self.minimum_charge = right.add("minimum_charge", money.replace("%1", self.tr("&Minimum charge"))
                                        .replace("%2", currency), MoneyEdit(currency))
        for edit, value in ((self.callout_fee, r.callout_fee if r else None),
                            (self.hourly_rate, r.hourly_rate if r else None),
                            (self.minimum_charge, r.minimum_charge if r else None)):
            edit.set_amount(value)
        self.portal_url = right.add("portal_url", self.tr("Portal &URL"),
                                    self.line(r.portal_url if r else ""))
        self.portal_user = right.add("portal_user", self.tr("Portal &user name"),
                                     self.line(r.portal_user if r else ""))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        usable, sentence = secrets.status()
        self._stored_password = ""
        if usable:
            self._stored_password = choices.password
            self.password.setText(self._stored_password)
            right.add("password", self.tr("Portal pass&word"), self.password,
                      note=self.tr("Kept in the system keyring, never in the database."))
        else:
            self.password.setEnabled(False)
            self.password.setPlaceholderText(self.tr("cannot be saved here"))
            right.add("password", self.tr("Portal pass&word"), self.password, note=sentence)
        self.notes_edit = right.add("notes", self.tr("No&tes"), self.notes(r.notes if r else "", rows=2))

        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.two_columns(right))
        outer.addWidget(self._contacts_editor(r), 1)
        # The contacts as the dialog opened with them: what the user changed is sent row by row.
        self._contacts_base: dict[int, dict[str, str]] = {
            c.id: {k: getattr(c, k) for k in KEYS} for c in (r.contacts if r else ())}
        self.finish_layout(body)
        if self.guard is not None:
            self.guard.extra_diff = self._contacts_conflict
            self.guard.extra_merge = self._take_their_contacts
        if record is not None:
            self.watch_record(self.tr("vendor"), lambda: services.vendors.get(record.id), seen=record)
        self.resize(880, self.sizeHint().height())

    def _contacts_editor(self, r: VendorRecord | None) -> QWidget:
        self.contacts_model = ContactsTableModel(r.contacts if r else ())
        self.contacts_view = QTableView()
        self.contacts_view.setObjectName("contactsView")
        self.contacts_view.setModel(self.contacts_model)
        self.contacts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.contacts_view.verticalHeader().hide()
        self.contacts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts_view.setMinimumHeight(120)
        self.add_contact_button = QPushButton(self.tr("&Add contact"))
        self.remove_contact_button = QPushButton(self.tr("Remo&ve contact"))
        self.add_contact_button.clicked.connect(self.add_contact_row)
        self.remove_contact_button.clicked.connect(self._remove_contact)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_contact_button)
        buttons.addWidget(self.remove_contact_button)
        buttons.addStretch(1)
        box.addWidget(self.contacts_view)
        box.addLayout(buttons)
        # Full width under both columns, yet its errors still land beside it.
        bottom = FieldForm()
        bottom.add("contacts", self.tr("&Contacts"), holder)
        self.adopt(bottom)
        area = QWidget()
        area.setLayout(bottom)
        return area

    def add_contact_row(self) -> int:
        row = self.contacts_model.add()
        index = self.contacts_model.index(row, 0)
        self.contacts_view.setCurrentIndex(index)
        self.contacts_view.edit(index)
        return row

    def _remove_contact(self) -> None:
        index = self.contacts_view.currentIndex()
        if index.isValid():
            self.contacts_model.remove(index.row())

    def values(self) -> dict[str, object]:
        return {
            "name": self.name.text(), "kind": self.kind.currentData(), "phone": self.phone.text(),
            "phone_alt": self.phone_alt.text(), "email": self.email.text(),
            "website": self.website.text(), "account_number": self.account_number.text(),
            "support_hours": self.support_hours.text(), "response_hours": self.response_hours.text(),
            "callout_fee": self.callout_fee.amount_text(), "hourly_rate": self.hourly_rate.amount_text(),
            "minimum_charge": self.minimum_charge.amount_text(), "portal_url": self.portal_url.text(),
            "portal_user": self.portal_user.text(), "notes": self.notes_edit.toPlainText(),
        }

    def contact_changes(self) -> tuple[list[dict[str, object]], list[int]]:
        """(contacts added or changed, ids removed) since the dialog opened: the vendor service
        merges these row by row, so contacts another PC added meanwhile are kept."""
        changed: list[dict[str, object]] = []
        present: set[int] = set()
        for entry in self.contacts_model.contacts():
            contact_id = entry.get("id")
            if contact_id:
                present.add(contact_id)  # type: ignore[arg-type]
                base = self._contacts_base.get(contact_id)  # type: ignore[arg-type]
                if base is not None and all(str(entry[k]).strip() == base[k] for k in KEYS):
                    continue
            changed.append(entry)
        return changed, [c for c in self._contacts_base if c not in present]

    @staticmethod
    def _names(contacts: object) -> str:
        return "; ".join(str(c["name"] if isinstance(c, dict) else c.name)  # type: ignore[attr-defined]
                         for c in contacts) or "-"  # type: ignore[attr-defined]

    def _contacts_conflict(self, current: VendorRecord) -> FieldChange | None:
        theirs = {c.id: {k: getattr(c, k) for k in KEYS} for c in current.contacts}
        changed, removed = self.contact_changes()
        they, me = theirs != self._contacts_base, bool(changed or removed)
        if not (they or me):
            return None
        return FieldChange("contacts", self.tr("Contacts"), self._names(current.contacts),
                           self._names(self.contacts_model.contacts()), they, me)

    def _take_their_contacts(self, current: VendorRecord) -> None:
        """Back to editing: their added, changed and removed contacts shown, except rows the
        user has changed here (those stay as typed)."""
        theirs = {c.id: {k: getattr(c, k) for k in KEYS} for c in current.contacts}
        rows = self.contacts_model.rows()
        by_id = {r["id"]: i for i, r in enumerate(rows) if r["id"]}
        untouched = {cid for cid, i in by_id.items() if cid in self._contacts_base
                     and all(str(rows[i][k]).strip() == self._contacts_base[cid][k] for k in KEYS)}
        for cid, values in theirs.items():
            if cid not in by_id and cid not in self._contacts_base:
                self.contacts_model.add_stored(cid, values)  # appended: indexes above stay put
            elif cid in untouched and values != self._contacts_base[cid]:
                self.contacts_model.replace_row(by_id[cid], values)
        for cid in sorted((set(self._contacts_base) - set(theirs)) & untouched,
                          key=by_id.__getitem__, reverse=True):
            self.contacts_model.remove(by_id[cid])  # removed on the other PC
        self._contacts_base = theirs

    def save_call(self) -> Callable[[], VendorRecord]:
        # A cell still being typed into has not reached the model yet: commit it first.
        self.contacts_view.setCurrentIndex(self.contacts_model.index(-1, -1))
        if self.record is None:
            return partial(self.services.vendors.create, contacts=self.contacts_model.contacts(),
                           **self.values())
        changed, removed = self.contact_changes()
        return partial(self.services.vendors.update, self.record.id, contacts=changed,
                       remove_contacts=removed, expected_version=self.opened_version,
                       **self.changed_values())

    def after_save(self, saved: VendorRecord) -> None:
        """After the vendor row is committed: the keyring is not transactional with the database."""
        if not self.password.isEnabled():
            return
        new_value = self.password.text()
        if new_value == self._stored_password:
            return
        try:
            self.services.vendors.set_portal_password(saved.id, new_value)
        except ServiceError as err:
            prompts.show_error(self, self.tr("Password not saved"),
                               self.tr("The vendor was saved, but its portal password was not: %1")
                               .replace("%1", str(err)))
