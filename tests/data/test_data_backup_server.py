"""`fixdesk backup` of a PostgreSQL office writes the same kind of file a local office's backup is
(an SQLite copy of every record), and `fixdesk restore` takes it into a new SQLite file and into
a new PostgreSQL database alike: every table's rows counted, and a user's sample of records (an
incident's timeline, cost lines and attachments, vendors' contacts, assets, settings) compared.

Runs when FIXDESK_TEST_PG_URL points at a scratch database (the office is made there).
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from core.backends import NO_PG, PG_URL, wipe

from desktop_app import backup, transfer
from desktop_app.cli import main
from desktop_app.services import Services, demo

pytestmark = pytest.mark.skipif(not PG_URL, reason=NO_PG)


@pytest.fixture
def pg_office(tmp_path):
    """A demo office made on the server, plus attachments, notes, costs and contacts of its own."""
    wipe(PG_URL)
    svc = Services.open(PG_URL)
    try:
        demo.build(svc.db, assets=25, incidents=60, now=dt.datetime(2026, 3, 2, 9, 0))
        svc.settings.update(office_name="Łukasz & Zoë Dental", currency="EUR")
        svc.vendors.create(name="Ærø Telecom", kind="telecom", callout_fee="120.50",
                           contacts=[{"name": "李雷", "phone": "+45 1"},
                                     {"name": "Zoë Hartley", "role": "Lead"},
                                     {"name": "bob", "email": "bob@aero.example"}])
        photo = tmp_path / "error-screen.png"
        photo.write_bytes(bytes(range(256)) * 64)
        quote = tmp_path / "quote.pdf"
        quote.write_bytes(b"%PDF-1.4 quote " + bytes(range(256)) * 3)
        for n, incident in enumerate(svc.incidents.list(sort="ref", descending=False)[:5]):
            svc.costs.attach(incident.id, photo if n % 2 else quote, author="Zoë")
            svc.costs.add(incident.id, kind="parts", amount=f"{n + 1}9.99", description="Toner", author="Zoë")
            svc.workflow.add_note(incident.id, f"Rang the vendor, note {n} — Łukasz", author="Łukasz")
        yield svc
    finally:
        svc.close()


def _sample(svc: Services) -> dict[str, object]:
    """What a user would compare: every table's rows, a spread of incidents in full (timeline,
    costs, attachments and their bytes), every vendor with its contacts, assets and settings."""
    ids = [r.id for r in svc.incidents.list(sort="ref", descending=False)]
    picked = ids[:5] + ids[5::9] + ids[-1:]
    details = [svc.incidents.detail(i) for i in picked]
    return {
        "counts": transfer.counts(svc.db),
        "incidents": details,
        "attachment bytes": [svc.costs.attachment_data(a.id) for d in details for a in d.attachments],
        "vendors": [svc.vendors.get(v.id) for v in svc.vendors.list(include_archived=True)],
        "assets": [svc.assets.get(a.id) for a in svc.assets.list(include_archived=True)],
        "settings": svc.settings.get_all(),
    }


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _after_restore(location: str, before: dict[str, object]) -> None:
    """The restored office holds the sample, and is a working office (new ids follow the old)."""
    svc = Services.open(location)
    try:
        assert _sample(svc) == before
        last = before["incidents"][-1].incident.ref
        made = svc.incidents.create(title="Logged after the restore", author="t")
        assert made.ref[:-4] == last[:-4] and int(made.ref[-4:]) == int(last[-4:]) + 1
        vendor = svc.vendors.find("Ærø Telecom")
        contact = svc.vendors.add_contact(vendor.id, name="New contact")
        assert contact.id > max(c.id for v in before["vendors"] for c in v.contacts)
        cost = svc.costs.add(made.id, kind="other", amount="1.00", author="t")
        assert cost.id > max(c.id for d in before["incidents"] for c in d.costs)
    finally:
        svc.close()


def test_backup_of_a_postgresql_office_restores_into_a_new_file_and_a_new_server_database(
        pg_office, tmp_path, capsys):
    before = _sample(pg_office)
    assert before["counts"]["attachment"] == 5 and before["counts"]["vendor_contact"] >= 3
    pg_office.close()

    file = tmp_path / "office.sqlite3"
    code, out, err = _cli(capsys, "--db", PG_URL, "backup", str(file))
    assert code == 0, err
    info = backup.inspect(file)  # the same kind of file as a local office's backup
    assert (info.incidents, info.assets, info.vendors) == (
        before["counts"]["incident"], before["counts"]["asset"], before["counts"]["vendor"])
    assert f"Backed up to {file} ({info.incidents} incidents, {info.assets} assets" in out
    with open(file, "rb") as fh:
        assert fh.read(16) == b"SQLite format 3\x00"
    conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    try:  # one self-contained file, sound, at this FixDesk's schema
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()

    # Into a new local file.
    local = tmp_path / "restored" / "fixdesk.sqlite3"
    Services.open(local).close()  # the office's new computer: FixDesk opened once, empty
    code, out, err = _cli(capsys, "--db", str(local), "restore", str(file), "--yes")
    assert code == 0, err
    assert f"Restored {local} from {file}" in out
    _after_restore(str(local), before)

    # Into a new (empty) server database.
    wipe(PG_URL)
    code, out, err = _cli(capsys, "--db", PG_URL, "restore", str(file), "--yes")
    assert code == 0, err
    assert "previous database was saved as" in out  # (the empty office it replaced)
    _after_restore(PG_URL, before)

    # And a backup of the restored server office holds it, with what was added since.
    again = tmp_path / "again.sqlite3"
    assert _cli(capsys, "--db", PG_URL, "backup", str(again))[0] == 0
    assert backup.inspect(again).incidents == before["counts"]["incident"] + 1


def _old_local_office(path, title: str, description: str) -> str:
    """A local office whose newest incident was stored by an older FixDesk (no length limit, a
    pasted NUL character): written past the services, as that FixDesk did."""
    svc = Services.open(path)
    try:
        svc.assets.create(tag="PC-1", name="Reception PC")
        rec = svc.incidents.create(title="Short for now", asset="PC-1", author="t")
        svc.db.execute_sql('UPDATE "incident" SET "title" = ?, "description" = ? WHERE "id" = ?',
                           (title, description, rec.id))
        return rec.ref
    finally:
        svc.close()


def test_an_old_backup_with_a_title_too_long_for_the_server_is_refused_naming_it(tmp_path, capsys):
    wipe(PG_URL)
    shared = Services.open(PG_URL)
    shared.vendors.create(name="Already here Ltd")
    shared.close()
    old = tmp_path / "old-office.sqlite3"
    ref = _old_local_office(old, "word " * 600, "Fans spin")
    code, out, err = _cli(capsys, "--db", PG_URL, "restore", str(old), "--yes")
    assert code == 1
    assert err.strip() == (f"fixdesk: The title of incident {ref} is 3000 characters long and the shared "
                           "database takes at most 255; shorten it first, so nothing was copied.")
    shared = Services.open(PG_URL)
    try:  # nothing changed on the server
        assert [v.name for v in shared.vendors.list()] == ["Already here Ltd"]
        assert shared.incidents.total() == 0
    finally:
        shared.close()


def test_an_invisible_nul_character_does_not_stop_a_restore_into_the_server(tmp_path, capsys):
    old = tmp_path / "old-office.sqlite3"
    ref = _old_local_office(old, "Printer jams", "Paper\x00 jams in tray 2")
    wipe(PG_URL)
    code, out, err = _cli(capsys, "--db", PG_URL, "restore", str(old), "--yes")
    assert code == 0, err
    shared = Services.open(PG_URL)
    try:
        restored = shared.incidents.by_ref(ref)
        assert (restored.title, restored.description) == ("Printer jams", "Paper jams in tray 2")
    finally:
        shared.close()
