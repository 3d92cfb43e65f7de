"""Planned work in the window beyond its page: the status bar count, the start-up mention of
work due today, Reports ▸ "Planned work…" and File ▸ Export ▸ "Planned work calendar…".

``install(window)`` is listed in ui.app.FEATURES.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu

from desktop_app.services.errors import ServiceError
from ui import prompts

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate  # the window's words: translate("MainWindow", "literal")

DUE_TODAY_MESSAGE_MS = 30_000


def update_counts(window: MainWindow, label: QLabel) -> None:
    window.read("planned_counts", window.services.planned.counts,
                lambda found: show_counts(window, label, *found))


def show_counts(window: MainWindow, label: QLabel, due_soon: int, overdue: int, _today: int) -> None:
    label.setText(translate("MainWindow", "Planned: %1 due · %2 overdue").replace("%1", str(due_soon))
                  .replace("%2", str(overdue)))
    label.setToolTip(translate("MainWindow", "Planned work due in the next 14 days, and overdue"))
    label.setStyleSheet("color: #dc322f; font-weight: bold;" if overdue else "")


def mention_due_today(window: MainWindow) -> None:
    """Once per start, in the status bar (no dialog to click away): what is due today."""
    today = dt.date.today()
    planned = window.services.planned
    window.read("planned_due_today",
                lambda: [t for t in planned.list(due_within=0, today=today) if t.due == today],
                lambda due: mention(window, due))


def mention(window: MainWindow, due: list) -> None:
    if not due:
        return
    more = len(due) - 3  # a plain name: lupdate reads no expression as the count
    names = ", ".join(t.title for t in due[:3]) + (translate("MainWindow", " and %n more", "", more)
                                                    if more > 0 else "")
    window.show_status(translate("MainWindow", "Planned work due today: %s") % names, DUE_TODAY_MESSAGE_MS)


def open_checklist(window: MainWindow) -> None:
    from ui.dialogs.reports_dialog import ReportsDialog

    dialog = ReportsDialog(window.services, window)
    dialog.select_document("planned")
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def export_calendar(window: MainWindow) -> None:
    from desktop_app.ical import export_tasks

    title = translate("MainWindow", "Export planned work calendar")
    path = prompts.choose_save_file(window, title, translate("MainWindow", "iCalendar files (*.ics)"),
                                    "fixdesk-planned-work.ics")
    if not path:
        return
    if not path.lower().endswith(".ics"):
        path += ".ics"
    try:
        count = export_tasks(window.services, path)
    except ServiceError as exc:
        prompts.show_error(window, title, str(exc))
        return
    window.show_status(translate("MainWindow", "Exported %d planned tasks to %s.") % (count, path))


def _export_menu(window: MainWindow) -> QMenu:
    file_menu = window.menu("&File")
    for menu in file_menu.findChildren(QMenu):
        if menu.title().replace("&", "") == translate("MainWindow", "E&xport").replace("&", ""):
            return menu
    return file_menu.addMenu(translate("MainWindow", "E&xport"))


def install(window: MainWindow) -> None:
    label = QLabel()
    label.setObjectName("plannedCounts")
    window.statusBar().addPermanentWidget(label)
    mentioned = []

    def counts_updated() -> None:
        update_counts(window, label)
        if not mentioned:  # the first read of the counts is just after the first frame
            mentioned.append(True)
            mention_due_today(window)

    window.countsUpdated.connect(counts_updated)
    window.planned_counts_label = label  # type: ignore[attr-defined]

    checklist = QAction(translate("MainWindow", "&Planned work…"), window)
    checklist.setObjectName("plannedChecklistAction")
    checklist.triggered.connect(lambda _checked=False: open_checklist(window))
    window.menu("&Reports").addAction(checklist)
    calendar = QAction(translate("MainWindow", "&Planned work calendar…"), window)
    calendar.setObjectName("plannedCalendarAction")
    calendar.triggered.connect(lambda _checked=False: export_calendar(window))
    _export_menu(window).addAction(calendar)
    window.planned_checklist_action = checklist  # type: ignore[attr-defined]
    window.planned_calendar_action = calendar  # type: ignore[attr-defined]
