"""The Incidents page: filter + search bar, the windowed incidents table, and the detail pane."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.records import OPEN_STATUSES, STATUS_LABELS, IncidentFilter
from desktop_app.services import Services
from desktop_app.services.errors import NotFound
from ui import ops, prompts
from ui.first_paint import after_first_paint
from ui.models.formatting import day, number, status_name, when
from ui.models.incidents_model import OPENED_COLUMN, IncidentsTableModel
from ui.views.incident_actions import IncidentActions
from ui.views.incident_detail import IncidentDetailPane

# Search as you type: while a search answers within FAST_SEARCH_MS the list follows every
# keystroke; once one is slower (PostgreSQL, two-letter terms), wait SEARCH_DELAY_MS after
# the last key so a slow query does not run for every letter.
FAST_SEARCH_MS = 60
SEARCH_DELAY_MS = 250

_NOTHING = object()  # no detail waiting to be filled

# (combo key, label); the statuses follow.  "Needs action" is the default: resolved work
# still needs closing, so only closed and cancelled incidents are left out.
_FIXED_FILTERS = (("needs_action", QT_TRANSLATE_NOOP("IncidentsPage", "Needs action")),
                  ("open", QT_TRANSLATE_NOOP("IncidentsPage", "Open")),
                  ("overdue", QT_TRANSLATE_NOOP("IncidentsPage", "Overdue")),
                  ("all", QT_TRANSLATE_NOOP("IncidentsPage", "All incidents")))
NEEDS_ACTION = tuple(s for s in STATUS_LABELS if s not in ("closed", "cancelled"))


class IncidentsPage(QWidget):
    changed = Signal()  # after any write made from this page
    calledOut = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = IncidentsTableModel(services, self)
        self._current_row: int | None = None
        self._detail_loads = 0  # times the selection loaded the detail pane (see _select_and_show)
        self.actions = IncidentActions(services, self)

        self.status_filter = QComboBox()
        # The counts change the texts: the box grows with them rather than cutting them off.
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key, label in _FIXED_FILTERS:
            self.status_filter.addItem(QCoreApplication.translate("IncidentsPage", label), key)
        for key in STATUS_LABELS:
            self.status_filter.addItem(status_name(key), key)
        filter_label = QLabel(self.tr("&Show:"))
        filter_label.setBuddy(self.status_filter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search ref, title, asset, vendor, text..."))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("Sea&rch:"))
        search_label.setBuddy(self.search)
        self.count_label = QLabel()
        # Set from the overview's figures: only incidents opened in that period; the button clears it.
        self.opened_period: object | None = None  # a stats Period
        self.period_button = QToolButton()
        self.period_button.setObjectName("openedPeriod")
        self.period_button.setToolTip(self.tr("Show incidents opened at any time"))
        self.period_button.setVisible(False)
        self.period_button.clicked.connect(self.clear_period)
        bar = QHBoxLayout()
        bar.addWidget(filter_label)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.period_button)
        bar.addSpacing(12)
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.model.hold = True  # turning sorting on sorts: nothing is read before apply_filter
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(OPENED_COLUMN, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # Uniform row height: Qt never measures 100,000 rows one by one.
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Ref, Title, Asset, Priority, Status, Vendor, Response due fit beside the detail pane
        # at 1280 pixels; Opened and Age are further right (see _fit_columns on first showing).
        for col, width in enumerate((128, 120, 108, 56, 92, 96, 128, 128, 64)):
            self.table.setColumnWidth(col, width)
        self._columns_fitted = False  # done at the first showing, unless saved widths came back
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.detail = IncidentDetailPane(services, self.actions)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.empty_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([900, 340])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.status_filter, self.search)
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.detail)

        # After a new filter or search the list is painted first and the detail pane filled just
        # after (its query and widgets cost as much as the rows): see _show_detail.
        self._detail_later = False
        self._pending_detail: object = _NOTHING
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(0)
        self._detail_timer.timeout.connect(self._fill_pending_detail)

        # On a shared database the detail pane is read off the GUI thread (every query there is
        # a network round trip); a local file answers within a frame and is read directly.
        self.reads: ops.Reads | None = None
        if services.is_server:
            self.reads = ops.Reads(services, self, hold_connection=True)
            self.model.reads = self.reads  # rows the table is about to paint come the same way

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.timeout.connect(self.apply_filter)
        self._last_search_ms = 0.0
        self.search.textChanged.connect(self._search_typed)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.customContextMenuRequested.connect(self._context_menu)
        # Enter or a double-click on a row (the platform decides which "activates") edits it.
        self.table.activated.connect(lambda _index: self.actions.edit_incident())
        self.actions.changed.connect(self._after_write)
        self.actions.deleted.connect(lambda _id: self._after_write(None))
        self.actions.calledOut.connect(self.calledOut)
        # The first read waits for restore_state (the saved filter and sort order) or the
        # first showing, whichever comes first, so start-up reads the incidents once.
        self._loaded = False
        after_first_paint(self.table.viewport(), self.update_filter_counts)  # the combo's counts

    # -- filtering ------------------------------------------------------------------------
    def current_filter(self) -> IncidentFilter:
        key = self.status_filter.currentData()
        search = self.search.text().strip()
        if key == "needs_action":
            return IncidentFilter(statuses=NEEDS_ACTION, search=search)
        if key == "open":
            flt = IncidentFilter(statuses=tuple(OPEN_STATUSES), search=search)
        elif key == "overdue":
            flt = IncidentFilter(overdue_only=True, search=search)
        elif key == "all":
            flt = IncidentFilter(search=search)
        else:
            flt = IncidentFilter(statuses=(key,), search=search)
        if self.opened_period is not None:
            start, end = self.opened_period.bounds_utc()  # type: ignore[attr-defined]
            flt = dataclasses.replace(flt, opened_from=start, opened_to=end)
            if key == "all":  # as the overview counts them: cancelled ones count nowhere
                flt = dataclasses.replace(flt, statuses=tuple(s for s in STATUS_LABELS if s != "cancelled"))
        return flt

    def show_filtered(self, key: str, period: object | None) -> None:
        """Show ``key`` (open, overdue, all or a status) among incidents opened in ``period``;
        "all" leaves the cancelled out, as the overview's figures do."""
        self.opened_period = period
        if period is not None:
            self.period_button.setText(self.tr("Opened %1 to %2 ✕")
                                       .replace("%1", day(period.start))  # type: ignore[attr-defined]
                                       .replace("%2", day(period.end)))  # type: ignore[attr-defined]
        self.period_button.setVisible(period is not None)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(key)))
        self.status_filter.blockSignals(False)
        self.apply_filter()

    def clear_period(self) -> None:
        self.opened_period = None
        self.period_button.setVisible(False)
        self.apply_filter()

    def _search_typed(self) -> None:
        if self._last_search_ms < FAST_SEARCH_MS:
            self.apply_filter()  # the matches follow the key at once, in the same frame
        else:
            self._search_timer.start(SEARCH_DELAY_MS)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._fit_columns()
        if not self._loaded:
            self.apply_filter()

    def _fit_columns(self) -> None:
        """Size the columns up to Response due to the table's room at the first showing: those
        holding references, priorities, status words and times get what they need in this
        language's words and font; Title and Asset share what is left (the detail pane shows
        both in full).  Saved widths (restore_state) are kept as the user left them."""
        if self._columns_fitted or not self.isVisible() or not self.model.rowCount():
            return  # an empty log hides the table: it is sized when its first rows show
        self._columns_fitted = True
        self.layout().activate()
        header = self.table.horizontalHeader()
        plain = self.table.fontMetrics()
        bold_font = QFont(header.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        icon = self.table.iconSize().width() if self.table.iconSize().isValid() else 16

        def heading(col: int) -> int:
            return bold.horizontalAdvance(str(self.model.headerData(col, Qt.Orientation.Horizontal))) + 12

        sample = dt.datetime(2026, 12, 28, 23, 58)  # widest digits, as any day and time is written
        # The statuses of work in hand (the default view); a longer one shows whole as a tooltip.
        statuses = (status_name(s) for s in ("new", "called_out", "in_progress", "resolved"))
        fixed = {0: max(heading(0), plain.horizontalAdvance("INC-2026-0000") + icon + 22),
                 3: max(heading(3), plain.horizontalAdvance("P1") + 12),
                 4: max(heading(4), max(plain.horizontalAdvance(s) for s in statuses) + icon + 16),
                 5: 96,
                 6: max(heading(6), bold.horizontalAdvance(when(sample)) + 10)}
        room = self.table.viewport().width() - sum(fixed.values())
        title = max(80, room * 53 // 100)
        widths = {**fixed, 1: title, 2: max(72, room - title)}
        for col, width in widths.items():
            header.resizeSection(col, width)

    def apply_filter(self) -> None:
        self._loaded = True
        self.model.hold = False
        self._search_timer.stop()
        began = time.perf_counter()
        keep = self.current_incident_id()
        self.model.set_filter(self.current_filter(), then=lambda: self._after_reload(keep, detail_later=True))
        self._last_search_ms = (time.perf_counter() - began) * 1000

    def update_filter_counts(self) -> None:
        """Show how many incidents each choice holds, e.g. "Open (7)", "Resolved (2)"."""
        if self.reads is not None:
            self.reads.request("filter_counts", self._read_counts, lambda found: self._show_counts(*found))
        else:
            self._show_counts(*self._read_counts())

    def _read_counts(self) -> tuple[dict[str, int], int]:
        return self.services.incidents.status_counts(), self.services.incidents.open_and_overdue()[1]

    def _show_counts(self, counts: dict[str, int], overdue: int) -> None:
        totals = {"needs_action": sum(counts[s] for s in NEEDS_ACTION),
                  "open": sum(counts[s] for s in OPEN_STATUSES), "overdue": overdue,
                  "all": sum(counts.values()), **counts}
        labels = {key: QCoreApplication.translate("IncidentsPage", label) for key, label in _FIXED_FILTERS}
        for index in range(self.status_filter.count()):
            key = self.status_filter.itemData(index)
            name = labels.get(key) or status_name(key)
            self.status_filter.setItemText(index, f"{name} ({number(totals.get(key, 0))})")

    def refresh(self, select: int | None = None) -> None:
        """Read again, keeping the selected incident (or selecting ``select``: one just written)."""
        self.update_filter_counts()
        keep = select if select is not None else self.current_incident_id()
        bar = self.table.verticalScrollBar()
        position = bar.value()

        def reloaded() -> None:
            self._after_reload(keep)
            if select is not None and self._find_row(select) is None:
                # It no longer matches the filter (e.g. closed while showing open ones): still show it.
                self._show_detail(select)
            elif select is None and self.reads is not None:
                bar.setValue(position)  # a shared database answers a moment later: stay put

        self.model.reload(then=reloaded)

    def _after_reload(self, keep: int | None, detail_later: bool = False) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n incident(s)", "", count))
        has_rows = count > 0
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        self._fit_columns()
        if not has_rows:
            if self.search.text().strip():
                self.empty_label.setText(self.tr("No incidents match \u201c%s\u201d.")
                                         % self.search.text().strip())
            elif self.services.incidents.total() == 0:
                self.empty_label.setText(self._first_steps())
            else:
                self.empty_label.setText(self.tr("Nothing to show here: choose \u201cAll incidents\u201d "
                                                 "to see the others."))
        self._detail_later = detail_later
        try:
            row = self._find_row(keep) if keep is not None else None
            if row is not None:
                self._select_and_show(row, keep)
                self.table.scrollTo(self.model.index(row, 0))
            elif has_rows:
                self._select_and_show(0, self.model.record(0).id)  # type: ignore[union-attr]
            else:
                self._show_detail(None)
        finally:
            self._detail_later = False

    def _first_steps(self) -> str:
        """What to do on an empty log, in the order that avoids dead ends."""
        text = self.tr("No incidents logged yet.") + "\n\n" + self.tr(
            "Press Ctrl+N to log a problem. In that form you can add the equipment "
            "(\u201cNew asset\u2026\u201d) and the company you call (\u201cNew vendor\u2026\u201d: "
            "a name and a phone number are enough), then log, call out and print the form "
            "in one go.")
        return text + "\n\n" + self.tr("Help \u25b8 Getting started (F1) walks through it.")

    def _select_and_show(self, row: int, incident_id: int | None) -> None:
        """Select ``row`` and show its incident, loading the detail pane once: selecting
        usually loads it already (through _row_changed); only a selection that did not
        move needs the explicit refresh."""
        loads = self._detail_loads
        self.table.selectRow(row)
        if self._detail_loads == loads:
            self._show_detail(incident_id)

    def _show_detail(self, incident_id: int | None) -> None:
        """Fill the detail pane with the incident; after a reload, once the list is painted.

        The actions (and current_incident_id) follow the selection at once either way, from
        the row's own record, so a shortcut pressed meanwhile acts on the row shown selected."""
        if self.reads is not None and incident_id is not None:
            record = self.model.record(self._current_row) if self._current_row is not None else None
            self.actions.set_incident(record if record is not None and record.id == incident_id else None)
            self._detail_timer.stop()
            self._pending_detail = incident_id
            self.reads.request("detail", lambda: self._read_detail(incident_id),
                               lambda payload: self._detail_loaded(incident_id, payload))
            return
        if not self._detail_later:
            self._detail_timer.stop()
            self._pending_detail = _NOTHING
            self.detail.show_incident(incident_id)
            return
        record = self.model.record(self._current_row) if self._current_row is not None else None
        self.actions.set_incident(record if record is not None and record.id == incident_id else None)
        self._pending_detail = incident_id
        self._detail_timer.start()

    def _read_detail(self, incident_id: int) -> tuple:
        """On the worker thread: everything the detail pane shows."""
        try:
            detail = self.services.incidents.detail(incident_id)
        except NotFound:  # deleted meanwhile by a colleague
            detail = None
        return detail, self.services.settings.get("currency")

    def _detail_loaded(self, incident_id: int, payload: tuple) -> None:
        if incident_id == self._pending_detail:  # not overtaken by a newer selection
            self._pending_detail = _NOTHING
            self.detail.show_detail(*payload)

    def _fill_pending_detail(self) -> None:
        pending, self._pending_detail = self._pending_detail, _NOTHING
        if pending is not _NOTHING:
            self.detail.show_incident(pending)  # type: ignore[arg-type]

    # -- selection and actions ------------------------------------------------------------
    def current_incident_id(self) -> int | None:
        if self._pending_detail is not _NOTHING:
            return self._pending_detail  # type: ignore[return-value]
        return self.detail.detail.incident.id if self.detail.detail else None

    def _find_row(self, incident_id: int) -> int | None:
        """Where the incident is now: first where it was (the usual case after a write,
        even 90,000 rows down), then among the rows already loaded; never a full scan."""
        if self._current_row is not None:
            for row in (self._current_row, self._current_row - 1, self._current_row + 1):
                record = self.model.record(row)
                if record is not None and record.id == incident_id:
                    return row
        return self.model.row_of(incident_id)

    def select_incident(self, incident_id: int) -> bool:
        row = self._find_row(incident_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _row_changed(self, current, _previous) -> None:  # noqa: ANN001
        self._detail_loads += 1
        self._current_row = current.row() if current.isValid() else None
        record = self.model.record(current.row()) if current.isValid() else None
        self._show_detail(record.id if record else None)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        self.actions.fill_menu(menu)
        menu.popup(self.table.viewport().mapToGlobal(pos))
        self._menu = menu  # kept so tests (and Qt) can reach the open menu

    def _after_write(self, incident_id: int | None) -> None:
        self.refresh(select=incident_id)
        self.changed.emit()

    def new_record(self, asset_id: int | None = None) -> None:
        """Log a problem (with ``asset_id`` filled in when it came from an asset)."""
        from ui.dialogs.incident_dialog import IncidentDialog, read_incident_form  # loaded when first opened

        services = self.services

        def show(found: tuple[Any, Any]) -> None:
            dialog = IncidentDialog(services, None, self, asset_id=asset_id, choices=found[1])
            try:
                if dialog.exec() and dialog.saved is not None:
                    self._after_write(dialog.saved.id)
                    if dialog.called_out:
                        self.calledOut.emit(dialog.saved.id)
            finally:
                dialog.deleteLater()

        ops.open_form(self, services, lambda: read_incident_form(services, None, asset_id), show,
                      lambda sentence: prompts.show_error(self, self.tr("FixDesk"), sentence))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- window state ---------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("incidents/splitter", self.splitter.saveState())
        settings.setValue("incidents/columns", self.table.horizontalHeader().saveState())
        settings.setValue("incidents/filter", self.status_filter.currentData())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value("incidents/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.model.hold = True  # the header and the filter each ask for a reload: read once
        self.status_filter.blockSignals(True)
        try:
            header = settings.value("incidents/columns")  # a new key: the column order changed
            if header is not None:
                self.table.horizontalHeader().restoreState(header)
                self._columns_fitted = True
            index = self.status_filter.findData(settings.value("incidents/filter", "needs_action"))
            if index >= 0:
                self.status_filter.setCurrentIndex(index)
        finally:
            self.status_filter.blockSignals(False)
            self.model.hold = False
        self.apply_filter()


