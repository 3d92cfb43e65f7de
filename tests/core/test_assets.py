"""The asset register."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop_app.services import NotFound, Refused, ValidationError

from .core_support import table_dump


def test_asset_with_every_link(office):
    office.people.create(name="Tom Becker")
    asset = office.assets.create(
        tag="LT-0007", name="Tom's laptop", category="Laptop", manufacturer="Lenovo",
        model="T14", serial="PF-1", site="harbour street", location="Open-plan",
        person="Tom Becker", status="in_use", purchase_date="2024-03-01", purchase_cost="1,150.00",
        supplier="TechBuy", warranty_end="2027-03-01", vendor="brightfix", hostname="lt-0007",
        ip_address="192.168.10.7", custom_fields={"ram": "16 GB"})
    assert (asset.site_name, asset.person_name, asset.vendor_name) == (
        "Harbour Street", "Tom Becker", "BrightFix")
    assert asset.purchase_cost == Decimal("1150.00")
    assert asset.purchase_date == dt.date(2024, 3, 1)
    assert asset.custom_fields == {"ram": "16 GB"}
    assert asset.make_model == "Lenovo T14"
    assert asset.under_warranty(dt.date(2027, 3, 1))
    assert not asset.under_warranty(dt.date(2027, 3, 2))
    assert asset.warranty_state(dt.date(2028, 1, 1)) == "Warranty ended 2027-03-01"


@pytest.mark.parametrize(("field", "value", "message"), [
    ("warranty_end", "2024-02-30", "Warranty end 2024-02-30 is not a date"),
    ("purchase_date", "yesterday", "Purchase date yesterday is not a date"),
    ("purchase_cost", "a lot", "Purchase cost a lot is not an amount of money."),
    ("status", "broken", "Status broken is not one of: in_use, spare, in_repair, retired."),
    ("custom_fields", "[1, 2]", "Custom fields must be a JSON object."),
    ("vendor", "Nobody Ltd", "There is no vendor called Nobody Ltd."),
    ("site", "Atlantis", "There is no site called Atlantis."),
    ("name", "", "Name is required."),
])
def test_bad_asset_input_names_the_field_and_changes_nothing(office, db_path, field, value, message):
    before = table_dump(db_path)
    values = {"tag": "PC-0099", "name": "New PC", field: value}
    with pytest.raises(ValidationError) as err:
        office.assets.create(**values)
    assert err.value.field == field
    assert str(err.value).startswith(message)
    assert table_dump(db_path) == before


def test_warranty_cannot_end_before_purchase(services):
    with pytest.raises(ValidationError) as err:
        services.assets.create(tag="X-1", name="X", purchase_date="2024-05-01", warranty_end="2024-04-30")
    assert err.value.field == "warranty_end"
    asset = services.assets.create(tag="X-1", name="X", purchase_date="2024-05-01")
    with pytest.raises(ValidationError):
        services.assets.update(asset.id, warranty_end="2023-01-01")


def test_duplicate_tag_refused_case_insensitively(office, db_path):
    before = table_dump(db_path)
    with pytest.raises(ValidationError) as err:
        office.assets.create(tag="pc-0001", name="Another PC")
    assert err.value.field == "tag"
    assert str(err.value) == "Asset tag pc-0001 is already used by PC-0001 (Reception PC)."
    assert table_dump(db_path) == before
    printer = office.assets.by_tag("PR-0001")
    with pytest.raises(ValidationError):
        office.assets.update(printer.id, tag="Pc-0001")
    # Re-casing its own tag is fine.
    assert office.assets.update(printer.id, tag="pr-0001").tag == "pr-0001"
    assert office.assets.by_tag("PR-0001").id == printer.id


def test_asset_with_incidents_cannot_be_deleted_only_archived(office, db_path):
    pc = office.assets.by_tag("PC-0001")
    office.incidents.create(title="Blue screen", asset="PC-0001")
    before = table_dump(db_path)
    with pytest.raises(Refused, match=r"Asset PC-0001 has 1 incident\(s\) on record; archive it instead."):
        office.assets.delete(pc.id)
    assert table_dump(db_path) == before
    office.assets.archive(pc.id)
    assert "PC-0001" not in [a.tag for a in office.assets.list()]
    assert "PC-0001" in [a.tag for a in office.assets.list(include_archived=True)]
    printer = office.assets.by_tag("PR-0001")
    office.assets.delete(printer.id)
    with pytest.raises(NotFound):
        office.assets.get(printer.id)


def test_asset_search_status_and_history(office):
    office.assets.create(tag="SP-1", name="Spare monitor", status="spare")
    assert [a.tag for a in office.assets.list(search="sn123")] == ["PC-0001"]
    assert [a.tag for a in office.assets.list(status="spare")] == ["SP-1"]
    assert [a.tag for a in office.assets.list(search="_")] == []  # LIKE wildcards taken literally
    inc = office.incidents.create(title="Slow", asset="PC-0001")
    office.costs.add(inc.id, kind="parts", amount="40")
    history = office.assets.history(office.assets.by_tag("PC-0001").id)
    assert history.incident_count == 1 and history.total_cost == Decimal("40.00")
