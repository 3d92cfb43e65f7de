"""Import from CSV: choose the file, check the column mapping, preview problems, import.

The preview is a real dry run through the services, rolled back, so what it
lists (with file line numbers) is exactly what the import would do.  The
import itself is all or nothing unless the user ticks "skip the bad rows".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app import importing
from desktop_app.importing import CUSTOM, IGNORE, ImportResult, Table
from desktop_app.services import Services
from desktop_app.services.errors import ServiceError
from ui import ops, prompts

NOT_FINISHED = QT_TRANSLATE_NOOP("ImportWizard", "The import was cancelled; nothing was imported.")
FAILURE = QT_TRANSLATE_NOOP("ImportWizard",
                            "The import stopped with an unexpected error ({}); nothing was imported.")
KIND_LABELS = (("assets", QT_TRANSLATE_NOOP("ImportWizard", "Assets")),
               ("vendors", QT_TRANSLATE_NOOP("ImportWizard", "Vendors")),
               ("people", QT_TRANSLATE_NOOP("ImportWizard", "People")),
               ("sites", QT_TRANSLATE_NOOP("ImportWizard", "Sites")))
DATE_LABELS = (("auto", QT_TRANSLATE_NOOP("ImportWizard", "Work it out from the file")),
               ("dmy", QT_TRANSLATE_NOOP("ImportWizard", "Day/month/year (31/12/2024)")),
               ("mdy", QT_TRANSLATE_NOOP("ImportWizard", "Month/day/year (12/31/2024)")),
               ("ymd", QT_TRANSLATE_NOOP("ImportWizard", "Year/month/day (2024/12/31)")))


def _tr(text: str) -> str:
    """One of the labels above (or a sentence of the report) in the window's language."""
    return QCoreApplication.translate("ImportWizard", text)


