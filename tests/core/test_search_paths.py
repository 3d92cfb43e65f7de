"""The incidents list's fast paths give exactly what a plain reading gives.

Search answers through an FTS5 UNION, broad matches are read in sort order, and a
count is remembered for a moment; each must agree with filtering every incident
by hand, stay in step with edits and deletes, and page without gaps or repeats.
"""

from __future__ import annotations

import pytest

from desktop_app.records import IncidentFilter
from desktop_app.services import demo


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    from desktop_app.services import Services

    svc = Services.open(tmp_path_factory.mktemp("search") / "office.sqlite3")
    demo.build(svc.db, assets=60, incidents=2500)
    yield svc
    svc.close()


def by_hand(svc, term: str) -> list[int]:
    """Every incident whose text, asset or vendor contains ``term``, newest first."""
    needle = term.lower()
    hits = []
    for rec in svc.incidents.list(IncidentFilter()):
        haystack = [rec.ref, rec.title, rec.description, rec.cause, rec.resolution,
                    rec.asset_tag, rec.asset_name, rec.vendor_name]
        if any(needle in (text or "").lower() for text in haystack):
            hits.append(rec)
    hits.sort(key=lambda r: (r.opened_at, r.id), reverse=True)
    return [r.id for r in hits]


@pytest.mark.parametrize("term", ["BrightFix", "printer", "PC-000", "disk", "INC-", "zzzq", "Wi-Fi"])
def test_search_matches_a_plain_reading(office, term):
    expected = by_hand(office, term)
    flt = IncidentFilter(search=term)
    assert office.incidents.count(flt) == len(expected)
    got = [r.id for r in office.incidents.page(flt, "opened", True, 0, len(expected) + 10)]
    assert got == expected


def test_a_broad_search_takes_the_sorted_path_and_still_agrees(office, monkeypatch):
    from desktop_app.services import incidents

    monkeypatch.setattr(incidents, "BROAD_SEARCH", 200)  # a small office, so a lower bar
    term = "BrightFix"
    expected = by_hand(office, term)
    assert len(expected) > incidents.BROAD_SEARCH  # the broad-match path is the one tested
    first_screen = office.incidents.page(IncidentFilter(search=term), "opened", True, 0, 40)
    assert [r.id for r in first_screen] == expected[:40]
    by_title = office.incidents.page(IncidentFilter(search=term), "title", False, 0, 40)
    everything = sorted((r for r in office.incidents.list(IncidentFilter()) if r.id in set(expected)),
                        key=lambda r: (r.title, r.id))
    assert [r.id for r in by_title] == [r.id for r in everything[:40]]


def test_search_with_a_status_filter(office):
    term = "printer"
    flt = IncidentFilter(search=term, statuses=("closed",))
    expected = [i for i in by_hand(office, term) if office.incidents.get(i).status == "closed"]
    assert office.incidents.count(flt) == len(expected)
    assert [r.id for r in office.incidents.page(flt, limit=len(expected) + 1)] == expected


@pytest.mark.parametrize("sort", ["title", "priority", "status", "response_due", "vendor", "asset"])
def test_paging_in_any_order_has_no_gaps_or_repeats(office, sort):
    flt = IncidentFilter()
    total = office.incidents.count(flt)
    seen = []
    for offset in range(0, total, 300):
        seen += [r.id for r in office.incidents.page(flt, sort, False, offset, 300)]
    assert len(seen) == total == len(set(seen))


def test_search_follows_edits_and_deletes(services):
    svc = services
    rec = svc.incidents.create(title="Scanner jams on duplex")
    assert [r.id for r in svc.incidents.page(IncidentFilter(search="duplex"))] == [rec.id]
    svc.incidents.update(rec.id, title="Copier streaks on every page")
    assert svc.incidents.count(IncidentFilter(search="duplex")) == 0
    assert [r.id for r in svc.incidents.page(IncidentFilter(search="streaks"))] == [rec.id]
    svc.incidents.delete(rec.id)
    assert svc.incidents.count(IncidentFilter(search="streaks")) == 0
    assert svc.incidents.page(IncidentFilter(search="streaks")) == []


def test_a_remembered_count_is_dropped_after_a_write(services):
    svc = services
    svc.incidents.create(title="Router reboot loop")
    flt = IncidentFilter(search="reboot")
    assert svc.incidents.count(flt) == 1
    svc.incidents.create(title="Another reboot after the update")
    assert svc.incidents.count(flt) == 2
