"""Planned page: recurring checks, services and renewals by due date, with warranty ends.

Overdue rows are red; "Done" records who did it and what it cost and schedules the next
one; the detail pane shows a task's schedule and its Done history.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import Services
from desktop_app.services.errors import ServiceError
from desktop_app.services.planned import TaskRecord, WarrantyEnd
from ui import ops, prompts
from ui.models.formatting import day, money
from ui.models.planned_model import (
    Agenda,
    PlannedTableModel,
    kind_names,
    kind_text,
    schedule_text,
    title_text,
    when_text,
)
from ui.views.detail_html import DetailHtml, muted_colour


class PlannedPage(QWidget):
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None, defer_load: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("PlannedPage")
        self.services = services
        self._defer = defer_load
        self._needs_load = True
        self.model = PlannedTableModel(services, self)
        self.dialog: QDialog | None = None  # the open task or Done dialog, if any
        # On a server the agenda and a task's history are read on the page's worker; a local
        # file answers within a frame and is read directly.
        self.reads: ops.Reads | None = ops.Reads(services, self) if services.is_server else None
        self.writing = False  # a delete on its way

        self.new_action = QAction(self.tr("&New task…"), self)
        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.done_action = QAction(self.tr("&Done…"), self)
        self.done_action.setToolTip(self.tr("Record it done and schedule the next one"))
        self.delete_action = QAction(self.tr("De&lete…"), self)
        self.new_action.triggered.connect(self.new_record)
        self.edit_action.triggered.connect(self.edit_current)
        self.done_action.triggered.connect(self.done_current)
        self.delete_action.triggered.connect(self.delete_current)
        self.show_warranties = QCheckBox(self.tr("Show warranty ends"), self)
        self.show_warranties.setObjectName("showWarranties")
        self.show_warranties.setChecked(True)
        self.show_warranties.toggled.connect(self._warranties_toggled)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("plannedCounts")

        self.table = QTableView(self)
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Starting widths in characters (a saved header replaces them): the title gets the room.
        char = self.table.fontMetrics().averageCharWidth()
        for column, chars in enumerate((11, 22, 40, 8, 16, 18, 18, 12)):
            header.resizeSection(column, chars * char + 16)
        # An overdue date is bold, and "Renewal" is longer in German ("Verlängerung"): those two
        # get what they need, the title gives it up.
        bold = QFont(self.table.font())
        bold.setBold(True)
        due = QFontMetrics(bold).horizontalAdvance(day(self.model.today)) + 16
        kind = max(self.table.fontMetrics().horizontalAdvance(k) for k in kind_names()) + 16
        extra = max(0, due - header.sectionSize(0)) + max(0, kind - header.sectionSize(3))
        header.resizeSection(0, max(due, header.sectionSize(0)))
        header.resizeSection(3, max(kind, header.sectionSize(3)))
        header.resizeSection(2, header.sectionSize(2) - extra)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        for action, key in ((self.edit_action, QKeySequence(Qt.Key.Key_Return)),
                            (self.delete_action, QKeySequence(QKeySequence.StandardKey.Delete))):
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.done_action, self.edit_action, self.delete_action):
            self.table.addAction(action)

        self.empty_label = QLabel(self.tr(
            "No planned work yet.\nClick “New task” to add the checks you do on a schedule "
            "(test-restore the backup, service the copier) and the renewals that must not lapse."), self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("detail")
        self.detail.setMinimumWidth(260)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([720, 360])

        bar = QHBoxLayout()
        bar.addWidget(self.show_warranties)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        self.buttons: dict[str, QToolButton] = {}
        for key, action in (("new", self.new_action), ("done", self.done_action), ("edit", self.edit_action),
                            ("delete", self.delete_action)):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setObjectName(f"{key}Button")
            self.buttons[key] = button
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        self.refresh()

    # -- page API (what the main window calls) ---------------------------------------------
    def refresh(self) -> None:
        if self._defer and not self.isVisible():
            self._needs_load = True
            return
        self._needs_load = False
        keep = self.current_task()
        self._reload(keep.id if keep else None)

    def _read(self, key: str, read: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        if self.reads is None:
            on_done(read())
        else:
            self.reads.request(key, read, on_done)

    def _reload(self, keep_id: int | None) -> None:
        def arrived(agenda: Agenda) -> None:
            self.model.show_read(agenda)
            self._after_reload(keep_id)

        self._read("agenda", self.model.read, arrived)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._needs_load:
            self.refresh()

    def focus_search(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("PlannedPage/splitter", self.splitter.saveState())
        settings.setValue("PlannedPage/header", self.table.horizontalHeader().saveState())
        settings.setValue("PlannedPage/warranties", self.show_warranties.isChecked())

    def restore_state(self, settings: QSettings) -> None:
        splitter, header = settings.value("PlannedPage/splitter"), settings.value("PlannedPage/header")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        self.show_warranties.setChecked(settings.value("PlannedPage/warranties", True) in (True, "true"))

    # -- selection -------------------------------------------------------------------------
    def current(self) -> TaskRecord | WarrantyEnd | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def current_task(self) -> TaskRecord | None:
        item = self.current()
        return item if isinstance(item, TaskRecord) else None

    def select_task(self, task_id: int | None) -> bool:
        row = self.model.row_of_task(task_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectRow(row)
        return True

    # -- actions ---------------------------------------------------------------------------
    def new_record(self) -> None:
        if self.dialog is not None:  # one at a time: raise the one already open
            self.dialog.raise_()
            return
        self._open_task(None)

    def edit_current(self) -> None:
        task = self.current_task()
        if task is None or self.dialog is not None:
            return
        self._open_task(task)

    def done_current(self) -> None:
        task = self.current_task()
        if task is None or self.dialog is not None:
            return
        from ui.dialogs.task_done_dialog import TaskDoneDialog

        # The currency came with the agenda: nothing to read before the form opens.
        dialog = TaskDoneDialog(self.services, task, self, currency=self.model.currency)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._done(dialog))
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _open_task(self, task: TaskRecord | None) -> None:
        from ui.dialogs.task_dialog import TaskChoices, TaskDialog  # loaded when first opened

        services = self.services

        def show(choices: TaskChoices) -> None:
            if self.dialog is None:
                self._run_dialog(TaskDialog(services, task, self, choices=choices))

        ops.open_form(self, services, lambda: TaskChoices.read(services), show, self._form_refused)

    def _form_refused(self, sentence: str) -> None:
        prompts.show_error(self, self.tr("FixDesk"), sentence)

    def _run_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog.saved))  # type: ignore[attr-defined]
        dialog.finished.connect(self._dialog_closed)
        dialog.open()  # window-modal without blocking: the event loop (and tests) keep running

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _saved(self, task: TaskRecord | None) -> None:
        self._reload(task.id if task else None)
        self.changed.emit()

    def _done(self, dialog: QDialog) -> None:
        result = dialog.result_record  # type: ignore[attr-defined]
        self._saved(result.task if result else None)
        window = self.window()
        if result is not None and hasattr(window, "show_status"):
            if result.next_due is not None:
                window.show_status(self.tr("%s done; next due %s.") % (result.task.title,
                                                                       day(result.next_due)))
            else:
                window.show_status(self.tr("%s done.") % result.task.title)

    def delete_current(self) -> None:
        task = self.current_task()
        if task is None or self.writing:
            return
        planned = self.services.planned
        self._read("delete", lambda: len(planned.history(task.id)), lambda done: self._delete(task, done))

    def _delete(self, task: TaskRecord, done: int) -> None:
        history = (self.tr(" and its %n Done record(s)", "", done)) if done else ""
        if self.writing or not prompts.confirm(
                self, self.tr("Delete planned task"),
                self.tr("Delete %s%s? This cannot be undone.") % (task.title, history)):
            return
        self.writing = True

        def deleted(_result: object) -> None:
            self.writing = False
            self._reload(None)
            self.changed.emit()

        def refused(err: ServiceError) -> None:
            self.writing = False
            prompts.show_error(self, self.tr("Cannot delete"), str(err))

        ops.write(self, self.services, partial(self.services.planned.delete, task.id), deleted, refused)

    # -- internals ---------------------------------------------------------------------------
    def _warranties_toggled(self, on: bool) -> None:
        keep = self.current_task()
        self.model.show_warranties = on
        if not self._needs_load:
            self.model.refilter()
            self._after_reload(keep.id if keep else None)

    def _after_reload(self, keep_id: int | None) -> None:
        empty = self.model.rowCount() == 0
        self.stack.setCurrentWidget(self.empty_label if empty else self.table)
        due_soon, overdue = self.model.counts
        self.count_label.setText(self.tr("%1 due in 14 days · %2 overdue")
                                 .replace("%1", str(due_soon)).replace("%2", str(overdue)))
        if not self.select_task(keep_id) and not empty:
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.selectRow(0)
        self._current_changed()

    def _current_changed(self) -> None:
        task = self.current_task()
        for action in (self.edit_action, self.done_action, self.delete_action):
            action.setEnabled(task is not None)
        item = self.current()
        h = DetailHtml(muted_colour(self.detail.palette()))
        if item is None:
            self.detail.setHtml(h.note(self.tr("Select a row to see its details."), h.muted)
                                if self.model.rowCount() else "")
        elif isinstance(item, WarrantyEnd):
            self.detail.setHtml(h.heading(title_text(item), when_text(item, self.model.today))
                                + h.fields([(self.tr("Asset"), f"{item.asset_tag} {item.asset_name}"),
                                            (self.tr("Warranty end"), day(item.due)),
                                            (self.tr("Maintained by"), item.vendor_name)])
                                + h.note(self.tr("Read from the asset: edit the asset to change it."),
                                         h.muted))
        else:
            # Shown at once; its Done history follows (on a server, a moment later).
            self.detail.setHtml(self._task_html(h, item, None))
            planned = self.services.planned
            self._read("history", lambda: planned.history(item.id),
                       lambda history: self._history_arrived(item, history))

    def _history_arrived(self, task: TaskRecord, history: list[Any]) -> None:
        if self.current_task() is task:  # still the one selected
            h = DetailHtml(muted_colour(self.detail.palette()))
            self.detail.setHtml(self._task_html(h, task, history))

    def _task_html(self, h: DetailHtml, t: TaskRecord, history: list[Any] | None) -> str:
        currency = self.model.currency
        rows = [(self.tr("Due"), f"{day(t.due)} ({when_text(t, self.model.today)})"),
                (self.tr("Repeats"), schedule_text(t)),
                (self.tr("Asset"), f"{t.asset_tag} {t.asset_name}".strip()),
                (self.tr("Vendor"), t.vendor_name),
                (self.tr("Yearly cost") if t.renewal else self.tr("Cost estimate"), money(t.cost, currency))]
        if t.renewal and t.notice_days:
            rows.append((self.tr("Give notice by"),
                         self.tr("%1 (%2 days before it lapses)").replace("%1", day(t.attention_date))
                         .replace("%2", str(t.notice_days))))
        parts = [h.heading(t.title, kind_text(t)), h.fields(rows)]
        if t.notes:
            parts.append(h.note(t.notes))
        if history is None:
            return "".join(parts)
        parts.append(h.section(self.tr("Done")))
        # Four columns, the note wrapping: five do not fit the pane beside a 1280-pixel table.
        parts.append(h.table([self.tr("Done on"), self.tr("By"), self.tr("Cost"), self.tr("Note")],
                             [(day(d.done_on), d.done_by, money(d.cost, currency), d.note)
                              for d in history[:30]], right=(2,), wrap=(1, 3))
                     if history else h.note(self.tr("Not done yet."), h.muted))
        return "".join(parts)
