"""Every editable record carries a version; a save from an older copy is refused with who
changed it, and nothing is written.  Run on SQLite and (with FIXDESK_TEST_PG_URL) PostgreSQL."""

from __future__ import annotations

import json

import pytest

from desktop_app.cli import main
from desktop_app.models import Asset, Incident, IncidentEvent, Person, Site, Vendor, VendorContact
from desktop_app.services import Conflict, Services, ValidationError
from desktop_app.services.base import this_host

from .backends import BACKENDS, location


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path):
    return location(request.param, tmp_path)


@pytest.fixture
def svc(db):
    services = Services.open(db)
    services.settings.update(user_name="Sam")
    yield services
    services.close()


def snapshot() -> list[tuple]:
    """Every row of the tables an edit could touch (backend-neutral)."""
    out = []
    for model in (Site, Person, Vendor, VendorContact, Asset, Incident, IncidentEvent):
        out += [tuple(sorted(r.items())) for r in model.select().order_by(model.id).dicts()]
    return out


def test_every_write_to_an_incident_moves_its_version_on(svc, tmp_path):
    svc.vendors.create(name="BrightFix")
    inc = svc.incidents.create(title="Printer jams", vendor="BrightFix")
    assert inc.version == 1
    seen = [inc.version]

    def now() -> int:
        seen.append(svc.incidents.get(inc.id).version)
        return seen[-1]

    svc.incidents.update(inc.id, title="Printer jams on tray 2")
    assert now() == 2
    svc.incidents.update(inc.id, title="Printer jams on tray 2")  # nothing changed: no write
    assert now() == 2
    svc.workflow.transition(inc.id, "called_out")
    svc.workflow.add_note(inc.id, "Rang them")
    cost = svc.costs.add(inc.id, kind="parts", amount="12")
    svc.costs.remove(cost.id)
    photo = tmp_path / "screen.png"
    photo.write_bytes(b"png")
    attachment = svc.costs.attach(inc.id, photo)
    svc.costs.remove_attachment(attachment.id)
    assert now() == 8
    rec = svc.incidents.get(inc.id)
    assert (rec.version, rec.total_cost) == (8, 0)
    assert (rec.updated_by, rec.updated_host) == ("Sam", this_host())
    asset = svc.assets.create(tag="PC-0001", name="Reception PC")
    assert (asset.version, asset.updated_by, asset.updated_host) == (1, "Sam", this_host())


@pytest.mark.parametrize("kind", ["site", "person", "vendor", "asset", "incident"])
def test_a_save_from_an_older_copy_is_refused_naming_who_changed_it(svc, kind):
    svc.sites.create(name="Harbour Street")
    makers = {
        "site": (svc.sites, lambda: svc.sites.find("Harbour Street"), {"phone": "0123"},
                 "Site Harbour Street"),
        "person": (svc.people, lambda: svc.people.create(name="Zoë Hartley"), {"phone": "0123"},
                   "Zoë Hartley"),
        "vendor": (svc.vendors, lambda: svc.vendors.create(name="BrightFix"), {"phone": "0123"},
                   "Vendor BrightFix"),
        "asset": (svc.assets, lambda: svc.assets.create(tag="PC-0001", name="Reception PC"),
                  {"model": "Optiplex"}, "Asset PC-0001"),
        "incident": (svc.incidents, lambda: svc.incidents.create(title="PC dead"), {"priority": "P1"},
                     None),
    }
    service, make, change, label = makers[kind]
    mine = make()
    assert mine.version >= 1
    # Another PC (Alex on RECEPTION-PC, as far as the record is concerned) saves first.
    theirs = service.update(mine.id, expected_version=mine.version, **change)
    assert theirs.version == mine.version + 1
    model = {"site": Site, "person": Person, "vendor": Vendor, "asset": Asset, "incident": Incident}[kind]
    model.update(updated_by="Alex", updated_host="RECEPTION-PC").where(model.id == mine.id).execute()
    before = snapshot()
    field = "notes" if kind in ("vendor", "asset") else "description" if kind == "incident" else "email"
    value = "zoe@example.com" if field == "email" else "Mine"
    if kind == "site":
        field, value = "access_notes", "Mine"
    with pytest.raises(Conflict) as err:
        service.update(mine.id, expected_version=mine.version, **{field: value})
    label = label or theirs.ref  # type: ignore[attr-defined]
    assert str(err.value) == f"{label} was changed by Alex on RECEPTION-PC a moment ago."
    assert (err.value.changed_by, err.value.changed_host) == ("Alex", "RECEPTION-PC")
    assert err.value.current.version == theirs.version
    assert snapshot() == before
    # Applying mine on top of theirs: from their version it is accepted, theirs kept.
    merged = service.update(mine.id, expected_version=err.value.current.version, **{field: value})
    assert getattr(merged, field) == value
    assert all(getattr(merged, k) == getattr(theirs, k) for k in change)


