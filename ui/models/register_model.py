"""The table model behind every register page (assets, vendors, sites, people).

Filtering and sorting happen in the database: the model only remembers the
current search text, the "show archived" switch and the sort column, and asks
its service for rows.  Registers that can grow large (assets) page their rows
in through ``canFetchMore``/``fetchMore``; the small ones load in one query.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    text: Callable[[R], str]
    sort_key: str | None = None  # the service's sort name; None: not sortable
    right: bool = False
    chars: int = 12  # starting width in average characters, used even while the table is empty


class RegisterTableModel(QAbstractTableModel, Generic[R]):
    """Subclasses give ``columns`` and implement ``fetch`` (and ``total`` to page lazily)."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.search = ""
        self.include_archived = False
        self.descending = False
        self._rows: list[R] = []
        self._total: int | None = None
        self.set_columns(columns)

    def set_columns(self, columns: Sequence[Column[R]]) -> None:
        """Subclasses call this after ``super().__init__`` (``tr()`` needs a live QObject)."""
        self.columns = list(columns)
        self.sort_key = next((c.sort_key for c in self.columns if c.sort_key), "name")

    # -- what subclasses provide ---------------------------------------------------------
    def fetch(self, offset: int, limit: int | None) -> list[R]:
        raise NotImplementedError

    def total(self) -> int | None:
        """How many rows match, when the register is paged; None loads everything at once."""
        return None

    @staticmethod
    def record_id(record: Any) -> int:
        return int(record.id)

    @staticmethod
    def is_archived(record: Any) -> bool:
        return bool(getattr(record, "archived", False))

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._total = self.total()
        limit = PAGE_SIZE if self._total is not None else None
        self._rows = self.fetch(0, limit)
        self.endResetModel()

    def set_filter(self, search: str | None = None, include_archived: bool | None = None) -> None:
        if search is not None:
            self.search = search
        if include_archived is not None:
            self.include_archived = include_archived
        self.reload()

    def matching(self) -> int:
        """Rows that match the filter (all of them, not just those loaded so far)."""
        return self._total if self._total is not None else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._total is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        more = self.fetch(len(self._rows), PAGE_SIZE)
        if not more:
            self._total = len(self._rows)  # someone deleted rows meanwhile: stop asking
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def set_sort(self, column: int, order: Qt.SortOrder) -> bool:
        """Choose the order for the next load; False when the column cannot be sorted."""
        key = self.columns[column].sort_key if 0 <= column < len(self.columns) else None
        if key is None:
            return False
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.set_sort(column, order):
            self.reload()

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.columns[column].sort_key is not None

    # -- lookups -------------------------------------------------------------------------
    def record(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def records(self) -> list[R]:
        return list(self._rows)

    def row_of(self, record_id: int) -> int:
        for row, rec in enumerate(self._rows):
            if self.record_id(rec) == record_id:
                return row
        return -1

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        rec = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(rec)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.text(rec)
            return text if len(text) > 30 else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_archived(rec):
            font = QFont()
            font.setItalic(True)  # archived rows read as "set aside", whatever the palette
            return font
        if role == Qt.ItemDataRole.UserRole:
            return self.record_id(rec)
        return None
