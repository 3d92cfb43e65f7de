"""The data subcommands as a user types them, and passwords that never leak."""

from __future__ import annotations

import io
import sys

from data_support import SMTP_USER, VENDOR_EMAIL, stored_bytes

from desktop_app import secrets
from desktop_app.backup import backup_dir
from desktop_app.cli import main

SECRET = "Sw0rdf1sh-never-in-files-7731"


def run(db, *args, stdin: str | None = None, monkeypatch=None) -> int:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(["--db", str(db), *args])


def test_import_refuses_with_line_numbers_and_imports_nothing(services, db_path, tmp_path, capsys):
    services.close()
    csv = tmp_path / "assets.csv"
    csv.write_bytes(b"Asset Tag,Name,Purchase Date\nA-1,One,2024-01-01\nA-2,Two,31/31/2024\n")
    assert run(db_path, "import", "assets", str(csv)) == 1
    out = capsys.readouterr()
    assert "problem: line 3: Purchase date: 31/31/2024 is not a real date." in out.err
    assert "Nothing was imported" in out.err
    assert run(db_path, "list", "assets") == 0
    assert "A-1" not in capsys.readouterr().out
    assert run(db_path, "import", "assets", str(csv), "--skip-bad-rows") == 0
    out = capsys.readouterr().out
    assert "skipped: line 3" in out and "Created 1" in out


def test_dry_run_and_date_format(services, db_path, tmp_path, capsys):
    services.close()
    csv = tmp_path / "assets.csv"
    csv.write_bytes(b"Asset Tag;Name;Purchase Date\nA-1;One;04/05/2024\n")
    assert run(db_path, "import", "assets", str(csv), "--dry-run", "--date-format", "mdy") == 0
    assert "Dry run, nothing changed: would create 1" in capsys.readouterr().out
    assert run(db_path, "import", "assets", str(csv), "--date-format", "dmy") == 0
    from desktop_app.services import Services

    svc = Services.open(db_path)
    try:
        assert str(svc.assets.by_tag("A-1").purchase_date) == "2024-05-04"
    finally:
        svc.close()


def test_export_backup_restore_from_the_command_line(demo_services, db_path, tmp_path, capsys):
    from urllib.parse import urlsplit

    demo_services.close()
    assert run(db_path, "export", "incidents", str(tmp_path / "inc.csv")) == 0
    assert "Exported 40 incidents" in capsys.readouterr().out
    assert run(db_path, "backup", str(tmp_path / "b.sqlite3")) == 0
    assert "40 incidents, 20 assets" in capsys.readouterr().out
    assert run(db_path, "restore", str(tmp_path / "inc.csv"), "--yes") == 1
    assert "is not a FixDesk database" in capsys.readouterr().err
    assert run(db_path, "restore", str(tmp_path / "b.sqlite3")) == 1  # no --yes, no terminal
    assert "add --yes" in capsys.readouterr().err
    assert run(db_path, "restore", str(tmp_path / "b.sqlite3"), "--yes") == 0
    out = capsys.readouterr().out
    assert "previous database was saved as" in out and "(40 incidents, 20 assets" in out
    password = urlsplit(str(db_path)).password if "://" in str(db_path) else None
    if password:  # a shared database is named without the password its URL carries
        assert password not in out and ":***@" in out


def test_secret_refused_without_a_keyring(services, db_path, tmp_path, monkeypatch, capsys):
    import keyring
    from keyring.backends import fail

    services.settings.update(smtp_host="mail.example.test", smtp_user=SMTP_USER)
    services.close()
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert run(db_path, "secret", "set", "smtp", stdin=SECRET + "\n", monkeypatch=monkeypatch) == 1
        err = capsys.readouterr().err.strip()
        assert err == ("fixdesk: No secure password store (keyring) is available on this computer, "
                       "so FixDesk will not save passwords.")
        assert sys.stdin.read() == SECRET + "\n"  # refused before even reading the password
    finally:
        keyring.set_keyring(previous)
    assert all(SECRET.encode() not in stored for stored in stored_bytes(db_path, tmp_path))


