"""Every window stays current: another PC's change shows without F5, on SQLite and PostgreSQL.

"Another PC" is a second connection that is not the window's (a plain driver connection,
or the ``fixdesk`` command in another process); the issue asks for the change to show
within about two seconds, so the tests wait that long and no longer.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pg_support import NO_PG, PG_URL, other_pg_connection, wipe
from window_support import form_opened, make_window

from desktop_app.services import Services, demo

SHOWN_WITHIN_MS = 2000
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def office(db_path):
    """(services, location, run_sql) for a 120-incident office on either backend (``db_path``'s:
    a new SQLite file, or the emptied PostgreSQL database)."""
    on_server = not isinstance(db_path, Path)
    if on_server:
        services = Services.open(PG_URL)
        conn = other_pg_connection(PG_URL)

        def run_sql(sql: str, params: tuple = ()) -> None:
            with conn.cursor() as cur:
                cur.execute(sql.replace("?", "%s"), params)

        location = PG_URL
    else:
        services = Services.open(db_path)
        conn = sqlite3.connect(str(db_path), timeout=10)

        def run_sql(sql: str, params: tuple = ()) -> None:
            with conn:
                conn.execute(sql, params)

        location = str(db_path)
    demo.build(services.db, assets=20, incidents=120)
    services.settings.update(office_name="Harbour", setup_done=True)
    yield services, location, run_sql
    conn.close()
    services.close()
    if on_server:
        wipe(PG_URL)


def _listening(win, qtbot) -> None:  # noqa: ANN001
    """A server's listening connection opens just after the window (off the GUI thread), and
    its first rows arrive from the page's worker."""
    qtbot.waitUntil(win.live.listening, timeout=10_000)
    qtbot.waitUntil(lambda: not win.incidents.model.loading)


def _settled(win, qtbot) -> None:  # noqa: ANN001
    """On a shared database the list is read on a worker: wait for it to arrive."""
    qtbot.waitUntil(lambda: not win.incidents.model.loading)


def _show_all(win, qtbot) -> None:  # noqa: ANN001
    page = win.incidents
    page.status_filter.setCurrentIndex(page.status_filter.findData("all"))
    _settled(win, qtbot)


def _row_of(page, incident_id: int) -> int:  # noqa: ANN001
    row = page.model.row_of(incident_id)
    assert row is not None
    return row


def test_another_pcs_edit_shows_without_f5_keeping_selection_and_scroll(office, qtbot, tmp_path,
                                                                         monkeypatch):
    services, _location, run_sql = office
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    _listening(win, qtbot)
    win.resize(780, 560)
    _show_all(win, qtbot)
    page = win.incidents
    target = page.model.record(70)
    page.table.selectRow(70)
    page.table.scrollTo(page.model.index(70, 0))
    qtbot.waitUntil(lambda: page.current_incident_id() == target.id)
    scroll = page.table.verticalScrollBar().value()
    assert scroll > 0
    refreshes = []
    win.dataChanged.connect(lambda: refreshes.append(1))

    run_sql("UPDATE incident SET title = ? WHERE id = ?", ("Changed on the reception PC", target.id))

    row = _row_of(page, target.id)
    qtbot.waitUntil(lambda: page.model.index(row, 1).data() == "Changed on the reception PC",
                    timeout=SHOWN_WITHIN_MS)
    assert refreshes, "the window refreshed by itself"
    assert page.current_incident_id() == target.id  # the selection stayed
    assert page.table.currentIndex().row() == row
    assert page.table.verticalScrollBar().value() == scroll  # and so did the scroll position
    qtbot.waitUntil(lambda: "Changed on the reception PC" in page.detail.heading.text())


def test_the_command_lines_step_shows_in_the_window(office, qtbot, tmp_path, monkeypatch):
    services, location, _run_sql = office
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    _listening(win, qtbot)
    _show_all(win, qtbot)
    page = win.incidents
    new = services.incidents.create(title="Scanner offline")
    win.refresh_all()
    _settled(win, qtbot)
    assert page.select_incident(new.id)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "desktop_app.cli", "incident", new.ref, "note",
                           "Rang BrightFix from the back office", "--db", location],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: page.detail.detail is not None and any(
        "Rang BrightFix" in e.text for e in page.detail.detail.events), timeout=SHOWN_WITHIN_MS)
    assert page.current_incident_id() == new.id


