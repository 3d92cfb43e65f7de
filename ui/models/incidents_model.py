"""The incidents table: a windowed model over ``services.incidents.page()``.

Only the row count is known up front; rows are fetched in blocks of
``BLOCK`` as the view asks for them and kept in a small cache, so a database
with 100,000 incidents costs one COUNT and one page query to show.  Sorting
and filtering are handed to the database (``IncidentFilter`` + ``sort``), the
model only resets and drops its cache.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop_app.records import IncidentFilter, IncidentRecord
from desktop_app.services import Services
from desktop_app.timeutil import now_utc
from ui.models.formatting import duration, overdue_colour, status_dot, status_name, status_tint, when

BLOCK = 100  # about three screens: the first paint reads no more than it needs
MAX_BLOCKS = 40  # about 4,000 rows in memory at most

# (key used by services.incidents.SORTABLE, header text; marked here, translated in headerData)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("ref", QT_TRANSLATE_NOOP("IncidentsTableModel", "Ref")),
    ("title", QT_TRANSLATE_NOOP("IncidentsTableModel", "Title")),
    ("asset", QT_TRANSLATE_NOOP("IncidentsTableModel", "Asset")),
    ("priority", QT_TRANSLATE_NOOP("IncidentsTableModel", "Priority")),
    ("status", QT_TRANSLATE_NOOP("IncidentsTableModel", "Status")),
    ("vendor", QT_TRANSLATE_NOOP("IncidentsTableModel", "Vendor")),
    ("response_due", QT_TRANSLATE_NOOP("IncidentsTableModel", "Response due")),
    ("opened", QT_TRANSLATE_NOOP("IncidentsTableModel", "Opened")),
    ("age", QT_TRANSLATE_NOOP("IncidentsTableModel", "Age")),
)
# The columns an office manager scans (through "Response due") come first, so they fit at
# 1280 pixels beside the detail pane; Opened and Age follow for whoever widens the window.
STATUS_COLUMN = 4
DUE_COLUMN = 6
OPENED_COLUMN = 7

AnyIndex = QModelIndex | QPersistentModelIndex

# Roles as plain ints: the view asks data() for about a dozen roles per cell it paints, most
# of which this model never answers; those return before any record is looked up.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ANSWERED = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole,
    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole))


class IncidentsTableModel(QAbstractTableModel):
    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._filter = IncidentFilter(statuses=("new", "called_out", "in_progress", "waiting_parts"))
        self._sort = "opened"
        self._descending = True
        self._count = 0
        self._blocks: OrderedDict[int, list[IncidentRecord]] = OrderedDict()
        self._texts: dict[int, tuple[str, ...]] = {}  # row -> its cells' text, made once per read
        self._now = now_utc()
        # While True, sorting only records the order (the page is restoring its saved state
        # and reads the database once afterwards).
        self.hold = False
        # On a shared database the page sets this: rows the view is about to paint are read
        # on a worker and painted when they arrive, so scrolling never waits on the network.
        self.reads: Any = None
        self._generation = 0  # bumped by every reload: rows read for an older one are dropped
        self._asked: set[int] = set()  # blocks on their way
        self._reloading = False  # a reload is on its way: paint the old rows, ask for none

    # -- what to show ---------------------------------------------------------------------
    @property
    def filter(self) -> IncidentFilter:
        return self._filter

    def set_filter(self, flt: IncidentFilter, then: Callable[[], None] | None = None) -> None:
        self._filter = flt
        self.reload(then)

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Ask the database again (after a write, a filter change or a new sort order), then
        call ``then``.  On a shared database the count and the first rows are read on the
        worker; the old rows stay on screen until the new ones are here."""
        if self.reads is None:
            self._reset(self._services.incidents.count(self._filter), [])
            if then is not None:
                then()
            return
        self._generation += 1
        self._reloading = True
        generation, flt, sort, descending = self._generation, self._filter, self._sort, self._descending
        incidents = self._services.incidents

        def read() -> tuple[int, list[IncidentRecord]]:
            return incidents.count(flt), incidents.page(flt, sort, descending, 0, BLOCK)

        def arrived(found: tuple[int, list[IncidentRecord]]) -> None:
            if generation != self._generation:
                return  # overtaken by a newer reload
            self._reloading = False
            self._reset(*found)
            if then is not None:
                then()

        self.reads.request("reload", read, arrived)

    @property
    def loading(self) -> bool:
        """A reload is on its way (a shared database answers on the worker)."""
        return self._reloading

    def _reset(self, count: int, first: list[IncidentRecord]) -> None:
        self.beginResetModel()
        self._blocks.clear()
        if first:
            self._blocks[0] = first
        self._texts.clear()
        self._generation += 1
        self._asked.clear()
        self._now = now_utc()
        self._count = count
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][0]
        descending = order == Qt.SortOrder.DescendingOrder
        if key == "age":  # older incidents are the larger age: invert the opened order
            descending = not descending
        self._sort, self._descending = key, descending
        if not self.hold:
            self.reload()

    # -- rows -----------------------------------------------------------------------------
    def _block(self, number: int) -> list[IncidentRecord]:
        block = self._blocks.get(number)
        if block is None:
            block = self._services.incidents.page(
                self._filter, self._sort, self._descending, number * BLOCK, BLOCK)
            self._blocks[number] = block
            if len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        return block

    def record(self, row: int) -> IncidentRecord | None:
        if not 0 <= row < self._count:
            return None
        block = self._block(row // BLOCK)
        offset = row % BLOCK
        return block[offset] if offset < len(block) else None

    def _shown(self, row: int) -> IncidentRecord | None:
        """The record for painting: at once if its block is here; on a shared database a
        missing block is asked for in the background and painted when it arrives."""
        if self.reads is None:
            return self.record(row)
        if not 0 <= row < self._count:
            return None
        number = row // BLOCK
        block = self._blocks.get(number)
        if block is None:
            self._ask(number)
            return None
        offset = row % BLOCK
        return block[offset] if offset < len(block) else None

    def _ask(self, number: int) -> None:
        if number in self._asked or self._reloading:
            return
        self._asked.add(number)
        generation, flt, sort, descending = self._generation, self._filter, self._sort, self._descending
        page = self._services.incidents.page
        self.reads.request(("block", number),
                           lambda: page(flt, sort, descending, number * BLOCK, BLOCK),
                           lambda rows: self._arrived(generation, number, rows))

    def _arrived(self, generation: int, number: int, rows: list[IncidentRecord]) -> None:
        self._asked.discard(number)
        if generation != self._generation or number in self._blocks:
            return  # read for an older filter or order, or read meanwhile by record()
        self._blocks[number] = rows
        if len(self._blocks) > MAX_BLOCKS:
            self._blocks.popitem(last=False)
        first, last = number * BLOCK, min((number + 1) * BLOCK, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def row_of(self, incident_id: int) -> int | None:
        """Row of an incident among the rows already loaded (no query)."""
        for number, block in self._blocks.items():
            for i, rec in enumerate(block):
                if rec.id == incident_id:
                    return number * BLOCK + i
        return None

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("IncidentsTableModel", COLUMNS[section][1])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == _DISPLAY:
            texts = self._row_texts(index.row())  # an invalid index has row -1: no texts
            return None if texts is None else texts[index.column()]
        if role not in _ANSWERED or not index.isValid():
            return None
        rec = self._shown(index.row())
        if rec is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col in (1, 2, STATUS_COLUMN, 5):
            return self._text(rec, col)
        if col not in (0, STATUS_COLUMN, DUE_COLUMN) and role != Qt.ItemDataRole.UserRole:
            return None
        breached = rec.response_breached(self._now) if col in (0, DUE_COLUMN) else None
        # Overdue now: still waiting for the engineer past the promised time (what the
        # "Overdue" view and the status bar count); a missed response in the past only
        # colours its Response due cell.
        overdue = bool(breached) and rec.arrived_at is None
        if col == 0 and overdue:
            # The whole row is marked by its first cell (a red dot) as well as the due cell.
            if role == Qt.ItemDataRole.DecorationRole:
                return overdue_colour()
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Overdue: the vendor's response was due %s") % when(rec.response_due_at)
        if role == Qt.ItemDataRole.UserRole:
            return rec.id
        if col == STATUS_COLUMN:
            if role == Qt.ItemDataRole.BackgroundRole:
                return status_tint(rec.status)
            if role == Qt.ItemDataRole.DecorationRole:
                return status_dot(rec.status)
        if col == DUE_COLUMN and breached:
            if role == Qt.ItemDataRole.BackgroundRole:
                tint = overdue_colour()
                tint.setAlpha(60)
                return tint
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _row_texts(self, row: int) -> tuple[str, ...] | None:
        texts = self._texts.get(row)
        if texts is None:
            rec = self._shown(row)
            if rec is None:
                return None
            if len(self._texts) >= MAX_BLOCKS * BLOCK:
                self._texts.clear()  # as bounded as the records themselves
            texts = self._texts[row] = tuple(self._text(rec, col) for col in range(len(COLUMNS)))
        return texts

    def _text(self, rec: IncidentRecord, col: int) -> str:
        key = COLUMNS[col][0]
        if key == "ref":
            return rec.ref
        if key == "title":
            return rec.title
        if key == "asset":
            return f"{rec.asset_tag} {rec.asset_name}".strip()
        if key == "priority":
            return rec.priority
        if key == "status":
            return status_name(rec.status)
        if key == "vendor":
            return rec.vendor_name
        if key == "opened":
            return when(rec.opened_at)
        if key == "age":
            return duration(rec.age_minutes(self._now))
        return when(rec.response_due_at)