def test_stored_secret_appears_in_no_file(demo_services, db_path, tmp_path, memory_keyring, monkeypatch,
                                          capsys, caplog, inbox):
    import logging

    caplog.set_level(logging.DEBUG)
    svc = demo_services
    svc.settings.update(smtp_host="127.0.0.1", smtp_port=inbox.port, smtp_security="none",
                        smtp_sender="office@example.test", smtp_user="")
    vendor = svc.vendors.list()[0]
    svc.vendors.update(vendor.id, email=VENDOR_EMAIL, portal_user="office")
    ref = svc.incidents.create(title="Screen flickers", vendor=vendor.name, author="t").ref
    svc.close()
    # SMTP user set afterwards: the password is stored from the CLI, reading stdin.
    from desktop_app.services import Services

    tmp = Services.open(db_path)
    tmp.settings.update(smtp_user=SMTP_USER)
    tmp.close()
    assert run(db_path, "secret", "set", "smtp", stdin=SECRET + "\n", monkeypatch=monkeypatch) == 0
    assert run(db_path, "secret", "set", "vendor-portal", vendor.name, stdin=SECRET + "-portal\n",
               monkeypatch=monkeypatch) == 0
    assert secrets.get_secret("smtp", f"127.0.0.1/{SMTP_USER}") == SECRET
    # Send without login (the test server has no AUTH): the user is cleared only for the send.
    tmp = Services.open(db_path)
    tmp.settings.update(smtp_user="")
    tmp.close()
    assert run(db_path, "callout", ref, "--email") == 0
    database = stored_bytes(db_path, tmp_path / "contents")  # the file and its -wal, or the server's records
    assert run(db_path, "backup", str(tmp_path / "copy.sqlite3")) == 0
    for kind in ("assets", "incidents", "vendors"):
        assert run(db_path, "export", kind, str(tmp_path / f"{kind}.csv")) == 0
    files = [tmp_path / "copy.sqlite3", *tmp_path.glob("*.csv")]
    files += list(backup_dir(db_path).glob("*")) if backup_dir(db_path).exists() else []
    pdf = next(p.get_content() for p in inbox.messages[0].message.iter_attachments())
    out = capsys.readouterr()
    needle = SECRET.encode()
    assert database and all(needle not in stored for stored in database)
    for path in files:
        assert needle not in path.read_bytes(), path
    assert needle not in pdf
    assert SECRET not in out.out + out.err + caplog.text
    assert len(files) == 4  # the backup and three exports


def test_callout_failure_is_one_sentence(services, db_path, capsys):
    from data_support import free_port

    services.settings.update(smtp_host="127.0.0.1", smtp_port=free_port(), smtp_security="none",
                             smtp_sender="office@example.test")
    services.vendors.create(name="FixIt Ltd", email=VENDOR_EMAIL)
    ref = services.incidents.create(title="No network", vendor="FixIt Ltd", author="t").ref
    services.close()
    assert run(db_path, "callout", ref, "--email") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("fixdesk: Could not connect to the mail server 127.0.0.1:")
    assert run(db_path, "show", "incident", ref) == 0
    assert "Status: New" in capsys.readouterr().out


def test_smtp_settings_from_the_command_line(services, db_path, capsys, memory_keyring, monkeypatch):
    services.close()
    assert run(db_path, "smtp", "--host", "mail.example.test", "--port", "465", "--security", "ssl",
               "--user", SMTP_USER, "--sender", "office@example.test") == 0
    assert "password not saved" in capsys.readouterr().out
    assert run(db_path, "secret", "set", "smtp", stdin="pa55\n", monkeypatch=monkeypatch) == 0
    capsys.readouterr()
    assert run(db_path, "smtp") == 0
    out = capsys.readouterr().out
    assert "SMTP server mail.example.test port 465 security ssl" in out and "saved in the keyring" in out
    assert secrets.get_secret("smtp", f"mail.example.test/{SMTP_USER}") == "pa55"
