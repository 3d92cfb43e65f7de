"""``fixdesk report ...``: every printable document as a PDF file."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

# The label layouts' names (desktop_app.reports.labels.LAYOUTS, checked by a test), spelled out
# so that parsing the command line does not import reportlab.
LAYOUT_NAMES = ("avery-l7163", "avery-5160")


def _date(text: str | None, flag: str) -> dt.date | None:
    from desktop_app.services.errors import ValidationError

    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(flag, f"{flag} {text} is not a date like 2026-03-31.") from None


def cmd_report(args: argparse.Namespace) -> int:
    from desktop_app import i18n
    from desktop_app.cli_common import open_services
    from desktop_app.reports import documents
    from desktop_app.reports.output import page_count, write_pdf

    i18n.use_environment()  # the paper speaks the shell's language (LANG=de_DE.UTF-8: German)
    # Check everything the user typed before opening the database or building anything.
    start = _date(getattr(args, "date_from", None), "--from")
    end = _date(getattr(args, "date_to", None), "--to")
    services = open_services(args)
    try:
        if args.document == "callout":
            pdf = documents.callout_pdf(services, args.ref)
        elif args.document == "incidents":
            pdf = documents.incident_log_pdf(services, start, end)
        elif args.document == "assets":
            pdf = documents.asset_register_pdf(services)
        elif args.document == "warranty":
            pdf = documents.warranty_pdf(services, args.days)
        elif args.document == "costs":
            pdf = documents.costs_pdf(services, start, end)
        elif args.document == "planned":
            pdf = documents.planned_pdf(services, start, end)
        elif args.document == "review":
            pdf = documents.review_pdf(services, start, end)
        else:
            tags = [t for t in (args.tags or "").split(",") if t.strip()]
            pdf = documents.labels_pdf(services, args.layout, tags or None)
        path = write_pdf(args.output, pdf)
    finally:
        services.close()
    pages = page_count(pdf)
    print(f"Wrote {path} ({pages} page{'s' if pages != 1 else ''}).")
    return 0


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    report = sub.add_parser("report", parents=[parent], help="print a document to a PDF file")
    docs = report.add_subparsers(dest="document", required=True,
                                 metavar="callout|incidents|assets|warranty|costs|labels|planned|review")

    def doc(name: str, help_text: str) -> argparse.ArgumentParser:
        p = docs.add_parser(name, parents=[parent], help=help_text)
        p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the PDF")
        return p

    p = doc("callout", "the call-out form for one incident")
    p.add_argument("ref", metavar="REF")
    for name, text in (("incidents", "the incident log for a date range"),
                       ("costs", "spend per vendor and per month"),
                       ("review", "the break-fix review: spend, downtime, vendors, repair or replace, "
                                  "support model (default: the last 12 months)")):
        p = doc(name, text)
        p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first day (opened)")
        p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day, included")
    p = doc("planned", "a checklist of the planned work due in a period, to tick on paper")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first due day")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last due day, included")
    doc("assets", "the asset register")
    p = doc("warranty", "warranties expired or ending soon")
    p.add_argument("--days", type=int, default=90, metavar="N", help="how far ahead (default 90)")
    p = doc("labels", "asset labels with QR codes")
    p.add_argument("--layout", choices=list(LAYOUT_NAMES), default="avery-l7163")
    p.add_argument("--tags", metavar="TAG,TAG,...", help="only these assets (default: all)")
    report.set_defaults(func=cmd_report)
