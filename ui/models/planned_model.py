"""The Planned page's table: open tasks and warranty ends, by due date, overdue in red."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QPalette

from desktop_app.services import Services
from desktop_app.services.planned import TaskRecord, WarrantyEnd
from ui.models.formatting import day, money, overdue_colour

Item = TaskRecord | WarrantyEnd
AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (QT_TRANSLATE_NOOP("PlannedTableModel", "Due"), QT_TRANSLATE_NOOP("PlannedTableModel", "When"),
           QT_TRANSLATE_NOOP("PlannedTableModel", "Task"), QT_TRANSLATE_NOOP("PlannedTableModel", "Kind"),
           QT_TRANSLATE_NOOP("PlannedTableModel", "Repeats"), QT_TRANSLATE_NOOP("PlannedTableModel", "Asset"),
           QT_TRANSLATE_NOOP("PlannedTableModel", "Vendor"), QT_TRANSLATE_NOOP("PlannedTableModel", "Cost"))
DUE, WHEN, TITLE, KIND, REPEATS, ASSET, VENDOR, COST = range(len(COLUMNS))


def when_text(item: Item, today: dt.date) -> str:
    """"3 days overdue", "today", "in 9 days", or for a renewal its notice date too."""
    left = item.days_left(today)
    if item.kind == "warranty":
        if left < 0:
            return QCoreApplication.translate("PlannedTableModel", "ended")
        if left == 0:
            return QCoreApplication.translate("PlannedTableModel", "ends today")
        if left == 1:
            return QCoreApplication.translate("PlannedTableModel", "ends tomorrow")
        return QCoreApplication.translate("PlannedTableModel", "ends in %1 days").replace("%1", str(left))
    if left == -1:
        return QCoreApplication.translate("PlannedTableModel", "%1 day overdue").replace("%1", "1")
    if left < 0:
        return QCoreApplication.translate("PlannedTableModel", "%1 days overdue").replace("%1", str(-left))
    if left == 0:
        text = QCoreApplication.translate("PlannedTableModel", "today")
    elif left == 1:
        text = QCoreApplication.translate("PlannedTableModel", "tomorrow")
    else:
        text = QCoreApplication.translate("PlannedTableModel", "in %1 days").replace("%1", str(left))
    if isinstance(item, TaskRecord) and item.attention_date != item.due:
        if (item.attention_date - today).days < 0:
            notice = QCoreApplication.translate("PlannedTableModel", ", notice was due %1")
        else:
            notice = QCoreApplication.translate("PlannedTableModel", ", notice by %1")
        text += notice.replace("%1", day(item.attention_date))
    return text


def _tr(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP in this module, in the window's language."""
    return QCoreApplication.translate("PlannedTableModel", text)


_KINDS = {"Task": QT_TRANSLATE_NOOP("PlannedTableModel", "Task"),
          "Renewal": QT_TRANSLATE_NOOP("PlannedTableModel", "Renewal"),
          "Warranty": QT_TRANSLATE_NOOP("PlannedTableModel", "Warranty")}


def title_text(item: Item) -> str:
    """The task's own title; a warranty end is named after its asset."""
    if isinstance(item, WarrantyEnd):
        return QCoreApplication.translate("PlannedTableModel", "Warranty ends: %1").replace(
            "%1", f"{item.asset_tag} {item.asset_name}").rstrip()
    return item.title


def kind_text(item: Item) -> str:
    """"Task", "Renewal" or "Warranty" in the window's language."""
    return _tr(_KINDS[item.kind_label]) if item.kind_label in _KINDS else item.kind_label


def kind_names() -> list[str]:
    """Every kind's name, translated (the page sizes its Kind column to the longest)."""
    return [_tr(name) for name in _KINDS.values()]


def schedule_text(item: Item) -> str:
    """How often it repeats ("every 3 months", "once"), in the window's language."""
    return item.schedule_label if isinstance(item, TaskRecord) else ""


class Agenda(NamedTuple):
    today: dt.date
    currency: str
    items: list[Item]
    counts: tuple[int, int]


class PlannedTableModel(QAbstractTableModel):
    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.items: list[Item] = []
        self.today = dt.date.today()
        self.show_warranties = True
        self.currency = ""
        self.counts = (0, 0)  # due within 14 days, overdue
        self._agenda: list[Item] = []  # everything read, warranty ends included

    def read(self) -> Agenda:
        """What the page shows, read in one go; touches no widget (on a server it runs on the
        page's worker)."""
        today = dt.date.today()
        due_soon, overdue, _due_today = self.services.planned.counts(today)
        return Agenda(today, self.services.settings.get("currency"), self.services.planned.agenda(today),
                      (due_soon, overdue))

    def show_read(self, agenda: Agenda) -> None:
        self.today, self.currency, self._agenda, self.counts = agenda
        self.refilter()

    def reload(self) -> None:
        self.show_read(self.read())

    def refilter(self) -> None:
        """Show or hide warranty ends without reading again."""
        self.beginResetModel()
        self.items = [i for i in self._agenda if self.show_warranties or i.kind != "warranty"]
        self.endResetModel()

    def record(self, row: int) -> Item | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of_task(self, task_id: int | None) -> int:
        for row, item in enumerate(self.items):
            if isinstance(item, TaskRecord) and item.id == task_id:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])
        return None

    def text(self, item: Item, column: int) -> str:
        if column == DUE:
            return day(item.due)
        if column == WHEN:
            return when_text(item, self.today)
        if column == TITLE:
            return title_text(item)
        if column == KIND:
            return kind_text(item)
        if column == REPEATS:
            return schedule_text(item)
        if column == ASSET:
            return f"{item.asset_tag} {item.asset_name}".strip()
        if column == VENDOR:
            return item.vendor_name
        return money(item.cost, self.currency)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.record(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(item, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.is_overdue(self.today):
                return QBrush(overdue_colour())
            if item.kind == "warranty" and item.days_left(self.today) < 0:
                return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.FontRole and item.is_overdue(self.today) and index.column() in (DUE, WHEN):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COST:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