def test_an_open_edit_dialog_says_its_record_changed_and_keeps_the_typing(office, qtbot, tmp_path,
                                                                          monkeypatch):
    from ui.dialogs.incident_dialog import IncidentDialog

    services, _location, run_sql = office
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    _listening(win, qtbot)
    page = win.incidents
    record = page.model.record(0)
    dialog = IncidentDialog(services, record, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.description.clear()
    qtbot.keyClicks(dialog.description, "Half typed when the other PC saved")
    assert not dialog.changed_note.isVisible()

    run_sql("UPDATE incident SET priority = 'P1' WHERE id = ?", (record.id,))

    qtbot.waitUntil(dialog.changed_note.isVisible, timeout=SHOWN_WITHIN_MS)
    assert "changed on another computer" in dialog.changed_note.text()
    assert dialog.description.toPlainText() == "Half typed when the other PC saved"
    assert dialog.isVisible()


def test_an_asset_deleted_elsewhere_is_named_in_its_open_dialog(office, qtbot, tmp_path, monkeypatch):
    services, _location, run_sql = office
    win = make_window(services, qtbot, tmp_path, monkeypatch)
    _listening(win, qtbot)
    spare = services.assets.create(tag="SP-0001", name="Spare monitor")
    win.show_page(2)
    assets = win.page(2)
    qtbot.waitUntil(lambda: assets.select_id(spare.id))
    assets.edit_current()
    form_opened(qtbot)
    dialog = assets.dialog
    qtbot.keyClicks(dialog.name, " (boxed)")

    run_sql("DELETE FROM asset WHERE id = ?", (spare.id,))

    qtbot.waitUntil(lambda: dialog.changed_note.isVisible(), timeout=SHOWN_WITHIN_MS)
    assert "deleted on another computer" in dialog.changed_note.text()
    assert dialog.name.text() == "Spare monitor (boxed)"


@pytest.mark.skipif(not PG_URL, reason=NO_PG)
def test_a_lost_connection_shows_a_banner_retries_and_keeps_the_dialogs_text(qtbot, tmp_path, monkeypatch):
    from ui.dialogs.incident_dialog import IncidentDialog

    wipe(PG_URL)
    services = Services.open(PG_URL)
    other = other_pg_connection(PG_URL)
    win = None
    try:
        services.settings.update(office_name="Harbour", setup_done=True)
        inc = services.incidents.create(title="Router down")
        win = make_window(services, qtbot, tmp_path, monkeypatch)
        _listening(win, qtbot)
        dialog = IncidentDialog(services, inc, win.incidents)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.description, "Typed before the server went away")
        qtbot.wait(400)  # the window's first-paint reads are done

        with other.cursor() as cur:  # the server drops every FixDesk connection (a restart)
            cur.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()")

        qtbot.waitUntil(win.connection_banner.isVisible, timeout=5000)
        assert "connection to the shared database" in win.connection_banner.text()
        assert "Traceback" not in win.connection_banner.text()
        # Whatever the window asks meanwhile fails for want of a connection: that failure is
        # the banner's business (ui.app routes it there), not a traceback.
        win.live.is_lost = False  # as if the failure were noticed by a query first
        try:
            services.incidents.get(inc.id)
        except Exception as exc:  # noqa: BLE001
            assert win.database_error(exc)
        assert win.live.is_lost

        qtbot.waitUntil(lambda: not win.connection_banner.isVisible(), timeout=10_000)
        assert dialog.isVisible()
        assert dialog.description.toPlainText().endswith("Typed before the server went away")
        with other.cursor() as cur:
            cur.execute("UPDATE incident SET title = 'Router replaced' WHERE id = %s", (inc.id,))
        qtbot.waitUntil(lambda: "Router replaced" in win.incidents.detail.heading.text(),
                        timeout=SHOWN_WITHIN_MS)
    finally:
        if win is not None:
            win.close()  # stops listening before the schema goes
        other.close()
        services.close()
        wipe(PG_URL)
