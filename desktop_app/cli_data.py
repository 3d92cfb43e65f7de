"""Data subcommands: backup, restore, import, export, e-mailed call-outs and stored passwords.

    fixdesk backup [FILE]
    fixdesk restore FILE [--yes]
    fixdesk import assets|vendors|people|sites FILE.csv [--dry-run] [--skip-bad-rows]
                   [--date-format auto|dmy|mdy|ymd]
    fixdesk export assets|incidents|vendors FILE.csv
    fixdesk export tasks FILE.ics
    fixdesk callout REF --email [--to ADDR] [--subject TEXT]
    fixdesk smtp [--host H] [--port N] [--security starttls|ssl|none] [--user U] [--sender ADDR]
    fixdesk secret set smtp | set vendor-portal VENDOR | delete ... | status
"""

from __future__ import annotations

import argparse
import functools
import getpass
import sqlite3
import sys
from collections.abc import Callable
from typing import Any

import peewee as pw

from desktop_app.cli_common import CommandError

BUSY = ("The database is busy: another FixDesk is holding it for writing; "
        "nothing was changed, try again in a moment.")


def busy_guard(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A lock held longer than the busy timeout becomes one sentence, not a traceback."""

    @functools.wraps(fn)
    def wrapper(args: argparse.Namespace) -> int:
        try:
            return fn(args)
        except (pw.OperationalError, sqlite3.OperationalError) as exc:
            text = str(exc).lower()
            if "locked" in text or "busy" in text:
                raise CommandError(BUSY) from None
            raise

    return wrapper


def _services(args: argparse.Namespace) -> Any:
    from desktop_app.backup import open_or_explain
    from desktop_app.cli import be_patient
    from desktop_app.services import Services

    return Services(be_patient(open_or_explain(getattr(args, "db", None))))


def _location(args: argparse.Namespace) -> str:
    from desktop_app.db import resolve_location

    return resolve_location(getattr(args, "db", None))


def _shown(location: str) -> str:
    """A location as a message may show it: a shared database's password never printed."""
    from desktop_app.db import _redact

    return _redact(location)


# -- backup / restore -------------------------------------------------------------------------
@busy_guard
def cmd_backup(args: argparse.Namespace) -> int:
    from desktop_app import backup

    path = backup.backup(_location(args), args.file)
    info = backup.inspect(path)
    print(f"Backed up to {path} ({info.incidents} incidents, {info.assets} assets, {info.vendors} vendors).")
    return 0


@busy_guard
def cmd_restore(args: argparse.Namespace) -> int:
    from desktop_app import backup

    location = _location(args)
    info = backup.inspect(args.file)  # refuse a bad file before asking anything
    if not args.yes:
        if not sys.stdin.isatty():
            raise CommandError("Restoring replaces the current database; add --yes to confirm.")
        answer = input(f"Replace {_shown(location)} with the backup from {info.summary}? "
                       "(a copy of the current database is saved first) [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was restored.")
            return 1
    safety = backup.restore(location, args.file)
    kept = f" The previous database was saved as {safety}." if safety else ""
    print(f"Restored {_shown(location)} from {args.file} ({info.incidents} incidents, {info.assets} assets, "
          f"{info.vendors} vendors).{kept}")
    return 0


# -- import / export --------------------------------------------------------------------------
@busy_guard
def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.importing import import_file

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty() and (done % 200 == 0 or done == total):
            sys.stderr.write(f"\r{done}/{total} rows" + ("\n" if done == total else ""))

    services = _services(args)
    try:
        result = import_file(services, args.kind, args.file, date_format=args.date_format,
                             dry_run=args.dry_run, skip_bad=args.skip_bad_rows, progress=progress)
    finally:
        services.close()
    for warning in result.warnings:
        print(f"warning: {warning}")
    label = "skipped" if result.committed else "problem"
    for problem in result.problems:
        print(f"{label}: {problem}", file=sys.stderr if not result.committed else sys.stdout)
    if result.dry_run:
        print(f"Dry run, nothing changed: {result.summary()[0].lower()}{result.summary()[1:]}")
        return 1 if result.problems else 0
    if not result.committed:
        print(f"Nothing was imported: {len(result.problems)} row(s) have problems (listed above); fix them, "
              "or use --skip-bad-rows to import the rest.", file=sys.stderr)
        return 1
    print(result.summary())
    return 0


@busy_guard
def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.exporting import export

    services = _services(args)
    try:
        if args.kind == "tasks":
            from desktop_app.cli_planned import export_tasks

            count = export_tasks(services, args.file)
        else:
            count = export(services, args.kind, args.file)
    finally:
        services.close()
    print(f"Exported {count} {args.kind} to {args.file}.")
    return 0


# -- e-mailed call-out ------------------------------------------------------------------------
@busy_guard
def cmd_callout(args: argparse.Namespace) -> int:
    from desktop_app.mail import send_callout

    if not args.email:
        raise CommandError("Say how to send the call-out: --email (printing is in the window and "
                           "'fixdesk report').")
    services = _services(args)
    try:
        incident_id = services.incidents.id_for_ref(args.ref)
        rec = send_callout(services, incident_id, to=args.to, subject=args.subject,
                           author=services.author())
    finally:
        services.close()
    print(f"Call-out form for {rec.ref} e-mailed; {rec.ref} is now {rec.status}.")
    return 0


@busy_guard
def cmd_smtp(args: argparse.Namespace) -> int:
    """Show or change the mail server settings (the password is stored with 'secret set smtp')."""
    from desktop_app import secrets
    from desktop_app.mail import mail_settings

    services = _services(args)
    try:
        changes = {key: getattr(args, key) for key in ("host", "port", "security", "user", "sender")
                   if getattr(args, key) is not None}
        if changes:
            services.settings.update(**{f"smtp_{k}": v for k, v in changes.items()})
        current = mail_settings(services)
    finally:
        services.close()
    saved = (current.user and current.host and secrets.has_secret("smtp", current.secret_name))
    print(f"SMTP server {current.host or '(not set)'} port {current.port} security {current.security}, "
          f"user {current.user or '(none)'}, sender {current.sender or '(not set)'}; "
          f"password {'saved in the keyring' if saved else 'not saved'}.")
    return 0


# -- stored passwords -------------------------------------------------------------------------
def _read_password(prompt: str) -> str:
    # A pipe gives the first line, so scripts can store a password without echoing it.
    value = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline().rstrip("\r\n")
    if not value:
        raise CommandError("No password was given, so nothing was stored.")
    return value


def _secret_target(args: argparse.Namespace) -> tuple[str, str, str]:
    """(kind, keyring name, words for the user)."""
    if args.kind == "smtp":
        from desktop_app.mail import mail_settings

        services = _services(args)
        try:
            settings = mail_settings(services)
        finally:
            services.close()
        if not settings.host or not settings.user:
            raise CommandError("Set the SMTP server and user in Settings first; "
                               "the password is filed under them.")
        return "smtp", settings.secret_name, f"the mail account {settings.user} on {settings.host}"
    if not args.name:
        raise CommandError("Name the vendor whose portal password this is.")
    from desktop_app import secrets

    services = _services(args)
    try:
        vendor = services.vendors.find(args.name.strip())
    finally:
        services.close()
    if vendor is None:
        raise CommandError(f"There is no vendor called {args.name.strip()}.")
    return "vendor-portal", secrets.vendor_portal_name(vendor.id), f"the {vendor.name} portal"


def cmd_secret(args: argparse.Namespace) -> int:
    from desktop_app import secrets

    usable, sentence = secrets.status()
    if args.action == "status":
        print(sentence)
        return 0 if usable else 1
    if not usable:
        raise CommandError(sentence)
    kind, name, words = _secret_target(args)
    if args.action == "set":
        secrets.set_secret(kind, name, _read_password(f"Password for {words}: "))
        print(f"Password for {words} saved in the system keyring.")
    else:
        secrets.delete_secret(kind, name)
        print(f"Password for {words} removed from the system keyring.")
    return 0


# -- wiring -----------------------------------------------------------------------------------
def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[parent], help="copy the database now (default: into backups/)")
    p.add_argument("file", nargs="?", metavar="FILE")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[parent], help="replace the database with a backup")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("import", parents=[parent], help="import assets, vendors, people or sites from CSV")
    p.add_argument("kind", choices=["assets", "vendors", "people", "sites"])
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument("--dry-run", action="store_true", help="show what would happen; change nothing")
    p.add_argument("--skip-bad-rows", action="store_true",
                   help="import the good rows and report the bad ones (default: all or nothing)")
    p.add_argument("--date-format", choices=["auto", "dmy", "mdy", "ymd"], default="auto",
                   help="how to read dates like 04/05/2024 (default: auto)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", parents=[parent], help="export assets, incidents or vendors to CSV, "
                                                        "planned tasks to a calendar (.ics)")
    p.add_argument("kind", choices=["assets", "incidents", "vendors", "tasks"])
    p.add_argument("file", metavar="FILE", help="FILE.csv (tasks: FILE.ics)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("callout", parents=[parent], help="send the call-out form to the vendor")
    p.add_argument("ref", metavar="REF")
    p.add_argument("--email", action="store_true", help="e-mail the call-out form PDF")
    p.add_argument("--to", metavar="ADDR", help="recipient (default: the vendor's e-mail)")
    p.add_argument("--subject", metavar="TEXT")
    p.set_defaults(func=cmd_callout)

    p = sub.add_parser("smtp", parents=[parent], help="show or set the mail server for e-mailed call-outs")
    p.add_argument("--host", metavar="SERVER")
    p.add_argument("--port", type=int, metavar="N")
    p.add_argument("--security", choices=["starttls", "ssl", "none"])
    p.add_argument("--user", metavar="NAME")
    p.add_argument("--sender", metavar="ADDR", help="the From address")
    p.set_defaults(func=cmd_smtp)

    p = sub.add_parser("secret", parents=[parent], help="store a password in the system keyring")
    actions = p.add_subparsers(dest="action", required=True, metavar="set|delete|status")
    for action in ("set", "delete"):
        a = actions.add_parser(action, parents=[parent])
        a.add_argument("kind", choices=["smtp", "vendor-portal"])
        a.add_argument("name", nargs="?", metavar="VENDOR")
    actions.add_parser("status", parents=[parent])
    p.set_defaults(func=cmd_secret)
