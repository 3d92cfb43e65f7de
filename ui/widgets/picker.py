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
    QAbstractProxyModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1

# (id, label shown, text searched); id None is the "nothing chosen" row.
Choice = tuple[Any, str, str]
Index = QModelIndex | QPersistentModelIndex


class ChoiceModel(QAbstractListModel):
    """The rows shown in the list; ``search`` mirrors their search texts in a C++ string list,
    which the completer filters without calling back into Python for every row."""

    def __init__(self, rows: Sequence[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Choice] = list(rows)
        self.search = QStringListModel([c[2] for c in self.rows], self)

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
        self.search.setStringList([c[2] for c in self.rows])

    def append(self, choice: Choice) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(choice)
        self.endInsertRows()
        self.search.insertRows(row, 1)
        self.search.setData(self.search.index(row), choice[2])
        return row

    def row_of(self, record_id: Any) -> int:
        for row, choice in enumerate(self.rows):
            if choice[0] == record_id:
                return row
        return -1


class _LabelCompleter(QCompleter):
    """Matches the search texts, but lists and writes each row's label."""

    def __init__(self, model: ChoiceModel, parent: QWidget) -> None:
        super().__init__(model.search, parent)
        self.choices = model
        popup = QListView()
        popup.setUniformItemSizes(True)  # thousands of rows: one measured, not each one
        self.setPopup(popup)
        self.popup().setItemDelegate(_LabelDelegate(model, self.popup()))

    def source_row(self, index: Index) -> int:
        proxy = self.completionModel()
        return proxy.mapToSource(index).row() if isinstance(proxy, QAbstractProxyModel) else -1

    def pathFromIndex(self, index: Index) -> str:  # noqa: N802 (Qt's name)
        row = self.source_row(index)
        return self.choices.rows[row][1] if 0 <= row < len(self.choices.rows) else ""


class _LabelDelegate(QStyledItemDelegate):
    """Draws a completion row as the record's label instead of its search text."""

    def __init__(self, model: ChoiceModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.choices = model

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        proxy = index.model()
        row = proxy.mapToSource(index).row() if isinstance(proxy, QAbstractProxyModel) else -1
        if 0 <= row < len(self.choices.rows):
            option.text = self.choices.rows[row][1]  # type: ignore[attr-defined]


class RecordPicker(QWidget):
    """``RecordPicker(rows, new_text, create)``: ``create(parent)`` returns the new Choice or None."""

    changed = Signal()  # the chosen record changed

    def __init__(self, rows: Sequence[Choice], new_text: str = "",
                 create: Callable[[QWidget], Choice | None] | None = None,
                 parent: QWidget | None = None,
                 load: Callable[[], Sequence[Choice]] | None = None) -> None:
        super().__init__(parent)
        self.model = ChoiceModel(rows, self)
        # Thousands of rows are read when the user first goes to the box, not while the
        # dialog opens: most incidents are logged without scrolling the whole register.
        self._load = load
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Sizing to the contents would measure every row: thousands of assets at each opening.
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(22)
        self.combo.setMaxVisibleItems(15)
        view = self.combo.view()
        if isinstance(view, QListView):
            view.setUniformItemSizes(True)
        self.combo.setModel(self.model)
        completer = _LabelCompleter(self.model, self.combo)
        # On the line edit, not the combo: the combo would look its rows up in the completer's
        # model, which here holds only the search texts.
        self.combo.lineEdit().setCompleter(completer)
        completer.setWidget(self.combo.lineEdit())
        completer.activated[QModelIndex].connect(self._completed)
        self._completer = completer
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
        self.combo.currentIndexChanged.connect(self._index_changed)
        self.combo.lineEdit().textEdited.connect(self._typed)
        self.combo.lineEdit().editingFinished.connect(self._settle)
        self.combo.installEventFilter(self)
        self.combo.lineEdit().installEventFilter(self)
        self.model.modelReset.connect(lambda: self._index_changed(self.combo.currentIndex()))
        self._index_changed(self.combo.currentIndex())

    def _index_changed(self, _index: int) -> None:
        # "Nothing chosen" reads as a hint in an empty box, so typing starts a search at once.
        if self.current_id() is None:
            self._clear_none_label()
            QTimer.singleShot(0, self, self._clear_none_label)  # Qt may write the label after this signal
        self.changed.emit()

    def _clear_none_label(self) -> None:
        row = self.combo.currentIndex()
        if row < 0 or self.model.rows[row][0] is not None:
            return
        label = self.model.rows[row][1]
        self.combo.lineEdit().setPlaceholderText(label)
        if self.combo.currentText() == label:
            self.combo.setEditText("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress):
            self.ensure_loaded()
        if kind == QEvent.Type.FocusIn:
            QTimer.singleShot(0, self.combo.lineEdit().selectAll)  # typing replaces the choice
        return super().eventFilter(watched, event)

    def ensure_loaded(self) -> None:
        """Read the full list now (once), keeping what is chosen."""
        load, self._load = getattr(self, "_load", None), None
        if load is None:
            return
        chosen = self.current_id()
        loaded = list(load())
        ids = {choice[0] for choice in loaded}
        # The "nothing" row and a chosen record not in the list (archived) stay.
        kept = [c for c in self.model.rows if c[0] is None or (c[0] == chosen and c[0] not in ids)]
        self.model.set_rows(kept + [c for c in loaded if c[0] is not None])
        self.set_current_id(chosen)

    # -- choosing -------------------------------------------------------------------------
    def current_id(self) -> Any:
        return self.combo.currentData(ID_ROLE)

    def set_current_id(self, record_id: Any) -> bool:
        row = self.model.row_of(record_id)
        if row < 0 and getattr(self, "_load", None) is not None:
            self.ensure_loaded()  # a record not among the rows read so far
            row = self.model.row_of(record_id)
        if row < 0:
            return False
        self.combo.setCurrentIndex(row)
        self._show_text(row)
        return True

    def _show_text(self, row: int) -> None:
        choice = self.model.rows[row]
        self.combo.setEditText("" if choice[0] is None else choice[1])

    def add_choice(self, choice: Choice, select: bool = True) -> None:
        row = self.model.row_of(choice[0])
        if row < 0:
            row = self.model.append(choice)
        if select:
            self.combo.setCurrentIndex(row)
            self._show_text(row)

    def matches(self, text: str) -> list[int]:
        """Rows whose search text contains ``text`` (case-insensitive), in list order."""
        self.ensure_loaded()
        needle = text.strip().lower()
        return [row for row, choice in enumerate(self.model.rows)
                if choice[0] is not None and needle in choice[2].lower()]

    def _typed(self, _text: str) -> None:
        # Highlight the first match, so Enter takes it without an arrow key first.
        QTimer.singleShot(0, self._highlight_first)

    def _completed(self, index: QModelIndex) -> None:
        row = self._completer.source_row(index)
        if 0 <= row < len(self.model.rows):
            self.combo.setCurrentIndex(row)
            self._show_text(row)

    def completer(self) -> QCompleter:
        return self._completer

    def _highlight_first(self) -> None:
        completer = self._completer
        popup = completer.popup()
        if popup.isVisible() and completer.completionCount():
            popup.setCurrentIndex(completer.completionModel().index(0, 0))

    def _settle(self) -> None:
        """Leaving the box with typed text: take the first match, or put the choice back."""
        text = self.combo.currentText().strip()
        current = self.combo.currentIndex()
        if current >= 0 and text == ("" if self.current_id() is None else self.model.rows[current][1]):
            return
        if not text:  # emptied: nothing chosen
            row = self.model.row_of(None)
        else:
            found = self.matches(text)
            row = found[0] if found else current
        if row >= 0:
            self.combo.setCurrentIndex(row)
            self._show_text(row)

    def create_new(self) -> None:
        if self._create is None:
            return
        choice = self._create(self)
        if choice is not None:
            self.add_choice(choice)
            self.combo.setFocus(Qt.FocusReason.OtherFocusReason)
