"""The planned-work command line (a contract), the .ics read back with ``icalendar`` and the
checklist PDF read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io

import icalendar
import pytest
from pypdf import PdfReader

from .test_cli import Cli

TASK_KEYS = {"id", "title", "due", "every", "asset_tag", "vendor", "cost", "renewal", "overdue"}


def days(n: int) -> str:
    return (dt.date.today() + dt.timedelta(days=n)).isoformat()


@pytest.fixture
def fx(db_path, capsys):
    cli = Cli(db_path, capsys)
    cli("add", "vendor", "--name", "BrightFix")
    cli("add", "asset", "--tag", "UPS-0001", "--name", "Server UPS", "--vendor", "BrightFix")
    return cli


def test_add_task_prints_the_id_alone(fx):
    out = fx("add", "task", "--title", "Test-restore the backup", "--due", days(-2), "--every", "1 months")
    assert out == "1\n"
    out = fx("add", "task", "--title", "UPS battery", "--due", days(9), "--every", "3 years",
             "--from-done", "--asset", "ups-0001", "--vendor", "brightfix", "--cost", "180")
    assert out == "2\n"
    assert fx("add", "task", "--title", "Domain name", "--due", days(45), "--every", "1 years",
              "--renewal", "--notice-days", "40", "--cost", "14.99") == "3\n"
    assert fx("add", "task", "--title", "Fit new shelf", "--due", days(60)) == "4\n"

    tasks = fx.json("list", "tasks")
    assert all(set(t) >= TASK_KEYS for t in tasks)
    assert [t["id"] for t in tasks] == [1, 2, 3, 4]  # by due date
    backup, ups, domain, shelf = tasks
    assert backup["overdue"] is True and backup["every"] == "1 months" and backup["cost"] is None
    assert ups == {**ups, "asset_tag": "UPS-0001", "vendor": "BrightFix", "cost": "180.00",
                   "every": "3 years", "from_done": True, "renewal": False, "overdue": False}
    assert domain["renewal"] is True and domain["notice_by"] == days(5)
    assert shelf["every"] is None
    # Due within 14 days: overdue, due soon, and the renewal whose notice date is near.
    assert [t["id"] for t in fx.json("list", "tasks", "--due-within", "14")] == [1, 2, 3]
    assert [t["id"] for t in fx.json("list", "tasks", "--due-within", "0")] == [1]
    text = fx("list", "tasks")
    assert "OVERDUE Test-restore the backup" in text and "(every 3 years, from the done date)" in text


def test_task_done_prints_the_next_due_date(fx):
    fx("add", "task", "--title", "Backup", "--due", "2026-01-31", "--every", "1 months")
    assert fx("task", "1", "done", "--at", "2026-01-31T17:00", "--cost", "25", "--note", "All files back") \
        == "2026-02-28\n"
    assert fx("task", "1", "done", "--at", "2026-02-28") == "2026-03-31\n"
    fx("add", "task", "--title", "Shelf", "--due", "2026-01-10")
    assert "not due again" in fx("task", "2", "done")
    assert [t["id"] for t in fx.json("list", "tasks")] == [1]


@pytest.mark.parametrize("argv, words", [
    (["add", "task", "--title", "X", "--due", "2026-02-30"], "is not a date"),
    (["add", "task", "--title", "X", "--due", "tomorrow"], "is not a date"),
    (["add", "task", "--title", "X", "--due", "2026-03-01", "--every", "3 fortnights"], "is not an interval"),
    (["add", "task", "--title", "X", "--due", "2026-03-01", "--every", "0 months"], "out of range"),
    (["add", "task", "--title", "X", "--due", "2026-03-01", "--cost", "ten pounds"], "not an amount"),
    (["add", "task", "--title", "X", "--due", "2026-03-01", "--cost", "-4"], "cannot be negative"),
    (["add", "task", "--title", "X", "--due", "2026-03-01", "--asset", "PC-404"], "no asset with tag"),
    (["add", "task", "--title", "X", "--due", "2026-03-01", "--notice-days", "30"], "for renewals"),
    (["task", "1", "done", "--at", "2026-13-01"], "is not a date"),
    (["task", "1", "done", "--cost", "1.234"], "could be 1234 or 1.234"),
    (["task", "99", "done"], "no planned task with id 99"),
    (["task", "one", "done"], "is not a number"),
    (["list", "tasks", "--due-within", "soon"], "not a whole number"),
    (["export", "tasks", "calendar.csv"], "does not end in .ics"),
    (["report", "planned", "--from", "2026-05-01", "--to", "2026-04-01", "-o", "x.pdf"], "before the start"),
])
def test_bad_input_is_one_sentence_and_changes_nothing(fx, argv, words, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    fx("add", "task", "--title", "Backup", "--due", "2026-01-31", "--every", "1 months")
    assert words in fx.refused(*argv)


def test_export_tasks_ics_parses_back(fx, tmp_path):
    fx("add", "task", "--title", "Test-restore, then check; the logs", "--due", "2026-03-31",
       "--every", "1 months", "--asset", "UPS-0001")
    fx("add", "task", "--title", "Microsoft 365 für Büro – renewal", "--due", "2026-09-01", "--renewal",
       "--notice-days", "30", "--cost", "1234.5", "--every", "1 years", "--vendor", "BrightFix")
    fx("add", "task", "--title", "Done already", "--due", "2026-01-05")
    fx("task", "3", "done", "--at", "2026-01-05")
    path = tmp_path / "planned.ics"
    assert fx("export", "tasks", str(path)).strip() == f"Exported 2 tasks to {path}."
    assert all(len(line) <= 75 for line in path.read_bytes().split(b"\r\n"))

    cal = icalendar.Calendar.from_ical(path.read_bytes())
    events = cal.walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["Test-restore, then check; the logs",
                                                   "Microsoft 365 für Büro – renewal"]
    first, renewal = events
    assert first.decoded("DTSTART") == dt.date(2026, 3, 31)
    assert first.decoded("DTEND") == dt.date(2026, 4, 1)
    assert "UPS-0001 Server UPS" in str(first["DESCRIPTION"])
    assert renewal.decoded("DTSTART") == dt.date(2026, 9, 1)
    assert "Yearly cost: EUR 1,234.50" in str(renewal["DESCRIPTION"])
    alarm = renewal.walk("VALARM")[0]
    assert alarm.decoded("TRIGGER") == -dt.timedelta(days=30)
    assert len({str(e["UID"]) for e in events}) == 2


def test_report_planned_checklist(fx, tmp_path):
    fx("add", "task", "--title", "Copier service", "--due", "2026-04-10", "--every", "6 months",
       "--vendor", "BrightFix", "--cost", "120")
    fx("add", "task", "--title", "Broadband contract", "--due", "2026-04-20", "--renewal",
       "--notice-days", "30", "--cost", "480")
    fx("add", "task", "--title", "Outside the period", "--due", "2026-06-01")
    out_file = tmp_path / "checklist.pdf"
    out = fx("report", "planned", "--from", "2026-04-01", "--to", "2026-04-30", "-o", str(out_file))
    assert out.strip() == f"Wrote {out_file} (1 page)."
    text = " ".join(PdfReader(io.BytesIO(out_file.read_bytes())).pages[0].extract_text().split())
    assert "Planned work checklist" in text and "2026-04-01 to 2026-04-30" in text
    assert "Copier service" in text and "every 6 months" in text and "BrightFix" in text
    assert "Broadband contract" in text and "give notice by 2026-03-21" in text and "480.00" in text
    assert "Outside the period" not in text
    assert "Page 1 of 1" in text
