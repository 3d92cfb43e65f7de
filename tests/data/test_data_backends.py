"""The same office gives the same results on either backend: exports byte for byte, every list in
every order, imports with the same outcome.

Each test runs on the ``db_path`` backend (SQLite, and PostgreSQL with FIXDESK_TEST_PG_URL) and
compares it with an SQLite file holding the same records (an SQLite copy of the office, or the
same file imported into a fresh one): on PostgreSQL that is PostgreSQL against SQLite.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from desktop_app import exporting, transfer
from desktop_app.importing import import_file
from desktop_app.services import Services
from desktop_app.services.errors import ServiceError

# Names whose order depends on case, accents and the database's collation; blanks and NULLs
# where a sort column can be empty.
NAMES = ["apple", "Banana", "cherry", "Éclair", "zebra", "Zoë's Café", "Øst", "_under", "10 Main", "9 Side",
         "ábc", "ABD", "abc"]


def _office(svc: Services, tmp_path) -> None:
    svc.settings.update(office_name="Łukasz & Zoë", currency="EUR")
    for n, name in enumerate(NAMES):
        svc.sites.create(name=f"{name} site", address=f"{n} Road" if n % 3 else "",
                         phone="" if n % 2 else f"0{n}")
        svc.people.create(name=f"{name} person", email=f"p{n}@example.test" if n % 4 else "",
                          site=f"{name} site" if n % 2 else None)
        svc.vendors.create(name=f"{name} Ltd", kind=("it_breakfix", "telecom", "software")[n % 3],
                           callout_fee=None if n % 3 == 0 else f"{n * 7}.50",
                           hourly_rate=None if n % 4 == 0 else str(40 + n % 5),
                           response_hours=None if n % 5 == 0 else str(n % 4 + 1),
                           contacts=[{"name": f"{name} contact", "phone": f"+44 {n}"}] if n % 2 else None)
    svc.vendors.create(name="Many People Ltd",
                       contacts=[{"name": n} for n in ("bob", "Alice", "Émile", "alice b")])
    day = dt.date(2025, 1, 1)
    for n, name in enumerate(NAMES * 2):
        svc.assets.create(tag=f"{'ab'[n % 2]}-{n:03d}" if n % 3 else f"{'AB'[n % 2]}-{n:03d}",
                          name=f"{name} thing", category=("", "Laptop", "laptop", "Printer")[n % 4],
                          manufacturer=name if n % 2 else "", serial=f"SN{n}" if n % 5 else "",
                          status=("in_use", "spare", "in_repair", "retired")[n % 4],
                          purchase_date=None if n % 3 == 0 else day + dt.timedelta(days=n * 11),
                          purchase_cost=None if n % 4 == 0 else f"{n}.{n % 100:02d}",
                          warranty_end=None if n % 2 else day + dt.timedelta(days=400 + n),
                          location=name if n % 3 else "", site=f"{NAMES[n % len(NAMES)]} site",
                          vendor=f"{name} Ltd" if n % 2 else None,
                          custom_fields={"Colour": name} if n % 5 else None)
    opened = dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.timezone.utc)
    photo = tmp_path / "screen.png"
    photo.write_bytes(bytes(range(256)) * 8)
    for n, name in enumerate(NAMES * 2):
        rec = svc.incidents.create(title=f"{name} fault", priority=f"P{n % 4 + 1}",
                                   asset=f"{'ab'[n % 2]}-{n:03d}" if n % 3 else None,
                                   vendor=f"{name} Ltd" if n % 2 else None, users_affected=n % 3,
                                   opened_at=opened + dt.timedelta(hours=n * 5, minutes=n), author="Zoë")
        if n % 3:
            svc.costs.add(rec.id, kind="parts", amount=f"{n}.{n:02d}", description=f"{name} part",
                          author="Zoë")
        if n % 4 == 1:
            svc.workflow.transition(rec.id, "called_out", at=opened + dt.timedelta(hours=n * 5 + 1))
        if n % 7 == 0:
            svc.costs.attach(rec.id, photo, author="Zoë")


def _lists(svc: Services) -> dict[str, list]:
    """Every register in every order a page can ask for, as what a user sees (names and keys)."""
    from desktop_app.services import assets, incidents, sites, vendors

    seen: dict[str, list] = {}
    for down in (False, True):
        for sort in assets.SORTABLE:
            seen[f"assets {sort} {down}"] = [a.tag for a in svc.assets.list(sort=sort, descending=down,
                                                                          include_archived=True)]
        for sort in incidents.SORTABLE:
            seen[f"incidents {sort} {down}"] = [i.ref for i in svc.incidents.list(sort=sort, descending=down)]
        for sort in vendors.VENDOR_SORTABLE:
            seen[f"vendors {sort} {down}"] = [v.name for v in svc.vendors.list(sort=sort, descending=down)]
        for sort in sites.SITE_SORTABLE:
            seen[f"sites {sort} {down}"] = [s.name for s in svc.sites.list(sort=sort, descending=down)]
        for sort in sites.PERSON_SORTABLE:
            seen[f"people {sort} {down}"] = [p.name for p in svc.people.list(sort=sort, descending=down)]
    seen["categories"] = svc.assets.categories()
    seen["contacts"] = [[c.name for c in svc.vendors.get(v.id).contacts] for v in svc.vendors.list()]
    for term in ("zoë", "ZOË", "abc", "café", "_", "1", "ø"):
        seen[f"search {term}"] = ([a.tag for a in svc.assets.list(search=term)],
                                  [s.name for s in svc.sites.list(search=term)],
                                  [v.name for v in svc.vendors.list(search=term)])
    for name in ("ABC site", "zoë's café site", "ØST SITE"):
        found = svc.sites.find(name)
        seen[f"find {name}"] = found.name if found else None
    return seen


def _exports(svc: Services, folder) -> dict[str, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    for kind in exporting.KINDS:
        exporting.export(svc, kind, folder / f"{kind}.csv")
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def _observe(svc: Services, folder, *, written_at: bool = True) -> dict[str, object]:
    """What a user could see of an office: every list, every export, every incident and vendor
    (without when each was last written, unless ``written_at``)."""
    ids = [i.id for i in svc.incidents.list(sort="ref", descending=False)]
    vendors = [svc.vendors.get(v.id) for v in svc.vendors.list(include_archived=True)]
    return {"lists": _lists(svc), "exports": _exports(svc, folder),
            "incidents": [svc.incidents.detail(i) for i in ids],
            "vendors": vendors if written_at else [replace(v, updated_at=None) for v in vendors]}


def _differences(here: dict, there: dict) -> list[str]:
    found = [k for k in here if k != "lists" and here[k] != there[k]]
    return found + [k for k in here["lists"] if here["lists"][k] != there["lists"][k]]


# (One Services at a time: opening one binds the models to its database.)
def test_the_same_office_lists_and_exports_the_same_on_both_backends(services, tmp_path):
    _office(services, tmp_path)
    here = _observe(services, tmp_path / "here")
    copy = transfer.write_sqlite_copy(services.db, tmp_path / "twin.sqlite3")
    services.close()
    twin = Services.open(copy)
    try:
        assert _differences(here, _observe(twin, tmp_path / "twin")) == []
    finally:
        twin.close()


# One file with every kind of cell that a backend could treat differently.
LONG = "x" * 300
TRICKY = (
    "Asset Tag,Name,Category,Site,Assigned To,Maintained By,Purchase Date,Purchase Cost,Notes,Colour\n"
    "t-1,First,laptop,annex,ann lee,FixIt Ltd,2024-02-29,0.125,,red\n"
    "T-2,Second,Laptop,ANNEX,Ann Lee,fixit ltd,2024-03-01,2.675,  padded  ,\n"
    "t-3,Third,LAPTOP,Zoë's Café,ZOË,FIXIT LTD,,\"1.234,50\",,blue\n"
    "T-1,Again,Printer,ZOË'S CAFÉ,zoë,,,\"99999999.99\",,\n"
    f"L-1,{LONG},,{LONG[:200]},,,,,{'n' * 10_000},{'c' * 1000}\n"
    f"L-2,{LONG[:255]},,{LONG[:255]},{LONG[:255]},{LONG[:255]},,,,\n"
    "Straße-1,Ball,,Straße,STRASSE,,,,,\n"
    "straße-2,Ball two,,STRASSE,straße,,,,,\n"
    "BIG-1,Too dear,,,,,,123456789012.50,,\n"
    "OK-1,Fine,,annex,,,2024-01-31,12.5,,\n"
)


def _import_outcome(svc: Services, data: bytes, **options) -> tuple:
    try:
        result = import_file(svc, "assets", data, **options)
    except ServiceError as exc:
        return ("refused", str(exc))
    return (result.committed, result.created, result.updated, result.linked_created, result.warnings,
            [(p.line, p.message) for p in result.problems], [(p.line, p.message) for p in result.skipped])


def _import_twice(svc: Services, folder, skip_bad: bool) -> list:
    data = TRICKY.encode()
    first = _import_outcome(svc, data, skip_bad=skip_bad)
    seen = _observe(svc, folder / "first", written_at=False)
    again = _import_outcome(svc, data, skip_bad=skip_bad)
    return [first, seen, again, _observe(svc, folder / "again", written_at=False)]


@pytest.mark.parametrize("skip_bad", [False, True])
def test_the_same_file_imports_the_same_on_both_backends(services, tmp_path, skip_bad):
    here = _import_twice(services, tmp_path / "here", skip_bad)
    services.close()
    twin = Services.open(tmp_path / "twin.sqlite3")
    try:
        there = _import_twice(twin, tmp_path / "twin", skip_bad)
    finally:
        twin.close()
    assert here[0] == there[0] and here[2] == there[2]
    assert _differences(here[1], there[1]) == [] and _differences(here[3], there[3]) == []
    assert here[0][0] is skip_bad  # (the file has bad rows: refused whole, or imported without them)


def _amounts(svc: Services) -> tuple:
    v = svc.vendors.create(name="Rates Ltd", callout_fee="0.5", hourly_rate="99999999.99")
    inc = svc.incidents.create(title="Costs", vendor=v.id, author="t")
    for amount in ("0.01", "10.1", "99999999.99", "1234.5"):
        svc.costs.add(inc.id, kind="parts", amount=amount, author="t")

    def attempt(**values) -> str:
        try:
            svc.assets.create(**values)
        except ServiceError as exc:
            return str(exc)
        return "stored " + repr(svc.assets.by_tag(values["tag"]).purchase_cost)

    tried = [attempt(tag=f"C-{cost}", name="n", purchase_cost=cost)
             for cost in ("123456789012.50", "99999999.99", "9999999999.99", "-1", "0.001", "1e3")]
    detail = svc.incidents.detail(inc.id)
    vendor = svc.vendors.find("Rates Ltd")
    return (tried, [c.amount for c in detail.costs], detail.incident.total_cost,
            (vendor.callout_fee, vendor.hourly_rate))


def test_amounts_are_stored_and_refused_alike(services, tmp_path):
    here = _amounts(services)
    services.close()
    twin = Services.open(tmp_path / "twin.sqlite3")
    try:
        there = _amounts(twin)
    finally:
        twin.close()
    assert here == there
    assert here[2] == sum(here[1])


def test_a_server_that_sorts_text_by_language_still_lists_as_sqlite_does(services, tmp_path):
    from data_support import on_server

    from desktop_app.services import base

    if not on_server(services.db):
        pytest.skip("about a database server's own collation")
    # Many office servers are made with a language's collation (en_US.UTF-8, a Windows install),
    # where text sorts "apple" before "Banana"; this one is C.UTF-8, so its text columns are
    # given the English collation, and FixDesk is told what it would find on such a server.
    text = services.db.execute_sql(
        "SELECT table_name, column_name, data_type, character_maximum_length FROM information_schema.columns "
        "WHERE table_schema = 'public' AND data_type IN ('character varying', 'text')").fetchall()
    for table, column, kind, length in text:
        kind = f"varchar({length})" if length else kind
        services.db.execute_sql(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE {kind} '
                                'COLLATE "en-x-icu"')
    assert base._sorts_by_code_point(services.db)  # (what it finds here: C.UTF-8)
    services.db._fixdesk_code_point_order = False
    _office(services, tmp_path)
    by_language = [r[0] for r in services.db.execute_sql('SELECT name FROM vendor ORDER BY name, id')]
    here = _observe(services, tmp_path / "here")
    assert here["lists"]["vendors name False"] != by_language  # the server alone would sort otherwise
    copy = transfer.write_sqlite_copy(services.db, tmp_path / "twin.sqlite3")
    services.close()
    twin = Services.open(copy)
    try:
        assert _differences(here, _observe(twin, tmp_path / "twin")) == []
    finally:
        twin.close()


def _names_in_any_case(svc: Services) -> tuple:
    """Finding, refusing a second and importing by a name written in other capitals."""
    svc.sites.create(name="Zoë's Café")
    svc.vendors.create(name="Łódź Serwis")
    svc.people.create(name="Zoë Ærø", site="ZOË'S CAFÉ")
    found = (svc.sites.find("ZOË'S CAFÉ").name, svc.vendors.find("łÓDŹ SERWIS").name,
             svc.people.find("ZOË ÆRØ").name)
    refused = []
    for make in (lambda: svc.sites.create(name="zoË'S CAFÉ"), lambda: svc.vendors.create(name="ŁÓDŹ serwis")):
        try:
            make()
        except ServiceError as exc:
            refused.append(str(exc))
    data = "Asset Tag,Name,Site,Assigned To,Maintained By\nPC-1,One,ZOË'S CAFÉ,ZOË ÆRØ,ŁÓDŹ SERWIS\n"
    result = import_file(svc, "assets", data.encode())
    asset = svc.assets.by_tag("PC-1")
    return (found, refused, result.linked_created, (asset.site_name, asset.person_name, asset.vendor_name),
            svc.sites.count(), len(svc.vendors.list()), len(svc.people.list()))


def test_names_match_in_any_case_on_both_backends_whatever_the_servers_collation(services, tmp_path):
    from data_support import on_server

    if on_server(services.db):
        # An office server made with the "C" locale folds only A-Z in its own LOWER().
        for table in ("site", "vendor", "person"):
            services.db.execute_sql(f'ALTER TABLE "{table}" ALTER COLUMN "name" TYPE varchar(255) '
                                    'COLLATE "C"')
    here = _names_in_any_case(services)
    services.close()
    twin = Services.open(tmp_path / "twin.sqlite3")
    try:
        there = _names_in_any_case(twin)
    finally:
        twin.close()
    assert here == there
    assert here[0] == ("Zoë's Café", "Łódź Serwis", "Zoë Ærø") and len(here[1]) == 2 and here[2] == []