def _report(result: ImportResult, plan_lines: int) -> str:
    lines = [result.summary(), ""]
    if result.problems:
        heading = (QCoreApplication.translate("ImportWizard", "Skipped (%1):") if result.committed
                   else QCoreApplication.translate("ImportWizard", "Problems (%1):"))
        lines.append(heading.replace("%1", str(len(result.problems))))
        lines += [f"  {p}" for p in result.problems]
        lines.append("")
    if result.warnings:
        lines.append(QCoreApplication.translate("ImportWizard", "Warnings:"))
        lines += [f"  {w}" for w in result.warnings]
    if result.linked_created:
        lines += ["", (QCoreApplication.translate("ImportWizard", "Would also create: ") if result.dry_run
                       else QCoreApplication.translate("ImportWizard", "Also created: "))
                  + ", ".join(result.linked_created[:20])
                  + (" ..." if len(result.linked_created) > 20 else "")]
    lines += ["", QCoreApplication.translate("ImportWizard", "%n data row(s) in the file.", "", plan_lines)]
    return "\n".join(lines)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CSV file saved from a spreadsheet or another program."))
        self.kind = QComboBox()
        for key, label in KIND_LABELS:
            self.kind.addItem(_tr(label), key)
        self.path = QLineEdit()
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Browse..."))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.date_format = QComboBox()
        for key, label in DATE_LABELS:
            self.date_format.addItem(_tr(label), key)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout(self)
        form.addRow(self.tr("&Import"), self.kind)
        form.addRow(self.tr("&File"), row)
        form.labelForField(row).setBuddy(self.path)  # a row of widgets has no buddy of its own
        form.addRow(self.tr("&Dates like 04/05/2024"), self.date_format)
        form.addRow(self.error)

    def browse(self) -> None:
        path = prompts.choose_open_file(self, self.tr("Import from CSV"),
                                        self.tr("CSV files (*.csv *.txt *.tsv);;All files (*)"))
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        try:
            self.wiz.table = importing.read_table(self.path.text().strip())
        except ServiceError as exc:
            self.error.setText(str(exc))
            return False
        self.error.clear()
        self.wiz.kind = self.kind.currentData()
        self.wiz.date_format = self.date_format.currentData()
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("FixDesk suggests where each column goes; change any that are wrong."))
        self.combos: list[QComboBox] = []
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.notes)

    def initializePage(self) -> None:  # noqa: N802
        table: Table = self.wiz.table
        proposed, notes = importing.propose(self.wiz.kind, table.headers)
        inner = QWidget()
        form = QFormLayout(inner)
        self.combos = []
        for index, header in enumerate(table.headers):
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), IGNORE)
            if self.wiz.kind == "assets":
                combo.addItem(self.tr("Custom field \"%s\"") % (header or index + 1), CUSTOM)
            for target in importing.targets(self.wiz.kind):
                combo.addItem(target.label + (" *" if target.required else ""), target.key)
            combo.setCurrentIndex(max(combo.findData(proposed.get(index, IGNORE)), 0))
            sample = next((cells[index] for _, cells in table.rows[:5]
                           if index < len(cells) and cells[index].strip()), "")
            label = header or self.tr("(column %d, no name)") % (index + 1)
            if sample:
                label += f"  ({sample[:30]}{'...' if len(sample) > 30 else ''})"
            form.addRow(label, combo)
            self.combos.append(combo)
        self.area.setWidget(inner)
        read = self.tr("Read as %1; %n data row(s).", "", len(table.rows)).replace("%1", table.encoding)
        self.notes.setText("\n".join([read] + notes))

    def mapping(self) -> dict[int, str]:
        return {i: combo.currentData() for i, combo in enumerate(self.combos)}

    def validatePage(self) -> bool:  # noqa: N802
        self.wiz.mapping = self.mapping()
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Nothing has been imported yet. This is what would happen."))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.skip = QCheckBox(self.tr("&Skip the bad rows and import the rest"))
        self.skip.toggled.connect(self.completeChanged)
        self.preview: ImportResult | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.skip)

    def initializePage(self) -> None:  # noqa: N802
        self.skip.setChecked(False)
        self.skip.setEnabled(False)
        self.preview = None
        wiz = self.wiz
        try:
            wiz.plan = importing.prepare(
                wiz.kind, wiz.table, mapping=wiz.mapping, date_format=wiz.date_format,
                default_order=importing.default_date_order(wiz.services.settings.get("currency")),
                decimal_mark=QLocale().decimalPoint())
        except ServiceError as exc:
            self.text.setPlainText(str(exc))
            return
        self.text.setPlainText(self.tr("Checking every row..."))
        plan, services = wiz.plan, wiz.services
        # The dry run goes through the services in a transaction that is rolled back.
        self.job = ops.run(self, lambda progress, cancelled: importing.run(
                               services, plan, dry_run=True, progress=progress, cancelled=cancelled),
                           self._previewed, self.text.setPlainText, services=services,
                           label=self.tr("Checking %d rows...") % len(plan.rows), title=self.tr("Import"),
                           on_cancelled=lambda: self.text.setPlainText(_tr(NOT_FINISHED)),
                           failure=_tr(FAILURE))

    def _previewed(self, result: ImportResult) -> None:
        self.preview = result
        self.text.setPlainText(_report(result, len(self.wiz.table.rows)))
        self.skip.setEnabled(bool(result.problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        if self.preview is None:
            return False
        if self.preview.problems and not self.skip.isChecked():
            return False
        return bool(self.preview.created or self.preview.updated)


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Import finished"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.done = False
        QVBoxLayout(self).addWidget(self.text)

    def initializePage(self) -> None:  # noqa: N802
        self.done = False
        skip = self.wiz.preview_page.skip.isChecked()
        plan, services = self.wiz.plan, self.wiz.services
        self.text.setPlainText(self.tr("Importing..."))
        self.job = ops.run(self, lambda progress, cancelled: importing.run(
                               services, plan, skip_bad=skip, progress=progress, cancelled=cancelled),
                           self._imported, self._failed, services=services,
                           label=self.tr("Importing %d rows...") % len(plan.rows), title=self.tr("Import"),
                           on_cancelled=lambda: self._failed(_tr(NOT_FINISHED)), failure=_tr(FAILURE))

    def _imported(self, result: ImportResult) -> None:
        self.wiz.result = result
        self.text.setPlainText(_report(result, len(self.wiz.table.rows)))
        self._finish()
        if result.committed:
            self.wiz.imported.emit()

    def _failed(self, text: str) -> None:
        self.text.setPlainText(text)
        self._finish()

    def _finish(self) -> None:
        self.done = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.done


class ImportWizard(QWizard):
    imported = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None, kind: str = "assets") -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Import from CSV"))
        self.resize(720, 560)
        self.kind = kind
        self.date_format = "auto"
        self.table: Table | None = None
        self.mapping: dict[int, str] = {}
        self.plan: importing.ImportPlan | None = None
        self.result: ImportResult | None = None
        self.file_page = FilePage(self)
        self.file_page.kind.setCurrentIndex(max(self.file_page.kind.findData(kind), 0))
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.preview_page.setCommitPage(True)  # no going back once the import has run
