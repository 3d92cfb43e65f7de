"""Sites & People page: both registers, their dialogs, archive instead of breaking history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from window_support import form_opened, saved, shown

from ui import prompts
from ui.views.sites_page import SitesPage


def names(panel) -> list[str]:
    model = panel.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


@pytest.fixture
def page(qtbot, services):
    widget = SitesPage(services)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    shown(qtbot, widget)  # a shared database answers a moment later
    return widget


def click_ok(qtbot, page, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    # On a database server the save and then the lists' rows arrive a moment later.
    saved(qtbot, dialog)
    shown(qtbot, page)


def test_create_site_then_person_at_that_site(qtbot, services, page):
    page.sites.new_action.trigger()
    form_opened(qtbot)
    dialog = page.sites.dialog
    qtbot.keyClicks(dialog.name, "Harbour Street")
    qtbot.keyClicks(dialog.address, "12 Harbour Street")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.address, "Portwell")
    qtbot.keyClicks(dialog.access_notes, "Ring the blue door bell")
    dialog.contact_name.insert("Zoë Hartley")  # QTest cannot type non-ASCII keys: paste it
    click_ok(qtbot, page, dialog)
    assert names(page.sites) == ["Harbour Street"]
    assert services.sites.find("harbour street").address == "12 Harbour Street\nPortwell"
    assert "Ring the blue door bell" in page.sites.detail.toPlainText()

    page.people.new_action.trigger()
    form_opened(qtbot)
    dialog = page.people.dialog
    assert dialog.site.currentText() == "Harbour Street"  # the only site is preselected
    dialog.name.insert("Łukasz Nowak")
    click_ok(qtbot, page, dialog)
    model = page.people.table.model()
    assert [model.index(0, c).data() for c in range(2)] == ["Łukasz Nowak", "Harbour Street"]
    # The site's detail now lists its new person.
    page.sites.select_id(services.sites.find("harbour street").id)
    shown(qtbot, page)
    assert "Łukasz Nowak" in page.sites.detail.toPlainText()


def test_site_with_people_is_refused_and_archived_on_request(qtbot, services, page, monkeypatch):
    site = services.sites.create(name="Branch")
    services.people.create(name="Priya", site="Branch")
    page.refresh()
    shown(qtbot, page)
    page.sites.select_id(site.id)
    questions: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: questions.append(text) or True)
    page.sites.delete_action.trigger()
    shown(qtbot, page)
    assert "still has assets or people" in questions[1]
    assert services.sites.get(site.id).archived
    assert names(page.sites) == []
    page.sites.show_archived.setChecked(True)
    shown(qtbot, page)
    assert names(page.sites) == ["Branch"]


def test_people_search_and_archived_toggle(qtbot, services, page):
    for name in ("Amelia Clarke", "Tom Becker", "Nadia Petrova"):
        services.people.create(name=name)
    gone = services.people.create(name="Tom Former")
    services.people.update(gone.id, archived=True)
    page.refresh()
    shown(qtbot, page)
    assert names(page.people) == ["Amelia Clarke", "Nadia Petrova", "Tom Becker"]
    qtbot.keyClicks(page.people.search, "tom")
    qtbot.waitUntil(lambda: names(page.people) == ["Tom Becker"])
    page.people.show_archived.setChecked(True)
    shown(qtbot, page)
    assert names(page.people) == ["Tom Becker", "Tom Former"]


def test_missing_required_name_keeps_ok_disabled(qtbot, page):
    page.people.new_record()
    form_opened(qtbot)
    dialog = page.people.dialog
    assert not dialog.ok_button().isEnabled()
    qtbot.keyClicks(dialog.name, "   ")
    assert not dialog.ok_button().isEnabled()  # blanks are not a name
    qtbot.keyClicks(dialog.name, "x")
    assert dialog.ok_button().isEnabled()


def test_splitters_and_columns_survive_save_and_restore(qtbot, services, tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    first = SitesPage(services)
    qtbot.addWidget(first)
    first.resize(1000, 700)
    first.show()
    shown(qtbot, first)
    first.people.table.horizontalHeader().resizeSection(1, 333)
    first.save_state(settings)
    settings.sync()

    second = SitesPage(services)
    qtbot.addWidget(second)
    second.restore_state(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    shown(qtbot, second)
    assert second.people.table.horizontalHeader().sectionSize(1) == 333


def test_empty_first_run_does_not_leave_cramped_columns(qtbot, services):
    # On first run the registers are empty; the widths saved then are restored later,
    # so they must already fit real names rather than the header words.
    page = SitesPage(services)
    qtbot.addWidget(page)
    shown(qtbot, page)
    header = page.people.table.horizontalHeader()
    char = page.people.table.fontMetrics().averageCharWidth()
    assert header.sectionSize(0) >= 20 * char  # a full name, not just "Name"
    assert header.sectionSize(3) >= 28 * char  # an e-mail address
