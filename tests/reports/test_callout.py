"""The call-out form, read back from the PDF as the engineer would read it."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from report_support import flat, pdf_pages, pdf_text

from desktop_app.reports import documents


def _ref(services) -> str:
    return services.incidents.list()[0].ref


def test_callout_form_carries_everything_the_engineer_needs(office):
    ref = _ref(office)
    pdf = documents.callout_pdf(office, ref)
    pages = pdf_pages(pdf)
    assert len(pages) == 1
    text = flat(pages[0])
    for expected in (
        ref, "Vestergade 3", "5970 Ærøskøbing", "Key safe by the side entrance",  # site
        "Mon-Thu 09:00-16:00", "Zoë Hartley", "李雷",  # hours, on-site and backup contacts
        "PC-0007", "Dell OptiPlex 7010", "SN-4Q7Z-9981", "Reception",  # equipment
        "BrightFix IT Services", "BF-JOB-5531",  # vendor and their job reference
        "Fans spin, no picture; beeps three times.", "No boot device found", "Reseated the RAM",
        "2 users", "P2 - serious", "Łukasz Nowak",  # fault, priority, raised by
        "PO-2231", "EUR 400.00 - not to exceed", "EUR 85.00", "EUR 60.00", "EUR 95.00",  # commercial
        "Łukasz & Zoë Accountants", "Page 1 of 1",
    ):
        assert expected in text, expected
    for box in ("Arrival time", "Departure time", "Cause found", "Work done", "Parts used",
                "Fixed", "Return visit needed", "Engineer name", "Engineer signature",
                "Customer name", "Customer signature", "Date"):
        assert box in text, box


def test_under_warranty_notice_names_the_end_date(office):
    end = (dt.date.today() + dt.timedelta(days=400)).isoformat()
    text = flat(pdf_text(documents.callout_pdf(office, _ref(office))))
    assert f"UNDER WARRANTY until {end}" in text


def test_no_warranty_notice_once_the_warranty_has_ended(office):
    incident = office.incidents.create(title="Paper jam", asset="PR-0001")
    text = flat(pdf_text(documents.callout_pdf(office, incident.ref)))
    assert "UNDER WARRANTY" not in text
    assert "Warranty ended" in text


def test_incident_without_asset_or_vendor_still_prints_with_blanks(office):
    incident = office.incidents.create(title="Strange smell in the server room")
    pages = pdf_pages(documents.callout_pdf(office, incident.ref))
    text = flat("\n".join(pages))
    assert incident.ref in text and "No asset recorded" in text
    assert "Vestergade 3" in text  # the only site is where the job is
    assert "Cause found" in text


def test_long_fault_text_wraps_and_stays_within_two_pages(office):
    words = " ".join(f"word{i}" for i in range(2000))
    incident = office.incidents.create(title="Everything is slow " * 5, description=words,
                                       error_messages=words, tried=words, asset="PC-0007")
    pdf = documents.callout_pdf(office, incident.ref)
    pages = pdf_pages(pdf)
    assert 1 <= len(pages) <= 2
    text = flat("\n".join(pages))
    assert "word0 word1 word2" in text  # wrapped, not cut at the margin
    assert f"full text in FixDesk under {incident.ref}" in text
    assert "Customer signature" in text  # the engineer's boxes are never lost


def test_paper_size_follows_settings(office):
    office.settings.update(paper_size="Letter")
    pdf = documents.callout_pdf(office, _ref(office))
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    office.settings.update(paper_size="A4")
    box = PdfReader(io.BytesIO(documents.callout_pdf(office, _ref(office)))).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_unknown_reference_is_refused(office):
    import pytest

    from desktop_app.services.errors import NotFound

    with pytest.raises(NotFound, match="INC-1999-0001"):
        documents.callout_pdf(office, "INC-1999-0001")
