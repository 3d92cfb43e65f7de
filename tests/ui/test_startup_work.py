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
