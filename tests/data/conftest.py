"""Fixtures for the data tests: an SMTP inbox on 127.0.0.1 and an office ready to e-mail a call-out."""

from __future__ import annotations

import datetime as dt

import pytest
from data_support import VENDOR_EMAIL, Inbox, start_server


@pytest.fixture
def inbox():
    box = Inbox()
    controller = start_server(box)
    box.port = controller.port  # type: ignore[attr-defined]
    yield box
    controller.stop()


@pytest.fixture
def office(services):
    """A vendor with an e-mail address and a new incident that names them."""
    services.settings.update(office_name="Harbour Street Dental", smtp_host="127.0.0.1",
                             smtp_security="none", smtp_sender="office@example.test", smtp_user="")
    services.vendors.create(name="FixIt Ltd", email=VENDOR_EMAIL, response_hours=4, callout_fee="95")
    services.assets.create(tag="PC-0007", name="Reception PC", serial="SN-778899")
    rec = services.incidents.create(title="Reception PC will not boot", vendor="FixIt Ltd", asset="PC-0007",
                                    priority="P2", opened_at=dt.datetime.now() - dt.timedelta(hours=1),
                                    author="Test")
    return services, rec


# The data suite runs on PostgreSQL too when FIXDESK_TEST_PG_URL is set (see tests/core/conftest.py).
from core.conftest import db_path  # noqa: E402, F401
