"""``fixdesk settings`` and ``fixdesk stats`` (issue 15): office settings and the break-fix figures.

Both are contracts that outside scripts use exactly as written:
``fixdesk settings [--json]``, ``fixdesk settings set KEY VALUE``,
``fixdesk stats --json [--from DATE] [--to DATE]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal
from typing import Any


def period_from_args(args: argparse.Namespace) -> Any:
    """The period the user asked for: --from/--to (inclusive), default the last 12 months."""
    from desktop_app.cli_reports import _date
    from desktop_app.services.errors import ValidationError
    from desktop_app.stats_records import Period

    start = _date(getattr(args, "date_from", None), "--from")
    end = _date(getattr(args, "date_to", None), "--to")
    default = Period.last_months(12, end)
    period = Period(start or default.start, end or dt.date.today())
    if period.end < period.start:
        raise ValidationError("--to", f"The end date {period.end.isoformat()} is before the start date "
                                      f"{period.start.isoformat()}.")
    return period


def _setting_value(key: str, value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return value


def settings_dict(services: Any) -> dict[str, Any]:
    from dataclasses import asdict

    values = asdict(services.settings.get_all())
    values["seats"] = services.stats.seats()  # unset: the number of people on record
    return {key: _setting_value(key, value) for key, value in values.items()}


def cmd_settings(args: argparse.Namespace) -> int:
    from desktop_app.cli import _print_json, open_services
    from desktop_app.services.errors import ValidationError
    from desktop_app.services.settings import SETTING_FIELDS

    services = open_services(args)
    try:
        if args.action == "set":
            if args.key not in SETTING_FIELDS:
                raise ValidationError("key", f"There is no setting called {args.key}; the settings are: "
                                   f"{', '.join(SETTING_FIELDS)}.")
            services.settings.update(**{args.key: args.value})
            print(f"{args.key} = {_text(settings_dict(services)[args.key])}")
            return 0
        values = settings_dict(services)
        if args.json:
            _print_json(values)
        else:
            seats_note = "" if services.settings.get("seats") else " (the number of people on record)"
            for key, value in values.items():
                print(f"{key} = {_text(value)}" + (seats_note if key == "seats" else ""))
        return 0
    finally:
        services.close()


def _text(value: Any) -> str:
    if value is None:
        return "(not set)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def cmd_stats(args: argparse.Namespace) -> int:
    from desktop_app.cli import _print_json, open_services
    from desktop_app.stats_output import stats_dict, summary_text

    period = period_from_args(args)  # checked before the database is opened
    services = open_services(args)
    try:
        stats = services.stats.compute(period)
        if args.json:
            _print_json(stats_dict(stats))
        else:
            print(summary_text(stats, services.settings.get("downtime_cost_per_hour") is not None))
    finally:
        services.close()
    return 0


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("settings", parents=[parent], help="show the office settings, or set one")
    p.add_argument("--json", action="store_true")
    actions = p.add_subparsers(dest="action", metavar="set")
    s = actions.add_parser("set", parents=[parent], help="set one setting (checked as the dialog does)")
    s.add_argument("key", metavar="KEY", help="e.g. downtime_cost_per_hour, managed_quote_per_seat, "
                                              "seats, replace_threshold_percent, currency")
    s.add_argument("value", metavar="VALUE")
    p.set_defaults(func=cmd_settings)

    p = sub.add_parser("stats", parents=[parent],
                       help="what break-fix is costing: spend, downtime, vendors, assets, support model")
    p.add_argument("--json", action="store_true")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD",
                   help="first day (incidents opened on it count); default 12 months before --to")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day, included (default today)")
    p.set_defaults(func=cmd_stats)
