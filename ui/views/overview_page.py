"""The Overview page: what break-fix is costing the office, on the first page of the side bar.

Figures for a chosen period (click one to see those incidents), charts per month, the assets
that cost the most, the vendors' record and the support-model question in plain words, with
planned work (due soon, overdue, planned against unplanned spend) under the figures.  Every
break-fix number comes from ``StatsService.overview`` (the same figures as ``fixdesk stats``) and
the planned ones from ``PlannedService.summary``, both read in one go on a worker thread so the
window never waits for 100,000 incidents to be added up.

The page is a column of sections (overview_sections.py); another area adds its figures by
appending a section class to ``SECTIONS`` there.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import Services
from desktop_app.stats_records import Overview, Period
from ui import ops
from ui.models.formatting import day, qt_date_format
from ui.views.detail_html import esc
from ui.views.overview_sections import SECTIONS

PERIODS = (("month", QT_TRANSLATE_NOOP("OverviewPage", "This month")),
           ("3m", QT_TRANSLATE_NOOP("OverviewPage", "Last 3 months")),
           ("12m", QT_TRANSLATE_NOOP("OverviewPage", "Last 12 months")),
           ("year", QT_TRANSLATE_NOOP("OverviewPage", "This year")),
           ("custom", QT_TRANSLATE_NOOP("OverviewPage", "Custom...")))


def period_for(key: str, today: dt.date | None = None) -> Period:
    today = today or dt.date.today()
    if key == "month":
        return Period.this_month(today)
    if key == "3m":
        return Period.last_months(3, today)
    if key == "year":
        return Period.this_year(today)
    return Period.last_months(12, today)


class OverviewPage(QWidget):
    changed = Signal()  # the page writes nothing; here for the window's page protocol
    incidentsRequested = Signal(str, object)  # incidents filter key, Period
    plannedRequested = Signal()  # the planned-work box asks for the Planned page
    loaded = Signal()  # the figures on screen are up to date

    def __init__(self, services: Services, parent: QWidget | None = None, defer_load: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("OverviewPage")
        self.services = services
        self.overview: Overview | None = None
        self.error = ""
        self.reads = ops.Reads(services, self)
        self._stale = True
        # Sections still to fill with the figures that arrived: one per turn of the event loop,
        # so laying out the page (the charts above all) never freezes the window in one go.
        self._unfilled: list[Callable[[], None]] = []  # what is left to fill, one per event-loop turn
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._fill_next)

        self.period_choice = QComboBox()
        for key, label in PERIODS:
            self.period_choice.addItem(QCoreApplication.translate("OverviewPage", label), key)
        self.period_choice.setCurrentIndex(self.period_choice.findData("12m"))
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period_choice)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(qt_date_format())
            edit.setDate(QDate.currentDate())
        self.date_from.setAccessibleName(self.tr("From"))
        self.date_to.setAccessibleName(self.tr("To"))
        self.to_label = QLabel(self.tr("to"))
        self.status = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(period_label)
        bar.addWidget(self.period_choice)
        bar.addWidget(self.date_from)
        bar.addWidget(self.to_label)
        bar.addWidget(self.date_to)
        bar.addSpacing(12)
        bar.addWidget(self.status, 1)

        self.content = QWidget()
        column = QVBoxLayout(self.content)
        column.setSpacing(14)
        self.sections = [cls(self) for cls in SECTIONS]
        for section in self.sections:
            column.addWidget(section)
        self.no_incidents = QLabel(self.tr("No incidents were opened in this period."))
        self.no_incidents.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.insertWidget(1, self.no_incidents)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.content)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("overviewEmpty")
        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self._custom_visible()
        self.period_choice.currentIndexChanged.connect(self._period_changed)
        self.date_from.dateChanged.connect(self._dates_changed)
        self.date_to.dateChanged.connect(self._dates_changed)
        if not defer_load:
            self.load()

    # -- the period ------------------------------------------------------------------------
    def period(self) -> Period | None:
        key = str(self.period_choice.currentData())
        if key != "custom":
            return period_for(key)
        start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        return Period(start, end) if start <= end else None

    def set_period(self, key: str, start: dt.date | None = None, end: dt.date | None = None) -> None:
        if start is not None and end is not None:
            for edit, value in ((self.date_from, start), (self.date_to, end)):
                edit.blockSignals(True)
                edit.setDate(QDate(value.year, value.month, value.day))
                edit.blockSignals(False)
        self.period_choice.blockSignals(True)  # the dates given, not the ones shown so far
        self.period_choice.setCurrentIndex(max(0, self.period_choice.findData(key)))
        self.period_choice.blockSignals(False)
        self._custom_visible()
        self.load()

    def _custom_visible(self) -> None:
        custom = self.period_choice.currentData() == "custom"
        for widget in (self.date_from, self.to_label, self.date_to):
            widget.setVisible(custom)

    def _period_changed(self) -> None:
        if self.period_choice.currentData() == "custom":
            shown = self.overview.stats.period if self.overview else period_for("12m")
            for edit, value in ((self.date_from, shown.start), (self.date_to, shown.end)):
                edit.blockSignals(True)
                edit.setDate(QDate(value.year, value.month, value.day))
                edit.blockSignals(False)
        self._custom_visible()
        self.load()

    def _dates_changed(self) -> None:
        if self.period_choice.currentData() == "custom":
            self.load()

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """After a write somewhere: read again now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.load()

    def is_busy(self) -> bool:
        return self.reads.pending("overview") or bool(self._unfilled)

    def load(self) -> None:
        period = self.period()
        if period is None:
            self.status.setText(self.tr("The end date is before the start date."))
            return
        self._stale = False
        self.status.setText(self.tr("Adding up…"))
        stats, planned = self.services.stats, self.services.planned

        def read() -> Overview:
            # Planned work beside break-fix, for the same period, in the same read off the GUI thread.
            overview = stats.overview(period)
            return dataclasses.replace(overview, planned=planned.summary(period.start, period.end))

        # A newer choice made while this one is added up replaces it: only its figures show.
        self.reads.request("overview", read, self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.error = self.tr("The figures could not be read: %1").replace("%1", str(exc))
        self.status.setText(self.error)
        self.loaded.emit()

    def _show(self, overview: Overview) -> None:
        self.overview = overview
        self.error = ""
        s = overview.stats
        self.status.setText(self.tr("Incidents opened %1 to %2").replace("%1", day(s.period.start))
                            .replace("%2", day(s.period.end)))
        if overview.setup.empty:
            self.empty.setText(self.setup_html(overview))
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentIndex(0)
            self.no_incidents.setVisible(s.opened == 0)
            # A section may split its filling into steps (the charts: one each), so no single
            # turn of the event loop holds the window for long.
            self._unfilled = [step for section in self.sections
                              for step in (section.fill_steps(overview) if hasattr(section, "fill_steps")
                                           else [partial(section.show_overview, overview)])]
            self._fill_next()
            return
        self._unfilled = []
        self.loaded.emit()

    def _fill_next(self) -> None:
        if not self._unfilled or self.overview is None:
            return
        self._unfilled.pop(0)()
        if self._unfilled:
            self._fill_timer.start()
        else:
            self.loaded.emit()

    def setup_html(self, overview: Overview) -> str:
        """What to set up first, in order, with what is already done ticked."""
        setup = overview.setup
        steps = [
            (setup.vendors > 0, self.tr("Add the companies you call when something breaks (Vendors page).")),
            (setup.assets > 0, self.tr("Add your equipment: PCs, printers, phones (Assets page).")),
            (setup.downtime_rate_set, self.tr("Set the hourly cost of downtime and the managed-service quote "
                                              "per seat (File ▸ Settings).")),
            (setup.incidents > 0, self.tr("Log the next problem as an incident (Ctrl+N); its call-out, "
                                          "costs and downtime are added up here.")),
        ]
        items = "".join(f"<li>{'✓ ' if done else ''}{esc(text)}</li>" for done, text in steps)
        intro = self.tr("This page shows what break-fix is costing the office once incidents are "
                        "logged. To get there:")
        # The steps left-aligned in a centred block: a centred numbered list reads badly.
        heading = self.tr("Nothing to add up yet")
        return (f"<h2>{esc(heading)}</h2><p>{esc(intro)}</p>"
                f"<table align='center'><tr><td><ol>{items}</ol></td></tr></table>")

    def request_incidents(self, key: str) -> None:
        if self.overview is not None:
            self.incidentsRequested.emit(key, self.overview.stats.period)

    # -- the window's page protocol --------------------------------------------------------
    def figure(self, key: str) -> str:
        """The text a figure tile shows (tests and the benchmark read it)."""
        return self.sections[0].tiles[key].value.text()

    def stop(self) -> None:
        """Wait for a read in flight (the window is closing)."""
        self.reads.stop(wait_ms=10_000)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("overview/period", self.period_choice.currentData())
        period = self.period()
        if period is not None:
            settings.setValue("overview/from", period.start.isoformat())
            settings.setValue("overview/to", period.end.isoformat())

    def restore_state(self, settings: QSettings) -> None:
        key = str(settings.value("overview/period", "12m"))
        start = end = None
        if key == "custom":
            try:
                start = dt.date.fromisoformat(str(settings.value("overview/from")))
                end = dt.date.fromisoformat(str(settings.value("overview/to")))
            except ValueError:
                key = "12m"
        self.period_choice.blockSignals(True)
        self.period_choice.setCurrentIndex(max(0, self.period_choice.findData(key)))
        self.period_choice.blockSignals(False)
        if start and end:
            for edit, value in ((self.date_from, start), (self.date_to, end)):
                edit.blockSignals(True)
                edit.setDate(QDate(value.year, value.month, value.day))
                edit.blockSignals(False)
        self._custom_visible()
        self._stale = True

