"""A "Planned work" box for the overview page: due soon, overdue, planned against unplanned spend.

The overview fills it with one call, ``box.show_summary(services.planned.summary(start, end),
currency)``, and connects ``openPlanned`` to show the Planned page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.planned_records import PlannedSummary
from ui.models.formatting import day, money, overdue_colour, percent

LISTED = 5


class PlannedSummaryBox(QGroupBox):
    openPlanned = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Planned work"), parent)
        self.setObjectName("plannedSummary")
        self.due_label = QLabel()
        self.overdue_label = QLabel()
        self.planned_label = QLabel()
        self.unplanned_label = QLabel()
        self.share_label = QLabel()
        self.list_label = QLabel()
        self.list_label.setWordWrap(True)
        self.list_label.setTextFormat(Qt.TextFormat.PlainText)
        self.list_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Counts and money in a narrow column (amounts right-aligned under each other), the tasks
        # beside it: the box stays a few lines high on a wide page instead of a long column.
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        rows = ((self.tr("Due in the next 14 days:"), self.due_label),
                (self.tr("Overdue:"), self.overdue_label),
                (self.tr("Planned spend:"), self.planned_label),
                (self.tr("Unplanned spend (incidents):"), self.unplanned_label),
                (self.tr("Planned share:"), self.share_label))
        for row, (caption, value) in enumerate(rows):
            label = QLabel(caption)
            value.setAccessibleName(caption.rstrip(":"))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
        grid.setRowStretch(len(rows), 1)
        self.open_button = QPushButton(self.tr("Go to the Planned page"))
        self.open_button.clicked.connect(self.openPlanned)
        tasks = QVBoxLayout()
        tasks.addWidget(self.list_label, 1)
        tasks.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.addLayout(grid)
        layout.addSpacing(32)
        layout.addLayout(tasks, 1)

    def show_summary(self, summary: PlannedSummary, currency: str = "") -> None:
        self.due_label.setText(str(len(summary.due_soon)))
        overdue = len(summary.overdue)
        self.overdue_label.setText(str(overdue))
        self.overdue_label.setStyleSheet(f"color: {overdue_colour().name()}; font-weight: bold;"
                                         if overdue else "")
        spend = summary.spend
        self.planned_label.setText(money(spend.planned, currency))
        self.planned_label.setToolTip(self.tr("Done tasks %s + renewals falling due %s")
                                      % (money(spend.done, currency), money(spend.renewals, currency)))
        self.unplanned_label.setText(money(spend.unplanned, currency))
        share = spend.planned_share
        self.share_label.setText(percent(share))
        lines = [f"{day(t.due)}  {t.title}" + (self.tr("  (overdue)") if t in summary.overdue else "")
                 for t in (*summary.overdue, *summary.due_soon)[:LISTED]]
        self.list_label.setText("\n".join(lines) if lines else self.tr("Nothing due in the next 14 days."))
