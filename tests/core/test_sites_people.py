"""Sites and people: create, update, archive, delete, and the refusals."""

from __future__ import annotations

import pytest

from desktop_app.services import NotFound, Refused, ValidationError

from .core_support import table_dump


def test_site_create_update_and_list(services):
    site = services.sites.create(name="  Harbour Street  ", address="12 Harbour St",
                                 opening_hours="Mon-Fri 9-5", contact_name="Zoë")
    assert site.name == "Harbour Street"  # surrounding blanks are not part of a name
    services.sites.update(site.id, phone="+44 1632 960100")
    assert services.sites.get(site.id).phone == "+44 1632 960100"
    assert [s.name for s in services.sites.list()] == ["Harbour Street"]


def test_site_name_required_and_unique_case_insensitively(services, db_path):
    with pytest.raises(ValidationError) as err:
        services.sites.create(name="   ")
    assert err.value.field == "name" and "Name is required" in str(err.value)
    services.sites.create(name="Main office")
    before = table_dump(db_path)
    with pytest.raises(ValidationError) as err:
        services.sites.create(name="MAIN OFFICE")
    assert err.value.field == "name" and "already exists" in str(err.value)
    assert table_dump(db_path) == before


def test_site_archive_hides_it_from_the_default_list(services):
    site = services.sites.create(name="Old branch")
    services.sites.update(site.id, archived=True)
    assert services.sites.list() == []
    assert [s.name for s in services.sites.list(include_archived=True)] == ["Old branch"]


def test_site_in_use_cannot_be_deleted(services, db_path):
    site = services.sites.create(name="Main")
    services.assets.create(tag="PC-1", name="PC", site="Main")
    before = table_dump(db_path)
    with pytest.raises(Refused, match="Site Main still has assets or people; archive it instead."):
        services.sites.delete(site.id)
    assert table_dump(db_path) == before
    empty = services.sites.create(name="Empty")
    services.sites.delete(empty.id)
    assert services.sites.find("empty") is None


def test_person_create_with_site_by_name(services):
    services.sites.create(name="Main")
    person = services.people.create(name="Łukasz Nowak", email="l@example.com", site="main")
    assert person.site_name == "Main"
    with pytest.raises(ValidationError) as err:
        services.people.create(name="Nobody", site="Atlantis")
    assert err.value.field == "site" and str(err.value) == "There is no site called Atlantis."


def test_person_who_reported_an_incident_cannot_be_deleted(services, db_path):
    person = services.people.create(name="Priya Raman")
    services.incidents.create(title="Mouse broken", reported_by="Priya Raman")
    before = table_dump(db_path)
    with pytest.raises(Refused, match="Priya Raman has assets or reported incidents"):
        services.people.delete(person.id)
    assert table_dump(db_path) == before
    services.people.update(person.id, archived=True)
    assert services.people.list() == []


def test_unknown_ids_are_not_found(services):
    with pytest.raises(NotFound, match="There is no site with id 99."):
        services.sites.get(99)
    with pytest.raises(NotFound):
        services.people.delete(99)


def test_an_ambiguous_name_is_refused_not_guessed(services, db_path):
    services.people.create(name="Tom")
    services.people.create(name="tom")
    before = table_dump(db_path)
    with pytest.raises(ValidationError) as err:
        services.incidents.create(title="Who?", reported_by="TOM")
    assert err.value.field == "reported_by"
    assert str(err.value) == "More than one person is called TOM; choose one from the list."
    assert table_dump(db_path) == before
    tom = services.people.list()[0]
    assert services.incidents.create(title="Him", reported_by=tom.id).reported_by_name == tom.name


def test_names_match_whatever_their_case_beyond_ascii(services):
    services.sites.create(name="Ærøskøbing branch")
    services.people.create(name="Łukasz Żółć", site="ÆRØSKØBING BRANCH")
    assert services.people.find("ŁUKASZ ŻÓŁĆ").site_name == "Ærøskøbing branch"
    assert services.sites.find("ærøskøbing BRANCH") is not None
