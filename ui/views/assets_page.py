"""Assets page: the equipment register, with each asset's warranty and repair history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QToolButton, QWidget

from desktop_app.records import ASSET_STATUS_LABELS as STATUS_LABELS
from desktop_app.records import AssetHistory, AssetRecord, IncidentFilter, IncidentRecord
from desktop_app.services import Services
from desktop_app.stats_records import AssetAdvice
from ui.models.assets_model import AssetsTableModel
from ui.models.formatting import day as date_text
from ui.models.formatting import duration, money, status_name, when
from ui.views.register_page import RegisterPanel

if TYPE_CHECKING:
    from ui.dialogs.asset_dialog import AssetChoices, AssetDialog

HISTORY_ROWS = 50


def day(value: dt.datetime) -> str:
    """The local date part of a timestamp: the history lists need no minutes."""
    return when(value).split(" ")[0]  # newest incidents listed in the pane; the totals cover all of them


LOG_PROBLEM_URL = "fixdesk:log-problem"


@dataclass(frozen=True)
class AssetFigures:
    """What an asset's detail pane reads beyond its row."""

    currency: str
    advice: AssetAdvice
    history: AssetHistory
    incidents: list[IncidentRecord]  # the newest, up to HISTORY_ROWS


class AssetsPage(RegisterPanel):
    logProblem = Signal(int)  # asset id: open the incident dialog with it filled in

    def __init__(self, services: Services, parent: QWidget | None = None,
                 defer_load: bool = False) -> None:
        self.log_problem_action = QAction()  # replaced below; record_actions may be asked first
        super().__init__(services, AssetsTableModel(services), parent, defer_load)
        self.setObjectName("AssetsPage")
        self.new_action.setText(self.tr("&New asset…"))
        self.model: AssetsTableModel
        self.log_problem_action = QAction(self.tr("&Log a problem…"), self)
        self.log_problem_action.setToolTip(self.tr("Log an incident with this asset filled in"))
        self.log_problem_action.triggered.connect(self.log_problem)
        button = QToolButton(self)
        button.setObjectName("logProblemButton")
        button.setDefaultAction(self.log_problem_action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.buttons["log_problem"] = button
        self.layout().itemAt(0).layout().insertWidget(
            self.layout().itemAt(0).layout().indexOf(self.buttons["new"]), button)
        # The detail pane's "Log a problem" link comes here instead of a browser.
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link)
        self._current_changed()

    def record_actions(self) -> list[QAction]:
        return [self.log_problem_action]

    def log_problem(self) -> None:
        asset_id = self.current_id()
        if asset_id is not None:
            self.logProblem.emit(asset_id)

    def _link(self, url: QUrl) -> None:
        if url.toString() == LOG_PROBLEM_URL:
            self.log_problem()
        else:
            QDesktopServices.openUrl(url)

    def _current_changed(self) -> None:
        super()._current_changed()
        if hasattr(self, "buttons") and "log_problem" in self.buttons:
            self.log_problem_action.setEnabled(self.current() is not None)

    def statuses(self) -> dict[str, str]:
        return {"in_use": self.tr("In use"), "spare": self.tr("Spare"),
                "in_repair": self.tr("In repair"), "retired": self.tr("Retired")}

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for key in STATUS_LABELS:
            self.status_filter.addItem(self.statuses()[key], key)
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        bar.addWidget(self.status_filter)

    def _status_changed(self) -> None:
        self.model.status = self.status_filter.currentData()
        self._reload()

    def noun(self) -> str:
        return self.tr("asset")

    def search_hint(self) -> str:
        return self.tr("Search tag, name, serial, model, person…")

    def describe(self, record: AssetRecord) -> str:
        return f"{record.tag} {record.name}"

    def read_form(self, record: AssetRecord | None) -> tuple[AssetRecord | None, AssetChoices]:
        from ui.dialogs.asset_dialog import AssetChoices  # loaded when first opened, not with the page

        return (self.services.assets.get(record.id) if record else None), AssetChoices.read(self.services)

    def make_dialog(self, found: tuple[AssetRecord | None, AssetChoices]) -> AssetDialog:
        from ui.dialogs.asset_dialog import AssetDialog

        return AssetDialog(self.services, found[0], self, choices=found[1])

    def delete_record(self, record_id: int) -> None:
        self.services.assets.delete(record_id)

    def archive_record(self, record_id: int, archived: bool) -> None:
        self.services.assets.archive(record_id, archived)

    def empty_text(self, searching: bool) -> str:
        if searching or self.model.status:
            return self.tr("No assets match this search.")
        return self.tr("No assets yet.\nClick “New asset” to add the first PC, printer or phone. "
                       "To have the maintainer filled in, add the company that looks after it "
                       "on the Vendors page first (or later).")

    def warranty_text(self, asset: AssetRecord, today: dt.date | None = None) -> tuple[str, str]:
        """(sentence, colour) for the warranty line."""
        if asset.warranty_end is None:
            return self.tr("No warranty recorded"), ""
        # Green / amber that keep their contrast on light and on dark panes.
        dark = self.detail.palette().color(QPalette.ColorRole.Base).lightness() < 128
        if asset.under_warranty(today):
            return (self.tr("Under warranty until %1 — call the manufacturer first")
                    .replace("%1", date_text(asset.warranty_end)), "#81c784" if dark else "#2e7d32")
        return (self.tr("Warranty ended %1").replace("%1", date_text(asset.warranty_end)),
                "#ffb74d" if dark else "#9e6a00")

    def detail_read(self, a: AssetRecord) -> AssetFigures:
        history = self.services.assets.history(a.id)
        incidents = (self.services.incidents.page(IncidentFilter(asset_id=a.id), limit=HISTORY_ROWS)
                     if history.incident_count else [])
        return AssetFigures(self.services.settings.get("currency"), self.services.stats.advice([a.id])[a.id],
                            history, incidents)

    def detail_html(self, a: AssetRecord, found: AssetFigures) -> str:
        h = self.html()
        currency = found.currency
        warranty, colour = self.warranty_text(a)
        status = self.tr("Archived") if a.archived else self.statuses().get(a.status, a.status_label)
        log_problem = self.tr("Log a problem with this asset…")
        parts = [
            h.heading(f"{a.tag} — {a.name}", " · ".join(p for p in (a.category, a.make_model) if p)),
            h.note(warranty, colour, bold=bool(colour)),
            f'<p><a href="{LOG_PROBLEM_URL}">{log_problem}</a></p>',
            h.fields([
                (self.tr("Status"), status),
                (self.tr("Serial number"), a.serial),
                (self.tr("Site"), a.site_name),
                (self.tr("Room"), a.location),
                (self.tr("Assigned to"), a.person_name),
                (self.tr("Maintained by"), a.vendor_name),
                (self.tr("Hostname"), a.hostname),
                (self.tr("IP address"), a.ip_address),
                (self.tr("Purchased"), date_text(a.purchase_date)),
                (self.tr("Purchase cost"), money(a.purchase_cost, currency)),
                (self.tr("Supplier"), a.supplier),
                *((str(k), v) for k, v in sorted(a.custom_fields.items())),
                (self.tr("Notes"), a.notes),
            ]),
        ]
        parts.append(self._advice_html(found.advice, currency))
        parts.append(self._history_html(found))
        return "".join(parts)

    def advice_text(self, advice: AssetAdvice, currency: str) -> tuple[str, str, str]:
        """(verdict, why, colour) for the repair-or-replace line."""
        dark = self.detail.palette().color(QPalette.ColorRole.Base).lightness() < 128
        repairs = money(advice.repair_cost, currency)
        if advice.advice == "replace":
            why = (self.tr("Repairs so far (%1) have reached %2% of its purchase cost (%3).")
                   .replace("%1", repairs).replace("%2", str(advice.threshold_percent))
                   .replace("%3", money(advice.purchase_cost, currency)))
            return self.tr("Replace"), why, "#ef9a9a" if dark else "#b71c1c"
        if advice.advice == "watch":
            return (self.tr("Watch"), self.tr("A repeat fault: 3 or more incidents within 90 days. "
                                              "Repairs so far: %1.").replace("%1", repairs),
                    "#ffb74d" if dark else "#9e6a00")
        limit = advice.threshold
        why = (self.tr("Repairs so far: %1 of the %2 at which replacing pays (%3% of its purchase cost).")
               .replace("%1", repairs).replace("%2", money(limit, currency))
               .replace("%3", str(advice.threshold_percent)) if limit is not None
               else self.tr("Repairs so far: %1; no purchase cost recorded to weigh them against.")
               .replace("%1", repairs))
        return self.tr("Repair"), why, ""

    def _advice_html(self, advice: AssetAdvice, currency: str) -> str:
        h = self.html()
        verdict, why, colour = self.advice_text(advice, currency)
        return (h.section(self.tr("Repair or replace")) + h.note(verdict, colour, bold=True) + h.note(why))

    def _history_html(self, found: AssetFigures) -> str:
        h = self.html()
        history, incidents, currency = found.history, found.incidents, found.currency
        out = [h.section(self.tr("Incident history"))]
        if history.incident_count == 0:
            out.append(h.note(self.tr("No incidents recorded for this asset.")))
            return "".join(out)
        out.append(h.fields([
            (self.tr("Incidents"), history.incident_count),
            (self.tr("Total repair cost"), money(history.total_cost, currency)),
            (self.tr("Downtime"), duration(history.downtime_minutes)),
        ], skip_empty=False))
        out.append("<br>" + h.table(
            [self.tr("Ref"), self.tr("Opened"), self.tr("Title"), self.tr("Status"), self.tr("Cost")],
            [(i.ref, day(i.opened_at), i.title, status_name(i.status),
              money(i.total_cost, currency)) for i in incidents],
            right=(4,), wrap=(2,)))
        if history.incident_count > len(incidents):
            out.append(h.note(self.tr("Showing the newest %1 of %2 incidents.")
                              .replace("%1", str(len(incidents)))
                              .replace("%2", str(history.incident_count))))
        return "".join(out)
