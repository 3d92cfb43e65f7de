"""Start-up only does what the first screen needs (issue #7): registers load when first shown."""

from __future__ import annotations

from b1_support import make_window


def test_registers_load_on_first_show_and_catch_up_after_writes(qtbot, demo_services, tmp_path,
                                                                  monkeypatch):
    win = make_window(demo_services, qtbot, tmp_path, monkeypatch)
    assets_page = win.pages[1]
    assert win.incidents.model.rowCount() > 0
    assert assets_page.model.rowCount() == 0  # not asked for yet: nothing queried

    win.show_page(1)
    qtbot.waitUntil(lambda: assets_page.model.rowCount() > 0)
    shown = assets_page.model.rowCount()

    win.show_page(0)
    demo_services.assets.create(tag="AA-0001", name="Kitchen radio")
    win.refresh_all()  # the assets page is hidden: it reloads when shown again
    win.show_page(1)
    qtbot.waitUntil(lambda: assets_page.model.rowCount() == shown + 1)
    assert any(assets_page.model.record(r).tag == "AA-0001" for r in range(assets_page.model.rowCount()))


def test_register_pages_are_built_when_first_shown_and_keep_their_state(qtbot, demo_services, tmp_path,
                                                                         monkeypatch):
    from ui.views.assets_page import AssetsPage

    win = make_window(demo_services, qtbot, tmp_path, monkeypatch)
    slot = win.stack.widget(1)
    assert slot.findChild(AssetsPage) is None  # start-up built only what it shows
    win.show_page(1)
    page = slot.findChild(AssetsPage)
    assert page is not None and win.current_page() is page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.setColumnWidth(1, 333)
    win.show_page(0)
    win.close()  # saves every built page's state; Incidents is the page to come back to

    again = make_window(demo_services, qtbot, tmp_path, monkeypatch)
    assert again.stack.widget(1).findChild(AssetsPage) is None
    again.close()  # the assets page was never built here: what it saved before stays
    third = make_window(demo_services, qtbot, tmp_path, monkeypatch)
    third.show_page(1)
    assert third.current_page().table.columnWidth(1) == 333
