"""The frame every register page shares: search, "Show archived", actions, table and detail pane.

A subclass says which model, which dialog and which services to call; this
class wires the rest the same way on every page, so Assets, Vendors, Sites and
People all behave alike (search as you type, click a header to sort, double-
click to edit, Delete asks first, records still in use are offered archiving).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import Services
from desktop_app.services.errors import Refused, ServiceError
from ui import ops, prompts
from ui.models.register_model import RegisterTableModel
from ui.views.detail_html import DetailHtml, muted_colour
from ui.widgets.search_box import SearchBox

if TYPE_CHECKING:
    from ui.dialogs.record_dialog import RecordDialog

FIT_ROWS = 50  # rows whose texts set a register's starting column widths (two screenfuls)


class RegisterPanel(QWidget):
    """One register: subclasses implement the hooks in the "what a register provides" block."""

    changed = Signal()  # after this panel wrote something (the window refreshes other pages)

    def __init__(self, services: Services, model: RegisterTableModel[Any],
                 parent: QWidget | None = None, defer_load: bool = False,
                 reads: ops.Reads | None = None) -> None:
        super().__init__(parent)
        # The main window defers each register's first query to its first showing, so
        # start-up only reads what the user sees; a page built on its own loads at once.
        self._defer = defer_load
        self._needs_load = True
        self._header_restored = False
        self.services = services
        self.model = model
        model.setParent(self)
        self.dialog: RecordDialog | None = None  # the open edit dialog, if any
        self.writing = False  # a delete or archive on its way (see _write)
        # On a shared database the rows and the detail pane are read on a worker (every query
        # there is a network round trip) and shown when they arrive; a local file answers
        # within a frame and is read directly.  ``reads`` may be shared with a sibling panel.
        self.reads: ops.Reads | None = None
        if services.is_server:
            self.reads = reads if reads is not None else ops.Reads(services, self, hold_connection=True)
            model.reads = self.reads
        self._detail_data: tuple[int, Any] | None = None  # (record id, what detail_read found)

        self.search = SearchBox(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.search_hint())
        self.search.setMinimumWidth(220)
        self.search.searchChanged.connect(self._search_changed)
        self.show_archived = QCheckBox(self.tr("Show archived"), self)
        self.show_archived.setObjectName("showArchived")
        self.show_archived.toggled.connect(self._archived_toggled)
        self.count_label = QLabel(self)
        self.count_label.setEnabled(False)

        self.new_action = QAction(self.tr("&New…"), self)
        self.new_action.setToolTip(self.tr("Add a new record"))
        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.archive_action = QAction(self.tr("&Archive"), self)
        self.delete_action = QAction(self.tr("&Delete…"), self)
        self.new_action.setEnabled(not services.read_only)  # a read-only database offers no edits
        self.new_action.triggered.connect(self.new_record)
        self.edit_action.triggered.connect(self.edit_current)
        self.archive_action.triggered.connect(self.toggle_archive_current)
        self.delete_action.triggered.connect(self.delete_current)

        self.table = QTableView(self)
        self.table.setObjectName("table")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self._sort_shown = (0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_requested)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        # Enter edits and Delete deletes, but only while the table has the focus.
        for action, key in ((self.edit_action, QKeySequence(Qt.Key.Key_Return)),
                            (self.delete_action, QKeySequence(QKeySequence.StandardKey.Delete))):
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.detail = QTextBrowser(self)
        self.detail.setObjectName("detail")
        self.detail.setOpenExternalLinks(True)
        self.detail.setMinimumWidth(260)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([640, 420])  # proportions: the table gets the larger share

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        self.add_filters(bar)
        bar.addWidget(self.show_archived)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        self.buttons: dict[str, QToolButton] = {}
        for key, action in (("new", self.new_action), ("edit", self.edit_action),
                            ("archive", self.archive_action), ("delete", self.delete_action)):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setObjectName(f"{key}Button")
            self.buttons[key] = button
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.search, self.show_archived)
        self.setTabOrder(self.show_archived, self.table)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        self.refresh()

    # -- what a register provides ----------------------------------------------------------
    def noun(self) -> str:
        """The record's kind in a sentence ("asset")."""
        raise NotImplementedError

    def search_hint(self) -> str:
        return self.tr("Search…")

    def describe(self, record: Any) -> str:
        """How a record is named in questions ("PC-0007 Reception PC")."""
        return str(record.name)

    def read_form(self, record: Any | None) -> Any:
        """What the form for ``record`` (None: a new one) shows: the record as stored now, not as
        the list last read it (so the form and its version are current), and its pick lists.
        Run by ``ops.open_form``: off the GUI thread on a server, so it touches no widget."""
        raise NotImplementedError

    def make_dialog(self, found: Any) -> RecordDialog:
        """The form, built from what ``read_form`` returned."""
        raise NotImplementedError

    def delete_record(self, record_id: int) -> None:
        raise NotImplementedError

    def archive_record(self, record_id: int, archived: bool) -> None:
        raise NotImplementedError

    def detail_read(self, record: Any) -> Any:
        """What the detail pane shows beyond the row, read from the database (on a shared
        database on the worker thread, so: services only, no widgets).  None by default."""
        return None

    def detail_html(self, record: Any, found: Any = None) -> str:
        """The detail pane for ``record``, with what ``detail_read`` found for it."""
        raise NotImplementedError

    def html(self) -> DetailHtml:
        """HTML builders in this palette's colours (asked each time: the theme may change)."""
        return DetailHtml(muted_colour(self.detail.palette()))

    def empty_text(self, searching: bool) -> str:
        raise NotImplementedError

    def record_actions(self) -> list[QAction]:
        """Actions on the selected record listed first in its context menu (none by default)."""
        return []

    def add_filters(self, bar: QHBoxLayout) -> None:
        """Extra filter widgets beside the search box (the assets page adds a status combo)."""

    # -- page API -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload from the database, keeping the selected record selected (a deferred page
        that is hidden just notes that it must load when it is next shown)."""
        if self._defer and not self.isVisible():
            self._needs_load = True
            return
        first = self._needs_load
        self._needs_load = False
        self._reload(fit=first, keep_scroll=True)

    def _reload(self, keep_id: Any = ..., fit: bool = False, keep_scroll: bool = False) -> None:
        """Read the rows again, then select ``keep_id`` (by default whatever is selected when
        the rows are here; else the first row).  On a shared database the old rows stay on
        screen until the new ones arrive from the worker, and the view stays where it was."""
        if self.reads is None:
            current = self.current_id() if keep_id is ... else keep_id
            self.model.reload()
            self._reloaded(current, fit)
            return
        bar = self.table.verticalScrollBar()

        def arrived(found: Any, position: int = bar.value()) -> None:
            current = self.current_id() if keep_id is ... else keep_id
            self.model.show(found)
            self._reloaded(current, fit)  # type: ignore[arg-type]
            if keep_scroll:
                bar.setValue(position)

        self.reads.request((id(self), "rows"), self.model.read, arrived)

    def _reloaded(self, keep_id: int | None, fit: bool) -> None:
        self._after_reload(keep_id)
        if fit and not self._header_restored:  # widths saved by the user win
            self._fit_columns()

    def loading(self) -> bool:
        """Rows or a detail are still on their way from a shared database."""
        return self.reads is not None and any(
            self.reads.pending((id(self), what)) for what in ("rows", "more", "detail"))

    def stop(self) -> None:
        """Let a read in flight finish (the window is closing)."""
        if self.reads is not None:
            self.reads.stop(wait_ms=10_000)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._needs_load:
            self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current(self) -> Any | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def current_id(self) -> int | None:
        rec = self.current()
        return self.model.record_id(rec) if rec is not None else None

    def select_id(self, record_id: int | None) -> bool:
        row = self.model.row_of(record_id) if record_id is not None else -1
        if row < 0:
            self.table.clearSelection()
            self.table.setCurrentIndex(self.model.index(-1, -1))
            self._current_changed()
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)
        return True

    def save_state(self, settings: QSettings) -> None:
        key = self.objectName() or type(self).__name__
        settings.setValue(f"{key}/splitter", self.splitter.saveState())
        settings.setValue(f"{key}/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        key = self.objectName() or type(self).__name__
        splitter, header = settings.value(f"{key}/splitter"), settings.value(f"{key}/header")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        if header is not None:
            self._header_restored = True
            self.table.horizontalHeader().restoreState(header)

    # -- actions ---------------------------------------------------------------------------------
    def new_record(self) -> None:
        if not self.services.read_only:
            self._open_dialog(None)

    def edit_current(self) -> None:
        rec = self.current()
        if rec is not None and not self.services.read_only:
            self._open_dialog(rec)

    def _open_dialog(self, record: Any | None) -> None:
        if self.dialog is not None:  # one at a time: raise the one already open
            self.dialog.raise_()
            return
        ops.open_form(self, self.services, lambda: self.read_form(record), self._show_dialog,
                      self._form_refused)

    def _form_refused(self, sentence: str) -> None:
        # Most likely removed on another PC since the list was read: say so and show the list as it is.
        prompts.show_error(self, self.tr("FixDesk"), sentence)
        self.refresh()

    def _show_dialog(self, found: Any) -> None:
        if self.dialog is not None:  # opened some other way while this one was being read
            self.dialog.raise_()
            return
        dialog = self.make_dialog(found)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog.saved))
        dialog.finished.connect(self._dialog_closed)
        dialog.open()  # window-modal without blocking: the event loop (and tests) keep running

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _saved(self, record: Any) -> None:
        self._reload(self.model.record_id(record) if record is not None else None)
        self.changed.emit()

    def delete_current(self) -> None:
        rec = self.current()
        if rec is None or self.services.read_only:
            return
        name = self.describe(rec)
        if not prompts.confirm(self, self.tr("Delete %1").replace("%1", self.noun()),
                               self.tr("Delete %1 %2? This cannot be undone.")
                               .replace("%1", self.noun()).replace("%2", name)):
            return
        record_id, archived = self.model.record_id(rec), self.model.is_archived(rec)

        def refused(err: ServiceError) -> None:
            if not isinstance(err, Refused) or archived:
                prompts.show_error(self, self.tr("Cannot delete"), str(err))
                return
            # Still referred to: deleting would break history, archiving keeps it.
            if prompts.confirm(self, self.tr("Cannot delete"),
                               str(err) + "\n\n" + self.tr("Archive %1 now? It will be hidden from "
                                                           "lists until you tick Show archived.")
                               .replace("%1", name)):
                self._archive(record_id, True)

        self._write(partial(self.delete_record, record_id), None, refused)

    def toggle_archive_current(self) -> None:
        rec = self.current()
        if rec is not None:
            self._archive(self.model.record_id(rec), not self.model.is_archived(rec))

    def _archive(self, record_id: int, archived: bool) -> None:
        self._write(partial(self.archive_record, record_id, archived), record_id,
                    lambda err: prompts.show_error(self, self.tr("Cannot archive"), str(err)))

    def _write(self, call: Callable[[], object], keep_id: int | None,
               refused: Callable[[ServiceError], None]) -> None:
        """A delete or archive through the one worker seam (off the GUI thread on a server), one
        at a time: a second press while one is on its way does nothing."""
        if self.writing:
            return
        self.writing = True

        def done(_result: object) -> None:
            self.writing = False
            self._reload(keep_id)
            self.changed.emit()

        def not_done(err: ServiceError) -> None:
            self.writing = False
            refused(err)

        ops.write(self, self.services, call, done, not_done)

    # -- internals ---------------------------------------------------------------------------
    def _search_changed(self, term: str) -> None:
        self.model.search = term
        self._reload()

    def _archived_toggled(self, on: bool) -> None:
        self.model.include_archived = on
        self._reload()

    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        header = self.table.horizontalHeader()
        if not self.model.is_sortable(column):
            # Not sortable in the database: put the arrow back where the sort really is.
            header.blockSignals(True)
            header.setSortIndicator(*self._sort_shown)
            header.blockSignals(False)
            return
        self._sort_shown = (column, order)
        if self._needs_load:  # not loaded yet: remember the order for the first load
            self.model.set_sort(column, order)
            return
        self.model.set_sort(column, order)
        self._reload()

    def _after_reload(self, keep_id: int | None) -> None:
        searching = bool(self.model.search)
        empty = self.model.rowCount() == 0
        self.empty_label.setText(self.empty_text(searching) if empty else "")
        self.stack.setCurrentWidget(self.empty_label if empty else self.table)
        self.count_label.setText(self.tr("%1 shown").replace("%1", str(self.model.matching())))
        if not self.select_id(keep_id) and not empty:
            # Always something in the detail pane; and after a search, Enter edits the first match.
            self.select_id(self.model.record_id(self.model.record(0)))

    def _current_changed(self) -> None:
        rec = self.current()
        for action in (self.edit_action, self.archive_action, self.delete_action):
            action.setEnabled(rec is not None and not self.services.read_only)
        archived = rec is not None and self.model.is_archived(rec)
        self.archive_action.setText(self.tr("&Restore") if archived else self.tr("&Archive"))
        if rec is None:
            # Nothing to point at in an empty register: the table side already says what to do.
            hint = self.tr("Select a row to see its details.") if self.model.rowCount() else ""
            self.detail.setHtml(self.html().note(hint, self.html().muted))
            if self.reads is not None:
                self.reads.forget((id(self), "detail"))
            return
        record_id = self.model.record_id(rec)
        if self.reads is None:
            self._show_detail(rec, self.detail_read(rec))
            return
        # The pane keeps the last record until this one's figures arrive; a newer selection
        # replaces the read.
        self.reads.request((id(self), "detail"), lambda: self.detail_read(rec),
                           lambda found: self._detail_arrived(record_id, found))

    def _detail_arrived(self, record_id: int, found: Any) -> None:
        rec = self.current()
        if rec is not None and self.model.record_id(rec) == record_id:
            self._show_detail(rec, found)

    def _show_detail(self, record: Any, found: Any) -> None:
        self._detail_data = (self.model.record_id(record), found)
        self.detail.setHtml(self.detail_html(record, found))

    def show_detail_again(self) -> None:
        """Draw the pane again (figures read meanwhile), reusing what was read for its record."""
        rec = self.current()
        if rec is not None and self._detail_data is not None and \
                self._detail_data[0] == self.model.record_id(rec):
            self._show_detail(rec, self._detail_data[1])
        else:
            self._current_changed()

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.setCurrentIndex(index)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one menu per right-click
        menu.addAction(self.new_action)
        if index.isValid():
            for action in self.record_actions():
                menu.addAction(action)
            menu.addAction(self.edit_action)
            menu.addAction(self.archive_action)
            menu.addSeparator()
            menu.addAction(self.delete_action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _fit_columns(self) -> None:
        """Starting widths: the first rows' texts and the header, but never less than the
        column's ``chars`` hint. An empty register (first run) would otherwise size every
        column to its header, and those cramped widths would then be saved in QSettings.
        The texts are measured directly: asking the view (resizeColumnsToContents) styles
        every cell of every loaded row, which takes a noticeable moment on a page of assets."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        char = metrics.averageCharWidth()
        rows = [self.model.record(row) for row in range(min(self.model.rowCount(), FIT_ROWS))]
        for column, spec in enumerate(self.model.columns):
            content = max((metrics.horizontalAdvance(spec.text(rec)) for rec in rows), default=0) + 12
            wanted = max(content, header.sectionSizeHint(column), spec.chars * char + 16)
            header.resizeSection(column, min(wanted, 260))
