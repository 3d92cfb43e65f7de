"""The main window: side bar of pages, shared actions in menu and toolbar, status bar.

Pages are plain widgets built from the services; the window only places them,
routes the shared actions (New incident, Find, Print, Refresh) to them, and
remembers its layout in QSettings.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.resources import resources_dir
from desktop_app.services import Services
from ui import ops, prompts
from ui.first_paint import after_first_paint
from ui.live import ChangedElsewhereNote, LiveUpdates
from ui.personal import USER_NAME_KEY, adopt_user_name, carry_over_user_name
from ui.views.incidents_page import IncidentsPage
from ui.views.page import Page
from ui.widgets.banner import Banner

ICONS = resources_dir() / "icons"

# The side bar in order, reached by Ctrl+1..: (module:class, label, icon).  Incidents is built
# with the window; every other page is imported and built the first time it is needed (shown,
# or asked for).
OVERVIEW = 0
INCIDENTS = 1
PAGES = (
    ("ui.views.overview_page:OverviewPage", QT_TRANSLATE_NOOP("MainWindow", "Overview"), "overview"),
    ("", QT_TRANSLATE_NOOP("MainWindow", "Incidents"), "incidents"),
    ("ui.views.assets_page:AssetsPage", QT_TRANSLATE_NOOP("MainWindow", "Assets"), "assets"),
    ("ui.views.vendors_page:VendorsPage", QT_TRANSLATE_NOOP("MainWindow", "Vendors"), "vendors"),
    ("ui.views.sites_page:SitesPage", QT_TRANSLATE_NOOP("MainWindow", "Sites & People"), "sites"),
    ("ui.views.planned_page:PlannedPage", QT_TRANSLATE_NOOP("MainWindow", "Planned"), "planned"),
)
# The menu bar's titles: features ask for a menu by its English name (window.menu("&File")),
# the bar shows it translated.
MENUS = (QT_TRANSLATE_NOOP("MainWindow", "&File"), QT_TRANSLATE_NOOP("MainWindow", "&Incident"),
         QT_TRANSLATE_NOOP("MainWindow", "&View"), QT_TRANSLATE_NOOP("MainWindow", "&Reports"),
         QT_TRANSLATE_NOOP("MainWindow", "&Help"))
PLANNED = next(i for i, page in enumerate(PAGES) if page[2] == "planned")
COUNTS_EVERY_MS = 60_000  # overdue counts change with the clock, not only with writes


def icon(name: str) -> QIcon:
    return QIcon(str(ICONS / f"{name}.svg"))


class MainWindow(QMainWindow):
    incidentCalledOut = Signal(int)
    dataChanged = Signal()
    countsUpdated = Signal()  # after the status bar counts were read (features add their own)

    def __init__(self, services: Services, settings: QSettings) -> None:
        super().__init__()
        self.services = services
        self.settings = settings
        self.reopen_with: str | None = None  # set when the user switched to another database
        self._menus: dict[str, QMenu] = {}
        self._print_handler: Callable[[], None] | None = None
        self.setWindowTitle(self.tr("FixDesk"))
        self.setWindowIcon(icon("fixdesk"))

        self.incidents = IncidentsPage(services)
        # This PC signs as its own user on a shared database.  Until a first start has read the
        # office-wide name it carries over, writes sign with that same office value anyway.
        if settings.contains(USER_NAME_KEY):
            adopt_user_name(settings, services)
        else:
            self.read("user_name", lambda: services.settings.get("user_name") or "",
                      lambda name: carry_over_user_name(settings, services, name))
        # One slot per page in the stack; the other pages are built into theirs on first use.
        self._slots: list[QWidget] = []
        self._built: dict[int, QWidget] = {INCIDENTS: self.incidents}
        self._pages: dict[int, Page] = {INCIDENTS: self.incidents}  # the same pages, as the window uses them
        labels = []
        for index, (_path, label, icon_name) in enumerate(PAGES):
            if index == INCIDENTS:
                slot = self.incidents
            else:
                slot = QWidget()
                QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self._slots.append(slot)
            labels.append((self.tr(label), icon_name))

        self.side_bar = QListWidget()
        self.side_bar.setIconSize(QSize(22, 22))
        self.side_bar.setAccessibleName(self.tr("Pages"))
        for text, icon_name in labels:
            QListWidgetItem(icon(icon_name), text, self.side_bar)
        self.side_bar.setFixedWidth(max(150, self.side_bar.sizeHintForColumn(0) + 24))
        self.stack = QStackedWidget()
        for slot in self._slots:
            self.stack.addWidget(slot)
        self.welcome: QWidget | None = None  # built only for an office not set up yet
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(4, 4, 4, 0)
        row.addWidget(self.side_bar)
        row.addWidget(self.stack, 1)
        # Banners above the pages: a lost connection, a database file in a risky place.
        self.connection_banner = Banner()
        self.notice_banner = Banner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.connection_banner)
        column.addWidget(self.notice_banner)
        column.addWidget(body, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_status_bar()
        self.side_bar.currentRowChanged.connect(self.show_page)
        self.incidents.calledOut.connect(self.incidentCalledOut)
        self.incidents.changed.connect(lambda: self._after_write(self.incidents))
        self._counts_timer = QTimer(self)
        self._counts_timer.setInterval(COUNTS_EVERY_MS)
        self._counts_timer.timeout.connect(self.update_counts)
        self._counts_timer.start()
        # Other PCs' changes (and the command line's) show without F5.
        self.live = LiveUpdates(services.db, self)
        self.live.changed.connect(self.external_change)
        self.live.lost.connect(self._connection_lost)
        self.live.restored.connect(self._connection_restored)
        if self.incidents.reads is not None:  # a shared database: some reads run on a worker
            self.incidents.reads.failed.connect(self._background_failed)

        self._restore_state()
        if services.read_only:
            self._show_read_only()
        else:  # an office not set up yet starts with the welcome page
            self.read("welcome", lambda: services.is_empty() and not services.settings.is_set_up(),
                      self._welcome_needed)
        after_first_paint(self.statusBar(), self.update_counts)  # the label is empty (unpainted) until then

    # -- actions, menus, toolbar ----------------------------------------------------------
    def _action(self, text: str, shortcut: QKeySequence | str | None, slot: Callable[[], None],
                icon_name: str | None = None) -> QAction:
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        self.new_incident_action = self._action(self.tr("&New incident..."), "Ctrl+N",
                                                self.new_incident, "new")
        self.find_action = self._action(self.tr("&Find"), "Ctrl+F", self.find, "find")
        self.print_action = self._action(self.tr("&Print..."), "Ctrl+P", self._print, "print")
        self.print_action.setEnabled(False)
        self.refresh_action = self._action(self.tr("&Refresh"), QKeySequence.StandardKey.Refresh,
                                           self.refresh_all, "refresh")
        self.settings_action = self._action(self.tr("&Settings..."), "Ctrl+,", self.open_settings,
                                            "settings")
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        self.page_actions: list[QAction] = []
        for i in range(self.side_bar.count()):
            # A menu reads "&" as a mnemonic marker: "Sites & People" needs it doubled.
            action = self._action(self.side_bar.item(i).text().replace("&", "&&"), f"Ctrl+{i + 1}",
                                  lambda i=i: self.show_page(i))
            self.page_actions.append(action)

        file_menu = self.menu("&File")
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        incident_menu = self.menu("&Incident")
        incident_menu.addAction(self.new_incident_action)
        incident_menu.addSeparator()
        for action in self.incidents.actions.all_actions():
            incident_menu.addAction(action)
        view_menu = self.menu("&View")
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        for action in self.page_actions:
            view_menu.addAction(action)
        self.guide_action = self._action(self.tr("&Getting started"), QKeySequence.StandardKey.HelpContents,
                                         self.show_guide)
        # Last in the bar; About FixDesk comes with the about dialog's feature, after the guide.
        self.menu("&Help").addAction(self.guide_action)

        bar = self.toolbar()
        for action in (self.new_incident_action, self.find_action, self.print_action,
                       self.refresh_action, self.settings_action):
            bar.addAction(action)

    def menu(self, name: str) -> QMenu:
        """The menu called ``name``, created on first use; Help stays last."""
        existing = self._menus.get(name)
        if existing is not None:
            return existing
        help_menu = self._menus.get("&Help")
        created = QMenu(self.tr(name), self)
        if help_menu is not None:
            self.menuBar().insertMenu(help_menu.menuAction(), created)
        else:
            self.menuBar().addMenu(created)
        self._menus[name] = created
        return created

    def toolbar(self) -> QToolBar:
        bar = self.findChild(QToolBar, "mainToolBar")
        if bar is None:
            bar = QToolBar(self.tr("Main toolbar"), self)
            bar.setObjectName("mainToolBar")
            bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            bar.setMovable(False)
            self.addToolBar(bar)
        return bar

    def set_print_handler(self, fn: Callable[[], None] | None) -> None:
        self._print_handler = fn
        self.print_action.setEnabled(fn is not None and self.stack.currentWidget() is not self.welcome)

    def _print(self) -> None:
        if self._print_handler is not None:
            self._print_handler()

    # -- status bar -----------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        # The database's location is for whoever supports the office: it is in Help > About.
        self.counts_label = QLabel()
        self.statusBar().addPermanentWidget(self.counts_label)

    def read(self, key: str, read: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """``on_done(read())`` without freezing the window: on a shared database ``read`` runs on
        the incidents page's worker (a newer request of the same ``key`` replaces it) and
        ``on_done`` follows on the GUI thread; a local file answers at once."""
        reads = self.incidents.reads
        if reads is not None:
            reads.request(key, read, on_done)
        else:
            on_done(read())

    def update_counts(self) -> None:
        self.read("status_counts", self.services.incidents.open_and_overdue,
                  lambda found: self._show_counts(*found))

    def _show_counts(self, open_count: int, overdue: int) -> None:
        text = self.tr("%n open", "", open_count) + " \u00b7 " + self.tr("%n overdue", "", overdue)
        self.counts_label.setText(text)
        self.countsUpdated.emit()

    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    # -- pages ----------------------------------------------------------------------------
    @property
    def pages(self) -> list[QWidget]:
        """Every page, in side-bar order (builds any not built yet)."""
        return [self.page(i) for i in range(len(self._slots))]

    def page(self, index: int) -> QWidget:
        """The page at ``index``, built (with its saved state) the first time it is asked for."""
        built = self._built.get(index)
        if built is not None:
            return built
        module, _, name = PAGES[index][0].partition(":")
        made = getattr(importlib.import_module(module), name)(self.services, defer_load=True)
        widget: QWidget = made
        page: Page = made  # every page class in PAGES is a QWidget and a Page
        page.restore_state(self.settings)
        page.changed.connect(lambda: self._after_write(widget))
        requested = getattr(made, "incidentsRequested", None)
        if requested is not None:  # the overview's figures open the incidents behind them
            requested.connect(self.show_incidents)
        planned = getattr(made, "plannedRequested", None)
        if planned is not None:  # the overview's planned-work box opens the Planned page
            planned.connect(lambda: self.show_page(PLANNED))
        log_problem = getattr(made, "logProblem", None)
        if log_problem is not None:  # "Log a problem" from a selected asset
            log_problem.connect(self.log_problem)
        reads = getattr(made, "reads", None)
        if reads is not None:  # a register on a shared database: a read that failed is told
            reads.failed.connect(self._background_failed)
        self._slots[index].layout().addWidget(widget)
        self._built[index] = widget
        self._pages[index] = page
        return widget

    def show_page(self, index: int) -> None:
        if not 0 <= index < len(self._slots):
            return
        if self.stack.currentWidget() is self.welcome:
            return  # finish (or skip) the welcome first
        self.page(index)
        self.stack.setCurrentIndex(index)
        if self.side_bar.currentRow() != index:
            self.side_bar.setCurrentRow(index)

    def current_page(self) -> QWidget:
        index = self.stack.currentIndex()
        if self.stack.currentWidget() is self.welcome or index not in self._built:
            return self.stack.currentWidget()
        return self._built[index]

    @property
    def overview(self) -> QWidget:
        return self.page(OVERVIEW)

    def show_incidents(self, key: str, period: object) -> None:
        """The incidents page, filtered (open, overdue, all) to those opened in ``period``."""
        self.show_page(INCIDENTS)
        self.incidents.show_filtered(key, period)

    def current_incident_id(self) -> int | None:
        return self.incidents.current_incident_id()

    def _show_welcome(self) -> None:
        if self.welcome is None:
            from ui.views.welcome_page import WelcomePage  # most starts never need it

            welcome = WelcomePage(self.services, personal=self.settings)
            welcome.finished.connect(self._welcome_done)
            self.stack.addWidget(welcome)
            self.welcome = welcome
        self.side_bar.setEnabled(False)
        self.side_bar.setVisible(False)  # nothing to browse yet
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.setFocus(Qt.FocusReason.OtherFocusReason)
        for action in (self.new_incident_action, self.find_action, self.print_action, *self.page_actions):
            action.setEnabled(False)

    def _welcome_needed(self, needed: bool) -> None:
        if needed and self.welcome is None:
            self._show_welcome()

    def _welcome_done(self) -> None:
        self.side_bar.setEnabled(True)
        self.side_bar.setVisible(True)
        for action in (self.new_incident_action, self.find_action, *self.page_actions):
            action.setEnabled(True)
        self.print_action.setEnabled(self._print_handler is not None)
        # A new office goes where its first problem is logged; the sample office to its figures.
        first = INCIDENTS if self.services.is_empty() else OVERVIEW
        self.stack.setCurrentIndex(first)  # off the welcome page first: show_page waits for that
        self.show_page(first)
        self.refresh_all()
        self.dataChanged.emit()

    def _show_read_only(self) -> None:
        """Say so in the title and the status bar, and offer nothing that would write."""
        self.setWindowTitle(self.tr("FixDesk - read-only"))
        self.read_only_label = QLabel(self.tr("Read-only: %s") % self.services.read_only_reason)
        self.read_only_label.setObjectName("readOnlyLabel")
        self.read_only_label.setStyleSheet("color: white; background: #8a5a00; padding: 1px 6px;")
        self.statusBar().insertPermanentWidget(0, self.read_only_label)
        for action in (self.new_incident_action, self.settings_action):
            action.setEnabled(False)

    def new_incident(self) -> None:
        if self.services.read_only:
            return
        self.show_page(INCIDENTS)
        self.incidents.new_record()

    def log_problem(self, asset_id: int) -> None:
        """"Log a problem" on an asset: the incident dialog with that asset filled in."""
        self.show_page(INCIDENTS)
        self.incidents.new_record(asset_id=asset_id)

    def show_guide(self) -> None:
        from ui.dialogs.guide_dialog import GuideDialog  # when asked for, not at start-up

        existing = self.findChild(GuideDialog)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return
        GuideDialog(self).show()

    def find(self) -> None:
        page = self.current_page()
        focus = getattr(page, "focus_search", None)
        if focus is None and page is not self.welcome:  # the overview: search the incidents
            self.show_page(INCIDENTS)
            focus = self.incidents.focus_search
        if focus is not None:
            focus()

    def refresh_all(self) -> None:
        for page in self._pages.values():  # a page not built yet reads fresh data when it is
            page.refresh()
        self.update_counts()

    def _after_write(self, source: QWidget) -> None:
        # A renamed vendor or asset shows on the incidents page and the other way round.
        for index, page in list(self._pages.items()):
            if self._built[index] is not source:
                page.refresh()
        self.update_counts()
        self.dataChanged.emit()

    # -- other PCs' changes --------------------------------------------------------------
    def external_change(self, _tables: object = None) -> None:
        """Someone else wrote: every built page reloads in place (same selection, same scroll
        position), and an open edit dialog whose record changed says so."""
        for page in list(self._built.values()):
            self._refresh_in_place(page)
        self.update_counts()
        for note in self.findChildren(ChangedElsewhereNote):
            note.check()
        self.dataChanged.emit()

    @staticmethod
    def _refresh_in_place(page: QWidget) -> None:
        bars = [bar for area in page.findChildren(QAbstractScrollArea)
                for bar in (area.verticalScrollBar(), area.horizontalScrollBar())]
        positions = [(bar, bar.value()) for bar in bars]
        page.refresh()  # type: ignore[attr-defined]
        for bar, value in positions:
            bar.setValue(value)

    def reopen(self, location: str) -> None:
        """Close this window so ui.app opens a fresh one on ``location`` (another database)."""
        self.reopen_with = location
        self.close()

    def database_error(self, exc: BaseException) -> bool:
        """An error that escaped a slot: a dropped connection becomes the banner (and retries)
        instead of a traceback; True when it was one."""
        from desktop_app.changes import is_connection_error

        if not is_connection_error(exc):
            return False
        self.live.connection_failed(exc)
        return True

    def _background_failed(self, exc: BaseException) -> None:
        if not self.database_error(exc):
            self.show_status(self.tr("Could not read from the database: %s") % exc, 10_000)

    def _connection_lost(self, sentence: str) -> None:
        self.connection_banner.show_message(sentence, [(self.tr("Try again now"), self.live.retry)])

    def _connection_restored(self) -> None:
        self.connection_banner.hide()
        self.show_status(self.tr("Connected to the shared database again."))

    def open_settings(self) -> None:
        from ui.dialogs.settings_dialog import SettingsDialog, read_settings_form  # when asked for

        services = self.services

        def show(form: tuple[Any, int]) -> None:
            dialog = SettingsDialog(services, self, personal=self.settings, form=form)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                if self.stack.currentWidget() is self.welcome:
                    self._welcome_done()  # the office is set up now, whichever way the user went
                self.refresh_all()  # currency and names show on the pages
                self.show_status(self.tr("Settings saved."))

        ops.open_form(self, services, lambda: read_settings_form(services), show,
                      lambda sentence: prompts.show_error(self, self.tr("FixDesk"), sentence))

    # -- window state ---------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self.incidents.restore_state(self.settings)  # the others restore theirs when built
        self.show_page(int(self.settings.value("window/page", 0)))

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/page", self.stack.currentIndex()
                               if self.stack.currentWidget() is not self.welcome else 0)
        for page in self._pages.values():  # a page never built has nothing new to save
            page.save_state(self.settings)
        self.settings.sync()

    def stop_work(self) -> None:
        """Let pages finish reads they run on worker threads (the window is going)."""
        if self.incidents.reads is not None:  # answers still to come are not shown any more
            self.incidents.reads.stop(wait_ms=10_000)
        for page in self._built.values():
            stop = getattr(page, "stop", None)
            if stop is not None:
                stop()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.live.stop()
        self.save_state()
        self.stop_work()
        super().closeEvent(event)
