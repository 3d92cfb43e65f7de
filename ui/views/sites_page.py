"""Sites & People page: where the office is (address, access, contacts) and who works there."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from desktop_app.records import AssetRecord, PersonRecord, SiteRecord
from desktop_app.services import Services
from ui import ops
from ui.models.people_model import PeopleTableModel
from ui.models.sites_model import SitesTableModel
from ui.views.register_page import RegisterPanel

if TYPE_CHECKING:
    from ui.dialogs.person_dialog import PersonDialog
    from ui.dialogs.site_dialog import SiteDialog

ASSETS_LISTED = 30


class SitesPanel(RegisterPanel):
    def __init__(self, services: Services, parent: QWidget | None = None,
                 defer_load: bool = False, reads: ops.Reads | None = None) -> None:
        super().__init__(services, SitesTableModel(services), parent, defer_load, reads)
        self.setObjectName("SitesPanel")
        self.new_action.setText(self.tr("&New site…"))

    def noun(self) -> str:
        return self.tr("site")

    def search_hint(self) -> str:
        return self.tr("Search name, address, contact…")

    def read_form(self, record: SiteRecord | None) -> SiteRecord | None:
        return self.services.sites.get(record.id) if record else None

    def make_dialog(self, found: SiteRecord | None) -> SiteDialog:
        from ui.dialogs.site_dialog import SiteDialog  # loaded when first opened, not with the page

        return SiteDialog(self.services, found, self)

    def delete_record(self, record_id: int) -> None:
        self.services.sites.delete(record_id)

    def archive_record(self, record_id: int, archived: bool) -> None:
        self.services.sites.update(record_id, archived=archived)

    def empty_text(self, searching: bool) -> str:
        if searching:
            return self.tr("No sites match this search.")
        return self.tr("No sites yet.\nClick “New site” to add your office's address and access notes.")

    def detail_read(self, s: SiteRecord) -> list[PersonRecord]:
        """The people who work at the site."""
        return [p for p in self.services.people.list() if p.site_id == s.id]

    def detail_html(self, s: SiteRecord, people: list[PersonRecord]) -> str:
        h = self.html()
        contact = " · ".join(p for p in (s.contact_name, s.contact_phone) if p)
        backup = " · ".join(p for p in (s.backup_contact_name, s.backup_contact_phone) if p)
        parts = [
            h.heading(s.name, self.tr("archived") if s.archived else ""),
            h.fields([
                (self.tr("Address"), s.address),
                (self.tr("Phone"), s.phone),
                (self.tr("Opening hours"), s.opening_hours),
                (self.tr("On-site contact"), contact),
                (self.tr("Backup contact"), backup),
            ]),
            h.section(self.tr("Getting in")),
        ]
        access = h.fields([(self.tr("Access"), s.access_notes), (self.tr("Parking"), s.parking_notes),
                           (self.tr("Alarm"), s.alarm_notes)])
        parts.append(access if any((s.access_notes, s.parking_notes, s.alarm_notes))
                     else h.note(self.tr("No access notes: the engineer will have to ask at reception."),
                                 h.muted))
        parts.append(h.section(self.tr("People here")))
        parts.append(h.entries([(p.name, (p.phone, p.email)) for p in people])
                     if people else h.note(self.tr("Nobody is recorded at this site."), h.muted))
        return "".join(parts)


class PeoplePanel(RegisterPanel):
    def __init__(self, services: Services, parent: QWidget | None = None,
                 defer_load: bool = False, reads: ops.Reads | None = None) -> None:
        super().__init__(services, PeopleTableModel(services), parent, defer_load, reads)
        self.setObjectName("PeoplePanel")
        self.new_action.setText(self.tr("&New person…"))

    def noun(self) -> str:
        return self.tr("person")

    def search_hint(self) -> str:
        return self.tr("Search name or e-mail…")

    def read_form(self, record: PersonRecord | None) -> tuple[PersonRecord | None, list[Any]]:
        from ui.dialogs.person_dialog import read_person_form  # loaded when first opened, not with the page

        return (self.services.people.get(record.id) if record else None), read_person_form(self.services)

    def make_dialog(self, found: tuple[PersonRecord | None, list[Any]]) -> PersonDialog:
        from ui.dialogs.person_dialog import PersonDialog

        return PersonDialog(self.services, found[0], self, sites=found[1])

    def delete_record(self, record_id: int) -> None:
        self.services.people.delete(record_id)

    def archive_record(self, record_id: int, archived: bool) -> None:
        self.services.people.update(record_id, archived=archived)

    def empty_text(self, searching: bool) -> str:
        if searching:
            return self.tr("Nobody matches this search.")
        return self.tr("No people yet.\nClick “New person” to add the staff who report problems.")

    def detail_read(self, p: PersonRecord) -> list[AssetRecord]:
        """The assets assigned to the person."""
        # The asset search matches the person's name in the database; the id check
        # drops namesakes and assets whose own text merely contains the name.
        return [a for a in self.services.assets.list(search=p.name, limit=500) if a.person_id == p.id]

    def detail_html(self, p: PersonRecord, assets: list[AssetRecord]) -> str:
        h = self.html()
        parts = [
            h.heading(p.name, self.tr("archived") if p.archived else ""),
            h.fields([(self.tr("E-mail"), p.email), (self.tr("Phone"), p.phone),
                      (self.tr("Site"), p.site_name)]),
            h.section(self.tr("Assigned assets")),
        ]
        parts.append(h.table([self.tr("Tag"), self.tr("Name"), self.tr("Serial")],
                             [(a.tag, a.name, a.serial) for a in assets[:ASSETS_LISTED]])
                     if assets else h.note(self.tr("No assets assigned."), h.muted))
        return "".join(parts)


class SitesPage(QWidget):
    """Both registers, one above the other: sites at the top, the people who work there below."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None,
                 defer_load: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("SitesPage")
        self.services = services
        # On a shared database both lists read on one worker (and one connection).
        self.reads = ops.Reads(services, self, hold_connection=True) if services.is_server else None
        self.sites = SitesPanel(services, self, defer_load, self.reads)
        self.people = PeoplePanel(services, self, defer_load, self.reads)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("sitesPeopleSplitter")
        self.splitter.setChildrenCollapsible(False)
        for title, panel in ((self.tr("Sites"), self.sites), (self.tr("People"), self.people)):
            holder = QWidget(self)
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(0)
            label = QLabel(f"<h3>{title}</h3>", holder)
            label.setContentsMargins(6, 4, 0, 0)
            box.addWidget(label)
            box.addWidget(panel, 1)
            self.splitter.addWidget(holder)
        self.splitter.setSizes([440, 360])  # a site's detail (address, access, people) is long
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        # A site's detail lists its people, a person's lists the site: keep both current.
        self.sites.changed.connect(self._panel_changed)
        self.people.changed.connect(self._panel_changed)
        self._last: RegisterPanel = self.sites
        for panel in (self.sites, self.people):
            panel.table.installEventFilter(self)
            panel.search.installEventFilter(self)

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent

        if getattr(event, "type", lambda: None)() == QEvent.Type.FocusIn:
            self._last = self.people if watched in (self.people.table, self.people.search) else self.sites
        return False

    def _panel_changed(self) -> None:
        self.sites.refresh()
        self.people.refresh()
        self.changed.emit()

    def refresh(self) -> None:
        self.sites.refresh()
        self.people.refresh()

    def focus_search(self) -> None:
        self._last.focus_search()

    def stop(self) -> None:
        """Let a read in flight finish (the window is closing)."""
        if self.reads is not None:
            self.reads.stop(wait_ms=10_000)

    def new_record(self) -> None:
        """New site or new person, whichever list the user was last working in."""
        self._last.new_record()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("SitesPage/splitter", self.splitter.saveState())
        self.sites.save_state(settings)
        self.people.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("SitesPage/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        self.sites.restore_state(settings)
        self.people.restore_state(settings)
