"""What break-fix is costing the office: the figures behind the overview page, the vendor
scorecards, repair-or-replace, the support-model comparison, ``fixdesk stats`` and the review PDF.

Every figure comes from here, so the window, the command line and paper agree.  The database
does the grouping it can do portably (sums per incident and kind, the repeat-fault window);
the per-incident arithmetic (downtime to the minute, local months) is done here in one pass.
Definitions: see ``stats_records``.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import peewee as pw

from desktop_app.models import (
    COST_KINDS,
    OPEN_STATUSES,
    Asset,
    CostLine,
    Incident,
    IncidentEvent,
    Person,
    Vendor,
)
from desktop_app.services.base import Service
from desktop_app.services.settings import SettingsService
from desktop_app.stats_records import (
    ZERO,
    AssetAdvice,
    AssetFigures,
    CategoryFigures,
    Overview,
    Period,
    SetupState,
    Stats,
    SupportModel,
    VendorCard,
    WarrantyCounts,
)
from desktop_app.timeutil import now_utc

CENT = Decimal("0.01")
REPEAT_FAULT_INCIDENTS = 3
REPEAT_FAULT_DAYS = 90
NO_ASSET = "No asset"
UNCATEGORISED = "Uncategorised"
_CHUNK = 500  # ids per IN (...) list


def _when(value: Any) -> dt.datetime | None:
    """A stored timestamp as naive UTC; SQLite hands back text, PostgreSQL datetimes."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _money(value: Any) -> Decimal:
    if value is None:
        return ZERO
    return (value if isinstance(value, Decimal) else Decimal(str(value))).quantize(CENT)


