"""``fixdesk``: the window with no arguments, subcommands for scripts, admins and checks.

Contract: success exits 0; bad input or a refused action prints one
sentence to stderr, exits 1 and changes nothing; usage errors exit 2.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

from desktop_app import money
from desktop_app.cli_common import CommandError, _print_json, be_patient, open_services  # noqa: F401
from desktop_app.db import DatabaseError

Handler = Callable[[argparse.Namespace], int]


class _VersionAction(argparse.Action):
    """``--version``, looked up only when asked (the lookup costs start-up time)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str = "show the version and exit") -> None:  # noqa: A002
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from desktop_app import __version__

        print(f"FixDesk {__version__}")
        parser.exit()


def _db_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS,
                        help="database file or URL (default: $FIXDESK_DB, else your data folder)")
    return parent


# -- demo ------------------------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.services import demo

    services = open_services(args)
    started = time.perf_counter()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty() and time.perf_counter() - last[0] > 0.5:
            last[0] = time.perf_counter()
            sys.stderr.write(f"\r{done * 100 // max(total, 1)}% ")

    result = demo.build(services.db, assets=args.assets, incidents=args.incidents, force=args.force,
                        progress=progress)
    if sys.stderr.isatty():
        sys.stderr.write("\r")
    print(f"Demo office created in {time.perf_counter() - started:.1f} s: {result.sites} sites, "
          f"{result.people} people, {result.vendors} vendors, {result.assets} assets, "
          f"{result.incidents} incidents ({result.events} timeline events, {result.costs} cost lines).")
    return 0


# -- add -------------------------------------------------------------------------------------
def _fields(args: argparse.Namespace, names: Sequence[str]) -> dict[str, Any]:
    """Only the options the user actually gave, so defaults stay the service's business."""
    return {name: getattr(args, name) for name in names if getattr(args, name, None) is not None}


def cmd_add(args: argparse.Namespace) -> int:
    kind = args.what
    if kind == "task":
        from desktop_app.cli_planned import cmd_add_task

        return cmd_add_task(args)
    services = open_services(args)
    if kind == "site":
        rec = services.sites.create(**_fields(args, ["name", "address", "phone", "access_notes",
                                                     "opening_hours", "contact_name", "contact_phone"]))
        print(rec.name)
    elif kind == "person":
        rec = services.people.create(**_fields(args, ["name", "email", "phone", "site"]))
        print(rec.name)
    elif kind == "vendor":
        rec = services.vendors.create(**_fields(args, [
            "name", "kind", "phone", "email", "callout_fee", "hourly_rate", "minimum_charge",
            "response_hours", "account_number", "website", "support_hours"]))
        print(rec.name)
    elif kind == "asset":
        rec = services.assets.create(**_fields(args, [
            "tag", "name", "category", "manufacturer", "model", "serial", "site", "location",
            "purchase_date", "purchase_cost", "warranty_end", "vendor", "status", "supplier",
            "hostname", "ip_address", "notes"]), **({"person": args.assigned_to} if args.assigned_to else {}))
        print(rec.tag)
    else:
        values = _fields(args, ["title", "asset", "priority", "vendor", "description", "reported_by",
                                "users_affected", "opened_at", "po_number", "spend_cap",
                                "error_messages", "tried"])
        rec = services.incidents.create(author=services.author(), **values)
        print(rec.ref)
    return 0


def _add_parsers(sub: Any, parent: argparse.ArgumentParser) -> None:
    add = sub.add_parser("add", help="add a site, person, vendor, asset or incident", parents=[parent])
    kinds = add.add_subparsers(dest="what", required=True,
                               metavar="site|person|vendor|asset|incident|task")

    p = kinds.add_parser("site", parents=[parent], help="an office site")
    p.add_argument("--name", required=True)
    p.add_argument("--address")
    p.add_argument("--phone")
    p.add_argument("--access-notes")
    p.add_argument("--opening-hours")
    p.add_argument("--contact-name")
    p.add_argument("--contact-phone")

    p = kinds.add_parser("person", parents=[parent], help="a member of staff")
    p.add_argument("--name", required=True)
    p.add_argument("--email")
    p.add_argument("--phone")
    p.add_argument("--site")

    p = kinds.add_parser("vendor", parents=[parent], help="a support company")
    p.add_argument("--name", required=True)
    p.add_argument("--kind", help="it_breakfix, printer_copier, telecom, manufacturer, software, other")
    p.add_argument("--phone")
    p.add_argument("--email")
    p.add_argument("--callout-fee")
    p.add_argument("--hourly-rate")
    p.add_argument("--minimum-charge")
    p.add_argument("--response-hours")
    p.add_argument("--account-number")
    p.add_argument("--website")
    p.add_argument("--support-hours")

    p = kinds.add_parser("asset", parents=[parent], help="a piece of equipment")
    p.add_argument("--tag", required=True)
    p.add_argument("--name", required=True)
    for opt in ("--category", "--manufacturer", "--model", "--serial", "--site", "--location",
                "--purchase-date", "--purchase-cost", "--warranty-end", "--vendor", "--status",
                "--supplier", "--hostname", "--ip-address", "--notes", "--assigned-to"):
        p.add_argument(opt)

    p = kinds.add_parser("incident", parents=[parent], help="a problem report")
    p.add_argument("--title", required=True)
    p.add_argument("--asset", metavar="TAG")
    p.add_argument("--priority", choices=["P1", "P2", "P3", "P4"])
    p.add_argument("--vendor", metavar="NAME")
    p.add_argument("--description")
    p.add_argument("--reported-by", metavar="NAME")
    p.add_argument("--users-affected", metavar="N")
    p.add_argument("--opened-at", metavar="ISO_TIME",
                   help="when it started, e.g. 2026-03-02T09:15 (local time unless it ends in Z or +HH:MM)")
    p.add_argument("--po-number")
    p.add_argument("--spend-cap")
    p.add_argument("--error-messages")
    p.add_argument("--tried")
    from desktop_app.cli_planned import add_task_parser

    add_task_parser(kinds, parent)
    add.set_defaults(func=cmd_add)


