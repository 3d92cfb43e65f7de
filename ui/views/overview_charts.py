"""The overview page's charts (QtCharts): spend per month by kind, downtime hours per month.

Colours follow the window's palette (light or dark); the series hues are mid-tones that read
on both.  QtCharts is imported when the first chart is built, not at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

SERIES_COLOURS = ("#3d7cc9", "#7fb3e6", "#e3a21a", "#6fa03a", "#a0a8b4")


def month_labels(keys: Sequence[str]) -> list[str]:
    """Short month names, with the year on a second line on the first bar and each January
    (the names in the window's language).

    A category axis merges equal names, so a month name met again (a period longer than a
    year) is made distinct with invisible zero-width spaces."""
    out: list[str] = []
    seen: dict[str, int] = {}
    locale = QLocale()
    for i, key in enumerate(keys):
        name = locale.standaloneMonthName(int(key[5:]), QLocale.FormatType.ShortFormat)
        if i == 0 or key.endswith("-01"):
            # A second line (labels take HTML) with the year as '25: a bar of a 12-month chart has
            # room for three or four characters, and QtCharts elides anything wider ("20…").
            name += f"<br>\u2019{key[2:4]}"
        seen[name] = seen.get(name, 0) + 1
        out.append(name + "\u200b" * (seen[name] - 1))
    return out


class BarChart(QChartView):
    """A bar chart (stacked when it has several series) that repaints from plain numbers."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        # As tall as its content needs, not as tall as an empty chart asks to be before its
        # data arrives (the page fills the charts a turn of the event loop after building them).
        self.setFixedHeight(250)
        self._title = title
        self.values: dict[str, list[float]] = {}
        self.months: list[str] = []
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        self.setAccessibleName(title)

    def set_data(self, months: Sequence[str], series: dict[str, list[float]], unit: str) -> None:
        """``series``: name -> one value per month; more than one series is stacked."""
        self.months, self.values = list(months), dict(series)
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QStackedBarSeries() if len(series) > 1 else QBarSeries()
        for i, (name, values) in enumerate(series.items()):
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            colour = QColor(SERIES_COLOURS[i % len(SERIES_COLOURS)])
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            bars.append(bar_set)
        bars.setBarWidth(0.7)
        chart.addSeries(bars)
        x_axis = QBarCategoryAxis()
        x_axis.append(month_labels(months))
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.8))
        x_axis.setLabelsFont(small)
        y_axis = QValueAxis()
        totals = [sum(col) for col in zip(*series.values(), strict=True)] if series else []
        top = max(totals, default=0)
        y_axis.setRange(0, top * 1.1 if top > 0 else 1)
        y_axis.setLabelFormat("%.0f")
        y_axis.applyNiceNumbers()
        y_axis.setTitleText(unit)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(x_axis)
        bars.attachAxis(y_axis)
        chart.legend().setVisible(len(series) > 1)
        chart.setTitle(self._title)
        self.apply_palette()

    def apply_palette(self) -> None:
        """Background, text and grid from the widget's palette, so dark stays dark."""
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        grid = QColor(text)
        grid.setAlpha(50)
        chart = self.chart()
        chart.setBackgroundBrush(QBrush(base))
        chart.setBackgroundRoundness(4)
        chart.setTitleBrush(QBrush(text))
        chart.legend().setLabelColor(text)
        self.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Window)))
        for axis in chart.axes():
            axis.setLabelsBrush(QBrush(text))
            axis.setTitleBrush(QBrush(text))
            axis.setLinePen(QPen(grid))
            axis.setGridLinePen(QPen(grid))

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self.apply_palette()
