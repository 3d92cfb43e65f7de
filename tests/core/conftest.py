"""Helpers for the core tests: a small office to work on, and a snapshot of every table.

Nothing here imports Qt; the core must work (and be tested) without a display.
"""

from __future__ import annotations

import pytest

from .backends import BACKENDS, location


@pytest.fixture(params=BACKENDS)
def db_path(request, tmp_path):
    """Where the test's database lives: a fresh SQLite file, and (when FIXDESK_TEST_PG_URL is
    set, as in CI) the emptied PostgreSQL database, so every service and CLI test here runs on
    both backends.  A test about SQLite files themselves is marked ``sqlite_only``."""
    if request.param == "postgresql" and request.node.get_closest_marker("sqlite_only"):
        pytest.skip("about the SQLite file itself")
    where = location(request.param, tmp_path)
    return tmp_path / "fixdesk.sqlite3" if request.param == "sqlite" else PgLocation(where)


class PgLocation(str):
    """A PostgreSQL URL standing where tests expect a database path (``--db``, ``Services.open``,
    ``table_dump``)."""


@pytest.fixture
def office(services):
    """One site, one person, two vendors (one with a 4-hour promise) and two assets."""
    svc = services
    svc.sites.create(name="Harbour Street", address="12 Harbour Street", access_notes="Blue door")
    svc.people.create(name="Zoë Hartley", email="zoe@example.com", site="Harbour Street")
    svc.vendors.create(name="BrightFix", response_hours="4", callout_fee="95", hourly_rate="75")
    svc.vendors.create(name="CopyRight Printers", kind="printer_copier", response_hours="8")
    svc.assets.create(tag="PC-0001", name="Reception PC", vendor="BrightFix", site="Harbour Street",
                      serial="SN123", warranty_end="2030-01-31")
    svc.assets.create(tag="PR-0001", name="Office printer", vendor="CopyRight Printers")
    return svc
