"""Planned-work subcommands (issue 17, a contract):

    fixdesk add task --title T --due DATE [--every "N days|weeks|months|years"] [--from-done]
                     [--asset TAG] [--vendor NAME] [--cost AMOUNT] [--renewal] [--notice-days N]
    fixdesk list tasks [--due-within DAYS] [--json]
    fixdesk task ID done [--at TIME] [--cost AMOUNT] [--note TEXT]
    fixdesk export tasks FILE.ics
    fixdesk report planned [--from DATE] [--to DATE] -o FILE.pdf

``add task`` and ``list tasks`` hang off the existing ``add`` and ``list`` commands; the
handlers live here so the planned-work rules stay in one place.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from desktop_app.cli_common import CommandError, _print_json, open_services


def add_task_parser(kinds: Any, parent: argparse.ArgumentParser) -> None:
    p = kinds.add_parser("task", parents=[parent], help="planned work: a recurring check or a renewal")
    p.add_argument("--title", required=True)
    p.add_argument("--due", required=True, metavar="DATE", help="first due date, YYYY-MM-DD")
    p.add_argument("--every", metavar='"N days|weeks|months|years"',
                   help="repeat (default: once); the next due date keeps to the due date's day")
    p.add_argument("--from-done", action="store_true",
                   help="count the next due date from the day it was done, not from the due date")
    p.add_argument("--asset", metavar="TAG")
    p.add_argument("--vendor", metavar="NAME")
    p.add_argument("--cost", metavar="AMOUNT", help="cost estimate (a renewal: its yearly cost)")
    p.add_argument("--renewal", action="store_true", help="a renewal: something that lapses on the due date")
    p.add_argument("--notice-days", metavar="N", help="a renewal's notice period in days")
    p.add_argument("--notes")


def cmd_add_task(args: argparse.Namespace) -> int:
    values: dict[str, Any] = {"title": args.title, "due": args.due, "from_done": args.from_done,
                              "renewal": args.renewal}
    for name in ("every", "asset", "vendor", "cost", "notice_days", "notes"):
        if getattr(args, name, None) is not None:
            values[name] = getattr(args, name)
    services = open_services(args)
    try:
        rec = services.planned.create(**values)
    finally:
        services.close()
    print(rec.id)
    return 0


def task_dict(rec: Any, today: dt.date) -> dict[str, Any]:
    return {
        "id": rec.id, "title": rec.title, "due": rec.due.isoformat(), "every": rec.every_text or None,
        "from_done": rec.from_done, "asset_tag": rec.asset_tag or None, "asset_name": rec.asset_name or None,
        "vendor": rec.vendor_name or None, "cost": f"{rec.cost:.2f}" if rec.cost is not None else None,
        "renewal": rec.renewal, "notice_days": rec.notice_days,
        "notice_by": rec.attention_date.isoformat() if rec.renewal and rec.notice_days else None,
        "overdue": rec.is_overdue(today), "notes": rec.notes,
    }


def cmd_list_tasks(args: argparse.Namespace) -> int:
    within: int | None = None
    if args.due_within is not None:
        try:
            within = int(args.due_within)
        except ValueError:
            raise CommandError(f"--due-within {args.due_within} is not a whole number of days.") from None
        if within < 0:
            raise CommandError("--due-within cannot be negative.")
    today = dt.date.today()
    services = open_services(args)
    try:
        records = services.planned.list(due_within=within, today=today)
    finally:
        services.close()
    if args.json:
        _print_json([task_dict(r, today) for r in records])
        return 0
    for r in records:
        flag = "OVERDUE " if r.is_overdue(today) else ""
        where = " ".join(p for p in (r.asset_tag, r.vendor_name) if p)
        print(f"{r.id:>4}  {r.due.isoformat()}  {flag}{r.title}  ({r.schedule_label})"
              + (f"  [{where}]" if where else ""))
    return 0


def cmd_task(args: argparse.Namespace) -> int:
    try:
        task_id = int(args.id)
    except ValueError:
        raise CommandError(f"Task id {args.id} is not a number (see 'fixdesk list tasks').") from None
    services = open_services(args)
    try:
        result = services.planned.mark_done(task_id, at=args.at, cost=args.cost, note=args.note or "",
                                            by=services.author())
    finally:
        services.close()
    if result.next_due is not None:
        print(result.next_due.isoformat())
    else:
        print(f"Task {task_id} done; it is not due again.")
    return 0


def export_tasks(services: Any, path: str) -> int:
    from desktop_app.ical import export_tasks as write

    if not path.lower().endswith(".ics"):
        raise CommandError(f"{path} does not end in .ics; the calendar export writes an iCalendar file.")
    return write(services, path)


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("task", parents=[parent], help="record a planned task as done")
    p.add_argument("id", metavar="ID")
    actions = p.add_subparsers(dest="action", required=True, metavar="done")
    done = actions.add_parser("done", parents=[parent], help="record it done and schedule the next one")
    done.add_argument("--at", metavar="TIME", help="when it was done: YYYY-MM-DD or YYYY-MM-DDTHH:MM "
                                                   "(default: now)")
    done.add_argument("--cost", metavar="AMOUNT", help="what it actually cost (default: the estimate)")
    done.add_argument("--note", metavar="TEXT")
    p.set_defaults(func=cmd_task)
