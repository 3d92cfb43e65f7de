"""Printing through a real spooler: FixDesk's print path -> CUPS -> the cups-pdf queue.

.ci/setup-cups.sh installs cups + printer-driver-cups-pdf, starts cupsd, adds the
"PDF" queue and exports FIXDESK_TEST_CUPS_OUT (where cups-pdf writes each job).
Without that the test skips and says why.
"""

from __future__ import annotations

import os
import re
import time
import uuid
from pathlib import Path

import pytest
from printing_support import pdf_page_count, pdf_text, small_office
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop_app.reports import documents
from ui import printing

QUEUE = os.environ.get("FIXDESK_TEST_PRINTER", "PDF")


def _cups_out() -> Path | None:
    configured = os.environ.get("FIXDESK_TEST_CUPS_OUT")
    if configured:
        return Path(configured)
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.is_file():
        match = re.search(r"^Out\s+(\S+)\s*$", conf.read_text(errors="replace"), re.MULTILINE)
        if match and "$" not in match.group(1):
            return Path(match.group(1))
    return None


def _wait_for_new_pdf(folder: Path, before: set[str], timeout: float = 90, named: str = "") -> Path:
    """The job that arrived since ``before`` (whose file name holds ``named``: other test runs
    may print to the same queue at the same time)."""
    deadline = time.monotonic() + timeout
    last_size = -1
    while time.monotonic() < deadline:
        fresh = [p for p in folder.glob("*.pdf") if p.name not in before and named in p.name]
        if fresh:
            size = fresh[0].stat().st_size
            # Finished writing: the size has settled and the file ends as a PDF ends (a busy
            # machine can pause cups-pdf's writer for longer than one poll).
            if size and size == last_size and b"%%EOF" in fresh[0].read_bytes()[-1024:]:
                return fresh[0]
            last_size = size
        time.sleep(0.5)
    raise AssertionError(f"No job arrived in {folder} within {timeout:.0f} s")


def test_callout_form_printed_to_cups_arrives_with_its_pages(services, qtbot):
    info = QPrinterInfo.printerInfo(QUEUE)
    out = _cups_out()
    if info.isNull() or out is None or not out.is_dir():
        pytest.skip(f"no CUPS print queue {QUEUE!r} with a cups-pdf output folder: run "
                    ".ci/setup-cups.sh (as root) to install cups + printer-driver-cups-pdf")
    incident_id = small_office(services)
    # Long fault text: a two-page form proves every page goes through, in order.
    words = " ".join(f"detail{i}" for i in range(1500))
    services.incidents.update(incident_id, description=words, error_messages=words, tried=words)
    ref = services.incidents.get(incident_id).ref
    pdf = documents.callout_pdf(services, ref)
    expected = pdf_page_count(pdf)
    assert expected == 2
    before = {p.name for p in out.glob("*.pdf")}
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    job = f"fixdesk-test-{uuid.uuid4().hex[:8]}"
    assert printing.print_pdf(pdf, printer, job_name=job) == expected
    spooled = _wait_for_new_pdf(out, before, named=job)
    assert pdf_page_count(spooled.read_bytes()) == expected


def test_on_cups_the_pdf_itself_is_spooled_with_its_text(services, qtbot, monkeypatch):
    """Where the spooler prints PDF, FixDesk sends its PDF, not 300-dpi pictures of the pages:
    the job that comes out has the form's words as text, and is a fraction of the size."""
    from desktop_app import spool
    from ui import prompts

    info = QPrinterInfo.printerInfo(QUEUE)
    out = _cups_out()
    if info.isNull() or out is None or not out.is_dir() or spool.lp_command() is None:
        pytest.skip(f"no CUPS print queue {QUEUE!r} with a cups-pdf output folder and lp: run "
                    ".ci/setup-cups.sh (as root)")
    incident_id = small_office(services)
    ref = services.incidents.get(incident_id).ref
    pdf = documents.callout_pdf(services, ref)
    job = f"fixdesk-text-{uuid.uuid4().hex[:8]}"

    def choose(parent, printer, title=""):  # noqa: ANN001, ANN202 (the user picks the queue, presses Print)
        printer.setPrinterName(QUEUE)
        return True

    monkeypatch.setattr(prompts, "choose_printer", choose)
    before = {p.name for p in out.glob("*.pdf")}
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    assert printing.print_with_dialog(parent, pdf, job) == "spooled"
    spooled = _wait_for_new_pdf(out, before, named=job).read_bytes()
    text = pdf_text(spooled)
    assert ref in text and "Reception PC" in text and "BrightFix" in text
    assert pdf_page_count(spooled) == pdf_page_count(pdf)
    assert len(spooled) < 400_000  # a raster job of this page is several megabytes
