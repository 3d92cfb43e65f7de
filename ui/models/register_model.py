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
        # On a shared database the page sets this (an ops.Reads): more rows for the scrolled
        # view are read on its worker and inserted when they arrive.
        self.reads: Any = None
        self._generation = 0  # bumped by every reload: rows read for an older one are dropped
        self._fetching = False
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
    def read(self) -> Any:
        """What a reload shows, read without touching what the view paints: on a shared
        database the page runs this on its worker and hands the result to ``show``."""
        total = self.total()
        return total, self.read_page(0, PAGE_SIZE if total is not None else None)

    def read_page(self, offset: int, limit: int | None) -> Any:
        """Rows from ``offset`` (and whatever a subclass shows with them), for ``take_page``."""
        return self.fetch(offset, limit)

    def take_page(self, offset: int, page: Any) -> list[R]:
        """On the GUI thread: keep what ``read_page`` returned; the rows."""
        return page

    def show(self, found: Any) -> None:
        """Show what ``read`` returned."""
        total, page = found
        self.beginResetModel()
        self._total = total
        self._rows = self.take_page(0, page)
        self._generation += 1
        self._fetching = False
        self.endResetModel()

    def reload(self) -> None:
        self.show(self.read())

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
        if not self.canFetchMore(parent) or self._fetching:
            return
        offset, generation = len(self._rows), self._generation
        if self.reads is None:
            self._more(generation, offset, self.read_page(offset, PAGE_SIZE))
            return
        self._fetching = True
        self.reads.request((id(self), "more"), lambda: self.read_page(offset, PAGE_SIZE),
                           lambda page: self._more(generation, offset, page))

    def _more(self, generation: int, offset: int, page: Any) -> None:
        self._fetching = False
        if generation != self._generation or offset != len(self._rows):
            return  # read for an older filter or order
        more = self.take_page(offset, page)
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
