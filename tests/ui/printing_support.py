"""Helpers for the printing tests: a small office, a window over it, PDFs read back."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from desktop_app.timeutil import now_utc


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages).split())


def pdf_page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def small_office(services) -> int:  # noqa: ANN001
    """A site, a vendor, an asset and one incident called out; returns the incident id."""
    services.settings.update(office_name="Zoë's Office", setup_done=True)
    services.sites.create(name="Harbour Street", address="12 Harbour Street\nPortwell PW1 4AB")
    vendor = services.vendors.create(name="BrightFix", response_hours="4", callout_fee="95")
    services.assets.create(tag="PC-0001", name="Reception PC", serial="SN-123", site="Harbour Street",
                           manufacturer="Dell", model="OptiPlex", vendor=vendor.id,
                           warranty_end=dt.date.today() + dt.timedelta(days=100))
    services.assets.create(tag="PR-0001", name="Printer")
    incident = services.incidents.create(title="No picture", asset="PC-0001",
                                         opened_at=now_utc() - dt.timedelta(hours=2))
    services.workflow.transition(incident.id, "called_out", vendor_ref="JOB-77")
    return incident.id


def window_over(services, qtbot, tmp_path):  # noqa: ANN001, ANN201
    from window_support import ini_settings, shown

    from ui.app import create_main_window

    win = create_main_window(services, ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    shown(qtbot, win.incidents)  # a shared database's rows arrive a moment after the window opens
    return win
