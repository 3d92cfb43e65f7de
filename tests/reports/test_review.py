"""The break-fix review PDF (issue 15), made by ``fixdesk report review`` and read back with pypdf."""

from __future__ import annotations

import pytest
from core.planned_support import PLANNED, SHARE, UNPLANNED, build_planned
from core.test_stats import Run, build_office
from report_support import flat, pdf_pages, pdf_text


@pytest.fixture
def run(db_path, capsys):
    return Run(str(db_path), capsys)


def test_review_pdf_has_every_figure_in_plain_words(run, tmp_path):
    build_office(run)
    target = tmp_path / "review.pdf"
    out = run("report", "review", "--from", "2026-03-01", "--to", "2026-05-31", "-o", str(target))
    assert out.startswith(f"Wrote {target}")
    pdf = target.read_bytes()
    text = flat(pdf_text(pdf))
    pages = pdf_pages(pdf)
    assert all(f"Page {i} of {len(pages)}" in p for i, p in enumerate(pages, start=1))
    assert "Break-fix review" in text and "Incidents opened 2026-03-01 to 2026-05-31" in text
    # The headline figures (as fixdesk stats gives them).
    for figure in ("Incidents opened 4", "Resolved 4", "Still open 0", "Spent on repairs (GBP) 685.00",
                   "Hours of downtime 62.25", "Cost of the downtime (GBP) 2,362.50",
                   "spend + downtime (GBP) 3,047.50", "Vendor promises broken 1", "Assets to replace 1"):
        assert figure in text, figure
    # Spend by kind, and both charts (their month labels and titles are text in the PDF).
    assert "Call-out fees 235.00" in text and "Parts 200.00" in text and "Total 685.00" in text
    assert "Spend per month by kind (GBP)" in text and "Downtime hours per month" in text
    assert "Mar 26" in text and "May 26" in text
    # The vendor scorecard: call-outs, median response, broken, on time, first-time fix, repeats, spend.
    assert "BrightFix 4 2 h 30 min 1 75% 50% 1 685.00" in text
    # Assets to replace and the support model in plain words.
    assert "Assets to replace" in text and "PC-1 Reception PC 3 885.00 1,000.00 58.0 Replace" in text
    assert "A managed service at GBP 40.00 per seat per month for 5 seats would have cost GBP 600.00." in text
    assert "A managed service would have been cheaper by GBP 2,447.50." in text
    assert "Desktop 3 585.00 1,980.00 2,565.00" in text  # by category: spend, downtime, break-fix


def test_review_pdf_sets_planned_beside_unplanned_work(run, tmp_path):
    build_office(run)
    build_planned(run)
    target = tmp_path / "review.pdf"
    run("report", "review", "--from", "2026-03-01", "--to", "2026-05-31", "-o", str(target))
    text = flat(pdf_text(target.read_bytes()))
    assert "Planned and unplanned work" in text
    assert "Planned work done (actual costs) GBP 165.00" in text
    assert "Renewals falling due, not yet renewed GBP 15.00" in text
    assert f"Planned spend GBP {PLANNED}" in text
    # The same break-fix spend as the headline figure, now set beside the planned spend.
    assert f"Unplanned spend (incidents) GBP {UNPLANNED}" in text
    assert f"Spent on repairs (GBP) {UNPLANNED}" in text
    assert f"Planned share of all spend {SHARE}" in text
    assert "Overdue (2)" in text and "Domain name" in text and "Test-restore the backup" in text
    assert "Due in the next 14 days (1)" in text and "Copier service" in text


def test_review_of_a_period_with_no_incidents(run, tmp_path):
    build_office(run)
    target = tmp_path / "quiet.pdf"
    run("report", "review", "--from", "2026-01-01", "--to", "2026-01-31", "-o", str(target))
    text = flat(pdf_text(target.read_bytes()))
    assert "No incidents were opened in this period" in text and "Incidents opened 0" in text
    # Planned work still has its section: a quiet month may be one where the checks were done.
    assert "Planned and unplanned work" in text and "Unplanned spend (incidents) GBP 0.00" in text


def test_review_refuses_backwards_dates_and_writes_nothing(run, tmp_path):
    target = tmp_path / "bad.pdf"
    run("report", "review", "--from", "2026-05-01", "--to", "2026-04-01", "-o", str(target), code=1)
    assert run.err.strip() == "fixdesk: The end date 2026-04-01 is before the start date 2026-05-01."
    assert not target.exists()
