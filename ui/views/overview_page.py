"""The Overview page: what break-fix is costing the office, on the first page of the side bar.

Figures for a chosen period (click one to see those incidents), charts per month, the assets
that cost the most, the vendors' record and the support-model question in plain words.  Every
number comes from ``StatsService.overview`` (the same figures as ``fixdesk stats``), read on a
worker thread so the window never waits for 100,000 incidents to be added up.

The page is a column of sections; another area adds its figures by appending a section class
to ``SECTIONS`` (each takes the page and fills itself from an ``Overview``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QMouseEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import Services
from desktop_app.services.stats_records import Overview, Period
from desktop_app.stats_output import KIND_LABELS, category_sentences, hours, percent, support_sentences
from desktop_app.timeutil import humanize_minutes
from ui.models.formatting import money
from ui.read_worker import RUNNING, ReadWorker
from ui.views.detail_html import DetailHtml, esc, muted_colour

PERIODS = (("month", "This month"), ("3m", "Last 3 months"), ("12m", "Last 12 months"),
           ("year", "This year"), ("custom", "Custom..."))


def period_for(key: str, today: dt.date | None = None) -> Period:
    today = today or dt.date.today()
    if key == "month":
        return Period.this_month(today)
    if key == "3m":
        return Period.last_months(3, today)
    if key == "year":
        return Period.this_year(today)
    return Period.last_months(12, today)


class Tile(QFrame):
    """One figure: a big value over a caption; clickable ones open the incidents behind it
    (mouse, or Enter / Space when focused)."""

    clicked = Signal()

    def __init__(self, caption: str, clickable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clickable = clickable
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.value = QLabel("\u2013")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addStretch(1)
        self.setMinimumHeight(self.value.sizeHint().height() + 2 * self.fontMetrics().lineSpacing() + 22)
        self.setMinimumWidth(160)
        self.setAccessibleName(caption)
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setToolTip(self.tr("Show these incidents"))
            self.caption.setText(caption + " \u203a")

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        self.setAccessibleDescription(text)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.clickable and event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if self.clickable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        self.setFrameShadow(QFrame.Shadow.Sunken)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        self.setFrameShadow(QFrame.Shadow.Plain)
        super().focusOutEvent(event)


class FiguresSection(QWidget):
    """The headline figures as tiles."""

    def __init__(self, page: OverviewPage) -> None:
        super().__init__()
        self.page = page
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        tr = self.tr
        self.tiles: dict[str, Tile] = {}
        specs = [
            ("open_now", tr("open now (opened in the period)"), "open"),
            ("overdue_now", tr("overdue: engineer later than promised"), "overdue"),
            ("opened", tr("incidents opened"), "all"),
            ("resolved", tr("resolved"), None),
            ("spend", tr("spent in the period"), None),
            ("spend_month", tr("spent this month"), None),
            ("downtime_hours", tr("hours of downtime"), None),
            ("downtime_cost", tr("cost of the downtime"), None),
            ("breaches_month", tr("vendor promises broken this month"), None),
            ("warranties", tr("warranties ending within 30 / 60 / 90 days"), None),
            ("break_fix", tr("break-fix total (spend + downtime)"), None),
            ("managed", tr("managed service for the same months"), None),
        ]
        for i, (key, caption, filter_key) in enumerate(specs):
            tile = Tile(caption, clickable=filter_key is not None)
            if filter_key is not None:
                tile.clicked.connect(lambda k=filter_key: page.request_incidents(k))
            self.tiles[key] = tile
            grid.addWidget(tile, i // 4, i % 4)

    def show_overview(self, o: Overview) -> None:
        s, cur = o.stats, o.stats.currency
        support = s.support
        values = {
            "open_now": f"{s.open_now:,}", "overdue_now": f"{s.overdue_now:,}", "opened": f"{s.opened:,}",
            "resolved": f"{s.resolved:,}", "spend": money(s.spend_total, cur),
            "spend_month": money(o.spend_this_month, cur),
            "downtime_hours": f"{hours(s.downtime_hours):,.2f}", "downtime_cost": money(s.downtime_cost, cur),
            "breaches_month": f"{o.breaches_this_month:,}",
            "warranties": f"{o.warranties.within_30} / {o.warranties.within_60} / {o.warranties.within_90}",
            "break_fix": money(support.break_fix_total, cur) if support else "–",
            "managed": money(support.managed_total, cur) if support and support.managed_total is not None
            else self.tr("quote not set"),
        }
        for key, text in values.items():
            self.tiles[key].set_value(text)


class ChartsSection(QWidget):
    """Spend per month by kind, and downtime hours per month."""

    def __init__(self, page: OverviewPage) -> None:
        super().__init__()
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.spend: Any = None
        self.downtime: Any = None

    def _build(self) -> None:
        from ui.views.overview_charts import BarChart  # QtCharts loads with the first figures

        self.spend = BarChart(self.tr("Spend per month by kind"))
        self.downtime = BarChart(self.tr("Downtime hours per month"))
        self.row.addWidget(self.spend, 1)
        self.row.addWidget(self.downtime, 1)

    def show_overview(self, o: Overview) -> None:
        if self.spend is None:
            self._build()
        s = o.stats
        months = list(s.spend_by_month)
        kinds = {self.tr(KIND_LABELS[k]): [float(s.spend_by_month_kind[m][k]) for m in months]
                 for k in s.spend_by_kind}
        self.spend.set_data(months, kinds, s.currency)
        self.downtime.set_data(months, {self.tr("Hours"): [s.downtime_by_month[m] for m in months]},
                               self.tr("hours"))


class HtmlSection(QLabel):
    """A section written as a little HTML (short lists: five assets, a handful of vendors)."""

    def __init__(self, page: OverviewPage) -> None:
        super().__init__()
        self.page = page
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def html(self) -> DetailHtml:
        return DetailHtml(muted_colour(self.palette()))


class AssetsSection(HtmlSection):
    def show_overview(self, o: Overview) -> None:
        s, cur, h = o.stats, o.stats.currency, self.html()
        top = s.costliest_assets()
        out = [h.section(self.tr("The five assets that cost the most"))]
        if not top:
            out.append(h.note(self.tr("No asset cost anything in this period.")))
        else:
            out.append(h.table(
                [self.tr("Asset"), self.tr("Incidents"), self.tr("Spend"), self.tr("Downtime cost"),
                 self.tr("Repairs, ever"), self.tr("Advice")],
                [(f"{a.tag} {a.name}", a.incidents, money(a.spend, cur), money(a.downtime_cost, cur),
                  money(a.repair_cost, cur), self.tr(a.advice.label)) for a in top],
                right=(1, 2, 3, 4), wrap=(0,)))
        replace = s.to_replace()
        if replace:
            tags = ", ".join(a.tag for a in replace[:8]) + (", \u2026" if len(replace) > 8 else "")
            out.append(h.note(self.tr("%n asset(s) to replace (repairs have reached the threshold): ", "",
                                      len(replace)) + tags))
        self.setText("".join(out))


class VendorsSection(HtmlSection):
    def show_overview(self, o: Overview) -> None:
        s, cur, h = o.stats, o.stats.currency, self.html()
        out = [h.section(self.tr("Vendors"))]
        if not s.vendors:
            out.append(h.note(self.tr("No vendor was called out for incidents opened in this period.")))
        else:
            out.append(h.table(
                [self.tr("Vendor"), self.tr("Call-outs"), self.tr("Median response"), self.tr("Broken"),
                 self.tr("On time"), self.tr("First-time fix"), self.tr("Spend")],
                [(v.name, v.callouts, "–" if v.response_median_minutes is None
                  else humanize_minutes(int(v.response_median_minutes)), v.breaches, percent(v.on_time_rate),
                  percent(v.first_time_fix_rate), money(v.spend, cur)) for v in s.vendors],
                right=(1, 2, 3, 4, 5, 6), wrap=(0,)))
        self.setText("".join(out))


class SupportSection(HtmlSection):
    def show_overview(self, o: Overview) -> None:
        s, h = o.stats, self.html()
        out = [h.section(self.tr("Break-fix or a managed service?"))]
        if s.support is not None:
            out += [f"<p>{esc(t)}</p>" for t in support_sentences(s.support, s.currency,
                                                                     o.setup.downtime_rate_set)]
        out += [f"<p>{esc(t)}</p>" for t in category_sentences(s.categories, s.currency)]
        self.setText("".join(out))


SECTIONS: list[type[Any]] = [FiguresSection, ChartsSection, AssetsSection, VendorsSection, SupportSection]


class OverviewPage(QWidget):
    changed = Signal()  # the page writes nothing; here for the window's page protocol
    incidentsRequested = Signal(str, object)  # incidents filter key, Period
    loaded = Signal()  # the figures on screen are up to date

    def __init__(self, services: Services, parent: QWidget | None = None, defer_load: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("OverviewPage")
        self.services = services
        self.overview: Overview | None = None
        self.error = ""
        self._worker: ReadWorker | None = None
        self._again = False
        self._stale = True

        self.period_choice = QComboBox()
        for key, label in PERIODS:
            self.period_choice.addItem(self.tr(label), key)
        self.period_choice.setCurrentIndex(self.period_choice.findData("12m"))
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period_choice)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
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
        return self._worker is not None

    def load(self) -> None:
        period = self.period()
        if period is None:
            self.status.setText(self.tr("The end date is before the start date."))
            return
        if self._worker is not None:
            self._again = True  # one more read once this one is back, with the newest choice
            return
        self._stale = False
        self.status.setText(self.tr("Adding up…"))
        stats = self.services.stats
        worker = ReadWorker(lambda: stats.overview(period), self.services.db.close)
        worker.succeeded.connect(self._show)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._finished)  # a bound slot: runs on the GUI thread
        RUNNING.add(worker)
        self._worker = worker
        worker.start()

    def _finished(self) -> None:
        worker = self._worker
        if worker is not None:
            RUNNING.discard(worker)
            worker.deleteLater()
        self._worker = None
        if self._again:
            self._again = False
            self.load()
        else:
            self.loaded.emit()

    def _failed(self, text: str) -> None:
        self.error = text
        self.status.setText(text)

    def _show(self, overview: Overview) -> None:
        self.overview = overview
        self.error = ""
        s = overview.stats
        self.status.setText(self.tr("Incidents opened %1 to %2").replace("%1", s.period.start.isoformat())
                            .replace("%2", s.period.end.isoformat()))
        if overview.setup.empty:
            self.empty.setText(self.setup_html(overview))
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentIndex(0)
        self.no_incidents.setVisible(s.opened == 0)
        for section in self.sections:
            section.show_overview(overview)

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
        return (f"<h2>{esc(self.tr('Nothing to add up yet'))}</h2><p>{esc(intro)}</p>"
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
        if self._worker is not None:
            self._worker.wait(10_000)

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

