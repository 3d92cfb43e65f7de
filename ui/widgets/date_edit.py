"""A date picker that can also say "no date" (warranty unknown, not yet bought...)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class OptionalDateEdit(QWidget):
    """A check box ("set") beside a calendar date edit; unticked means no date."""

    dateChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.check.setToolTip(self.tr("Tick to record a date"))
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.edit.setMinimumWidth(120)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _d: self.dateChanged.emit())

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.check.setText("" if on else self.tr("No date"))
        self.dateChanged.emit()

    def set_date(self, value: dt.date | None) -> None:
        if value is None:
            self.check.setChecked(False)
            self._toggled(False)
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))
            self.check.setChecked(True)

    def date(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        d = self.edit.date()
        return dt.date(d.year(), d.month(), d.day())