def _minutes(start: dt.datetime, end: dt.datetime) -> int:
    # As IncidentRecord.downtime_minutes and `show incident --json` count them: whole minutes.
    return int((end - start).total_seconds() // 60)


def _local_month(value: dt.datetime) -> str:
    local = value.replace(tzinfo=dt.timezone.utc).astimezone()
    return f"{local.year:04d}-{local.month:02d}"


class StatsService(Service):
    def __init__(self, db: pw.Database, settings: SettingsService) -> None:
        super().__init__(db)
        self.settings = settings

    # -- small questions ---------------------------------------------------------------------
    def seats(self) -> int:
        """The seats setting, else the number of people on record (archived ones left out)."""
        stored = self.settings.get("seats")
        if stored:
            return int(stored)
        return Person.select().where(Person.archived == False).count()  # noqa: E712

    def setup_state(self) -> SetupState:
        office = self.settings.get_all()
        live = Incident.status != "cancelled"
        return SetupState(
            incidents=Incident.select(Incident.id).where(live).limit(1).count(),
            assets=Asset.select(Asset.id).limit(1).count(),
            vendors=Vendor.select(Vendor.id).limit(1).count(),
            people=Person.select(Person.id).limit(1).count(),
            downtime_rate_set=office.downtime_cost_per_hour is not None,
            managed_quote_set=office.managed_quote_per_seat is not None)

    def warranties_ending(self, today: dt.date | None = None) -> WarrantyCounts:
        """Assets on the register whose warranty ends within 30, 60 and 90 days (cumulative)."""
        today = today or dt.date.today()
        ends = [row[0] for row in self._rows(
            Asset.select(Asset.warranty_end).where(
                (Asset.archived == False) & (Asset.status != "retired")  # noqa: E712
                & (Asset.warranty_end >= today) & (Asset.warranty_end <= today + dt.timedelta(days=90))))]
        days = [((d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d))) - today).days for d in ends]
        return WarrantyCounts(sum(d <= 30 for d in days), sum(d <= 60 for d in days), len(days))

    # -- repair or replace -------------------------------------------------------------------
    def advice(self, asset_ids: Iterable[int]) -> dict[int, AssetAdvice]:
        """Repair-or-replace for these assets (every asset asked for gets an answer)."""
        ids = sorted(set(asset_ids))
        out: dict[int, AssetAdvice] = {}
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i:i + _CHUNK]
            out.update(self._advice(Incident.asset.in_(chunk), Asset.id.in_(chunk)))
        return out

    def _advice(self, incident_cond: pw.Expression, asset_cond: pw.Expression) -> dict[int, AssetAdvice]:
        threshold = int(self.settings.get("replace_threshold_percent"))
        # One pass over the assets' incidents: lifetime cost and opening times.  Cheaper than
        # asking the database for a sum and a window function over the same rows.
        costs: dict[int, Any] = defaultdict(int)
        opened: dict[int, list[Any]] = defaultdict(list)
        sql, params = (Incident.select(Incident.asset, Incident.opened_at, Incident.total_cost)
                       .where((Incident.status != "cancelled") & incident_cond)).sql()
        as_text = False
        for asset_id, opened_at, cost in self.db.execute_sql(sql, params):  # streamed: tens of thousands
            costs[asset_id] += cost or 0  # rounded to cents once per asset, below
            opened[asset_id].append(opened_at)
            as_text = isinstance(opened_at, str)  # SQLite: parsed per asset in one go, below
        window = dt.timedelta(days=REPEAT_FAULT_DAYS)
        step = REPEAT_FAULT_INCIDENTS - 1
        repeat = set()
        for asset_id, stamps in opened.items():
            if len(stamps) <= step:
                continue
            times = sorted(map(dt.datetime.fromisoformat, stamps) if as_text else stamps)
            # 3 incidents within some 90 days: some third-in-a-row no later than 90 days after the first.
            if any(times[i + step] - times[i] <= window for i in range(len(times) - step)):
                repeat.add(asset_id)
        out = {}
        for asset_id, purchase in self._rows(Asset.select(Asset.id, Asset.purchase_cost).where(asset_cond)):
            repair = _money(costs.get(asset_id, 0))
            purchase_cost = _money(purchase) if purchase is not None else None
            if purchase_cost and repair * 100 >= purchase_cost * threshold:
                verdict = "replace"
            elif asset_id in repeat:
                verdict = "watch"
            else:
                verdict = "repair"
            out[asset_id] = AssetAdvice(asset_id, repair, purchase_cost, asset_id in repeat, threshold,
                                        verdict)
        return out

    # -- the figures -------------------------------------------------------------------------
    def compute(self, period: Period | None = None, now: dt.datetime | None = None,
                vendor_id: int | None = None) -> Stats:
        """Every figure for incidents opened in ``period`` (default: the last 12 months);
        ``vendor_id`` limits it to one vendor's incidents, for its scorecard (then without the
        asset and category figures)."""
        period = period or Period.last_months(12)
        now = now or now_utc()
        office = self.settings.get_all()
        rate = office.downtime_cost_per_hour
        start, end = period.bounds_utc()
        cond = ((Incident.opened_at >= start) & (Incident.opened_at < end)
                & (Incident.status != "cancelled"))
        if vendor_id is not None:
            cond &= Incident.vendor == vendor_id
        rows = self._rows(
            Incident.select(Incident.id, Incident.asset, Incident.vendor, Incident.status,
                            Incident.users_affected, Incident.opened_at, Incident.called_out_at,
                            Incident.response_due_at, Incident.arrived_at, Incident.resolved_at)
            .where(cond))
        spend_of: dict[int, Decimal] = defaultdict(lambda: ZERO)
        kinds_of: dict[int, list[tuple[str, Decimal]]] = defaultdict(list)
        for incident_id, kind, amount in self._rows(
                CostLine.select(CostLine.incident, CostLine.kind, pw.fn.SUM(CostLine.amount))
                .join(Incident).where(cond).group_by(CostLine.incident, CostLine.kind)):
            value = _money(amount)
            spend_of[incident_id] += value
            kinds_of[incident_id].append((kind, value))
        parts, reopened = self._return_visits(cond)

        months = period.month_keys()
        by_kind = {k: ZERO for k in COST_KINDS}
        by_month = {m: ZERO for m in months}
        by_month_kind = {m: {k: ZERO for k in COST_KINDS} for m in months}
        downtime_by_month = {m: 0 for m in months}
        breaches_by_month = {m: 0 for m in months}
        per_asset: dict[int, list[Any]] = {}
        per_vendor: dict[int, dict[str, Any]] = {}
        per_category: dict[int | None, list[Any]] = {}
        opened = resolved = open_now = overdue = 0
        downtime_minutes = 0
        downtime_cost = Decimal(0)
        for (incident_id, asset_id, vend_id, status, users, opened_at, called_out_at, due_at,
             arrived_at, resolved_at) in rows:
            opened_at, called_out_at = _when(opened_at), _when(called_out_at)
            due_at, arrived_at, resolved_at = _when(due_at), _when(arrived_at), _when(resolved_at)
            assert opened_at is not None
            month = _local_month(opened_at)
            opened += 1
            is_open = status in OPEN_STATUSES
            open_now += is_open
            resolved += resolved_at is not None
            minutes = max(0, _minutes(opened_at, resolved_at or now))
            cost = (Decimal(users or 0) * rate * minutes / 60) if rate is not None else Decimal(0)
            downtime_minutes += minutes
            downtime_cost += cost
            if month in downtime_by_month:
                downtime_by_month[month] += minutes
            spend = spend_of.get(incident_id, ZERO)
            if month in by_month:
                by_month[month] += spend
            for kind, value in kinds_of.get(incident_id, ()):
                by_kind[kind] = by_kind.get(kind, ZERO) + value
                if month in by_month_kind:
                    by_month_kind[month][kind] = by_month_kind[month].get(kind, ZERO) + value
            breached = None
            if due_at is not None:
                breached = arrived_at > due_at if arrived_at is not None else (is_open and now > due_at)
            if is_open and arrived_at is None and due_at is not None and now > due_at:
                overdue += 1
            if asset_id is not None:
                a = per_asset.setdefault(asset_id, [0, ZERO, 0, Decimal(0)])
                a[0] += 1
                a[1] += spend
                a[2] += minutes
                a[3] += cost
            c = per_category.setdefault(asset_id, [0, ZERO, Decimal(0)])
            c[0] += 1
            c[1] += spend
            c[2] += cost
            if vend_id is not None:
                v = per_vendor.setdefault(vend_id, defaultdict(int, responses=[], spend=ZERO))
                v["incidents"] += 1
                v["spend"] += spend
                if called_out_at is not None:
                    v["callouts"] += 1
                if called_out_at is not None and arrived_at is not None:
                    v["responses"].append(_minutes(called_out_at, arrived_at))
                if breached:
                    v["breaches"] += 1
                    if month in breaches_by_month:
                        breaches_by_month[month] += 1
                    v["late_unarrived"] += arrived_at is None
                if resolved_at is not None:
                    v["resolved"] += 1
                    v["ftf"] += incident_id not in parts and incident_id not in reopened
                v["repeat"] += incident_id in reopened

        if vendor_id is None:
            assets = self._asset_figures(per_asset, Incident.select(Incident.asset).where(cond))
            categories = self._category_figures(per_category, assets)
        else:  # a scorecard: the assets' lifetime advice is not part of it, and costs a read
            assets, categories = (), []
        spend_total = sum(by_kind.values(), ZERO)
        total_cost = downtime_cost.quantize(CENT)
        support = self._support(period, spend_total + total_cost, office.managed_quote_per_seat)
        return Stats(
            period=period, currency=office.currency, now=now, opened=opened, resolved=resolved,
            open_now=open_now, overdue_now=overdue, spend_total=spend_total, spend_by_kind=by_kind,
            spend_by_month=by_month, spend_by_month_kind=by_month_kind,
            downtime_minutes=downtime_minutes, downtime_cost=total_cost, downtime_rate=rate,
            downtime_by_month={m: v / 60 for m, v in downtime_by_month.items()},
            breaches_by_month=breaches_by_month,
            vendors=self._vendor_cards(per_vendor), assets=assets,
            categories=self._with_managed_share(categories, support), support=support)

    def overview(self, period: Period | None = None, now: dt.datetime | None = None) -> Overview:
        """The overview page's figures: the period's, this month's, warranties and setup."""
        setup = self.setup_state()
        period = period or Period.last_months(12)
        this_month = Period.this_month()
        stats = self.compute(period, now)
        key = this_month.month_keys()[0]
        if period.start <= this_month.start and period.end >= this_month.end:
            # This month lies whole in the period (as in the default 12 months): read once.
            spend, breaches = stats.spend_by_month[key], stats.breaches_by_month[key]
        else:
            month = self.compute(this_month, now)
            spend, breaches = month.spend_total, month.breaches
        return Overview(stats, spend, breaches, self.warranties_ending(), setup)

    def vendor_card(self, vendor_id: int, period: Period | None = None,
                    now: dt.datetime | None = None) -> VendorCard | None:
        """One vendor's scorecard (None: no incidents in the period)."""
        cards = self.compute(period, now, vendor_id=vendor_id).vendors
        return cards[0] if cards else None

    # -- pieces of compute -------------------------------------------------------------------
    def _rows(self, query: pw.Query) -> list[tuple]:
        """Plain tuples straight from the driver: peewee's per-value conversion of timestamps
        costs more than everything else here put together."""
        sql, params = query.sql()
        return self.db.execute_sql(sql, params).fetchall()

    def _return_visits(self, cond: pw.Expression) -> tuple[set[int], set[int]]:
        """(incidents that waited for parts, incidents reopened after being resolved)."""
        parts, reopened = set(), set()
        step = IncidentEvent.kind == "status"
        back = ((IncidentEvent.to_status == "in_progress")
                & IncidentEvent.from_status.in_(["resolved", "closed"]))
        for incident_id, to_status in self._rows(
                IncidentEvent.select(IncidentEvent.incident, IncidentEvent.to_status).join(Incident)
                .where(cond & step & ((IncidentEvent.to_status == "waiting_parts") | back))):
            (parts if to_status == "waiting_parts" else reopened).add(incident_id)
        return parts, reopened

    def _vendor_cards(self, per_vendor: dict[int, dict[str, Any]]) -> tuple[VendorCard, ...]:
        if not per_vendor:
            return ()
        names = dict(self._rows(Vendor.select(Vendor.id, Vendor.name).where(Vendor.id.in_(list(per_vendor)))))
        cards = []
        for vend_id, v in per_vendor.items():
            responses = v["responses"]
            # Promises still unkept past their due time count as decided (and broken).
            decided = len(responses) + v["late_unarrived"]
            cards.append(VendorCard(
                vendor_id=vend_id, name=names.get(vend_id, ""), incidents=v["incidents"],
                callouts=v["callouts"], responses=len(responses),
                response_median_minutes=float(statistics.median(responses)) if responses else None,
                breaches=v["breaches"],
                on_time_rate=(decided - v["breaches"]) / decided if decided else None,
                resolved=v["resolved"], first_time_fixes=v["ftf"],
                first_time_fix_rate=v["ftf"] / v["resolved"] if v["resolved"] else None,
                repeat_callouts=v["repeat"], spend=v["spend"]))
        return tuple(sorted(cards, key=lambda c: c.name.lower()))

    def _asset_figures(self, per_asset: dict[int, list[Any]],
                       in_period: pw.Query) -> tuple[AssetFigures, ...]:
        if not per_asset:
            return ()
        # The assets are named by the period's query itself (one statement each), not by a list
        # of thousands of ids sent in chunks.
        # "+ 0": most incidents belong to these assets, and reading the table in order beats
        # looking each one up through the asset index.
        advice = self._advice((Incident.asset + 0).in_(in_period), Asset.id.in_(in_period))
        info = {asset_id: (tag, name, category or "") for asset_id, tag, name, category in self._rows(
            Asset.select(Asset.id, Asset.tag, Asset.name, Asset.category).where(Asset.id.in_(in_period)))}
        out = []
        for asset_id, (count, spend, minutes, cost) in per_asset.items():
            tag, name, category = info[asset_id]
            out.append(AssetFigures(asset_id, tag, name, category, count, spend, minutes / 60,
                                    cost.quantize(CENT), advice[asset_id]))
        return tuple(sorted(out, key=lambda a: a.tag.lower()))

    @staticmethod
    def _category_figures(per_key: dict[int | None, list[Any]],
                          assets: tuple[AssetFigures, ...]) -> list[CategoryFigures]:
        category_of = {a.asset_id: a.category or UNCATEGORISED for a in assets}
        merged: dict[str, list[Any]] = {}
        for asset_id, (count, spend, cost) in per_key.items():
            name = NO_ASSET if asset_id is None else category_of[asset_id]
            m = merged.setdefault(name, [0, ZERO, Decimal(0)])
            m[0] += count
            m[1] += spend
            m[2] += cost
        return [CategoryFigures(name, n, spend, cost.quantize(CENT))
                for name, (n, spend, cost) in sorted(merged.items(), key=lambda kv: kv[0].lower())]

    def _with_managed_share(self, categories: list[CategoryFigures],
                            support: SupportModel) -> tuple[CategoryFigures, ...]:
        """Each category's share of the managed quote, by the assets in use in it: what putting
        just those systems under contract would roughly cost."""
        if not categories:
            return ()
        counts: dict[str, int] = defaultdict(int)
        for category, n in self._rows(
                Asset.select(Asset.category, pw.fn.COUNT(Asset.id))
                .where((Asset.archived == False) & (Asset.status == "in_use"))  # noqa: E712
                .group_by(Asset.category)):
            counts[category or UNCATEGORISED] += n
        total = sum(counts.values())
        out = []
        for c in categories:
            n = counts.get(c.category, 0) if c.category != NO_ASSET else 0
            share = None
            if support.managed_total is not None and total and c.category != NO_ASSET:
                share = (support.managed_total * n / total).quantize(CENT)
            out.append(CategoryFigures(c.category, c.incidents, c.spend, c.downtime_cost, n, share))
        return tuple(out)

    def _support(self, period: Period, break_fix: Decimal, quote: Decimal | None) -> SupportModel:
        months = period.months()
        seats = self.seats()
        managed = None
        if quote is not None:
            exact = quote * seats * months.numerator / months.denominator
            managed = exact.quantize(CENT)
        return SupportModel(months, seats, quote, break_fix.quantize(CENT), managed)
