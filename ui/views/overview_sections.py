"""The Overview page's sections: figures as tiles, the charts, the costliest assets, the
vendors and the support-model question.  Each takes the page and fills itself from an
``Overview``; another area adds its own by appending a class to ``SECTIONS``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.stats_output import category_sentences, hours, support_sentences
from desktop_app.stats_records import Overview
from ui.models.formatting import advice_name, duration, money, number, percent, spend_kind_name
from ui.views.detail_html import DetailHtml, esc, muted_colour
from ui.widgets.planned_summary import PlannedSummaryBox

if TYPE_CHECKING:
    from ui.views.overview_page import OverviewPage


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
        self.tiles: dict[str, Tile] = {}
        specs = [
            ("open_now", self.tr("open now (opened in the period)"), "open"),
            ("overdue_now", self.tr("overdue: engineer later than promised"), "overdue"),
            ("opened", self.tr("incidents opened"), "all"),
            ("resolved", self.tr("resolved"), None),
            ("spend", self.tr("spent in the period"), None),
            ("spend_month", self.tr("spent this month"), None),
            ("downtime_hours", self.tr("hours of downtime"), None),
            ("downtime_cost", self.tr("cost of the downtime"), None),
            ("breaches_month", self.tr("vendor promises broken this month"), None),
            ("warranties", self.tr("warranties ending within 30 / 60 / 90 days"), None),
            ("break_fix", self.tr("break-fix total (spend + downtime)"), None),
            ("managed", self.tr("managed service for the same months"), None),
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
            "open_now": number(s.open_now), "overdue_now": number(s.overdue_now), "opened": number(s.opened),
            "resolved": number(s.resolved), "spend": money(s.spend_total, cur),
            "spend_month": money(o.spend_this_month, cur),
            "downtime_hours": number(hours(s.downtime_hours), 2),
            "downtime_cost": money(s.downtime_cost, cur),
            "breaches_month": number(o.breaches_this_month),
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

    def fill_steps(self, o: Overview) -> list[Callable[[], None]]:
        """Building the charts and filling each is a turn of the event loop of its own."""
        return [self._build_once, lambda: self._fill_spend(o), lambda: self._fill_downtime(o)]

    def show_overview(self, o: Overview) -> None:
        for step in self.fill_steps(o):
            step()

    def _build_once(self) -> None:
        if self.spend is None:
            self._build()

    def _fill_spend(self, o: Overview) -> None:
        s = o.stats
        months = list(s.spend_by_month)
        kinds = {spend_kind_name(k): [float(s.spend_by_month_kind[m][k]) for m in months]
                 for k in s.spend_by_kind}
        self.spend.set_data(months, kinds, s.currency)

    def _fill_downtime(self, o: Overview) -> None:
        s = o.stats
        months = list(s.spend_by_month)
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
                  money(a.repair_cost, cur), advice_name(a.advice.advice)) for a in top],
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
                  else duration(int(v.response_median_minutes)), v.breaches, percent(v.on_time_rate),
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


class PlannedSection(QWidget):
    """Planned work under the figures: what is due in the next 14 days and overdue, and planned
    against unplanned spend for the period (read with the other figures, on the same worker)."""

    def __init__(self, page: OverviewPage) -> None:
        super().__init__()
        heading = QLabel(DetailHtml.section(self.tr("Planned work")))
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.box = PlannedSummaryBox()
        self.box.setTitle("")  # the heading above says it, in the same type as the other sections
        self.box.openPlanned.connect(page.plannedRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(heading)
        layout.addWidget(self.box)

    def show_overview(self, o: Overview) -> None:
        self.setVisible(o.planned is not None)
        if o.planned is not None:
            self.box.show_summary(o.planned, o.stats.currency)


SECTIONS: list[type[Any]] = [FiguresSection, PlannedSection, ChartsSection, AssetsSection, VendorsSection,
                             SupportSection]
