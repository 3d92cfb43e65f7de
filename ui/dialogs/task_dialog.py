"""Add or edit a planned task: what, when, how often, on which asset, with whom, at what cost."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app import i18n
from desktop_app.schedule import MAX_EVERY, UNITS
from desktop_app.services import Services
from desktop_app.services.planned import TaskRecord
from ui.dialogs.saving import Saving
from ui.widgets.form import FieldErrors, FieldForm, error_label
from ui.widgets.money import MoneyEdit

UNIT_LABELS = {"days": QT_TRANSLATE_NOOP("TaskDialog", "days"),
               "weeks": QT_TRANSLATE_NOOP("TaskDialog", "weeks"),
               "months": QT_TRANSLATE_NOOP("TaskDialog", "months"),
               "years": QT_TRANSLATE_NOOP("TaskDialog", "years")}


def date_format() -> str:
    """The day as the window writes it (desktop_app.i18n's pattern), for a QDateEdit."""
    pattern = i18n.conventions().date
    return pattern.replace("%d", "dd").replace("%m", "MM").replace("%Y", "yyyy").replace("%%", "%")


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class TaskChoices(NamedTuple):
    """What the task form offers: the assets and vendors to link it to, and the currency."""

    assets: list[Any]
    vendors: list[Any]
    currency: str

    @classmethod
    def read(cls, services: Services) -> TaskChoices:
        """For ``ui.ops.open_form``: on a server this runs off the GUI thread."""
        return cls(services.assets.choices(), services.vendors.list(), services.settings.get("currency"))


class TaskDialog(QDialog):
    def __init__(self, services: Services, task: TaskRecord | None = None,
                 parent: QWidget | None = None, choices: TaskChoices | None = None) -> None:
        super().__init__(parent)
        if choices is None:
            choices = TaskChoices.read(services)
        self.services = services
        self.task = task
        self.saved: TaskRecord | None = None
        self.setWindowTitle(self.tr("New planned task") if task is None else self.tr("Edit planned task"))
        self.setMinimumWidth(480)

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Test-restore the server backup"))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(date_format())
        self.due.setDate(qdate(dt.date.today()))
        self.repeats = QCheckBox(self.tr("Every"))
        self.every_n = QSpinBox()
        self.every_n.setRange(1, max(MAX_EVERY.values()))
        self.every_unit = QComboBox()
        for unit in UNITS:
            self.every_unit.addItem(QCoreApplication.translate("TaskDialog", UNIT_LABELS[unit]), unit)
        self.every_unit.setCurrentIndex(UNITS.index("months"))
        repeat_row = QWidget()
        row = QHBoxLayout(repeat_row)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.repeats, self.every_n, self.every_unit):
            row.addWidget(widget)
        row.addStretch(1)
        self.from_due = QRadioButton(self.tr("from the due date (keeps its day of the month)"))
        self.from_done = QRadioButton(self.tr("from the day it is done"))
        self.from_due.setChecked(True)
        rule = QWidget()
        rule_box = QVBoxLayout(rule)
        rule_box.setContentsMargins(0, 0, 0, 0)
        rule_box.addWidget(self.from_due)
        rule_box.addWidget(self.from_done)

        self.asset = QComboBox()
        self.asset.addItem(self.tr("(none)"), "")
        for a in choices.assets:  # by tag, archived ones left out
            self.asset.addItem(f"{a.tag}  {a.name}", a.tag)
        self.vendor = QComboBox()
        self.vendor.addItem(self.tr("(none)"), "")
        for v in choices.vendors:
            self.vendor.addItem(v.name, v.name)
        currency = choices.currency
        self.cost = MoneyEdit(currency)
        self.cost.setPlaceholderText(self.tr("estimate"))
        self.renewal = QCheckBox(self.tr("A renewal: it lapses on the due date (the cost is yearly)"))
        self.notice_days = QSpinBox()
        self.notice_days.setRange(0, 3650)
        self.notice_days.setSuffix(self.tr(" days"))
        self.notice_days.setSpecialValueText(self.tr("none"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)

        self.general_error = error_label()
        self.errors = FieldErrors(self.general_error)
        form = FieldForm(errors=self.errors)
        for field, text, widget in (
            ("title", self.tr("&Title *"), self.title),
            ("due", self.tr("&Due *"), self.due),
            ("every", self.tr("&Repeats"), repeat_row),
            ("from_done", self.tr("Next one counted"), rule),
            ("asset", self.tr("&Asset"), self.asset),
            ("vendor", self.tr("&Vendor"), self.vendor),
            ("cost", self.tr("&Cost (%s)") % currency if currency else self.tr("&Cost"), self.cost),
            ("renewal", "", self.renewal),
            ("notice_days", self.tr("&Notice period"), self.notice_days),
            ("notes", self.tr("N&otes"), self.notes),
        ):
            form.add(field, text, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.saving = Saving(self, self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.repeats.toggled.connect(self._enable)
        self.renewal.toggled.connect(self._enable)
        self.title.textChanged.connect(self._enable)
        if task is not None:
            self._load(task)
        self._enable()

    def _load(self, task: TaskRecord) -> None:
        self.title.setText(task.title)
        self.due.setDate(qdate(task.due))
        every = task.every
        self.repeats.setChecked(every is not None)
        if every is not None:
            self.every_n.setValue(every.n)
            self.every_unit.setCurrentIndex(UNITS.index(every.unit))
        (self.from_done if task.from_done else self.from_due).setChecked(True)
        for combo, value in ((self.asset, task.asset_tag), (self.vendor, task.vendor_name)):
            if value and combo.findData(value) < 0:
                combo.addItem(value, value)  # archived since: kept, not dropped by an unrelated edit
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.cost.set_amount(task.cost)
        self.renewal.setChecked(task.renewal)
        self.notice_days.setValue(task.notice_days or 0)
        self.notes.setPlainText(task.notes)

    def _enable(self) -> None:
        on = self.repeats.isChecked()
        for widget in (self.every_n, self.every_unit, self.from_due, self.from_done):
            widget.setEnabled(on)
        self.notice_days.setEnabled(self.renewal.isChecked())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.title.text().strip()))

    def values(self) -> dict[str, Any]:
        renewal = self.renewal.isChecked()
        repeats = self.repeats.isChecked()
        return {
            "title": self.title.text(),
            "due": pydate(self.due.date()),
            "every": f"{self.every_n.value()} {self.every_unit.currentData()}" if repeats else "",
            "from_done": repeats and self.from_done.isChecked(),
            "asset": self.asset.currentData() or "",
            "vendor": self.vendor.currentData() or "",
            "cost": self.cost.amount_text(),
            "renewal": renewal,
            "notice_days": (self.notice_days.value() or None) if renewal else None,
            "notes": self.notes.toPlainText(),
        }

    def accept(self) -> None:
        if self.saving.busy or self.saving.done:
            return
        self.errors.clear()
        planned = self.services.planned
        call = (partial(planned.create, **self.values()) if self.task is None
                else partial(planned.update, self.task.id, version=self.task.version, **self.values()))
        self.saving.start(self.services, call, self._stored, self.errors.show)

    def _stored(self, task: TaskRecord) -> None:
        self.saved = task
        QDialog.accept(self)
