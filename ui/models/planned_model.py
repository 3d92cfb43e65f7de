"""The Planned page's table: open tasks and warranty ends, by due date, overdue in red."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QPalette

from desktop_app.services import Services
from desktop_app.services.planned import TaskRecord, WarrantyEnd
from ui.models.formatting import money, overdue_colour

Item = TaskRecord | WarrantyEnd
AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("Due", "When", "Task", "Kind", "Repeats", "Asset", "Vendor", "Cost")
DUE, WHEN, TITLE, KIND, REPEATS, ASSET, VENDOR, COST = range(len(COLUMNS))


def when_text(item: Item, today: dt.date) -> str:
    """"3 days overdue", "today", "in 9 days", or for a renewal its notice date too."""
    left = item.days_left(today)
    if item.kind == "warranty":
        return "ended" if left < 0 else "ends today" if left == 0 else f"ends in {left} days"
    if left < 0:
        return f"{-left} day overdue" if left == -1 else f"{-left} days overdue"
    text = "today" if left == 0 else "tomorrow" if left == 1 else f"in {left} days"
    if isinstance(item, TaskRecord) and item.attention_date != item.due:
        notice = (item.attention_date - today).days
        text += (f", notice {'was due' if notice < 0 else 'by'} {item.attention_date.isoformat()}")
    return text


class PlannedTableModel(QAbstractTableModel):
    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.items: list[Item] = []
        self.today = dt.date.today()
        self.show_warranties = True
        self.currency = ""

    def reload(self) -> None:
        self.beginResetModel()
        self.today = dt.date.today()
        self.currency = self.services.settings.get("currency")
        items = self.services.planned.agenda(self.today)
        self.items = [i for i in items if self.show_warranties or i.kind != "warranty"]
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
            return self.tr(COLUMNS[section])
        return None

    def text(self, item: Item, column: int) -> str:
        if column == DUE:
            return item.due.isoformat()
        if column == WHEN:
            return when_text(item, self.today)
        if column == TITLE:
            return item.title
        if column == KIND:
            return item.kind_label
        if column == REPEATS:
            return item.schedule_label
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
