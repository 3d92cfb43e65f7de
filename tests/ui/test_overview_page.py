"""The Overview page, the vendor scorecard, repair-or-replace on the Assets page, the new
settings and Reports > Break-fix review (issue 15), driven as a user would."""

from __future__ import annotations

import datetime as dt
import json
import threading
from decimal import Decimal

import pytest
from core.planned_support import PLANNED, SHARE, UNPLANNED, build_planned
from core.test_stats import EXPECTED, Run, build_office
from printing_support import pdf_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QPalette
from window_support import drive, form_opened, make_window
from window_support import shown as incidents_shown

from ui import prompts
from ui.views.overview_sections import (
    AssetsSection,
    ChartsSection,
    PlannedSection,
    SupportSection,
    VendorsSection,
)
from ui.views.planned_page import PlannedPage


def loaded(qtbot, page) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: page.overview is not None and not page.is_busy(), timeout=20000)


def section(page, kind: type):  # noqa: ANN001, ANN201
    """The page's section of that class (the column's order is the page's business)."""
    return next(s for s in page.sections if isinstance(s, kind))


def money(text: str, currency: str = "GBP") -> str:
    return f"{currency} {Decimal(text):,.2f}"


@pytest.fixture
def run(db_path, capsys):
    return Run(str(db_path), capsys)


def test_overview_figures_equal_fixdesk_stats(services, run, qtbot, tmp_path, monkeypatch):
    build_office(run)
    stats = json.loads(run("stats", "--json", "--from", "2026-03-01", "--to", "2026-05-31"))
    assert stats == EXPECTED
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    page = win.overview
    assert win.current_page() is page  # the first page
    page.set_period("custom", dt.date(2026, 3, 1), dt.date(2026, 5, 31))
    loaded(qtbot, page)
    assert page.overview.stats.period.label == "2026-03-01 to 2026-05-31"
    assert page.period_choice.currentText() == "Custom..." and page.date_from.isVisible()
    incidents, support = stats["incidents"], stats["support_model"]
    assert page.figure("opened") == str(incidents["opened"])
    assert page.figure("resolved") == str(incidents["resolved"])
    assert page.figure("open_now") == str(incidents["open_now"])
    assert page.figure("overdue_now") == str(incidents["overdue_now"])
    assert page.figure("spend") == money(stats["spend"]["total"])
    assert page.figure("downtime_hours") == f"{stats['downtime']['hours']:,.2f}"
    assert page.figure("downtime_cost") == money(stats["downtime"]["cost"])
    assert page.figure("break_fix") == money(support["break_fix_total"])
    assert page.figure("managed") == money(support["managed_total"])
    charts = section(page, ChartsSection)
    assert charts.spend.months == list(stats["spend"]["by_month"])
    assert list(charts.spend.values) == ["Call-out fees", "Labour", "Parts", "Travel", "Other"]
    per_month = [sum(col) for col in zip(*charts.spend.values.values(), strict=True)]
    assert per_month == [float(v) for v in stats["spend"]["by_month"].values()]
    assert charts.downtime.values["Hours"] == [33.0, 25.0, 4.25]  # 8 + 25, 25, 4.25
    assets_text = section(page, AssetsSection).text()
    assert "PC-1 Reception PC" in assets_text and "Replace" in assets_text
    vendors_text = section(page, VendorsSection).text()
    assert "BrightFix" in vendors_text and "75%" in vendors_text and "50%" in vendors_text
    support_text = section(page, SupportSection).text()
    assert "A managed service would have been cheaper by GBP 2,447.50." in support_text


