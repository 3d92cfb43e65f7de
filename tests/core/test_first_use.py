"""The core side of the first call-out: set-up makes a site, pickers get cheap rows, the
currency takes symbols, the timeline keeps its order within a minute, the demo is believable,
and print jobs go to CUPS as PDF with the options chosen."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from desktop_app import spool
from desktop_app.services import ValidationError, demo
from desktop_app.timeutil import now_utc


def test_set_up_office_makes_the_first_site_with_the_notes(services):
    services.settings.set_up_office(
        site={"access_notes": "Side door", "parking_notes": "Bay 3", "alarm_notes": "Code from Zoë"},
        office_name="Harbour Dental", office_address="12 Harbour St", office_phone="01632 960100",
        currency="£")
    assert services.settings.is_set_up() and services.settings.get("currency") == "GBP"
    (site,) = services.sites.list()
    assert (site.name, site.address, site.phone) == ("Harbour Dental", "12 Harbour St", "01632 960100")
    notes = (site.access_notes, site.parking_notes, site.alarm_notes)
    assert notes == ("Side door", "Bay 3", "Code from Zoë")
    assert services.sites.default_site_id() == site.id
    # Setting up again (from Settings) never makes a second site.
    services.settings.set_up_office(office_name="Harbour Dental Ltd")
    assert len(services.sites.list()) == 1


def test_set_up_office_needs_a_name_and_changes_nothing_without_it(services):
    with pytest.raises(ValidationError) as err:
        services.settings.set_up_office(office_name="  ", office_address="12 Harbour St")
    assert err.value.field == "office_name"
    assert services.sites.list() == [] and not services.settings.is_set_up()


@pytest.mark.parametrize(("typed", "code"), [("€", "EUR"), ("£", "GBP"), ("$", "USD"), ("chf", "CHF"),
                                              ("zł", "PLN")])
def test_currency_symbols_are_understood(services, typed, code):
    assert services.settings.update(currency=typed).currency == code


def test_a_bad_currency_is_still_refused(services):
    with pytest.raises(ValidationError):
        services.settings.update(currency="E1")
    assert services.settings.get("currency") == "EUR"


def test_picker_rows_next_tag_and_categories(services):
    services.sites.create(name="Main")
    services.assets.create(tag="PC-0001", name="Reception PC", serial="SN-9", model="OptiPlex",
                           location="Front desk", site="Main", category="Kiosk")
    services.assets.create(tag="PC-0002", name="Old PC", archived=True)
    (row,) = services.assets.choices()
    assert (row.tag, row.name, row.serial, row.model, row.location, row.site_name) == (
        "PC-0001", "Reception PC", "SN-9", "OptiPlex", "Front desk", "Main")
    assert services.assets.next_tag() == "PC-0003"  # archived tags stay taken
    assert services.assets.next_tag("pr") == "PR-0001"
    categories = services.assets.category_choices()
    assert {"Desktop PC", "Laptop", "Printer", "Kiosk"} <= set(categories)
    assert categories == sorted(categories, key=str.lower)


def test_timeline_keeps_the_order_things_were_recorded_in_within_a_minute(services):
    vendor = services.vendors.create(name="BrightFix", response_hours="4")
    opened = now_utc().replace(second=40, microsecond=0) - dt.timedelta(hours=1)
    incident = services.incidents.create(title="No picture", opened_at=opened)
    # Called out "at 14:30" typed in the form (no seconds) after the log entry at 14:30:40.
    services.workflow.transition(incident.id, "called_out", vendor=vendor.id,
                                 at=opened.replace(second=0) + dt.timedelta(seconds=0))
    texts = [e.text for e in services.incidents.detail(incident.id).events]
    assert texts[0].startswith("Incident logged") and texts[1].startswith("Called out")


def test_demo_office_is_believable(services):
    demo.build(services.db, assets=60, incidents=300)
    incidents = services.incidents.list()
    by_title = {}
    for inc in incidents:
        by_title.setdefault(inc.title.rsplit(" (", 1)[0], set()).add(inc.priority)
    assert by_title.get("Internet down", {"P1"}) == {"P1"}
    assert by_title.get("Prints blank pages", {"P3"}) == {"P3"}
    names = [a.name for a in services.assets.list(include_archived=True)]
    # Named as an office names things, not "<category> <number>" ("Internet 6").
    assert not [n for n in names if re.fullmatch(r"(Internet|Desktop PC|Network|Phone|Server) \d+", n)]
    assert "Reception PC" in names
    counts = Counter(a.category for a in services.assets.list(include_archived=True))
    assert counts["Internet"] <= 1 and counts["Copier"] <= 2 and counts["Desktop PC"] >= 10
    internet = {a.id for a in services.assets.list(include_archived=True) if a.category == "Internet"}
    for inc in incidents:
        if inc.asset_id in internet:
            assert "phone" not in inc.title.lower() and "call" not in inc.title.lower()
            assert inc.cause in ("", "Line fault at the exchange")


def test_lp_arguments_carry_the_print_dialog_choices():
    job = spool.PrintJob(printer="Office_Laser", title="Call-out form INC-2026-0001", copies=2,
                         first_page=1, last_page=1, sides="two-sided-long-edge")
    args = spool.lp_arguments(job, "/tmp/x.pdf")
    assert args[:6] == ["-d", "Office_Laser", "-t", "Call-out form INC-2026-0001", "-n", "2"]
    assert args[6:8] == ["-P", "1-1"] and "sides=two-sided-long-edge" in args and args[-1] == "/tmp/x.pdf"
    assert "--" in args  # a file name starting with "-" is never read as an option


def test_a_refused_job_is_one_sentence(monkeypatch):
    if spool.lp_command() is None:
        pytest.skip("no lp on this system")
    with pytest.raises(spool.SpoolError) as err:
        spool.send_pdf(b"%PDF-1.4\n", spool.PrintJob(printer="no-such-queue-fixdesk"))
    assert str(err.value).startswith("Printer no-such-queue-fixdesk refused the job:")