# -- incident REF ... -----------------------------------------------------------------------
def cmd_incident(args: argparse.Namespace) -> int:
    services = open_services(args)
    incident_id = services.incidents.id_for_ref(args.ref)
    author = services.author()
    if args.action == "status":
        rec = services.workflow.transition(
            incident_id, args.status, at=args.at, note=args.note or "", author=author,
            cause=args.cause, resolution=args.resolution, vendor=args.vendor, vendor_ref=args.vendor_ref)
        print(f"{rec.ref} is now {rec.status}")
    elif args.action == "note":
        services.workflow.add_note(incident_id, args.text, author=author)
        print(f"Note added to {args.ref.upper()}")
    elif args.action == "edit":
        values = _fields(args, ["title", "priority", "description", "vendor_ref", "users_affected"])
        if not values:
            raise CommandError("Nothing to change: give at least one of --title, --priority, "
                               "--description, --vendor-ref, --users-affected.")
        rec = services.incidents.update(incident_id, author=author,
                                        expected_version=args.if_version, **values)
        print(f"{rec.ref} saved (version {rec.version})")
    else:
        values = {"kind": args.kind, "amount": args.amount}
        if args.hours is not None:
            values["hours"] = args.hours
        if args.description is not None:
            values["description"] = args.description
        if args.invoice_ref is not None:
            values["invoice_ref"] = args.invoice_ref
        services.costs.add(incident_id, author=author, **values)
        total = services.incidents.get(incident_id).total_cost
        print(f"Cost added to {args.ref.upper()}; total now {money.format(total)}")
    return 0


def _incident_parsers(sub: Any, parent: argparse.ArgumentParser) -> None:
    from desktop_app.models import COST_KINDS, INCIDENT_STATUSES

    inc = sub.add_parser("incident", help="move an incident on, add a note or a cost", parents=[parent])
    inc.add_argument("ref", metavar="REF")
    actions = inc.add_subparsers(dest="action", required=True, metavar="status|note|cost|edit")
    p = actions.add_parser("status", parents=[parent], help="move to another status")
    p.add_argument("status", choices=INCIDENT_STATUSES, metavar="STATUS")
    p.add_argument("--note")
    p.add_argument("--at", metavar="ISO_TIME",
                   help="when it happened (default: now); local time unless it ends in Z or +HH:MM; "
                        "not before the previous step, not in the future")
    p.add_argument("--cause")
    p.add_argument("--resolution")
    p.add_argument("--vendor", metavar="NAME", help="vendor to call out (default: the incident's)")
    p.add_argument("--vendor-ref", metavar="JOB_REF")
    p = actions.add_parser("note", parents=[parent], help="add a note to the timeline")
    p.add_argument("text", metavar="TEXT")
    p = actions.add_parser("cost", parents=[parent], help="add a cost line")
    p.add_argument("--kind", required=True, choices=COST_KINDS)
    p.add_argument("--amount", required=True, metavar="X")
    p.add_argument("--hours", metavar="H")
    p.add_argument("--description", metavar="D")
    p.add_argument("--invoice-ref", metavar="REF")
    p = actions.add_parser("edit", parents=[parent], help="change the title, priority, description, ...")
    p.add_argument("--title", metavar="T")
    p.add_argument("--priority", metavar="P", choices=["P1", "P2", "P3", "P4"])
    p.add_argument("--description", metavar="D")
    p.add_argument("--vendor-ref", metavar="R", help="the vendor's job reference")
    p.add_argument("--users-affected", metavar="N")
    p.add_argument("--if-version", metavar="V", type=int,
                   help="only if the incident is still at this version (see show --json); "
                        "otherwise say who changed it and change nothing")
    inc.set_defaults(func=cmd_incident)