def test_planned_work_beside_break_fix_and_a_click_opens_the_planned_page(services, run, qtbot, tmp_path,
                                                                          monkeypatch):
    build_office(run)
    build_planned(run)
    start, end = dt.date(2026, 3, 1), dt.date(2026, 5, 31)
    expected = services.planned.summary(start, end)
    read_on: list[threading.Thread] = []
    summary = services.planned.summary

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        read_on.append(threading.current_thread())
        return summary(*args, **kwargs)

    monkeypatch.setattr(services.planned, "summary", spy)
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    page = win.overview
    page.set_period("custom", start, end)
    loaded(qtbot, page)
    box = section(page, PlannedSection).box
    assert box.isVisible()
    assert (box.due_label.text(), box.overdue_label.text()) == (str(len(expected.due_soon)),
                                                                 str(len(expected.overdue))) == ("1", "2")
    assert box.planned_label.text() == money(str(expected.spend.planned)) == money(PLANNED)
    # Unplanned spend is the period's break-fix spend, the same figure as the tile above.
    assert box.unplanned_label.text() == money(str(expected.spend.unplanned)) == money(UNPLANNED) \
        == page.figure("spend")
    assert box.share_label.text() == f"{expected.spend.planned_share:.0%}" == SHARE
    listed = box.list_label.text()
    assert "Domain name  (overdue)" in listed and "Test-restore the backup  (overdue)" in listed
    assert "Copier service" in listed and "UPS battery" not in listed  # done: nothing left to do
    assert read_on and threading.main_thread() not in read_on  # read with the figures, off the GUI thread

    page.set_period("custom", dt.date(2026, 5, 1), end)  # May: only the domain renewal falls due
    loaded(qtbot, page)
    assert (box.planned_label.text(), box.unplanned_label.text()) == (money("15.00"), money("100.00"))

    qtbot.mouseClick(box.open_button, Qt.MouseButton.LeftButton)
    shown = win.current_page()
    assert isinstance(shown, PlannedPage) and win.side_bar.currentItem().text() == "Planned"


def test_a_period_with_no_incidents_says_so(services, run, qtbot, tmp_path, monkeypatch):
    build_office(run)
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    page = win.overview
    page.set_period("custom", dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    loaded(qtbot, page)
    assert page.stack.currentIndex() == 0 and page.no_incidents.isVisible()
    assert page.figure("opened") == "0" and page.figure("spend") == "GBP 0.00"


def test_the_empty_office_says_what_to_set_up_first(services, qtbot, tmp_path, monkeypatch):
    services.settings.update(office_name="Harbour", setup_done=True)
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    page = win.overview
    loaded(qtbot, page)
    assert page.stack.currentWidget() is page.empty
    text = page.empty.text()
    assert "Nothing to add up yet" in text and "\u2713" not in text  # nothing done yet
    assert text.index("Vendors page") < text.index("Assets page") < text.index("Settings")
    services.vendors.create(name="BrightFix")
    win.refresh_all()
    qtbot.waitUntil(lambda: "\u2713 Add the companies you call" in page.empty.text())


def test_figures_open_the_incidents_behind_them(services, qtbot, tmp_path, monkeypatch):
    services.settings.update(office_name="Harbour", setup_done=True)
    services.vendors.create(name="SlowCo", response_hours="1")
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    recent = [services.incidents.create(title=f"Recent {i}", vendor="SlowCo",
                                        opened_at=now - dt.timedelta(hours=5 + i)) for i in range(2)]
    services.workflow.transition(recent[0].id, "called_out", at=now - dt.timedelta(hours=3))  # now overdue
    old = services.incidents.create(title="Old and open", opened_at=now - dt.timedelta(days=500))
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    page = win.overview
    loaded(qtbot, page)
    assert page.figure("open_now") == "2" and page.figure("overdue_now") == "1"
    tile = page.sections[0].tiles["open_now"]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert win.current_page() is win.incidents
    incidents_shown(qtbot, win.incidents)  # a shared database answers a moment later
    shown = {win.incidents.model.record(r).id for r in range(win.incidents.model.rowCount())}
    assert shown == {r.id for r in recent} and old.id not in shown  # only those opened in the period
    assert win.incidents.period_button.isVisible()
    assert win.incidents.status_filter.currentData() == "open"
    qtbot.mouseClick(win.incidents.period_button, Qt.MouseButton.LeftButton)  # any time again
    qtbot.waitUntil(lambda: win.incidents.model.rowCount() == 3)
    win.show_page(0)
    overdue = page.sections[0].tiles["overdue_now"]
    overdue.setFocus()
    qtbot.keyClick(overdue, Qt.Key.Key_Return)
    assert win.current_page() is win.incidents
    incidents_shown(qtbot, win.incidents)
    assert [win.incidents.model.record(r).id for r in range(win.incidents.model.rowCount())] == [recent[0].id]


def test_period_picker_presets(services, qtbot, tmp_path, monkeypatch):
    services.settings.update(office_name="Harbour", setup_done=True)
    services.incidents.create(title="Today")
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    page = win.overview
    loaded(qtbot, page)
    today = dt.date.today()
    assert page.overview.stats.period.start == today.replace(year=today.year - 1) + dt.timedelta(days=1) \
        or today.month == 2 and today.day == 29
    for key, start in (("month", today.replace(day=1)), ("year", dt.date(today.year, 1, 1))):
        page.period_choice.setCurrentIndex(page.period_choice.findData(key))
        qtbot.waitUntil(lambda s=start: page.overview.stats.period.start == s and not page.is_busy())
        assert not page.date_from.isVisible()
        assert page.figure("opened") == "1"
    win.close()  # the choice is remembered
    again = make_window(services, qtbot, tmp_path, monkeypatch)
    loaded(qtbot, again.overview)
    assert again.overview.period_choice.currentData() == "year"


def test_charts_follow_a_dark_palette(services, run, qtbot, tmp_path, monkeypatch):
    build_office(run)
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    page = win.overview
    loaded(qtbot, page)
    chart = section(page, ChartsSection).spend
    assert chart.chart().backgroundBrush().color().lightness() > 128
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.Text, "#eeeeee"), (QPalette.ColorRole.WindowText, "#eeeeee")):
        dark.setColor(role, QColor(colour))
    win.setPalette(dark)
    qtbot.waitUntil(lambda: chart.chart().backgroundBrush().color().lightness() < 128)
    assert chart.chart().titleBrush().color().lightness() > 128


