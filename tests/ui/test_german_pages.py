"""Switched to German, the pages speak German and write days, numbers and durations the German way.

"English" is as in test_german.py: a word of the catalogue's English sources that no German
translation uses.  The pages are built on an office without demo data, so every text looked
at is the page's own (headers, filters, buttons, hints), not records typed in English.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
)

from desktop_app import i18n
from tests.ui.test_german import WORD, clean, english_words
from tests.ui.window_support import ini_settings, shown
from ui.models.formatting import duration, number, percent
from ui.models.planned_model import DUE, KIND, REPEATS, WHEN

TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def _today() -> None:
    # Read the date when each test starts, not when the module is imported: a suite that runs
    # across midnight would otherwise expect "2 days overdue" of a task that is now 3 days late.
    global TODAY
    TODAY = dt.date.today()


def page_texts(page) -> list[str]:  # noqa: ANN001
    texts = []
    for label in page.findChildren(QLabel):
        texts += [label.text(), label.toolTip()]
    for button in page.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip()]
    for combo in page.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for edit in page.findChildren(QLineEdit):
        texts.append(edit.placeholderText())
    for table in page.findChildren(QTableView):
        model = table.model()
        texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    return [clean(t) for t in texts if t]


def english_in(texts: list[str]) -> list[str]:
    english = english_words()
    return sorted({t for t in texts if {w.lower() for w in WORD.findall(t)} & english})


def test_every_page_speaks_german(german, services, qtbot):
    from ui.views.assets_page import AssetsPage
    from ui.views.incidents_page import IncidentsPage
    from ui.views.overview_page import OverviewPage
    from ui.views.planned_page import PlannedPage
    from ui.views.sites_page import SitesPage
    from ui.views.vendors_page import VendorsPage

    services.settings.update(office_name="Kanzlei Weber", setup_done=True)
    pages = [IncidentsPage(services), AssetsPage(services), VendorsPage(services), SitesPage(services),
             PlannedPage(services), OverviewPage(services)]
    for page in pages:
        qtbot.addWidget(page)
        page.resize(1280, 760)
        page.show()
    overview = pages[-1]
    qtbot.waitUntil(lambda: overview.overview is not None and not overview.is_busy(), timeout=20_000)
    pages[0].apply_filter()

    assert pages[0].status_filter.itemText(0).startswith("Zu erledigen")
    assert pages[0].model.headerData(6, Qt.Orientation.Horizontal) == "Reaktion fällig"
    left = english_in([t for page in pages for t in page_texts(page)])
    assert not left, f"English left on the German pages: {left}"


def test_planned_page_writes_german_days_and_schedules(german, services, qtbot):
    from ui.views.planned_page import PlannedPage

    services.settings.update(currency="EUR")
    services.planned.create(title="Kopierer warten", due=TODAY - dt.timedelta(days=2), every="3 months",
                            cost=Decimal("1234.5"))
    services.planned.create(title="Domain verlängern", due=TODAY + dt.timedelta(days=40), renewal=True,
                            notice_days=30, every="1 years")
    page = PlannedPage(services)
    qtbot.addWidget(page)
    shown(qtbot, page)  # a shared database answers a moment later
    model = page.model
    rows = {model.index(r, 2).data(): r for r in range(model.rowCount())}
    late, renewal = rows["Kopierer warten"], rows["Domain verlängern"]
    due = TODAY - dt.timedelta(days=2)
    assert model.index(late, DUE).data() == f"{due.day:02d}.{due.month:02d}.{due.year}"
    assert model.index(late, WHEN).data() == "2 Tage überfällig"
    assert model.index(late, REPEATS).data() == "alle 3 Monate"
    assert model.index(late, 7).data() == "EUR 1.234,50"
    notice = TODAY + dt.timedelta(days=10)
    assert model.index(renewal, WHEN).data() == (
        f"in 40 Tagen, kündigen bis {notice.day:02d}.{notice.month:02d}.{notice.year}")
    assert (model.index(renewal, KIND).data(), model.index(renewal, REPEATS).data()) == ("Verlängerung",
                                                                                        "jährlich")


def test_german_figures_durations_and_date_boxes(german, qtbot):
    from ui.widgets.date_edit import DateTimeEdit, OptionalDateEdit, parse_typed

    assert i18n.conventions().date == "%d.%m.%Y"
    assert (number(12345), number(1930.4, 2), percent(0.87)) == ("12.345", "1.930,40", "87 %")
    assert (duration(45), duration(185), duration(2 * 24 * 60 + 4 * 60)) == ("45 Min.", "3 Std. 05 Min.",
                                                                                "2 Tg. 4 Std.")
    optional = OptionalDateEdit()
    qtbot.addWidget(optional)
    optional.set_date(dt.date(2026, 11, 29))
    assert optional.edit.findChild(QLineEdit).text() == "29.11.2026"
    box = DateTimeEdit()
    qtbot.addWidget(box)
    assert box.displayFormat() == "dd.MM.yyyy HH:mm"
    # Typed the way the box shows it, the German order is read too.
    assert parse_typed("29.11.2026 14:30", dt.datetime(2026, 1, 1, 9, 0)) == dt.datetime(2026, 11, 29, 14, 30)


def test_english_keeps_iso_days_and_english_words(services, qtbot):
    """Without a language installed nothing changes: ISO days and the English texts."""
    from ui.views.incidents_page import IncidentsPage
    from ui.widgets.date_edit import OptionalDateEdit

    page = IncidentsPage(services)
    qtbot.addWidget(page)
    assert page.status_filter.itemText(0).startswith("Needs action")
    assert (number(12345), percent(0.87), duration(185)) == ("12,345", "87%", "3 h 05 min")
    optional = OptionalDateEdit()
    qtbot.addWidget(optional)
    optional.set_date(dt.date(2026, 11, 29))
    assert optional.edit.findChild(QLineEdit).text() == "2026-11-29"


def test_german_incidents_columns_up_to_response_due_fit_at_1280(german, services, qtbot, tmp_path,
                                                                 monkeypatch):
    from tests.ui.window_support import quiet_prompts
    from ui.app import create_main_window

    services.settings.update(office_name="Kanzlei Weber", setup_done=True)
    services.incidents.create(title="Drucker druckt nicht", priority="P2")
    quiet_prompts(monkeypatch)
    window = create_main_window(services, ini_settings(tmp_path))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_page(1)
    page = window.incidents
    qtbot.waitUntil(lambda: page._columns_fitted)
    header, metrics = page.table.horizontalHeader(), page.table.fontMetrics()
    assert sum(header.sectionSize(c) for c in range(7)) <= page.table.viewport().width()
    assert header.sectionSize(4) > metrics.horizontalAdvance("Angefordert") + 16
    assert header.sectionSize(6) > metrics.horizontalAdvance("29.11.2026 19:40")
