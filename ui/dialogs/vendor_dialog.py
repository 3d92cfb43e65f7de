"""Create or edit a vendor, its named contacts and its portal password.

The portal password never touches the database: it is read from and written
to the OS keyring through desktop_app.secrets (kind "vendor-portal", name =
vendor name). With no safe keyring the field is disabled and says why.
"""

from __future__ import annotations

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
from desktop_app.services import Services
from desktop_app.services.errors import ServiceError
from desktop_app.services.vendors import KIND_LABELS, VendorRecord
from ui import prompts
from ui.dialogs.record_dialog import RecordDialog
from ui.models.contacts_model import ContactsTableModel
from ui.widgets.form import FieldForm
from ui.widgets.money import MoneyEdit

SECRET_KIND = "vendor-portal"


class VendorDialog(RecordDialog):
    def __init__(self, services: Services, record: VendorRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("New vendor") if record is None
                            else self.tr("Vendor %1").replace("%1", record.name))
        self.setObjectName("VendorDialog")
        self.services = services
        self.record = record
        r = record
        currency = services.settings.get("currency")
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
            if r is not None:
                self._stored_password = secrets.get_secret(SECRET_KIND, r.name) or ""
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
        self.finish_layout(body)
        if record is not None:
            self.watch_record(self.tr("vendor"), lambda: services.vendors.get(record.id))
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

    def save(self) -> VendorRecord:
        # A cell still being typed into has not reached the model yet: commit it first.
        self.contacts_view.setCurrentIndex(self.contacts_model.index(-1, -1))
        contacts = self.contacts_model.contacts()
        if self.record is None:
            saved = self.services.vendors.create(contacts=contacts, **self.values())
        else:
            saved = self.services.vendors.update(self.record.id, contacts=contacts, **self.values())
        self._save_password(saved)
        return saved

    def _save_password(self, saved: VendorRecord) -> None:
        """After the vendor row is committed: the keyring is not transactional with the database."""
        if not self.password.isEnabled():
            return
        old_name = self.record.name if self.record else None
        new_value = self.password.text()
        try:
            # Exact comparison: the keyring entry is keyed by the name as spelled.
            renamed = bool(old_name) and old_name.strip() != saved.name.strip()
            if renamed and self._stored_password:
                secrets.delete_secret(SECRET_KIND, old_name)  # the password follows the new name
            if new_value and (new_value != self._stored_password or renamed):
                secrets.set_secret(SECRET_KIND, saved.name, new_value)
            elif not new_value and self._stored_password:
                secrets.delete_secret(SECRET_KIND, saved.name)
        except ServiceError as err:
            prompts.show_error(self, self.tr("Password not saved"),
                               self.tr("The vendor was saved, but its portal password was not: %1")
                               .replace("%1", str(err)))
