"""Date fields: a date-time box that takes typed times, and a date that may be left unset."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDateTimeEdit, QHBoxLayout, QWidget

from ui.models.formatting import qt_date_format, qt_datetime_format

_TIME = re.compile(r"^(\d{1,2})(?:[:.h]?(\d{2}))?$")
_DATE_TIME = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2})(?:[:.]?(\d{2}))?)?$")
# The German way round: day.month.year, as the box shows it there ("29.11.2026 14:30").
_DAY_FIRST = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: (\d{1,2})(?:[:.]?(\d{2}))?)?$")
_TYPED_CHARS = set("0123456789:.-h T")
_SHIFT = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
_BACKSPACE = Qt.Key.Key_Backspace


def parse_typed(text: str, base: dt.datetime) -> dt.datetime | None:
    """What a user typed into a date-time box: "14:30", "1430", "9" (on ``base``'s day) or
    "2026-11-29 14:30" (or "29.11.2026 14:30"); None while it is not (yet) a time."""
    text = text.strip()
    try:
        match = _TIME.match(text)
        if match:
            return base.replace(hour=int(match.group(1)), minute=int(match.group(2) or 0),
                                second=0, microsecond=0)
        match = _DATE_TIME.match(text)
        day_first = None if match else _DAY_FIRST.match(text)
        if match or day_first:
            if match:
                year, month, day, hour, minute = (int(g) if g else None for g in match.groups())
            else:
                day, month, year, hour, minute = (int(g) if g else None for g in day_first.groups())  # type: ignore[union-attr]
            return dt.datetime(year, month, day, hour if hour is not None else base.hour,  # type: ignore[arg-type]
                               minute if minute is not None else (base.minute if hour is None else 0))
    except ValueError:  # 25:00, 2026-02-30...
        return None
    return None


class DateTimeEdit(QDateTimeEdit):
    """A date and time ("yyyy-MM-dd HH:mm", or the locale's day order) with a calendar, that
    also takes typing.

    Qt's own box types into one section at a time from where the cursor is (the
    year, after a click), so a typed "14:30" went nowhere.  Here whatever is
    typed since the box got the focus is read as a whole: a time keeps the day.
    """

    def __init__(self, value: QDateTime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(value if value is not None else QDateTime.currentDateTime(), parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(qt_datetime_format())
        self.setToolTip(self.tr("Type a time such as 14:30, or a date and time such as "
                                "2026-11-29 14:30; the arrow keys change the part under the cursor."))
        self._typed = ""

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        self._typed = ""
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        char = event.text()
        if char and char in _TYPED_CHARS and not event.modifiers() & ~_SHIFT:
            self._typed += char
            self._apply_typed()
            event.accept()
            return
        if event.key() == _BACKSPACE and self._typed:
            self._typed = self._typed[:-1]
            self._apply_typed()
            event.accept()
            return
        self._typed = ""
        super().keyPressEvent(event)

    def _apply_typed(self) -> None:
        base = self.dateTime().toPython()
        assert isinstance(base, dt.datetime)
        value = parse_typed(self._typed, base)
        if value is not None:
            self.setDateTime(QDateTime(QDate(value.year, value.month, value.day),
                                       QTime(value.hour, value.minute)))


class OptionalDateEdit(QWidget):
    """A check box ("set") beside a calendar date edit; unticked means no date."""

    dateChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.check.setToolTip(self.tr("Tick to record a date; unticked, the date is left blank"))
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(qt_date_format())
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
        self.check.setText("" if on else self.tr("Add a date"))
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
