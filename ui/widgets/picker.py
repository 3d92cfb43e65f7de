"""A picker for a linked record: type any part of it to find it, or make a new one on the spot.

``RecordPicker`` is an editable combo box over a light list model (thousands of
assets cost a list of tuples, not thousands of items), whose completer matches
what is typed anywhere in a search text (tag, name, serial, model, location...),
plus a "New …" button beside it that opens a short form and selects the record
it made.  Enter takes the first match, so the keyboard alone is enough.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QPushButton, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1

# (id, label shown, text searched); id None is the "nothing chosen" row.
Choice = tuple[Any, str, str]
Index = QModelIndex | QPersistentModelIndex


class ChoiceModel(QAbstractListModel):
    def __init__(self, rows: Sequence[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Choice] = list(rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's API)
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record_id, label, search = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return label
        if role == ID_ROLE:
            return record_id
        if role == SEARCH_ROLE:
            return search
        return None

    def set_rows(self, rows: Sequence[Choice]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def append(self, choice: Choice) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(choice)
        self.endInsertRows()
        return row

    def row_of(self, record_id: Any) -> int:
        for row, choice in enumerate(self.rows):
            if choice[0] == record_id:
                return row
        return -1


class RecordPicker(QWidget):
    """``RecordPicker(rows, new_text, create)``: ``create(parent)`` returns the new Choice or None."""

    changed = Signal()  # the chosen record changed

    def __init__(self, rows: Sequence[Choice], new_text: str = "",
                 create: Callable[[QWidget], Choice | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ChoiceModel(rows, self)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Sizing to the contents would measure every row: thousands of assets at each opening.
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(22)
        self.combo.setMaxVisibleItems(15)
        self.combo.setModel(self.model)
        completer = self.combo.completer()
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self._create = create
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.combo, 1)
        self.new_button: QPushButton | None = None
        if create is not None:
            self.new_button = QPushButton(new_text, self)
            self.new_button.setAutoDefault(False)  # Enter in the form still means OK
            self.new_button.clicked.connect(self.create_new)
            layout.addWidget(self.new_button)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.combo.lineEdit().textEdited.connect(self._typed)
        self.combo.lineEdit().editingFinished.connect(self._settle)

    # -- choosing -------------------------------------------------------------------------
    def current_id(self) -> Any:
        return self.combo.currentData(ID_ROLE)

    def set_current_id(self, record_id: Any) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        self.combo.setCurrentIndex(row)
        self.combo.setEditText(self.model.rows[row][1])
        return True

    def add_choice(self, choice: Choice, select: bool = True) -> None:
        row = self.model.row_of(choice[0])
        if row < 0:
            row = self.model.append(choice)
        if select:
            self.combo.setCurrentIndex(row)
            self.combo.setEditText(choice[1])

    def matches(self, text: str) -> list[int]:
        """Rows whose search text contains ``text`` (case-insensitive), in list order."""
        needle = text.strip().lower()
        return [row for row, choice in enumerate(self.model.rows)
                if choice[0] is not None and needle in choice[2].lower()]

    def _typed(self, _text: str) -> None:
        # Highlight the first match, so Enter takes it without an arrow key first.
        QTimer.singleShot(0, self._highlight_first)

    def _highlight_first(self) -> None:
        completer = self.combo.completer()
        popup = completer.popup()
        if popup.isVisible() and completer.completionCount():
            popup.setCurrentIndex(completer.completionModel().index(0, 0))

    def _settle(self) -> None:
        """Leaving the box with typed text: take the first match, or put the choice back."""
        text = self.combo.currentText().strip()
        current = self.combo.currentIndex()
        if current >= 0 and text == self.model.rows[current][1]:
            return
        found = self.matches(text) if text else []
        row = found[0] if found else current
        if row >= 0:
            self.combo.setCurrentIndex(row)
            self.combo.setEditText(self.model.rows[row][1])

    def create_new(self) -> None:
        if self._create is None:
            return
        choice = self._create(self)
        if choice is not None:
            self.add_choice(choice)
            self.combo.setFocus(Qt.FocusReason.OtherFocusReason)
