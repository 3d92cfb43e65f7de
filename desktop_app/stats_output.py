"""The break-fix figures as words and JSON: ``fixdesk stats``, the overview page and the review PDF.

``stats_dict`` is a contract (issue 15): outside scripts read exactly these keys, money as
strings with two decimals, hours as numbers, rates from 0 to 1.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from desktop_app import money
from desktop_app.i18n import QT_TRANSLATE_NOOP, Labels, translate
from desktop_app.stats_records import CategoryFigures, Stats, SupportModel
from desktop_app.timeutil import humanize_minutes

KIND_LABELS = Labels("SpendKind", {
    "callout": QT_TRANSLATE_NOOP("SpendKind", "Call-out fees"),
    "labour": QT_TRANSLATE_NOOP("SpendKind", "Labour"),
    "parts": QT_TRANSLATE_NOOP("SpendKind", "Parts"),
    "travel": QT_TRANSLATE_NOOP("SpendKind", "Travel"),
    "other": QT_TRANSLATE_NOOP("SpendKind", "Other"),
})


def money_text(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def hours(value: float) -> float:
    return round(value, 2)


def stats_dict(s: Stats) -> dict[str, Any]:
    support = s.support
    assert support is not None
    return {
        "from": s.period.start.isoformat(),
        "to": s.period.end.isoformat(),
        "currency": s.currency,
        "incidents": {"opened": s.opened, "resolved": s.resolved, "open_now": s.open_now,
                      "overdue_now": s.overdue_now},
        "spend": {"total": money_text(s.spend_total),
                  "by_kind": {k: money_text(v) for k, v in s.spend_by_kind.items()},
                  "by_month": {m: money_text(v) for m, v in s.spend_by_month.items()}},
        "downtime": {"hours": hours(s.downtime_hours), "cost": money_text(s.downtime_cost)},
        "vendors": [{"name": v.name, "callouts": v.callouts,
                     "response_median_minutes": v.response_median_minutes, "breaches": v.breaches,
                     "on_time_rate": v.on_time_rate, "first_time_fix_rate": v.first_time_fix_rate,
                     "repeat_callouts": v.repeat_callouts, "spend": money_text(v.spend)}
                    for v in s.vendors],
        "assets": [{"tag": a.tag, "incidents": a.incidents, "repair_cost": money_text(a.repair_cost),
                    "downtime_hours": hours(a.downtime_hours), "repeat_fault": a.advice.repeat_fault,
                    "advice": a.advice.advice}
                   for a in s.assets],
        "by_category": [{"category": c.category, "incidents": c.incidents, "spend": money_text(c.spend),
                         "downtime_cost": money_text(c.downtime_cost)} for c in s.categories],
        "support_model": {"months": round(float(support.months), 4), "seats": support.seats,
                          "break_fix_total": money_text(support.break_fix_total),
                          "managed_total": money_text(support.managed_total),
                          "cheaper": support.cheaper, "difference": money_text(support.difference)},
    }


def amount(value: Decimal, currency: str) -> str:
    return money.format(value, currency)


def percent(rate: float | None) -> str:
    return "-" if rate is None else f"{rate * 100:.0f}%"


def months_text(months: float) -> str:
    if months == 1:
        return translate("Stats", "1 month")
    return translate("Stats", "{n} months").format(n=f"{months:g}")


def _seats_text(seats: int) -> str:
    if seats == 1:
        return translate("Stats", "1 seat")
    return translate("Stats", "{n} seats").format(n=seats)


def support_sentences(support: SupportModel, currency: str, downtime_rate_set: bool = True) -> list[str]:
    """The support-model comparison in plain words, for the owner."""
    months = round(float(support.months), 2)
    out = [translate("Stats", "Break-fix cost {amount} over {months}: what was paid to vendors plus the "
                              "cost of the downtime.")
           .format(amount=amount(support.break_fix_total, currency), months=months_text(months))]
    if not downtime_rate_set:
        out.append(translate("Stats", "The hourly cost of downtime is not set (Settings), so downtime counts "
                                      "as nothing here."))
    if support.managed_total is None or support.quote_per_seat is None:
        out.append(translate("Stats", "Set the managed-service quote per seat (Settings) to compare "
                                      "break-fix with a monthly contract."))
        return out
    if support.seats == 0:
        out.append(translate("Stats", "There are no seats to price a managed service for: add the people in "
                                      "the office (Sites & People) or set the number of seats (Settings)."))
        return out
    out.append(translate("Stats", "A managed service at {quote} per seat per month for {seats} would have "
                                  "cost {total}.")
               .format(quote=amount(support.quote_per_seat, currency), seats=_seats_text(support.seats),
                       total=amount(support.managed_total, currency)))
    assert support.difference is not None
    if support.cheaper == "managed":
        out.append(translate("Stats", "A managed service would have been cheaper by {amount}.")
                   .format(amount=amount(support.difference, currency)))
    elif support.difference == 0:
        out.append(translate("Stats", "Both would have cost the same."))
    else:
        out.append(translate("Stats", "Break-fix was cheaper by {amount}: pay-per-call-out is still the "
                                      "right choice overall.")
                   .format(amount=amount(support.difference, currency)))
    return out


def category_sentences(categories: tuple[CategoryFigures, ...], currency: str) -> list[str]:
    """Which systems to put under a contract and which to leave on break-fix."""
    contract = [c for c in categories if c.managed_share is not None and c.break_fix > c.managed_share]
    leave = [c for c in categories if c.managed_share is not None and c.break_fix <= c.managed_share]
    out = []
    if contract:
        items = [translate("Stats", "{category} ({cost} against {share})")
                 .format(category=c.category, cost=amount(c.break_fix, currency),
                         share=amount(c.managed_share or Decimal(0), currency)) for c in contract]
        out.append(translate("Stats", "Worth a contract (break-fix cost above their share of the managed "
                                      "quote): {categories}.").format(categories=", ".join(items)))
    if leave:
        out.append(translate("Stats", "Cheaper left on break-fix: {categories}.")
                   .format(categories=", ".join(c.category for c in leave)))
    return out


def summary_text(s: Stats, downtime_rate_set: bool = True) -> str:
    """``fixdesk stats`` without --json: the same figures, for reading."""
    cur = s.currency
    lines = [f"Break-fix figures for incidents opened {s.period.label}",
             "",
             f"Incidents: {s.opened} opened, {s.resolved} resolved, {s.open_now} still open, "
             f"{s.overdue_now} overdue",
             f"Spend: {amount(s.spend_total, cur)}"]
    lines += [f"  {KIND_LABELS[k]:<14} {v:>12,.2f}" for k, v in s.spend_by_kind.items()]
    lines.append("  By month:")
    lines += [f"  {m:<14} {v:>12,.2f}" for m, v in s.spend_by_month.items()]
    lines.append(f"Downtime: {hours(s.downtime_hours):g} hours, costing {amount(s.downtime_cost, cur)}")
    lines += ["", "Vendors:"]
    if not s.vendors:
        lines.append("  none called out in this period")
    for v in s.vendors:
        median = humanize_minutes(int(v.response_median_minutes)) if v.response_median_minutes is not None \
            else "-"
        lines.append(f"  {v.name}: {v.callouts} call-outs, median response {median}, "
                     f"{v.breaches} promises broken, on time {percent(v.on_time_rate)}, "
                     f"first-time fix {percent(v.first_time_fix_rate)}, "
                     f"{v.repeat_callouts} repeat call-outs, "
                     f"spend {amount(v.spend, cur)}")
    lines += ["", "Assets:"]
    if not s.assets:
        lines.append("  no incidents on assets in this period")
    for a in s.assets:
        repeat = ", repeat fault" if a.advice.repeat_fault else ""
        lines.append(f"  {a.tag} {a.name}: {a.incidents} incidents, downtime {hours(a.downtime_hours):g} h, "
                     f"lifetime repair cost {amount(a.repair_cost, cur)}{repeat} -> {a.advice.label.lower()}")
    lines += ["", "By category:"]
    for c in s.categories:
        lines.append(f"  {c.category}: {c.incidents} incidents, spend {amount(c.spend, cur)}, "
                     f"downtime cost {amount(c.downtime_cost, cur)}")
    if s.support is not None:
        lines += ["", "Support model:"]
        lines += [f"  {t}" for t in support_sentences(s.support, cur, downtime_rate_set)]
        lines += [f"  {t}" for t in category_sentences(s.categories, cur)]
    return "\n".join(lines)
