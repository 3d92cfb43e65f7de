"""A believable sample office, at any size (``fixdesk demo``).

Small sizes make a pleasant first look; ``--incidents 100000`` builds a
decade-old office for benchmarks.  Rows go in in chunks inside one
transaction (``executemany`` on SQLite, see ``_insert_rows``), and the
generator is seeded, so the same arguments always produce the same office.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

import peewee as pw

from desktop_app.models import (
    OPEN_STATUSES,
    Asset,
    CostLine,
    Incident,
    IncidentEvent,
    Person,
    PlannedTask,
    RefCounter,
    Setting,
    Site,
    TaskDone,
    Vendor,
    VendorContact,
)
from desktop_app.services.errors import Refused
from desktop_app.timeutil import format_local, now_utc, to_local

CHUNK = 1000
# Letters NFKD does not take apart into a base letter and an accent.
_MAILBOX_LETTERS = str.maketrans({"ø": "oe", "Ø": "Oe", "ł": "l", "Ł": "L", "æ": "ae", "ß": "ss"})
Progress = Callable[[int, int], None]

SITES = [
    dict(name="Harbour Street office", address="12 Harbour Street\nPortwell PW1 4AB",
         phone="+44 1632 960100", opening_hours="Mon-Fri 08:30-17:30",
         access_notes="Ring the bell at the blue door; reception is on the first floor.",
         parking_notes="Two visitor bays behind the building (code 4711 for the barrier).",
         alarm_notes="Alarm panel left of the door; the office manager disarms it.",
         contact_name="Zoë Hartley", contact_phone="+44 7700 900123",
         backup_contact_name="Łukasz Nowak", backup_contact_phone="+44 7700 900456"),
    dict(name="Ærøskøbing branch", address="Vestergade 3\n5970 Ærøskøbing\nDenmark",
         phone="+45 62 52 10 10", opening_hours="Mon-Thu 09:00-16:00",
         access_notes="Key safe by the side entrance; ask for the code by phone.",
         contact_name="Søren Østergaard", contact_phone="+45 20 12 34 56"),
]

PEOPLE = ["Zoë Hartley", "Łukasz Nowak", "Priya Raman", "Tom Becker", "李雷", "Amelia Clarke",
          "Søren Østergaard", "Fatima Haddad", "Jonas Weber", "Chloé Martin", "Oliver Grant",
          "Nadia Petrova"]

VENDORS = [
    dict(name="BrightFix IT Services", kind="it_breakfix", phone="+44 1632 960200",
         email="service@brightfix.example", website="https://brightfix.example",
         portal_url="https://portal.brightfix.example", portal_user="harbour-office",
         account_number="BF-20931", support_hours="Mon-Fri 08:00-18:00",
         callout_fee=Decimal("95.00"), hourly_rate=Decimal("75.00"),
         minimum_charge=Decimal("120.00"), response_hours=4.0,
         contacts=[("Dave Kettering", "Service desk lead", "+44 1632 960201", "dave@brightfix.example"),
                   ("Rita Moss", "Account manager", "+44 1632 960202", "rita@brightfix.example")]),
    dict(name="CopyRight Printers", kind="printer_copier", phone="+44 1632 960300",
         email="callouts@copyright-printers.example", account_number="CR-5521",
         support_hours="Mon-Fri 08:00-17:00", callout_fee=Decimal("60.00"),
         hourly_rate=Decimal("55.00"), minimum_charge=Decimal("60.00"), response_hours=8.0,
         contacts=[("Gary Lund", "Field engineer", "+44 7700 900789", "gary@copyright-printers.example")]),
    dict(name="NetLine Telecom", kind="telecom", phone="0800 123 4567",
         email="faults@netline.example", account_number="NL-88812034",
         support_hours="24/7", callout_fee=Decimal("0.00"), hourly_rate=Decimal("0.00"),
         response_hours=24.0, contacts=[("Fault desk", "", "0800 123 4567", "")]),
    dict(name="Dellwood Hardware (warranty)", kind="manufacturer", phone="+44 1632 960400",
         email="warranty@dellwood.example", support_hours="Mon-Sat 08:00-20:00",
         callout_fee=Decimal("0.00"), hourly_rate=Decimal("0.00"), response_hours=48.0),
    dict(name="LedgerSoft Support", kind="software", phone="+44 1632 960500",
         email="help@ledgersoft.example", support_hours="Mon-Fri 09:00-17:00",
         callout_fee=Decimal("0.00"), hourly_rate=Decimal("90.00"), minimum_charge=Decimal("45.00"),
         response_hours=8.0),
    dict(name="Sparks & Sons Electrical", kind="other", phone="+44 1632 960600",
         email="office@sparks.example", callout_fee=Decimal("70.00"), hourly_rate=Decimal("48.00"),
         minimum_charge=Decimal("70.00"), response_hours=12.0),
]

# (category, tag prefix, manufacturer, models, typical cost, vendor index, faults with the
# priority an office would give them, what the thing is called, where such things stand)
CATALOGUE = [
    ("Desktop PC", "PC", "Dellwood", ["OptiPlex 7010", "OptiPlex 5000"], 780, 0,
     [("PC will not power on", "P2"), ("Blue screen on start-up", "P2"), ("Very slow to log in", "P3"),
      ("Fan noise and overheating", "P4")], "PC", ["Reception", "Open-plan", "Partners' office",
                                                  "Meeting room", "Back office"]),
    ("Laptop", "LT", "Lenovo", ["ThinkPad T14", "ThinkPad X1 Carbon"], 1150, 0,
     [("Cracked screen", "P3"), ("Battery will not charge", "P3"), ("Keyboard keys not working", "P3"),
      ("Wi-Fi drops out", "P3")], "laptop", ["Open-plan", "Partners' office", "Back office"]),
    ("Printer", "PR", "Brother", ["HL-L6400DW", "MFC-L8900CDW"], 420, 1,
     [("Paper jam that will not clear", "P3"), ("Prints blank pages", "P3"),
      ("Offline for everyone", "P2"), ("Streaks on every page", "P4")], "printer",
     ["Reception", "Open-plan", "Back office"]),
    ("Copier", "CP", "Konica Minolta", ["bizhub C300i"], 4200, 1,
     [("Scanner to e-mail fails", "P3"), ("Error C-2558 on the panel", "P2"), ("Finisher jams", "P4")],
     "copier", ["Copy room"]),
    ("Network", "NW", "Ubiquiti", ["UniFi Switch 24", "UniFi AP U6-Pro"], 380, 0,
     [("Half the office has no network", "P1"), ("Wi-Fi very slow upstairs", "P3")], "network switch",
     ["Server cupboard"]),
    ("Internet", "IN", "NetLine", ["Fibre router FR-2"], 0, 2,
     [("Internet down", "P1"), ("Internet drops every few minutes", "P2")], "fibre router",
     ["Server cupboard"]),
    ("Server", "SV", "Dellwood", ["PowerEdge T150"], 2600, 0,
     [("Shared drive not reachable", "P1"), ("Backup failed three nights running", "P2"),
      ("Disk warning light amber", "P2")], "file server", ["Server cupboard"]),
    ("Phone", "PH", "Yealink", ["T54W"], 190, 2,
     [("Handset has no dial tone", "P2"), ("Voicemail not working", "P3"),
      ("Cannot make outside calls", "P1")], "desk phone", ["Reception", "Open-plan", "Partners' office"]),
    ("Software", "SW", "LedgerSoft", ["LedgerSoft Accounts 12"], 0, 4,
     [("Accounts package will not open", "P2"), ("Licence expired message", "P2"),
      ("Month-end report crashes", "P3")], "", [""]),
]

# How common each kind is, in CATALOGUE's order; the rarer kinds (under 20) are also capped
# at max(w, w% of the assets), so a small office has one router, not five.
WEIGHTS = (30, 20, 6, 2, 3, 1, 2, 20, 1)

# (cause, what was done, the categories it happens to)
CAUSES = [("Failed power supply", "Replaced the power supply unit.", ("Desktop PC", "Server", "Printer")),
          ("Worn pickup roller", "Fitted a new roller kit and cleaned the paper path.",
           ("Printer", "Copier")),
          ("Corrupt user profile", "Rebuilt the user profile and restored the files.",
           ("Desktop PC", "Laptop")),
          ("Faulty network cable", "Replaced the patch lead and tested the port.",
           ("Desktop PC", "Network", "Printer", "Phone")),
          ("Line fault at the exchange", "Provider repaired the line; router re-synced.",
           ("Internet", "Phone")),
          ("Failing hard disk", "Swapped the disk and rebuilt the array overnight.",
           ("Server", "Desktop PC", "Laptop")),
          ("Expired licence key", "Applied the renewed licence key.", ("Software",)),
          ("Worn battery and damaged screen hinge", "Fitted a new battery and screen assembly.", ("Laptop",)),
          ("Switch port failed", "Moved the affected desks to a spare port and replaced the switch.",
           ("Network",)),
          ("Driver update broke printing", "Rolled back the driver and paused updates.",
           ("Printer", "Copier"))]



@dataclass
class DemoResult:
    sites: int
    people: int
    vendors: int
    assets: int
    incidents: int
    events: int
    costs: int


def _chunks(rows: list[dict], size: int = CHUNK) -> Iterator[list[dict]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _insert_rows(model: type[pw.Model], rows: list[dict]) -> None:
    """Insert plain dicts (keys are field names) in chunks.

    On SQLite this goes straight to ``executemany``: peewee's ``insert_many``
    builds a query node per cell, which for a demo office of many thousand
    incidents costs far more than SQLite's own work.  Fields a row leaves out
    get the model's default, as ``insert_many`` would give them.
    """
    if not rows:
        return
    db = model._meta.database
    fields = [f for f in model._meta.sorted_fields if not isinstance(f, pw.AutoField)]
    defaults = {f.name: f.default for f in fields}
    if not isinstance(db, pw.SqliteDatabase):
        # insert_many takes its columns from the first row: give every row every column.
        full = [{f.name: r[f.name] if f.name in r else
                 (defaults[f.name]() if callable(defaults[f.name]) else defaults[f.name])
                 for f in fields} for r in rows]
        for chunk in _chunks(full):
            model.insert_many(chunk).execute()
        return
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    sql = (f'INSERT INTO "{model._meta.table_name}" ({columns}) '
           f'VALUES ({", ".join("?" * len(fields))})')

    def values(row: dict) -> tuple:
        out = []
        for f in fields:
            if f.name in row:
                value = row[f.name]
            else:
                default = defaults[f.name]
                value = default() if callable(default) else default
            out.append(f.db_value(value))
        return tuple(out)

    for chunk in _chunks(rows):
        db.cursor().executemany(sql, [values(r) for r in chunk])


def is_empty(db: pw.Database) -> bool:
    return not (Incident.select().exists() or Asset.select().exists() or Vendor.select().exists()
                or Site.select().exists() or Person.select().exists())


def clear(db: pw.Database) -> None:
    for model in (TaskDone, PlannedTask, CostLine, IncidentEvent, Incident, RefCounter, Asset,
                  VendorContact, Vendor, Person, Site):
        model.delete().execute()


def build(db: pw.Database, assets: int = 40, incidents: int = 60, force: bool = False,
          seed: int = 7, progress: Progress | None = None, now: dt.datetime | None = None) -> DemoResult:
    if assets < 1 or incidents < 0:
        raise Refused("The demo needs at least one asset and a non-negative number of incidents.")
    with db.atomic():
        if not is_empty(db):
            if not force:
                raise Refused("This database already has records; "
                              "use --force to replace them with demo data.")
            clear(db)
        # Whole minutes: a logbook written by hand says 09:42, not 09:42:38.
        start = (now or now_utc()).replace(second=0, microsecond=0)
        result = _Builder(random.Random(seed), start, progress).run(assets, incidents)
    # Fresh statistics, so the query planner knows the tables' real sizes from the start.
    db.execute_sql("ANALYZE")
    return result


class _Builder:
    def __init__(self, rng: random.Random, now: dt.datetime, progress: Progress | None) -> None:
        self.rng = rng
        self.now = now
        self.progress = progress or (lambda done, total: None)

    def run(self, n_assets: int, n_incidents: int) -> DemoResult:
        site_ids = [Site.create(**s).id for s in SITES]
        people = [Person.create(name=name, email=self._email(name), site=site_ids[0 if i < 10 else 1],
                                phone=f"+44 7700 90{i:04d}").id for i, name in enumerate(PEOPLE)]
        vendors = []
        for spec in VENDORS:
            spec = dict(spec)
            contacts = spec.pop("contacts", [])
            vendor = Vendor.create(**spec)
            for name, role, phone, email in contacts:
                VendorContact.create(vendor=vendor, name=name, role=role, phone=phone, email=email)
            vendors.append(vendor)
        assets = self._assets(n_assets, site_ids, people, vendors)
        n_events, n_costs = self._incidents(n_incidents, assets, people, vendors)
        from desktop_app.services.demo_planned import add_planned_work

        add_planned_work(to_local(self.now).date(), self.now)
        Setting.insert_many([
            {"key": "office_name", "value": "Harbour Street Accountants"},
            {"key": "office_address", "value": SITES[0]["address"]},
            {"key": "office_phone", "value": SITES[0]["phone"]},
            {"key": "currency", "value": "GBP"},
            {"key": "downtime_cost_per_hour", "value": "65.00"},
            {"key": "managed_quote_per_seat", "value": "45.00"},
            {"key": "setup_done", "value": "1"},
        ]).on_conflict(conflict_target=[Setting.key], preserve=[Setting.value]).execute()
        return DemoResult(len(site_ids), len(people), len(vendors), len(assets), n_incidents,
                          n_events, n_costs)

    @staticmethod
    def _email(name: str) -> str:
        # Chloé -> chloe, Søren -> soeren, Zoë -> zoe: as an office would spell the mailbox.
        first = name.split()[0].translate(_MAILBOX_LETTERS)
        ascii_name = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode().lower()
        return f"{ascii_name or 'staff'}@harbour-accountants.example"

    def _assets(self, n: int, sites: list[int], people: list[int], vendors: list[Vendor]) -> list[dict]:
        rng, today = self.rng, self.now.date()
        rows, counters, names = [], {}, {}
        statuses = ["in_use"] * 14 + ["spare"] * 2 + ["in_repair", "retired"]
        for i in range(n):
            if i < len(CATALOGUE):
                entry = CATALOGUE[i]  # one of each kind, so every kind is on show
            else:
                # An office has many PCs and phones, a couple of printers, one router.
                allowed = [(c, w) for c, w in zip(CATALOGUE, WEIGHTS, strict=True)
                           if w >= 20 or counters.get(c[1], 0) < max(w, n * w // 100)]
                entry = rng.choices([c for c, _w in allowed], [w for _c, w in allowed])[0]
            cat, prefix, make, models, cost, vendor_idx, _, noun, places = entry
            counters[prefix] = counters.get(prefix, 0) + 1
            tag = f"{prefix}-{counters[prefix]:04d}"
            place = "Reception" if i == 0 else rng.choice(places)  # every office has a reception PC
            # Named the way an office names things: "Reception PC", "Open-plan printer 2",
            # "Fibre router"; software by its product name.
            base = (models[0] if not noun else noun[0].upper() + noun[1:] if len(places) == 1
                    else f"{place} {noun}")
            names[base] = names.get(base, 0) + 1
            name = base if names[base] == 1 else f"{base} {names[base]}"
            bought = today - dt.timedelta(days=rng.randint(20, 365 * 6))
            warranty = bought + dt.timedelta(days=365 * rng.choice([1, 2, 3, 3, 5]))
            status = statuses[i] if i < len(statuses) else rng.choice(statuses)
            rows.append(dict(
                tag=tag, tag_key=tag.lower(), name=name, category=cat, manufacturer=make,
                model=rng.choice(models),
                serial=f"{prefix[0]}{rng.randint(10**7, 10**8 - 1)}X" if cost else "",
                site=sites[0] if rng.random() < 0.85 else sites[-1],
                location=place,
                person=rng.choice(people) if cat in ("Desktop PC", "Laptop", "Phone") else None,
                status=status, purchase_date=bought,
                purchase_cost=Decimal(cost) * Decimal(str(round(rng.uniform(0.9, 1.1), 2))) if cost else None,
                supplier=rng.choice(["Officeworld Direct", "TechBuy Ltd", "Vendor direct"]),
                warranty_end=warranty if cost else None, vendor=vendors[vendor_idx].id,
                hostname=f"{tag.lower()}.harbour.lan" if prefix in ("PC", "LT", "SV") else "",
                ip_address=f"192.168.10.{10 + i % 240}" if prefix in ("PC", "PR", "SV", "NW", "CP") else "",
                notes="", custom_fields="{}", archived=False,
            ))
        _insert_rows(Asset, rows)
        by_tag = {a.tag: a.id for a in Asset.select(Asset.id, Asset.tag)}
        for row in rows:
            row["id"] = by_tag[row["tag"]]
        return rows

    def _incidents(self, n: int, assets: list[dict], people: list[int],
                   vendors: list[Vendor]) -> tuple[int, int]:
        if n == 0:
            return 0, 0
        rng, now = self.rng, self.now
        span_days = max(120, min(3650, n // 8))
        catalogue = {c[0]: c for c in CATALOGUE}
        vendor_by_id = {v.id: v for v in vendors}
        every_status = ["new", "called_out", "in_progress", "waiting_parts", "resolved",
                        "closed", "cancelled"]
        rows, plans = [], []
        for i in range(n):
            # The first few show every status; open ones are recent, as they would be in life.
            recent = i < len(every_status) and every_status[i] in OPEN_STATUSES
            max_age = 3 * 24 * 60 if recent else span_days * 24 * 60
            opened = now - dt.timedelta(minutes=rng.randint(30, max_age))
            asset = rng.choice(assets)
            vendor = vendor_by_id[asset["vendor"]]
            age_days = (now - opened).days
            if i < len(every_status):
                target = every_status[i]  # so every status is on show, even in a tiny demo
            elif age_days < 3:
                target = rng.choice(every_status[:5])
            elif age_days < 14:
                target = rng.choice(["resolved", "closed", "closed", "in_progress", "waiting_parts"])
            else:
                target = "cancelled" if rng.random() < 0.04 else "closed"
            plan = self._timeline(opened, target, vendor, rng)
            last = plan["steps"][-1][2] if plan["steps"] else opened
            if last > now:  # a recent incident whose steps would run into the future
                shift = last - now + dt.timedelta(minutes=rng.randint(5, 60))
                opened -= shift
                plan = self._shift(plan, shift)
            plan["costs"] = self._costs(plan, vendor, rng)
            cause, fix, _kinds = rng.choice([c for c in CAUSES if asset["category"] in c[2]])
            resolved = plan["resolved_at"] is not None
            fault, priority = rng.choice(catalogue[asset["category"]][6])
            rows.append(dict(
                title=f"{fault} ({asset['tag']})",
                description=rng.choice([
                    "Reported first thing in the morning; nobody can work on it.",
                    "Started after the weekend. Restarting did not help.",
                    "Intermittent since yesterday afternoon, now constant.",
                    "Customer-facing desk affected; please treat as urgent.",
                ]),
                error_messages=rng.choice(["", "", "Error 0x80070005", "No signal", "E-42 on the display"]),
                tried=rng.choice(["Restarted it.", "Checked the cables and restarted.", ""]),
                asset=asset["id"], reported_by=rng.choice(people),
                priority=priority,
                users_affected=rng.choice([1, 1, 1, 2, 3, 5, 12]),
                status=plan["status"], vendor=vendor.id,
                vendor_ref=f"JOB-{rng.randint(10000, 99999)}" if plan["called_out_at"] else "",
                po_number=f"PO-{rng.randint(1000, 9999)}" if rng.random() < 0.5 else "",
                spend_cap=Decimal(rng.choice([250, 500, 750])) if rng.random() < 0.4 else None,
                authorised_by="Zoë Hartley" if rng.random() < 0.5 else "",
                opened_at=opened, called_out_at=plan["called_out_at"],
                response_due_at=plan["response_due_at"], arrived_at=plan["arrived_at"],
                resolved_at=plan["resolved_at"], closed_at=plan["closed_at"],
                cancelled_at=plan["cancelled_at"], cause=cause if resolved else "",
                resolution=fix if resolved else "",
                total_cost=sum((c["amount"] for c in plan["costs"]), Decimal("0.00")), updated_at=now,
            ))
            plans.append(plan)
        # References run in the order incidents were opened, numbered per year.
        order = sorted(range(n), key=lambda k: rows[k]["opened_at"])
        rows = [rows[k] for k in order]
        plans = [plans[k] for k in order]
        counters: dict[int, int] = {}
        for row in rows:
            year = row["opened_at"].year
            counters[year] = counters.get(year, 0) + 1
            row["ref"] = f"INC-{year}-{counters[year]:04d}"
        done = 0
        for chunk in _chunks(rows):
            _insert_rows(Incident, chunk)
            done += len(chunk)
            self.progress(done // 2, n)
        for year, last in counters.items():
            # ON CONFLICT ... DO UPDATE rather than REPLACE: PostgreSQL has no REPLACE.
            RefCounter.insert(year=year, last=last).on_conflict(
                conflict_target=[RefCounter.year], preserve=[RefCounter.last]).execute()
        by_ref = {r.ref: r.id for r in Incident.select(Incident.id, Incident.ref)}
        return self._events_and_costs([by_ref[r["ref"]] for r in rows], rows, plans, vendor_by_id)

    @staticmethod
    def _shift(plan: dict, delta: dt.timedelta) -> dict:
        for key in ("called_out_at", "response_due_at", "arrived_at", "resolved_at", "closed_at",
                    "cancelled_at"):
            if plan[key] is not None:
                plan[key] -= delta
        plan["steps"] = [(a, b, at - delta) for a, b, at in plan["steps"]]
        return plan

    @staticmethod
    def _timeline(opened: dt.datetime, target: str, vendor: Vendor, rng: random.Random) -> dict:
        """The steps an incident took to reach ``target``, with believable gaps between them."""
        plan: dict = dict(status="new", called_out_at=None, response_due_at=None, arrived_at=None,
                          resolved_at=None, closed_at=None, cancelled_at=None, steps=[])

        def step(status: str, at: dt.datetime) -> None:
            plan["steps"].append((plan["status"], status, at))
            plan["status"] = status

        depth = {"new": 0, "called_out": 1, "in_progress": 2, "waiting_parts": 3,
                 "resolved": 4, "closed": 5, "cancelled": rng.randint(0, 2)}[target]
        use_parts = target == "waiting_parts" or rng.random() < 0.15
        t = opened
        for status in ["called_out", "in_progress", "waiting_parts", "resolved", "closed"][:depth]:
            if status == "called_out":
                t += dt.timedelta(minutes=rng.randint(5, 90))
                plan["called_out_at"] = t
                if vendor.response_hours:
                    plan["response_due_at"] = t + dt.timedelta(hours=vendor.response_hours)
            elif status == "in_progress":
                promise = (vendor.response_hours or 8) * 60
                t += dt.timedelta(minutes=int(promise * rng.uniform(0.2, 1.4)))
                plan["arrived_at"] = t
            elif status == "waiting_parts":
                if not use_parts:
                    continue
                t += dt.timedelta(minutes=rng.randint(20, 120))
                step("waiting_parts", t)
                if target == "waiting_parts":
                    break
                t += dt.timedelta(hours=rng.randint(12, 72))
                step("in_progress", t)
                continue
            elif status == "resolved":
                t += dt.timedelta(minutes=rng.randint(30, 300))
                plan["resolved_at"] = t
            else:
                t += dt.timedelta(hours=rng.randint(2, 96))
                plan["closed_at"] = t
            step(status, t)
        if target == "cancelled":
            t += dt.timedelta(minutes=rng.randint(10, 240))
            plan["cancelled_at"] = t
            step("cancelled", t)
        return plan

    @staticmethod
    def _costs(plan: dict, vendor: Vendor, rng: random.Random) -> list[dict]:
        if plan["arrived_at"] is None:
            return []
        lines = []
        if vendor.callout_fee:
            lines.append(dict(kind="callout", hours=None, amount=vendor.callout_fee,
                              description="Call-out fee"))
        if vendor.hourly_rate:
            hours = Decimal(rng.choice(["0.5", "1", "1.5", "2", "3"]))
            lines.append(dict(kind="labour", hours=hours, description="On-site labour",
                              amount=(hours * vendor.hourly_rate).quantize(Decimal("0.01"))))
        if rng.random() < 0.3:
            lines.append(dict(kind="parts", hours=None, amount=Decimal(rng.randint(15, 280)),
                              description=rng.choice(["Power supply", "Roller kit", "Patch leads",
                                                      "Replacement disk", "Toner"])))
        for line in lines:
            line["created_at"] = plan["arrived_at"]
            line["invoice_ref"] = f"INV-{rng.randint(10000, 99999)}" if plan["resolved_at"] else ""
        return lines

    def _events_and_costs(self, ids: list[int], rows: list[dict], plans: list[dict],
                          vendors: dict[int, Vendor]) -> tuple[int, int]:
        n = len(ids)
        texts = {"called_out": "Called out {vendor}", "in_progress": "Engineer arrived",
                 "waiting_parts": "Waiting for parts", "resolved": "Resolved: {fix}",
                 "closed": "Closed", "cancelled": "Cancelled"}
        events: list[dict] = []
        costs: list[dict] = []
        n_events = n_costs = 0
        for index, (inc_id, row, plan) in enumerate(zip(ids, rows, plans, strict=True)):
            vendor = vendors[row["vendor"]]
            events.append(dict(incident=inc_id, at=row["opened_at"], kind="status", to_status="new",
                               text="Incident logged", author="Zoë Hartley"))
            for from_status, to_status, at in plan["steps"]:
                text = texts[to_status].format(vendor=vendor.name, fix=row["resolution"])
                if to_status == "called_out" and plan["response_due_at"]:
                    text += f", response due {format_local(plan['response_due_at'])}"
                if from_status == "waiting_parts":
                    text = "Parts arrived, work resumed"
                events.append(dict(incident=inc_id, at=at, kind="status", from_status=from_status,
                                   to_status=to_status, text=text, author="Zoë Hartley"))
            for line in plan["costs"]:
                costs.append(dict(incident=inc_id, **line))
                events.append(dict(incident=inc_id, at=line["created_at"], kind="cost",
                                   author="Zoë Hartley",
                                   text=f"Cost added - {line['description']} {line['amount']:,.2f}"))
            if len(events) >= 5 * CHUNK or index == n - 1:
                _insert_rows(IncidentEvent, events)
                _insert_rows(CostLine, costs)
                n_events += len(events)
                n_costs += len(costs)
                events, costs = [], []
                self.progress(n // 2 + (index + 1) // 2, n)
        return n_events, n_costs
