"""The vendor address book."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.services import Refused, ValidationError

from .core_support import table_dump


def test_vendor_with_contacts_money_and_promise(services):
    vendor = services.vendors.create(
        name="BrightFix", kind="it_breakfix", callout_fee="€95", hourly_rate="1.234,50",
        minimum_charge="120", response_hours="4", email="desk@brightfix.example",
        contacts=[{"name": "Dave", "role": "Lead", "phone": "0123"}, {"name": "Rita"}])
    assert vendor.callout_fee == Decimal("95.00")
    assert vendor.hourly_rate == Decimal("1234.50")  # comma decimal, dot thousands
    assert vendor.response_hours == 4.0
    assert [c.name for c in vendor.contacts] == ["Dave", "Rita"]
    assert vendor.kind_label == "IT break-fix"


@pytest.mark.parametrize(("field", "value", "message"), [
    ("callout_fee", "lots", "Call-out fee lots is not an amount of money."),
    ("hourly_rate", "-5", "Hourly rate cannot be negative."),
    ("response_hours", "soon", "Response time (hours) soon is not a number."),
    ("kind", "plumber", "Kind plumber is not one of:"),
    ("email", "not-an-address", "E-mail not-an-address is not an e-mail address."),
])
def test_bad_vendor_input_names_the_field_and_changes_nothing(services, db_path, field, value, message):
    before = table_dump(db_path)
    with pytest.raises(ValidationError) as err:
        services.vendors.create(name="Acme", **{field: value})
    assert err.value.field == field
    assert str(err.value).startswith(message)
    assert table_dump(db_path) == before


def test_vendor_name_unique_case_insensitively(services):
    services.vendors.create(name="Acme")
    with pytest.raises(ValidationError, match="A vendor called ACME already exists."):
        services.vendors.create(name="ACME")
    other = services.vendors.create(name="Other")
    with pytest.raises(ValidationError):
        services.vendors.update(other.id, name="acme")
    assert services.vendors.get(other.id).name == "Other"


def test_bad_contact_is_reported_against_contacts(services, db_path):
    before = table_dump(db_path)
    with pytest.raises(ValidationError) as err:
        services.vendors.create(name="Acme", contacts=[{"name": "Bob", "email": "bob at acme"}])
    assert err.value.field == "contacts"
    assert table_dump(db_path) == before


def test_update_merges_contacts_row_by_row(services):
    vendor = services.vendors.create(name="Acme", contacts=[{"name": "Ann"}, {"name": "Ben"}])
    ann = next(c for c in vendor.contacts if c.name == "Ann")
    ben = next(c for c in vendor.contacts if c.name == "Ben")
    # Another PC adds Dee while this one edits Ann, adds Cat and removes Ben.
    services.vendors.add_contact(vendor.id, name="Dee")
    updated = services.vendors.update(vendor.id, contacts=[{"id": ann.id, "name": "Ann Lee"},
                                                           {"name": "Cat"}],
                                      remove_contacts=[ben.id])
    assert sorted(c.name for c in updated.contacts) == ["Ann Lee", "Cat", "Dee"]
    assert updated.version == vendor.version + 2


def test_vendor_used_by_incidents_cannot_be_deleted(office, db_path):
    vendor = office.vendors.find("BrightFix")
    office.incidents.create(title="PC dead", asset="PC-0001")
    before = table_dump(db_path)
    with pytest.raises(Refused) as err:
        office.vendors.delete(vendor.id)
    assert str(err.value) == ("Vendor BrightFix is used by 1 incident(s) and 1 asset(s); "
                              "archive it instead.")
    assert table_dump(db_path) == before
    office.vendors.archive(vendor.id)
    assert "BrightFix" not in [v.name for v in office.vendors.list()]
    assert office.vendors.get(vendor.id).archived


def test_unused_vendor_is_deleted_with_its_contacts(services):
    vendor = services.vendors.create(name="Temp", contacts=[{"name": "Ann"}])
    services.vendors.delete(vendor.id)
    assert services.vendors.find("Temp") is None
    assert services.vendors.count() == 0


def test_vendor_search(services):
    services.vendors.create(name="BrightFix", account_number="BF-20931")
    services.vendors.create(name="NetLine", phone="0800 123")
    assert [v.name for v in services.vendors.list(search="bf-209")] == ["BrightFix"]
    assert [v.name for v in services.vendors.list(search="0800")] == ["NetLine"]


def test_search_wildcards_are_literal(services):
    services.vendors.create(name="Acme")
    services.vendors.create(name="50% Off Repairs")
    services.sites.create(name="Main")
    services.people.create(name="Ann")
    assert [v.name for v in services.vendors.list(search="%")] == ["50% Off Repairs"]
    assert services.vendors.list(search="_") == []
    assert services.sites.list(search="_") == [] and services.people.list(search="%") == []


def test_portal_password_is_kept_by_vendor_id_and_deleted_with_the_vendor(services, memory_keyring):
    vendor = services.vendors.create(name="BrightFix")
    services.vendors.set_portal_password(vendor.id, "s3cret-portal")
    services.vendors.update(vendor.id, name="BrightFix Ltd")  # a rename orphans nothing
    assert services.vendors.portal_password(vendor.id) == "s3cret-portal"
    assert memory_keyring.store == {("FixDesk", f"vendor-portal:{vendor.id}"): "s3cret-portal"}
    services.vendors.delete(vendor.id)
    assert memory_keyring.store == {}


def test_a_portal_password_saved_under_the_vendor_name_moves_to_its_id(services, memory_keyring):
    vendor = services.vendors.create(name="OldStyle")
    memory_keyring.store[("FixDesk", "vendor-portal:OldStyle")] = "kept"
    assert services.vendors.portal_password(vendor.id) == "kept"
    assert memory_keyring.store == {("FixDesk", f"vendor-portal:{vendor.id}"): "kept"}
