"""Reports...: choose a document and its options, then preview/print it or save it as a PDF.

Documents are built on a worker thread (a 10,000-incident log takes seconds)
with a progress dialog that can cancel; the window keeps repainting meanwhile.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import format_date
from desktop_app.reports import documents
from desktop_app.reports.layout import Progress
from desktop_app.reports.output import write_pdf
from desktop_app.services import Services
from desktop_app.services.errors import ServiceError
from desktop_app.stats_records import Period
from ui import ops, printing, prompts
from ui.widgets.date_edit import OptionalDateEdit

# (key, label); the call-out form is printed from an incident, not from here.
DOCUMENTS = (
    ("review", QT_TRANSLATE_NOOP("ReportsDialog", "Break-fix review")),
    ("incidents", QT_TRANSLATE_NOOP("ReportsDialog", "Incident log")),
    ("costs", QT_TRANSLATE_NOOP("ReportsDialog", "Costs report")),
    ("assets", QT_TRANSLATE_NOOP("ReportsDialog", "Asset register")),
    ("warranty", QT_TRANSLATE_NOOP("ReportsDialog", "Warranty report")),
    ("labels", QT_TRANSLATE_NOOP("ReportsDialog", "Asset labels")),
    ("planned", QT_TRANSLATE_NOOP("ReportsDialog", "Planned work checklist")),
)
LAYOUT_LABELS = (("avery-l7163", QT_TRANSLATE_NOOP("ReportsDialog", "Avery L7163 - A4, 14 per sheet")),
                 ("avery-5160", QT_TRANSLATE_NOOP("ReportsDialog", "Avery 5160 - Letter, 30 per sheet")))


class ReportsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.worker: ops.Op | None = None
        self.last_saved: str | None = None
        self.setWindowTitle(self.tr("Reports"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.document = QComboBox()
        for key, label in DOCUMENTS:
            self.document.addItem(QCoreApplication.translate("ReportsDialog", label), key)
        form.addRow(self.tr("&Document:"), self.document)
        layout.addLayout(form)
        self.pages = QStackedWidget()
        self.range_page = self._range_page()
        self.pages.addWidget(self.range_page)
        self.pages.addWidget(QLabel(self.tr("Every asset on the register (archived ones are left out).")))
        self.pages.addWidget(self._warranty_page())
        self.pages.addWidget(self._labels_page())
        self.pages.addWidget(self._planned_page())
        layout.addWidget(self.pages, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = QPushButton(self.tr("&Preview / print..."))
        self.save_button = QPushButton(self.tr("&Save PDF..."))
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self.document.currentIndexChanged.connect(self._document_changed)
        self._document_changed()

    # -- option pages ------------------------------------------------------------------------
    def _range_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.date_from = OptionalDateEdit()
        self.date_to = OptionalDateEdit()
        today = dt.date.today()
        # The last three calendar months, this one included.
        month = today.month - 2
        self.date_from.set_date(dt.date(today.year + (month - 1) // 12, (month - 1) % 12 + 1, 1))
        self.date_to.set_date(today)
        form.addRow(self.tr("Opened &from:"), self.date_from)
        form.addRow(self.tr("Opened &to:"), self.date_to)
        form.addRow(QLabel(self.tr("Untick a date to leave that end of the range open.")))
        return page

    def _warranty_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.days = QSpinBox()
        self.days.setRange(0, 3650)
        self.days.setValue(90)
        self.days.setSuffix(self.tr(" days"))
        form.addRow(self.tr("Ending &within:"), self.days)
        form.addRow(QLabel(self.tr("Expired warranties are always listed; the rest are grouped "
                                   "by 30, 60 and 90 days.")))
        return page

    def _planned_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.due_from = OptionalDateEdit()
        self.due_to = OptionalDateEdit()
        today = dt.date.today()
        self.due_from.set_date(None)  # open start: overdue work belongs on the list too
        self.due_to.set_date(today + dt.timedelta(days=30))
        form.addRow(self.tr("Due &from:"), self.due_from)
        form.addRow(self.tr("Due &to:"), self.due_to)
        form.addRow(QLabel(self.tr("Tasks not yet done, with a box to tick and room to write "
                                   "the date, who and the cost.")))
        return page

    def _labels_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.layout_choice = QComboBox()
        for key, label in LAYOUT_LABELS:
            self.layout_choice.addItem(QCoreApplication.translate("ReportsDialog", label), key)
        form.addRow(self.tr("Label &sheet:"), self.layout_choice)
        box.addLayout(form)
        self.all_assets = QRadioButton(self.tr("&All assets"))
        self.chosen_assets = QRadioButton(self.tr("&Only the assets ticked below"))
        self.all_assets.setChecked(True)
        group = QButtonGroup(page)
        group.addButton(self.all_assets)
        group.addButton(self.chosen_assets)
        box.addWidget(self.all_assets)
        box.addWidget(self.chosen_assets)
        self.asset_model = QStandardItemModel(self)
        self.asset_list = QListView()
        self.asset_list.setModel(self.asset_model)
        self.asset_list.setEnabled(False)
        self.asset_list.setMinimumHeight(160)
        box.addWidget(self.asset_list, 1)
        self.chosen_assets.toggled.connect(self.asset_list.setEnabled)
        self._assets_loaded = False
        return page

    def _load_assets(self) -> None:
        if self._assets_loaded:
            return
        self._assets_loaded = True
        for asset in self.services.assets.choices():  # by tag, archived ones left out
            item = QStandardItem(f"{asset.tag}  {asset.name}")
            item.setData(asset.tag, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            self.asset_model.appendRow(item)

    def _document_changed(self) -> None:
        key = self.current_document()
        self.pages.setCurrentIndex({"review": 0, "incidents": 0, "costs": 0, "assets": 1, "warranty": 2,
                                    "labels": 3, "planned": 4}[key])
        if key == "review":  # the owner's yearly question: the last 12 months to today
            period = Period.last_months(12)
            self.date_from.set_date(period.start)
            self.date_to.set_date(period.end)
        if key == "labels":
            self._load_assets()

    # -- choices -----------------------------------------------------------------------------
    def current_document(self) -> str:
        return str(self.document.currentData())

    def select_document(self, key: str) -> None:
        self.document.setCurrentIndex(self.document.findData(key))

    def chosen_tags(self) -> list[str]:
        tags = []
        for row in range(self.asset_model.rowCount()):
            item = self.asset_model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                tags.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tags

    def _work(self) -> Callable[[Progress], bytes] | None:
        """What to build, checked here on the GUI thread; None after telling the user why not."""
        key = self.current_document()
        services = self.services
        start, end = self.date_from.date(), self.date_to.date()
        if key in ("incidents", "costs", "review") and start and end and end < start:
            prompts.show_error(self, self.tr("Reports"),
                               self.tr("The end date %s is before the start date %s.")
                               % (format_date(end), format_date(start)))
            return None
        if key == "review":
            return lambda progress: documents.review_pdf(services, start, end, progress)
        if key == "incidents":
            return lambda progress: documents.incident_log_pdf(services, start, end, progress)
        if key == "costs":
            return lambda progress: documents.costs_pdf(services, start, end, progress)
        if key == "assets":
            return lambda progress: documents.asset_register_pdf(services)
        if key == "warranty":
            days = self.days.value()
            return lambda progress: documents.warranty_pdf(services, days)
        if key == "planned":
            due_from, due_to = self.due_from.date(), self.due_to.date()
            if due_from and due_to and due_to < due_from:
                prompts.show_error(self, self.tr("Reports"),
                                   self.tr("The end date %s is before the start date %s.")
                                   % (format_date(due_to), format_date(due_from)))
                return None
            return lambda progress: documents.planned_pdf(services, due_from, due_to)
        layout = str(self.layout_choice.currentData())
        tags = self.chosen_tags() if self.chosen_assets.isChecked() else None
        if tags is not None and not tags:
            prompts.show_error(self, self.tr("Asset labels"), self.tr("Tick at least one asset to label."))
            return None
        return lambda progress: documents.labels_pdf(services, layout, tags)

    def _suggested_name(self) -> str:
        return f"{self.current_document()}-{dt.date.today().isoformat()}.pdf"

    def _build(self, then: Callable[[bytes], None]) -> None:
        work = self._work()
        if work is None or self.worker is not None:
            return
        title = self.document.currentText()
        self.preview_button.setEnabled(False)
        self.save_button.setEnabled(False)

        def done(pdf: bytes) -> None:
            self._idle()
            then(pdf)

        def failed(text: str) -> None:
            self._idle()
            prompts.show_error(self, title, text)

        def build(progress: Progress, cancelled: Callable[[], bool]) -> bytes:
            pdf = work(progress)
            if cancelled():  # pressed after the last page: nothing comes back
                raise ops.Cancelled()
            return pdf

        self.worker = ops.run(self, build, done, failed, services=self.services, title=title,
                              label=self.tr("Building %s...") % title,
                              failure=self.tr("The document could not be built: {}"))
        self.worker.finished.connect(self._idle)

    def _idle(self) -> None:
        self.worker = None
        self.preview_button.setEnabled(True)
        self.save_button.setEnabled(True)

    # -- actions -----------------------------------------------------------------------------
    def preview(self) -> None:
        title = self.document.currentText()
        name = self._suggested_name()
        self._build(lambda pdf: printing.show_preview(self, pdf, title, name))

    def save(self) -> None:
        path = prompts.choose_save_file(self, self.tr("Save PDF"), self.tr("PDF files (*.pdf)"),
                                        self._suggested_name())
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"

        def write(pdf: bytes) -> None:
            try:
                written = write_pdf(path, pdf)
            except ServiceError as exc:
                prompts.show_error(self, self.tr("Save PDF"), str(exc))
                return
            self.last_saved = str(written)
            parent = self.parent()
            if parent is not None and hasattr(parent, "show_status"):
                parent.show_status(self.tr("Saved %s") % written)

        self._build(write)
