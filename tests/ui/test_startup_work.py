"""Start-up only does what the first screen needs: registers load when first shown."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from window_support import make_window
from window_support import shown as incidents_shown


def test_registers_load_on_first_show_and_catch_up_after_writes(qtbot, demo_services, tmp_path,
                                                                  monkeypatch):
    win = make_window(demo_services, qtbot, tmp_path, monkeypatch)
    assets_page = win.page(2)
    incidents_shown(qtbot, win.incidents)  # a shared database answers a moment after the window opens
    assert win.incidents.model.rowCount() > 0
    assert assets_page.model.rowCount() == 0  # not asked for yet: nothing queried

    win.show_page(2)
    qtbot.waitUntil(lambda: assets_page.model.rowCount() > 0)
    shown = assets_page.model.rowCount()

    win.show_page(1)
    demo_services.assets.create(tag="AA-0001", name="Kitchen radio")
    win.refresh_all()  # the assets page is hidden: it reloads when shown again
    win.show_page(2)
    qtbot.waitUntil(lambda: assets_page.model.rowCount() == shown + 1)
    assert any(assets_page.model.record(r).tag == "AA-0001" for r in range(assets_page.model.rowCount()))


def test_register_pages_are_built_when_first_shown_and_keep_their_state(qtbot, demo_services, tmp_path,
                                                                         monkeypatch):
    from ui.views.assets_page import AssetsPage

    win = make_window(demo_services, qtbot, tmp_path, monkeypatch)
    slot = win.stack.widget(2)
    assert slot.findChild(AssetsPage) is None  # start-up built only what it shows
    win.show_page(2)
    page = slot.findChild(AssetsPage)
    assert page is not None and win.current_page() is page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.setColumnWidth(1, 333)
    win.show_page(1)
    win.close()  # saves every built page's state; Incidents is the page to come back to

    again = make_window(demo_services, qtbot, tmp_path, monkeypatch)
    assert again.stack.widget(2).findChild(AssetsPage) is None
    again.close()  # the assets page was never built here: what it saved before stays
    third = make_window(demo_services, qtbot, tmp_path, monkeypatch)
    third.show_page(2)
    assert third.current_page().table.columnWidth(1) == 333


def test_the_incidents_are_counted_once_at_start_up_and_no_welcome_page_is_built(qtbot, demo_services,
                                                                                   tmp_path, monkeypatch):
    from ui.views.welcome_page import WelcomePage

    counted = []
    real = demo_services.incidents.count

    def count(flt=None, *a, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202
        # The list's count; the status bar's overdue figure (read on the worker with the list's
        # rows on a shared database, after the first paint on a local file) is not the list's.
        if flt is None or not flt.overdue_only:
            counted.append(1)
        return real(flt, *a, **kw)

    monkeypatch.setattr(demo_services.incidents, "count", count)
    win = make_window(demo_services, qtbot, tmp_path, monkeypatch)
    incidents_shown(qtbot, win.incidents)
    assert win.incidents.model.rowCount() > 0 and len(counted) == 1  # sorting turned on read nothing
    assert win.welcome is None and win.findChild(WelcomePage) is None  # a set-up office never sees it
    header = win.incidents.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2))
    incidents_shown(qtbot, win.incidents)
    assert len(counted) == 2  # once loaded, a click on a header reads again, once
    model = win.incidents.model
    refs = [model.record(r).ref for r in range(3)]
    assert refs == sorted(refs) or refs == sorted(refs, reverse=True)
