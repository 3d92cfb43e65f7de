"""Sort and search options the register pages rely on (vendors, sites, people), and
contact errors reported against the "contacts" field."""

from __future__ import annotations

import pytest

from desktop_app.services import ValidationError


def test_vendor_list_sorts_by_rate_both_ways(services):
    services.vendors.create(name="Cheap", hourly_rate="40")
    services.vendors.create(name="Dear", hourly_rate="120")
    services.vendors.create(name="Middle", hourly_rate="75")
    assert [v.name for v in services.vendors.list(sort="hourly_rate")] == ["Cheap", "Middle", "Dear"]
    assert [v.name for v in services.vendors.list(sort="hourly_rate", descending=True)] == \
        ["Dear", "Middle", "Cheap"]
    assert [v.name for v in services.vendors.list(sort="no-such-column")] == ["Cheap", "Dear", "Middle"]


def test_site_search_and_people_sorted_by_site(services):
    services.sites.create(name="Harbour Street", address="12 Harbour Street\nPortwell")
    services.sites.create(name="Branch", address="Vestergade 3")
    assert [s.name for s in services.sites.list(search="portwell")] == ["Harbour Street"]
    services.people.create(name="Ann", site="Harbour Street")
    services.people.create(name="Bob", site="Branch")
    assert [p.name for p in services.people.list(sort="site")] == ["Bob", "Ann"]
    assert [p.name for p in services.people.list(sort="name", descending=True)] == ["Bob", "Ann"]


def test_contact_problems_are_reported_against_contacts(services):
    with pytest.raises(ValidationError) as err:
        services.vendors.create(name="NetLine", email="faults@netline.example",
                                contacts=[{"name": "Ann", "email": "not-an-address"}])
    assert err.value.field == "contacts" and "not-an-address" in err.value.message
    assert services.vendors.count() == 0
    vendor = services.vendors.create(name="NetLine")
    with pytest.raises(ValidationError) as err:
        services.vendors.update(vendor.id, contacts=[{"name": ""}])
    assert err.value.field == "contacts" and "Contact name is required" in err.value.message
    assert services.vendors.get(vendor.id).contacts == ()
