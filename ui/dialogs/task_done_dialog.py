"""Done: record when a planned task was done, by whom, what it cost, and see the next due date."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import format_date
from desktop_app.schedule import next_due
from desktop_app.services import Services
from desktop_app.services.planned import DoneResult, TaskRecord
from ui.dialogs.saving import Saving
from ui.dialogs.task_dialog import date_format, pydate, qdate
from ui.widgets.form import FieldErrors, FieldForm, error_label
from ui.widgets.money import MoneyEdit


class TaskDoneDialog(QDialog):
    def __init__(self, services: Services, task: TaskRecord, parent: QWidget | None = None,
                 currency: str | None = None) -> None:
        """``currency`` read beforehand (on a server, off the GUI thread); else read here."""
        super().__init__(parent)
        self.services = services
        self.task = task
        self.result_record: DoneResult | None = None
        self.setWindowTitle(self.tr("Done - %s") % task.title)
        self.setMinimumWidth(440)
        today = dt.date.today()

        self.done_on = QDateEdit()
        self.done_on.setCalendarPopup(True)
        self.done_on.setDisplayFormat(date_format())
        self.done_on.setMaximumDate(qdate(today))  # not in the future
        self.done_on.setDate(qdate(today))
        self.done_by = QLineEdit(services.author())
        if currency is None:
            currency = services.settings.get("currency")
        self.cost = MoneyEdit(currency)
        self.cost.set_amount(task.cost)  # the estimate, to correct if the invoice says otherwise
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("what was found, what was done"))
        self.next_label = QLabel()
        self.next_label.setObjectName("nextDue")

        self.general_error = error_label()
        self.errors = FieldErrors(self.general_error)
        form = FieldForm(errors=self.errors)
        form.addRow(QLabel(self.tr("Due %s") % format_date(task.due)))
        for field, text, widget in (
            ("at", self.tr("Done &on"), self.done_on),
            ("by", self.tr("Done &by"), self.done_by),
            ("cost", self.tr("Actual &cost (%s)") % currency if currency else self.tr("Actual &cost"),
             self.cost),
            ("note", self.tr("&Note"), self.note),
        ):
            form.add(field, text, widget)
        form.addRow(self.tr("Next due:"), self.next_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record done"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.saving = Saving(self, self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.done_on.dateChanged.connect(lambda _d: self._show_next())
        self._show_next()

    def _show_next(self) -> None:
        """The date the task will move on to, before the user commits to it."""
        every = self.task.every
        if every is None:
            self.next_label.setText(self.tr("not again (a one-off task)"))
            return
        following, _ = next_due(self.task.due, pydate(self.done_on.date()), every, self.task.from_done,
                                self.task.anchor_day)
        self.next_label.setText(format_date(following))

    def accept(self) -> None:
        if self.saving.busy or self.saving.done:
            return
        self.errors.clear()
        call = partial(self.services.planned.mark_done, self.task.id, at=pydate(self.done_on.date()),
                       cost=self.cost.amount_text(), note=self.note.text(), by=self.done_by.text().strip(),
                       version=self.task.version)
        self.saving.start(self.services, call, self._stored, self.errors.show)

    def _stored(self, result: DoneResult) -> None:
        self.result_record = result
        QDialog.accept(self)