# -- show / list / check --------------------------------------------------------------------
def cmd_show(args: argparse.Namespace) -> int:
    from desktop_app.records import STATUS_LABELS  # the command line's words stay English
    from desktop_app.serialize import incident_detail_dict
    from desktop_app.timeutil import format_local, humanize_minutes

    services = open_services(args)
    detail = services.incidents.detail(services.incidents.id_for_ref(args.ref))
    if args.json:
        _print_json(incident_detail_dict(detail))
        return 0
    rec = detail.incident
    breached = rec.response_breached()
    lines = [
        f"{rec.ref}  {rec.title}",
        f"Status: {STATUS_LABELS.source(rec.status)}   Priority: {rec.priority}   "
        f"Users affected: {rec.users_affected}",
        f"Asset: {rec.asset_tag} {rec.asset_name}".rstrip(),
        f"Vendor: {rec.vendor_name or '-'}" + (f" (job {rec.vendor_ref})" if rec.vendor_ref else ""),
        f"Opened: {format_local(rec.opened_at)}",
    ]
    due_note = " (overdue)" if breached and rec.arrived_at is None and rec.is_open else ""
    for label, value in (("Called out", rec.called_out_at), ("Response due", rec.response_due_at),
                         ("Engineer arrived", rec.arrived_at), ("Resolved", rec.resolved_at),
                         ("Closed", rec.closed_at), ("Cancelled", rec.cancelled_at)):
        if value:
            lines.append(f"{label}: {format_local(value)}" + (due_note if label == "Response due" else ""))
    if rec.response_minutes is not None:
        lines.append(f"Response time: {humanize_minutes(rec.response_minutes)}"
                     + (" (promise breached)" if breached else ""))
    if rec.resolution_minutes is not None:
        lines.append(f"Resolution time: {humanize_minutes(rec.resolution_minutes)}")
    lines.append(f"Total cost: {money.format(rec.total_cost)}")
    if rec.description:
        lines += ["", rec.description]
    lines += ["", "Timeline:"]
    lines += [f"  {format_local(e.at)}  {e.text}" for e in detail.events]
    if detail.costs:
        lines += ["", "Costs:"]
        lines += [f"  {c.kind:<8} {money.format(c.amount):>10}  {c.description}" for c in detail.costs]
    print("\n".join(lines))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from desktop_app.serialize import asset_dict, incident_dict, vendor_dict

    if args.what == "tasks":
        from desktop_app.cli_planned import cmd_list_tasks

        return cmd_list_tasks(args)
    services = open_services(args)
    if args.what == "incidents":
        from desktop_app.models import INCIDENT_STATUSES, OPEN_STATUSES
        from desktop_app.records import IncidentFilter

        statuses: tuple[str, ...] = ()
        if args.status:
            wanted = [s.strip() for s in args.status.split(",") if s.strip()]
            for s in wanted:
                if s != "open" and s not in INCIDENT_STATUSES:
                    raise CommandError(f"Status {s} is not one of: open, {', '.join(INCIDENT_STATUSES)}.")
            statuses = tuple(dict.fromkeys(
                x for s in wanted for x in (OPEN_STATUSES if s == "open" else [s])))
        records = services.incidents.list(IncidentFilter(statuses=statuses, search=args.search or ""))
        if args.json:
            _print_json([incident_dict(r) for r in records])
        else:
            from desktop_app.timeutil import format_local

            for r in records:
                print(f"{r.ref}  {r.status:<13} {r.priority}  {format_local(r.opened_at)}  "
                      f"{r.asset_tag or '-':<8} {r.title}")
    elif args.what == "assets":
        from desktop_app.models import ASSET_STATUSES

        if args.status and args.status not in ASSET_STATUSES:
            raise CommandError(f"Status {args.status} is not one of: {', '.join(ASSET_STATUSES)}.")
        records = services.assets.list(search=args.search or "", status=args.status)
        if args.json:
            _print_json([asset_dict(r) for r in records])
        else:
            for r in records:
                print(f"{r.tag:<10} {r.status:<9} {r.name}  {r.make_model}  {r.serial}")
    else:
        # Vendors have no workflow; their "status" is whether they are archived.
        from desktop_app.records import KIND_LABELS  # the command line's words stay English

        if args.status and args.status not in ("active", "archived", "all"):
            raise CommandError(f"Status {args.status} is not one of: active, archived, all.")
        records = services.vendors.list(search=args.search or "",
                                        include_archived=args.status in ("archived", "all"))
        if args.status == "archived":
            records = [r for r in records if r.archived]
        if args.json:
            _print_json([vendor_dict(r) for r in records])
        else:
            for r in records:
                print(f"{r.name:<32} {KIND_LABELS.source(r.kind):<18} {r.phone}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from desktop_app.health import check

    report = check(getattr(args, "db", None))
    print(report.summary)
    from desktop_app.db import is_url, resolve_location
    from desktop_app.netshare import share_warning

    location = resolve_location(getattr(args, "db", None))
    warning = None if is_url(location) else share_warning(location)
    if warning:
        print(f"Warning: {warning}")
    return 0 if report.healthy else 1


# -- wiring ----------------------------------------------------------------------------------
# Modules that add their own subcommands: each has register(sub, parent).
EXTENSIONS: tuple[str, ...] = ("desktop_app.cli_data", "desktop_app.cli_reports", "desktop_app.cli_planned",
                              "desktop_app.cli_stats")


def build_parser() -> argparse.ArgumentParser:
    parent = _db_parent()
    parser = argparse.ArgumentParser(
        prog="fixdesk", parents=[parent],
        description="FixDesk: the break-fix helpdesk for small offices. "
                    "With no command, opens the window.")
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation end to end and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", parents=[parent], help="fill an empty database with a sample office")
    p.add_argument("--assets", type=int, default=40, metavar="N")
    p.add_argument("--incidents", type=int, default=60, metavar="N")
    p.add_argument("--force", action="store_true", help="replace existing records")
    p.set_defaults(func=cmd_demo)

    _add_parsers(sub, parent)
    _incident_parsers(sub, parent)

    p = sub.add_parser("show", parents=[parent], help="show one incident")
    p.add_argument("what", choices=["incident"])
    p.add_argument("ref", metavar="REF")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("list", parents=[parent], help="list assets, incidents, vendors or planned tasks")
    p.add_argument("what", choices=["assets", "incidents", "vendors", "tasks"])
    p.add_argument("--due-within", metavar="DAYS", help="tasks: only those due within DAYS days "
                                                         "(overdue ones too)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--status", metavar="S", help="filter by status (incidents: comma-separated, or 'open'; "
                        "assets: in_use, spare, in_repair, retired; vendors: active, archived, all)")
    p.add_argument("--search", metavar="TEXT")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("check", parents=[parent], help="integrity and schema version")
    p.set_defaults(func=cmd_check)

    import importlib

    for name in EXTENSIONS:
        importlib.import_module(name).register(sub, parent)
    return parser


def _open_window(args: argparse.Namespace) -> int:
    try:
        from ui.app import run
    except ImportError:
        print("The FixDesk window is not available in this build; use the subcommands (fixdesk --help).")
        return 0
    return run(getattr(args, "db", None))


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (also for usage errors, so callers can embed it)."""
    try:
        return _main(argv)
    except BrokenPipeError:
        # `fixdesk list incidents --json | head`: the reader left. Stop quietly, like other
        # tools; point stdout at devnull so the interpreter's final flush does not complain.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):  # stdout replaced by something without a descriptor
            pass
        return 141  # 128 + SIGPIPE, what a shell reports for a command cut off this way
    except KeyboardInterrupt:
        print("fixdesk: interrupted; nothing was changed by the unfinished command.", file=sys.stderr)
        return 130


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version (0) and usage errors (2)
        return exc.code if isinstance(exc.code, int) else 2
    try:
        if args.self_test:
            from desktop_app.selftest import run_self_test, unavailable

            try:  # the window's checks, through the one way into the UI
                from ui.app import self_test_steps

                window_steps = self_test_steps()
            except Exception as exc:  # the ui package or Qt itself is missing from the build
                window_steps = unavailable("Qt", f"the Qt part of FixDesk cannot be imported: {exc}")
            return run_self_test(window_steps=window_steps, cli=main)
        if not getattr(args, "command", None):
            return _open_window(args)
        try:
            return args.func(args)
        finally:
            opened = getattr(args, "opened_services", None)
            if opened is not None:
                opened.close()
    except (CommandError, DatabaseError) as exc:
        print(f"fixdesk: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        from desktop_app.services.errors import ServiceError

        if isinstance(exc, ServiceError):
            print(f"fixdesk: {exc}", file=sys.stderr)
            return 1
        import peewee as pw

        if isinstance(exc, pw.DatabaseError):
            # The services validate first; this is a lock held too long or a clash with another
            # writer. Their transaction was rolled back, so nothing changed.
            print(f"fixdesk: the database refused the change ({str(exc).strip() or type(exc).__name__});"
                  " nothing was changed.", file=sys.stderr)
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())
