"""The right-hand pane of the Incidents page: one incident's fields, steps, timeline, costs, files."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QScrollArea,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.records import AttachmentRecord, CostRecord, IncidentDetail
from desktop_app.services import Services
from desktop_app.services.errors import NotFound
from ui.models.formatting import (
    cost_kind_name,
    decimal,
    duration,
    money,
    number,
    priority_name,
    status_dot,
    status_name,
    when,
)
from ui.models.list_model import ListTableModel
from ui.views.incident_actions import IncidentActions

MIN_WIDTH = 340


def _size(n: int) -> str:
    return f"{number(n / 1048576, 1)} MB" if n >= 1048576 else f"{number(max(n / 1024, 0.1), 1)} KB"


def _button(action) -> QToolButton:  # noqa: ANN001
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    # A tool button follows its action's text and state but not its visibility:
    # steps the workflow does not allow right now are hidden, not just greyed.
    action.changed.connect(lambda: button.setVisible(action.isVisible()))
    button.setVisible(action.isVisible())
    return button


class IncidentDetailPane(QScrollArea):
    def __init__(self, services: Services, actions: IncidentActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actions = actions
        self.detail: IncidentDetail | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.heading)
        self.empty = QLabel(self.tr("Select an incident to see its details, or press Ctrl+N to log one."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)

        # Workflow steps first (the next thing to do), then the other actions.
        self.step_row = QHBoxLayout()
        for action in actions.steps.values():
            self.step_row.addWidget(_button(action))
        self.step_row.addStretch(1)
        layout.addLayout(self.step_row)
        other_row = QHBoxLayout()
        for action in (actions.note, actions.cost):
            other_row.addWidget(_button(action))
        # Attachments, Edit and Delete are rarer: one "More" button keeps the pane narrow, so the
        # incidents table keeps its key columns at 1280 pixels.
        more = QToolButton()
        more.setText(self.tr("More"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more_menu = QMenu(more)
        more_menu.addAction(actions.attach)
        more_menu.addSeparator()
        more_menu.addAction(actions.edit)
        more_menu.addAction(actions.delete)
        more.setMenu(more_menu)
        self.more_button = more
        other_row.addWidget(more)
        other_row.addStretch(1)
        layout.addLayout(other_row)

        self.form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, text in (
            ("status", self.tr("Status")), ("priority", self.tr("Priority")),
            ("asset", self.tr("Asset")), ("reported_by", self.tr("Reported by")),
            ("vendor", self.tr("Vendor")), ("vendor_ref", self.tr("Vendor's job ref")),
            ("opened", self.tr("Opened")), ("called_out", self.tr("Called out")),
            ("response_due", self.tr("Response due")), ("arrived", self.tr("Engineer arrived")),
            ("resolved", self.tr("Resolved")), ("closed", self.tr("Closed")),
            ("downtime", self.tr("Downtime")), ("description", self.tr("Description")),
            ("error_messages", self.tr("Error messages")), ("tried", self.tr("What was tried")),
            ("cause", self.tr("Cause")), ("resolution", self.tr("Resolution")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(QLabel(f"<b>{html.escape(text)}</b>"), value)
            self.fields[key] = value
        layout.addLayout(self.form)

        timeline, costs, files = self.tr("Timeline"), self.tr("Costs"), self.tr("Attachments")
        self.section_titles = [
            QLabel(f"<b>{timeline}</b>"), QLabel(f"<b>{costs}</b>"),
            QLabel(f"<b>{files}</b> " + self.tr("(double-click to open)"))]
        layout.addWidget(self.section_titles[0])
        self.timeline = QTextBrowser()
        self.timeline.setMinimumHeight(90)
        self.timeline.setMaximumHeight(220)
        layout.addWidget(self.timeline)

        layout.addWidget(self.section_titles[1])
        self.costs_model: ListTableModel[CostRecord] = ListTableModel([
            (self.tr("Kind"), lambda c: cost_kind_name(c.kind)),
            (self.tr("Description"), lambda c: c.description),
            (self.tr("Hours"), lambda c: "" if c.hours is None else decimal(c.hours)),
            (self.tr("Invoice"), lambda c: c.invoice_ref),
            (self.tr("Amount"), lambda c: money(c.amount)),
        ], self, right_aligned=(2, 4))
        self.costs = self._small_table(self.costs_model)
        layout.addWidget(self.costs)
        self.no_costs = QLabel(self.tr("No costs recorded yet."))
        self.no_costs.setEnabled(False)
        layout.addWidget(self.no_costs)
        self.total = QLabel()
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.total)

        layout.addWidget(self.section_titles[2])
        self.files_model: ListTableModel[AttachmentRecord] = ListTableModel([
            (self.tr("File"), lambda a: a.filename),
            (self.tr("Size"), lambda a: _size(a.size)),
            (self.tr("Added"), lambda a: when(a.created_at)),
        ], self, right_aligned=(1,))
        self.files = self._small_table(self.files_model)
        self.files.doubleClicked.connect(self._open_file)
        layout.addWidget(self.files)
        self.no_files = QLabel(self.tr("No attachments."))
        self.no_files.setEnabled(False)
        layout.addWidget(self.no_files)
        layout.addStretch(1)
        self.show_incident(None)
        # The scroll area scrolls vertically only, so it must be as wide as its widest row;
        # at most three workflow steps are offered at once, which fits in MIN_WIDTH.
        self.setMinimumWidth(max(body.minimumSizeHint().width(), MIN_WIDTH)
                             + self.verticalScrollBar().sizeHint().width())

    def _small_table(self, model: ListTableModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().setVisible(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.setMaximumHeight(130)
        return view

    def _open_file(self) -> None:
        record = self.files_model.record(self.files.currentIndex().row())
        if record is not None:
            self.actions.open_attachment(record.id)

    # -- showing ---------------------------------------------------------------------------
    def show_incident(self, incident_id: int | None) -> None:
        detail = None
        if incident_id is not None:
            try:
                detail = self.services.incidents.detail(incident_id)
            except NotFound:  # deleted meanwhile (by a colleague on a shared database)
                detail = None
        self.show_detail(detail, self.services.settings.get("currency") if detail else "")

    def show_detail(self, detail: IncidentDetail | None, currency: str) -> None:
        """Show an incident already read (by ``show_incident``, or off the GUI thread)."""
        self.detail = detail
        self.actions.set_incident(detail.incident if detail else None)
        has = detail is not None
        self.empty.setVisible(not has)
        for widget in (self.heading, self.timeline, self.costs, self.total, self.files,
                       self.no_costs, self.no_files, *self.section_titles):
            widget.setVisible(has)
        for i in range(self.form.rowCount()):
            self.form.setRowVisible(i, has)
        if detail is None:
            return
        rec = detail.incident
        colour = status_dot(rec.status).name()
        self.heading.setText(
            f"<h2>{html.escape(rec.ref)} &mdash; {html.escape(rec.title)}</h2>"
            f"<span style='color:{colour}'>&#9679;</span> {html.escape(status_name(rec.status))}")
        breached = rec.response_breached()
        values = {
            "status": status_name(rec.status),
            "priority": priority_name(rec.priority),
            "asset": f"{rec.asset_tag} {rec.asset_name}".strip() or self.tr("(none)"),
            "reported_by": rec.reported_by_name,
            "vendor": rec.vendor_name or self.tr("(not chosen yet)"),
            "vendor_ref": rec.vendor_ref,
            "opened": when(rec.opened_at),
            "called_out": when(rec.called_out_at),
            "response_due": when(rec.response_due_at)
            + (self.tr("  (overdue)") if breached and rec.arrived_at is None else "")
            + (self.tr("  (missed)") if breached and rec.arrived_at is not None else ""),
            "arrived": when(rec.arrived_at),
            "resolved": when(rec.resolved_at),
            "closed": when(rec.closed_at or rec.cancelled_at),
            "downtime": duration(rec.downtime_minutes()),
            "description": rec.description,
            "error_messages": rec.error_messages,
            "tried": rec.tried,
            "cause": rec.cause,
            "resolution": rec.resolution,
        }
        for i, (key, label) in enumerate(self.fields.items()):
            label.setText(values[key])
            # Hide empty rows so the pane shows what is known, not a wall of blanks.
            self.form.setRowVisible(i, bool(values[key]))
        self.timeline.setHtml(self._timeline_html(detail))
        self.costs_model.set_rows(detail.costs)
        self.total.setText(self.tr("<b>Total: %s</b>") % money(rec.total_cost, currency))
        self.files_model.set_rows(detail.attachments)
        self.costs.setVisible(bool(detail.costs))
        self.no_costs.setVisible(not detail.costs)
        self.files.setVisible(bool(detail.attachments))
        self.no_files.setVisible(not detail.attachments)

    def _timeline_html(self, detail: IncidentDetail) -> str:
        rows = []
        for event in reversed(detail.events):  # newest first: what just happened is on top
            author = f" &middot; {html.escape(event.author)}" if event.author else ""
            rows.append(f"<p style='margin:0 0 6px 0'><b>{when(event.at)}</b>{author}<br>"
                        f"{html.escape(event.text)}</p>")
        return "".join(rows) or self.tr("Nothing recorded yet.")

    def timeline_text(self) -> str:
        return self.timeline.toPlainText()
