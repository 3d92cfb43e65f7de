"""The command line, end to end through ``desktop_app.cli.main(argv)``.

The contract: success exits 0; bad input or a refused action prints
one sentence to stderr, exits 1 and changes nothing; usage errors exit 2.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.cli import main
from desktop_app.migrations import LATEST

from .core_support import table_dump

INCIDENT_KEYS = {"ref", "title", "status", "priority", "asset_tag", "vendor", "opened_at", "called_out_at",
                 "arrived_at", "resolved_at", "closed_at", "response_minutes", "resolution_minutes",
                 "response_breached", "total_cost"}


class Cli:
    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *argv: str, code: int = 0) -> str:
        """Run ``fixdesk --db DB argv...``; check the exit code; return stdout."""
        result = main(["--db", str(self.db), *argv])
        out, err = self.capsys.readouterr()
        assert result == code, f"exit {result}, stderr: {err}"
        if code == 0:
            assert err == ""
        self.err = err
        return out

    def refused(self, *argv: str) -> str:
        """A refusal: exit 1, one sentence on stderr, and the database exactly as it was."""
        before = table_dump(self.db)
        self(*argv, code=1)
        message = self.err.strip()
        assert "\n" not in message and message.startswith("fixdesk: ") and message.endswith("."), message
        assert "Traceback" not in self.err
        assert table_dump(self.db) == before
        return message

    def json(self, *argv: str) -> object:
        return json.loads(self(*argv, "--json"))


@pytest.fixture
def cli(db_path, capsys):
    return Cli(db_path, capsys)


@pytest.fixture
def office_cli(cli):
    cli("add", "site", "--name", "Harbour Street", "--address", "12 Harbour St", "--phone", "0123",
        "--access-notes", "Blue door")
    cli("add", "person", "--name", "Zoë Hartley", "--email", "zoe@example.com", "--phone", "0456")
    cli("add", "vendor", "--name", "BrightFix", "--kind", "it_breakfix", "--phone", "0800",
        "--email", "desk@brightfix.example", "--callout-fee", "95", "--hourly-rate", "75",
        "--minimum-charge", "120", "--response-hours", "4", "--account-number", "BF-1")
    cli("add", "asset", "--tag", "PC-0001", "--name", "Reception PC", "--category", "Desktop PC",
        "--manufacturer", "Dellwood", "--model", "OptiPlex", "--serial", "SN123", "--site", "Harbour Street",
        "--location", "Reception", "--purchase-date", "2024-01-10", "--purchase-cost", "780",
        "--warranty-end", "2027-01-10", "--vendor", "BrightFix")
    return cli


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"FixDesk {__version__}"


def test_add_prints_what_was_added(cli):
    assert cli("add", "site", "--name", "Main").strip() == "Main"
    assert cli("add", "person", "--name", "Tom").strip() == "Tom"
    assert cli("add", "vendor", "--name", "Acme").strip() == "Acme"
    assert cli("add", "asset", "--tag", "pc-7", "--name", "PC").strip() == "pc-7"
    ref = cli("add", "incident", "--title", "Broken").strip()
    assert ref.startswith("INC-") and len(ref) == len("INC-2026-0001")


def test_whole_incident_from_the_command_line(office_cli):
    cli = office_cli
    ref = cli("add", "incident", "--title", "PC will not start", "--asset", "pc-0001", "--priority", "P1",
              "--vendor", "BrightFix", "--description", "Dead since 8am", "--reported-by", "Zoë Hartley",
              "--users-affected", "3", "--opened-at", "2025-03-03T08:00:00Z").strip()
    assert ref == "INC-2025-0001"
    assert cli("incident", ref, "status", "called_out", "--at", "2025-03-03T08:30:00Z",
               "--note", "Rang Dave").strip() == f"{ref} is now called_out"
    cli("incident", ref, "status", "in_progress", "--at", "2025-03-03T13:30:00Z")  # 5 h: breached
    cli("incident", ref, "note", "Engineer replaced the PSU")
    cli("incident", ref, "cost", "--kind", "callout", "--amount", "95")
    out = cli("incident", ref, "cost", "--kind", "labour", "--amount", "112.50", "--hours", "1.5",
              "--description", "On site")
    assert out.strip() == f"Cost added to {ref}; total now 207.50"
    cli("incident", ref, "status", "resolved", "--at", "2025-03-03T15:00:00Z")
    cli("incident", ref, "status", "closed", "--at", "2025-03-04T09:00:00Z")

    shown = cli.json("show", "incident", ref.lower())
    assert set(shown) >= INCIDENT_KEYS
    assert shown["ref"] == ref and shown["status"] == "closed" and shown["priority"] == "P1"
    assert shown["asset_tag"] == "PC-0001" and shown["vendor"] == "BrightFix"
    assert shown["opened_at"] == "2025-03-03T08:00:00Z"
    assert shown["called_out_at"] == "2025-03-03T08:30:00Z"
    assert shown["arrived_at"] == "2025-03-03T13:30:00Z"
    assert shown["resolved_at"] == "2025-03-03T15:00:00Z"
    assert shown["closed_at"] == "2025-03-04T09:00:00Z"
    assert shown["response_minutes"] == 300 and shown["response_breached"] is True
    assert shown["resolution_minutes"] == 420
    assert shown["total_cost"] == 207.5
    assert [e["to_status"] for e in shown["events"] if e["kind"] == "status"] == [
        "new", "called_out", "in_progress", "resolved", "closed"]
    assert any(e["text"] == "Engineer replaced the PSU" for e in shown["events"])
    assert [c["kind"] for c in shown["costs"]] == ["callout", "labour"]

    text = cli("show", "incident", ref)
    assert "PC will not start" in text and "Response time: 5 h (promise breached)" in text
    assert "Total cost: 207.50" in text

    listed = cli.json("list", "incidents")
    assert [i["ref"] for i in listed] == [ref]
    assert set(listed[0]) >= INCIDENT_KEYS
    assert cli.json("list", "incidents", "--status", "open") == []
    assert [i["ref"] for i in cli.json("list", "incidents", "--status", "closed,cancelled")] == [ref]
    assert [i["ref"] for i in cli.json("list", "incidents", "--search", "will not")] == [ref]
    assert ref in cli("list", "incidents")


def test_lists_of_assets_and_vendors(office_cli):
    cli = office_cli
    cli("add", "asset", "--tag", "SP-1", "--name", "Spare screen", "--status", "spare")
    assets = cli.json("list", "assets")
    assert [a["tag"] for a in assets] == ["PC-0001", "SP-1"]
    pc = assets[0]
    assert (pc["serial"], pc["site"], pc["vendor"], pc["warranty_end"]) == (
        "SN123", "Harbour Street", "BrightFix", "2027-01-10")
    assert [a["tag"] for a in cli.json("list", "assets", "--status", "spare")] == ["SP-1"]
    assert [a["tag"] for a in cli.json("list", "assets", "--search", "sn12")] == ["PC-0001"]
    vendors = cli.json("list", "vendors")
    assert vendors[0]["name"] == "BrightFix" and vendors[0]["response_hours"] == 4.0
    assert vendors[0]["callout_fee"] == 95.0
    assert cli.json("list", "vendors", "--search", "nothing like it") == []
    assert "BrightFix" in cli("list", "vendors")
    assert "PC-0001" in cli("list", "assets")


@pytest.mark.parametrize(("argv", "message"), [
    (["add", "asset", "--tag", "PC-0009", "--name", "x", "--warranty-end", "2024-02-30"],
     "Warranty end 2024-02-30 is not a date"),
    (["add", "asset", "--tag", "pc-0001", "--name", "Dup"], "Asset tag pc-0001 is already used"),
    (["add", "asset", "--tag", "PC-0009", "--name", "x", "--site", "Atlantis"], "There is no site called"),
    (["add", "vendor", "--name", "brightfix"], "A vendor called brightfix already exists."),
    (["add", "vendor", "--name", "New", "--callout-fee", "free"], "Call-out fee free is not an amount"),
    (["add", "vendor", "--name", "New", "--response-hours", "asap"], "Response time (hours) asap"),
    (["add", "site", "--name", "harbour street"], "A site called harbour street already exists."),
    (["add", "site", "--name", "  "], "Name is required."),
    (["add", "person", "--name", "x", "--email", "nope"], "E-mail nope"),
    (["add", "incident", "--title", "x", "--asset", "NOPE-1"], "There is no asset with tag NOPE-1."),
    (["add", "incident", "--title", "x", "--users-affected", "-2"], "Users affected cannot be negative."),
    (["add", "incident", "--title", "x", "--opened-at", "2999-01-01T00:00"], "cannot be in the future"),
    (["add", "incident", "--title", "x", "--opened-at", "tuesday"], "Opened at tuesday is not a date"),
    (["incident", "INC-1999-0001", "status", "closed"], "There is no incident INC-1999-0001."),
    (["show", "incident", "INC-1999-0001"], "There is no incident INC-1999-0001."),
    (["list", "incidents", "--status", "done"], "Status done is not one of: open, new"),
    (["list", "assets", "--status", "broken"], "Status broken is not one of: in_use"),
    (["list", "vendors", "--status", "broken"], "Status broken is not one of: active, archived, all."),
    (["demo"], "This database already has records; use --force"),
])
def test_bad_input_is_one_sentence_exit_1_and_changes_nothing(office_cli, argv, message):
    assert message in office_cli.refused(*argv)


def test_refused_steps_change_nothing(office_cli):
    cli = office_cli
    ref = cli("add", "incident", "--title", "x", "--asset", "PC-0001",
              "--opened-at", "2025-03-03T08:00Z").strip()
    assert cli.refused("incident", ref, "status", "closed") == (
        f"fixdesk: {ref} is new; only a resolved incident can be closed.")
    assert "is before the previous step" in cli.refused(
        "incident", ref, "status", "called_out", "--at", "2025-03-03T07:00:00Z")
    assert "is in the future" in cli.refused(
        "incident", ref, "status", "called_out", "--at", "2999-01-01T10:00")
    assert "Labour needs the number of hours." in cli.refused(
        "incident", ref, "cost", "--kind", "labour", "--amount", "50")
    assert "Amount ten is not an amount of money." in cli.refused(
        "incident", ref, "cost", "--kind", "parts", "--amount", "ten")
    assert "The note is empty." in cli.refused("incident", ref, "note", " ")
    cli("incident", ref, "status", "cancelled")
    assert "cancelled incident cannot be moved to resolved" in cli.refused(
        "incident", ref, "status", "resolved")


@pytest.mark.parametrize("argv", [
    ["add"],
    ["add", "site"],
    ["add", "incident", "--title", "x", "--priority", "P7"],
    ["incident", "INC-2025-0001", "status", "done"],
    ["incident", "INC-2025-0001", "cost", "--kind", "bribe", "--amount", "1"],
    ["list", "printers"],
    ["show", "asset", "PC-1"],
    ["frobnicate"],
    ["demo", "--incidents", "many"],
])
def test_usage_errors_exit_2(cli, argv, capsys):
    assert main(["--db", str(cli.db), *argv]) == 2
    assert "usage:" in capsys.readouterr().err


def test_db_option_after_the_subcommand_and_env_var(tmp_path, monkeypatch, capsys):
    first = tmp_path / "first.sqlite3"
    assert main(["add", "vendor", "--name", "Acme", "--db", str(first)]) == 0
    assert main(["incident", "INC-2025-0001", "note", "x", "--db", str(first)]) == 1
    second = tmp_path / "second.sqlite3"
    monkeypatch.setenv("FIXDESK_DB", str(second))
    assert main(["add", "vendor", "--name", "Other"]) == 0
    capsys.readouterr()
    assert main(["list", "vendors", "--json"]) == 0
    assert [v["name"] for v in json.loads(capsys.readouterr().out)] == ["Other"]
    assert main(["--db", str(first), "list", "vendors", "--json"]) == 0  # --db beats the variable
    assert [v["name"] for v in json.loads(capsys.readouterr().out)] == ["Acme"]


def test_demo_refuses_a_non_empty_database_unless_forced(cli):
    out = cli("demo", "--assets", "12", "--incidents", "30")
    assert "30 incidents" in out
    before = table_dump(cli.db)
    assert "use --force" in cli.refused("demo")
    assert table_dump(cli.db) == before
    cli("demo", "--assets", "10", "--incidents", "15", "--force")
    assert len(cli.json("list", "incidents")) == 15
    assert len(cli.json("list", "assets")) == 10
    assert "at least one asset" in cli.refused("demo", "--assets", "0", "--force")


@pytest.mark.sqlite_only
def test_check(cli, tmp_path):
    missing = tmp_path / "missing.sqlite3"
    assert main(["--db", str(missing), "check"]) == 1
    assert not missing.exists()  # checking never creates a database
    cli("add", "vendor", "--name", "Acme")
    out = cli("check")
    assert "ok, integrity ok, schema version" in out and "1 vendors" in out
    con = sqlite3.connect(str(cli.db))
    con.execute("UPDATE schema_version SET version = 1")
    con.commit()
    con.close()
    out = cli("check", code=1)
    assert f"schema version 1, this FixDesk expects {LATEST}" in out
    (tmp_path / "junk.sqlite3").write_text("not a database")
    assert main(["--db", str(tmp_path / "junk.sqlite3"), "check"]) == 1


def test_show_flags_an_overdue_response(office_cli):
    import datetime as dt

    cli = office_cli
    six_hours_ago = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=6)).strftime("%Y-%m-%dT%H:%MZ")
    ref = cli("add", "incident", "--title", "Server down", "--asset", "PC-0001",
              "--opened-at", six_hours_ago).strip()
    cli("incident", ref, "status", "called_out", "--at", six_hours_ago)  # BrightFix promise: 4 h
    text = cli("show", "incident", ref)
    assert any(line.startswith("Response due:") and line.endswith("(overdue)") for line in text.splitlines())
    assert cli.json("show", "incident", ref)["response_breached"] is True


@pytest.mark.sqlite_only
def test_check_notices_a_search_index_out_of_step(cli):
    ref = cli("add", "incident", "--title", "Printer on fire").strip()
    assert "ok" in cli("check")
    con = sqlite3.connect(str(cli.db))
    con.execute("DELETE FROM incident_fts")  # as if a tool had written behind FixDesk's back
    con.commit()
    con.close()
    out = cli("check", code=1)
    assert "NOT healthy" in out and "search index is out of step (1 incidents missing, 0 extra)" in out
    assert ref
