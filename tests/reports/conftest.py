"""An office with Unicode names, a vendor with rates, and an incident ready for its call-out form."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.timeutil import now_utc


@pytest.fixture
def office(services):
    """services with one site, people, a vendor, two assets and one called-out incident."""
    services.settings.update(office_name="Łukasz & Zoë Accountants", currency="EUR", paper_size="A4",
                             office_address="Vestergade 3, 5970 Ærøskøbing", office_phone="+45 62 52 10 10")
    services.sites.create(name="Vestergade branch", address="Vestergade 3\n5970 Ærøskøbing\nDenmark",
                          opening_hours="Mon-Thu 09:00-16:00",
                          access_notes="Key safe by the side entrance; ask for the code by phone.",
                          contact_name="Zoë Hartley", contact_phone="+45 20 12 34 56",
                          backup_contact_name="李雷", backup_contact_phone="+45 20 65 43 21")
    reporter = services.people.create(name="Łukasz Nowak", site="Vestergade branch")
    vendor = services.vendors.create(name="BrightFix IT Services", phone="+44 1632 960200",
                                     callout_fee="85.00", hourly_rate="60.00", minimum_charge="95.00",
                                     response_hours="4", account_number="BF-778")
    today = dt.date.today()
    services.assets.create(tag="PC-0007", name="Reception PC", manufacturer="Dell",
                                  model="OptiPlex 7010", serial="SN-4Q7Z-9981", site="Vestergade branch",
                                  location="Reception", purchase_date=today - dt.timedelta(days=200),
                                  warranty_end=today + dt.timedelta(days=400), vendor=vendor.id)
    services.assets.create(tag="PR-0001", name="Old printer", manufacturer="Brother", model="HL-2270",
                           serial="BR-0001", warranty_end=today - dt.timedelta(days=10))
    opened = now_utc() - dt.timedelta(hours=3)
    incident = services.incidents.create(
        title="PC will not boot", description="Fans spin, no picture; beeps three times.",
        error_messages="No boot device found", tried="Reseated the RAM", asset="PC-0007",
        reported_by=reporter.id, priority="P2", users_affected=2,
        po_number="PO-2231", spend_cap="400.00", authorised_by="Zoë Hartley", opened_at=opened)
    services.workflow.transition(incident.id, "called_out", at=opened + dt.timedelta(minutes=10),
                                 vendor_ref="BF-JOB-5531")
    return services


# The report suite runs on PostgreSQL too when FIXDESK_TEST_PG_URL is set (see tests/core/conftest.py).
from core.conftest import db_path  # noqa: E402, F401
