"""Handing a PDF straight to the print spooler where the platform prints PDF itself.

CUPS (Linux, macOS) takes PDF as its native job format: sending FixDesk's own
PDF keeps the text as text (a one-page form is a few kilobytes instead of a
300-dpi picture of each page) and lets the printer's driver do the rest.
Windows has no such spooler entry point for PDF, so the window rasterises there
(see ui/printing.py).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass

from desktop_app.i18n import translate
from desktop_app.services.errors import ServiceError

LP_TIMEOUT_S = 60


class SpoolError(ServiceError):
    """The spooler refused the job; the message is one sentence for the user."""


@dataclass(frozen=True)
class PrintJob:
    printer: str
    title: str = "FixDesk"
    copies: int = 1
    first_page: int = 0  # 0: the whole document
    last_page: int = 0
    sides: str = ""  # CUPS "sides" option: one-sided, two-sided-long-edge, two-sided-short-edge
    collate: bool = True


def lp_command() -> str | None:
    """The CUPS ``lp`` client, when this platform prints through CUPS."""
    if sys.platform.startswith("win"):
        return None
    return shutil.which("lp")


def lp_arguments(job: PrintJob, path: str) -> list[str]:
    args = ["-d", job.printer, "-t", job.title[:200] or "FixDesk", "-n", str(max(1, job.copies))]
    if job.first_page and job.last_page:
        args += ["-P", f"{job.first_page}-{job.last_page}"]
    if job.sides:
        args += ["-o", f"sides={job.sides}"]
    if job.copies > 1:
        args += ["-o", f"collate={'true' if job.collate else 'false'}"]
    # The PDF carries its own margins and size: print it as it is, not shrunk to fit.
    args += ["-o", "fit-to-page=false", "-o", "print-scaling=none", "--", path]
    return args


def send_pdf(pdf: bytes, job: PrintJob) -> str:
    """Spool ``pdf`` on ``job.printer`` with ``lp``; returns the spooler's job line."""
    lp = lp_command()
    if lp is None:
        raise SpoolError(translate("Printing", "This computer has no CUPS print spooler to send the PDF to."))
    handle, path = tempfile.mkstemp(prefix="fixdesk-print-", suffix=".pdf")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(pdf)
        try:
            done = subprocess.run([lp, *lp_arguments(job, path)], capture_output=True, text=True,
                                  timeout=LP_TIMEOUT_S, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise SpoolError(translate("Printing", "The print spooler did not take the job: {reason}.")
                             .format(reason=exc)) from None
        if done.returncode != 0:
            reason = (done.stderr or done.stdout).strip().splitlines()
            why = reason[-1] if reason else translate("Printing", "no reason given")
            raise SpoolError(translate("Printing", "Printer {printer} refused the job: {reason}.")
                             .format(printer=job.printer, reason=why))
        return done.stdout.strip()
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