def test_a_10000_character_title_gets_the_same_answer_on_every_backend(svc):
    before = snapshot()
    with pytest.raises(ValidationError) as err:
        svc.incidents.create(title="x" * 10_000)
    assert (err.value.field, str(err.value)) == (
        "title", "Title is too long (10,000 characters; the limit is 255).")
    with pytest.raises(ValidationError, match="Name is too long"):
        svc.vendors.create(name="V" * 256)
    assert snapshot() == before
    inc = svc.incidents.create(title="t" * 255, description="d" * 50_000)  # both at home anywhere
    assert len(svc.incidents.get(inc.id).title) == 255
    with pytest.raises(ValidationError, match=r"Description is too long \(100,001 characters"):
        svc.incidents.update(inc.id, description="d" * 100_001)


class Cli:
    def __init__(self, db: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.db, self.capsys = db, capsys

    def __call__(self, *argv: str, code: int = 0) -> str:
        result = main(["--db", self.db, *argv])
        out, self.err = self.capsys.readouterr()
        assert result == code, f"exit {result}, stderr: {self.err}"
        return out


def test_cli_edit_with_if_version(db, capsys):
    cli = Cli(db, capsys)
    ref = cli("add", "incident", "--title", "Fax on fire").strip()
    shown = json.loads(cli("show", "incident", ref, "--json"))
    assert shown["version"] == 1
    out = cli("incident", ref, "edit", "--title", "Fax smoking", "--priority", "P1", "--description",
              "Smells of toast", "--vendor-ref", "JOB-9", "--users-affected", "4", "--if-version", "1")
    assert out.strip() == f"{ref} saved (version 2)"
    shown = json.loads(cli("show", "incident", ref, "--json"))
    assert (shown["title"], shown["priority"], shown["description"], shown["vendor_ref"],
            shown["users_affected"], shown["version"]) == ("Fax smoking", "P1", "Smells of toast",
                                                          "JOB-9", 4, 2)
    cli("incident", ref, "note", "Called the vendor")
    assert json.loads(cli("show", "incident", ref, "--json"))["version"] == 3
    before = cli("show", "incident", ref, "--json")
    cli("incident", ref, "edit", "--title", "Stale", "--if-version", "2", code=1)
    office = Services.open(db)
    author = office.author()
    office.close()
    assert cli.err == f"fixdesk: {ref} was changed by {author} on {this_host()} a moment ago.\n"
    assert cli("show", "incident", ref, "--json") == before
    cli("incident", ref, "edit", "--title", "x" * 300, code=1)
    assert cli.err == "fixdesk: Title is too long (300 characters; the limit is 255).\n"
    cli("incident", ref, "edit", code=1)
    assert cli.err.startswith("fixdesk: Nothing to change")
    assert cli("show", "incident", ref, "--json") == before
    # Without --if-version the edit simply applies.
    cli("incident", ref, "edit", "--priority", "P2")
    assert json.loads(cli("show", "incident", ref, "--json"))["version"] == 4


def test_an_import_that_changes_an_asset_moves_its_version_on(svc):
    asset = svc.assets.create(tag="PC-0001", name="Reception PC")
    with svc.db.atomic():
        svc.assets.bulk_upsert([{"tag": "PC-0001", "name": "Front desk PC"},
                                {"tag": "PC-0002", "name": "New"}])
    assert svc.assets.get(asset.id).version == asset.version + 1
    with svc.db.atomic():
        svc.assets.bulk_upsert([{"tag": "pc-0001", "name": "Front desk PC"}])  # nothing changes
    assert svc.assets.get(asset.id).version == asset.version + 1
    with pytest.raises(Conflict, match=f"Asset PC-0001 was changed by someone else on {this_host()}"):
        svc.assets.update(asset.id, expected_version=asset.version, model="Optiplex")