def test_vendor_scorecard_and_repair_or_replace(services, qtbot, tmp_path, monkeypatch):
    services.settings.update(office_name="Harbour", setup_done=True, currency="GBP")
    services.vendors.create(name="BrightFix", response_hours="2")
    services.assets.create(tag="PC-7", name="Old PC", purchase_cost="400")
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    rec = services.incidents.create(title="Dead", asset="PC-7", vendor="BrightFix",
                                    opened_at=now - dt.timedelta(hours=10))
    services.workflow.transition(rec.id, "called_out", at=now - dt.timedelta(hours=9))
    services.workflow.transition(rec.id, "in_progress", at=now - dt.timedelta(hours=6))  # 3 h: late
    services.workflow.transition(rec.id, "resolved", at=now - dt.timedelta(hours=5))
    services.costs.add(rec.id, kind="parts", amount="250")
    win = make_window(services, qtbot, tmp_path, monkeypatch)

    win.show_page(3)  # Vendors
    vendors = win.current_page()
    qtbot.waitUntil(lambda: vendors.model.rowCount() == 1)
    vendors.table.selectRow(0)
    incidents_shown(qtbot, vendors)  # a shared database reads the detail pane a moment later
    assert "Scorecard, last 12 months" in vendors.detail.toPlainText()
    qtbot.waitUntil(lambda: "Call-outs" in vendors.detail.toPlainText())  # read on a worker
    text = vendors.detail.toPlainText()
    for label, value in (("Call-outs", "1"), ("Median response", "3 h"), ("Promises broken", "1"),
                         ("On time", "0%"), ("First-time fix", "100%"), ("Spend", "GBP 250.00")):
        assert f"{label}\n{value}" in text, (label, text)

    win.show_page(2)  # Assets
    assets = win.current_page()
    qtbot.waitUntil(lambda: assets.model.rowCount() == 1)
    column = [c.header for c in assets.model.columns].index("Advice")
    assert assets.model.index(0, column).data() == "Replace"  # 250 of 400 is past 50 %
    assets.table.selectRow(0)
    incidents_shown(qtbot, assets)
    assert "Repairs so far (GBP 250.00) have reached 50% of its purchase cost (GBP 400.00)." \
        in assets.detail.toPlainText()
    services.settings.update(replace_threshold_percent="80")
    win.refresh_all()
    qtbot.waitUntil(lambda: assets.model.index(0, column).data() == "Repair")


