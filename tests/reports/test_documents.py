"""The list documents (incident log, register, warranty, costs) and the asset labels, read back."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from report_support import flat, pdf_pages, pdf_text

from desktop_app.reports import documents
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.timeutil import now_utc, to_local


def _log_incidents(services, days_ago: list[int]) -> list:
    """One incident per entry, opened that many days ago, each with a 10.50 cost line."""
    made = []
    for n, days in enumerate(days_ago):
        rec = services.incidents.create(title=f"Fault number {n}", asset="PC-0007",
                                        opened_at=now_utc() - dt.timedelta(days=days, hours=1))
        services.costs.add(rec.id, kind="parts", amount="10.50")
        made.append(services.incidents.get(rec.id))
    return made


def _local_day(days_ago: int) -> dt.date:
    return to_local(now_utc() - dt.timedelta(days=days_ago, hours=1)).date()


def test_incident_log_lists_one_row_per_incident_in_range_and_totals(office):
    made = _log_incidents(office, [40, 20, 10, 5])
    start, end = _local_day(20), _local_day(5)
    text = flat(pdf_text(documents.incident_log_pdf(office, start, end)))
    inside = [m.ref for m in made[1:]]
    for ref in inside:
        assert len(re.findall(re.escape(ref) + r"\b", text)) == 1
    assert made[0].ref not in text
    assert "3 incidents" in text
    assert "31.50" in text  # 3 x 10.50
    assert f"{start.isoformat()} to {end.isoformat()}" in text


def test_incident_log_repeats_its_header_on_every_page(office):
    _log_incidents(office, [i % 30 for i in range(90)])
    pages = pdf_pages(documents.incident_log_pdf(office))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "Ref Opened Asset Title Vendor Status Response Resolution Cost" in flat(page)
        assert f"Page {number} of {len(pages)}" in page
    refs = re.findall(r"INC-\d{4}-\d{4}", "\n".join(pages))
    assert len(refs) == len(set(refs)) == 91  # every incident once, none lost at a page break


def test_empty_reports_say_so(services):
    def text(pdf: bytes) -> str:
        return flat(pdf_text(pdf))

    assert "No incidents were opened in this period." in text(documents.incident_log_pdf(services))
    assert "There are no assets on the register yet." in text(documents.asset_register_pdf(services))
    assert "No warranty has expired or ends within 90 days." in text(documents.warranty_pdf(services))
    assert "so there are no costs" in text(documents.costs_pdf(services))
    assert "no labels to print" in text(documents.labels_pdf(services))


def test_bad_ranges_are_refused_in_one_sentence(office):
    with pytest.raises(ServiceError, match="before the start date"):
        documents.incident_log_pdf(office, dt.date(2026, 3, 1), dt.date(2026, 2, 1))
    with pytest.raises(ServiceError, match="between 0 and 3650"):
        documents.warranty_pdf(office, -1)


def test_asset_register_lists_every_asset_with_unicode_intact(office):
    text = flat(pdf_text(documents.asset_register_pdf(office)))
    for expected in ("PC-0007", "Reception PC", "Dell OptiPlex 7010", "SN-4Q7Z-9981", "PR-0001",
                     "Brother HL-2270", "2 assets", "Łukasz & Zoë Accountants", "Asset register"):
        assert expected in text, expected


def test_warranty_report_groups_by_how_soon(office):
    today = dt.date.today()
    office.assets.create(tag="SV-0001", name="Server", warranty_end=today + dt.timedelta(days=20))
    office.assets.create(tag="SV-0002", name="Switch", warranty_end=today + dt.timedelta(days=45))
    office.assets.create(tag="SV-0003", name="Router", warranty_end=today + dt.timedelta(days=200))
    text = flat(pdf_text(documents.warranty_pdf(office, 90)))
    expired = text.index("Expired (1)")
    soon = text.index("Ends within 30 days (1)")
    later = text.index("Ends in 31-60 days (1)")
    assert expired < text.index("PR-0001") < soon < text.index("SV-0001") < later < text.index("SV-0002")
    assert "SV-0003" not in text and "PC-0007" not in text
    assert "SV-0003" in flat(pdf_text(documents.warranty_pdf(office, 365)))


def test_costs_report_sums_per_vendor_and_month_with_labour_hours(office):
    incident = office.incidents.list()[0]
    office.costs.add(incident.id, kind="labour", amount="120.00", hours="2")
    office.costs.add(incident.id, kind="callout", amount="85.00")
    text = flat(pdf_text(documents.costs_pdf(office)))
    month = to_local(incident.opened_at).strftime("%Y-%m")
    assert "BrightFix IT Services 1 2.00" in text  # incidents and labour hours
    assert "205.00" in text and month in text
    assert "Spend per month (EUR)" in text  # the chart's title


def test_labels_fill_sheets_with_the_right_tags(office):
    for i in range(20):
        office.assets.create(tag=f"LT-{i:04d}", name=f"Laptop {i}")
    tags = sorted(a.tag for a in office.assets.list())  # 22 assets
    a4 = pdf_pages(documents.labels_pdf(office, "avery-l7163"))
    assert [len(re.findall(r"\b(?:LT|PC|PR)-\d{4}\b", p)) for p in a4] == [14, 8]
    letter = pdf_pages(documents.labels_pdf(office, "avery-5160"))
    assert [len(re.findall(r"\b(?:LT|PC|PR)-\d{4}\b", p)) for p in letter] == [22]
    assert sorted(re.findall(r"\b(?:LT|PC|PR)-\d{4}\b", "".join(a4))) == tags
    assert "Page 2 of 2" in a4[1] and "Łukasz & Zoë Accountants" in a4[0]


def test_labels_for_chosen_tags_only(office):
    text = pdf_text(documents.labels_pdf(office, "avery-5160", ["pr-0001", "PC-0007"]))
    assert re.findall(r"\b(?:PC|PR)-\d{4}\b", text).count("PR-0001") == 1
    assert "Reception PC" in text and "Old printer" in text
    with pytest.raises(NotFound, match="NOPE-1"):
        documents.labels_pdf(office, "avery-5160", ["PC-0007", "NOPE-1"])
    with pytest.raises(ServiceError, match="not one of"):
        documents.labels_pdf(office, "avery-9999")


def test_unicode_names_survive_every_document(office):
    office.assets.create(tag="PH-李雷", name="李雷's phone at Ærøskøbing", serial="Zoë-1")
    incident = office.incidents.create(title="李雷 cannot hear Łukasz", asset="PH-李雷")
    office.costs.add(incident.id, kind="parts", amount=Decimal("1.00"))
    for pdf in (documents.incident_log_pdf(office), documents.asset_register_pdf(office),
                documents.labels_pdf(office), documents.callout_pdf(office, incident.ref)):
        text = flat(pdf_text(pdf))
        assert "李雷" in text and "Łukasz & Zoë Accountants" in text