def test_the_scorecard_follows_the_selection_when_moving_on_quickly(services, qtbot, tmp_path, monkeypatch):
    services.settings.update(office_name="Harbour", setup_done=True, currency="GBP")
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    for name, callouts in (("Alpha IT", 1), ("Beta IT", 3)):
        services.vendors.create(name=name)
        for i in range(callouts):
            rec = services.incidents.create(title=f"{name} {i}", vendor=name,
                                            opened_at=now - dt.timedelta(hours=9))
            services.workflow.transition(rec.id, "called_out", at=now - dt.timedelta(hours=8))
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    win.show_page(3)  # Vendors
    vendors = win.current_page()
    qtbot.waitUntil(lambda: vendors.model.rowCount() == 2)
    rows = {vendors.model.record(r).name: r for r in range(2)}  # type: ignore[union-attr]
    vendors.table.selectRow(rows["Alpha IT"])
    vendors.table.selectRow(rows["Beta IT"])  # before Alpha's figures are back
    qtbot.waitUntil(lambda: "Call-outs" in vendors.detail.toPlainText() and not vendors.card_pending())
    text = vendors.detail.toPlainText()
    assert "Beta IT" in text and "Call-outs\n3" in text, text
    vendors.table.selectRow(rows["Alpha IT"])  # its figures are read when it is shown again
    qtbot.waitUntil(lambda: "Call-outs\n1" in vendors.detail.toPlainText())
    assert "Alpha IT" in vendors.detail.toPlainText()


def test_settings_dialog_has_seats_and_threshold(services, qtbot, tmp_path, monkeypatch):
    from ui.dialogs.settings_dialog import SettingsDialog

    services.settings.update(office_name="Harbour", setup_done=True)
    for name in ("Ann", "Bob"):
        services.people.create(name=name)
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    seen = []

    def bad(dialog):
        assert dialog.seats.placeholderText() == "2 (the people on record)"
        assert dialog.replace_threshold.text() == "50"
        dialog.seats.setText("6")
        dialog.replace_threshold.setText("0")

    drive(monkeypatch, qtbot, SettingsDialog, bad, seen)
    win.open_settings()
    form_opened(qtbot)
    assert seen[0].result() == 0
    assert "from 1 to 100" in seen[0].errors.message_for("replace_threshold_percent")
    assert services.settings.get("seats") is None  # nothing saved

    def good(dialog):
        dialog.seats.setText("6")
        dialog.replace_threshold.setText("40")

    drive(monkeypatch, qtbot, SettingsDialog, good)
    win.open_settings()
    form_opened(qtbot)
    assert (services.settings.get("seats"), services.settings.get("replace_threshold_percent")) == (6, 40)


def test_break_fix_review_from_the_reports_menu(services, run, qtbot, tmp_path, monkeypatch):
    from ui.dialogs.reports_dialog import ReportsDialog

    build_office(run)
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    opened: list[str] = []
    monkeypatch.setattr(ReportsDialog, "exec", lambda self: opened.append(self.current_document()) or 0)
    action = win.findChild(QAction, "reviewAction")
    assert action in win.menu("&Reports").actions() and action.text() == "&Break-fix review..."
    action.trigger()
    assert opened == ["review"]
    dialog = ReportsDialog(services, win)  # the same dialog, kept open to save from
    qtbot.addWidget(dialog)
    dialog.select_document("review")
    assert dialog.date_to.date() == dt.date.today()  # the last 12 months unless changed
    dialog.date_from.set_date(dt.date(2026, 3, 1))
    dialog.date_to.set_date(dt.date(2026, 5, 31))
    target = tmp_path / "review.pdf"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: str(target))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and dialog.worker is None, timeout=20000)
    text = pdf_text(target.read_bytes())
    assert "Break-fix review" in text and "2026-03-01 to 2026-05-31" in text
    assert "A managed service would have been cheaper by GBP 2,447.50." in text
