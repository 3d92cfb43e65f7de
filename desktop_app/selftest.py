"""``fixdesk --self-test``: check this installation end to end, one line per step.

It exists for the packaged app above all: a frozen build can lose modules,
data files or package metadata without any import failing at start-up (see
DESIGN.md section 8: reportlab's barcode modules and fonts, keyring's
entry-point backends, Qt plugins).  Every step does the real thing against a
temporary database in a temporary folder, so the user's data and keyring are
never touched.  Exit status 0 only if every step passed.

The steps that need Qt (plugins, reading the PDF back with QtPdf, the main
window) live in ``ui/selftest_qt.py`` and are imported only when the self-test
runs, as ``desktop_app.cli`` does for the window itself.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from desktop_app.resources import resources_dir


class StepFailed(Exception):
    """A step's check did not hold; the message is the one line the user sees."""


@dataclass
class Context:
    """What the steps share: the temporary folder and what earlier steps made."""

    workdir: Path
    db_path: Path
    services: Any = None
    cli: Callable[[list[str]], int] | None = None  # fixdesk's own main(), handed in by the CLI
    incident_ref: str = ""
    incident_id: int | None = None
    asset_serial: str = ""
    pdf_path: Path | None = None
    notes: dict[str, str] = field(default_factory=dict)

    def need(self, attr: str, step: str) -> Any:
        """An earlier step's result, or a failure naming the step that should have made it."""
        value = getattr(self, attr)
        if value in (None, ""):
            raise StepFailed(f"cannot run: the {step} step did not complete")
        return value


Step = tuple[str, Callable[[Context], str]]




# -- core steps ------------------------------------------------------------------------------
def step_version(ctx: Context) -> str:
    """The version must come from the package metadata (a frozen build without it cannot tell)."""
    from importlib import metadata

    from desktop_app import __version__

    try:
        recorded = metadata.version("fixdesk")
    except metadata.PackageNotFoundError:
        recorded = None
    if recorded is None and getattr(sys, "frozen", False):
        raise StepFailed("the fixdesk package metadata is missing from this build, so its version is unknown")
    return f"FixDesk {__version__}" + (" (package metadata)" if recorded else " (pyproject.toml)")


def step_database(ctx: Context) -> str:
    from desktop_app.health import check_database
    from desktop_app.services import Services

    ctx.services = Services.open(ctx.db_path)
    report = check_database(ctx.services.db)
    if not report.healthy:
        raise StepFailed(report.summary)
    return f"schema version {report.schema_version} created in a temporary SQLite file"


def step_records(ctx: Context) -> str:
    services = ctx.need("services", "database")
    vendor = services.vendors.create(name="Self-Test Support Ltd", kind="it_breakfix",
                                     phone="0100 000 000", response_hours=4, callout_fee="75.00",
                                     hourly_rate="60.00")
    ctx.asset_serial = "ST-" + dt.datetime.now().strftime("%H%M%S%f")
    asset = services.assets.create(tag="ST-0001", name="Self-test PC", category="Desktop",
                                   manufacturer="Acme", model="Box 1", serial=ctx.asset_serial,
                                   vendor=vendor.name)
    incident = services.incidents.create(author="self-test", title="Self-test: PC will not start",
                                         asset=asset.tag, vendor=vendor.name, priority="P2",
                                         description="Created by fixdesk --self-test.")
    ctx.incident_ref, ctx.incident_id = incident.ref, incident.id
    found = services.incidents.get(incident.id)
    if found.asset_tag != asset.tag or found.vendor_name != vendor.name:
        raise StepFailed(f"incident {incident.ref} did not keep its asset and vendor")
    return f"vendor {vendor.name}, asset {asset.tag}, incident {incident.ref}"


def step_workflow(ctx: Context) -> str:
    services = ctx.need("services", "database")
    incident_id = ctx.need("incident_id", "records")
    path = ["called_out", "in_progress", "waiting_parts", "in_progress", "resolved", "closed"]
    for status in path:
        services.workflow.transition(incident_id, status, author="self-test",
                                     resolution="Replaced the power supply" if status == "resolved" else None)
    detail = services.incidents.detail(incident_id)
    rec = detail.incident
    if rec.status != "closed" or rec.called_out_at is None or rec.response_due_at is None:
        raise StepFailed(f"{rec.ref} ended as {rec.status} without its call-out times")
    moves = [e.to_status for e in detail.events if e.kind == "status" and e.from_status]
    if moves != path:
        raise StepFailed(f"the timeline shows the moves {moves}, expected {path}")
    # Reopen to called_out is not allowed: the rules must refuse it and change nothing.
    from desktop_app.services.errors import Refused

    try:
        services.workflow.transition(incident_id, "called_out", author="self-test")
    except Refused:
        pass
    else:
        raise StepFailed("a closed incident was allowed to go back to called_out")
    return f"{rec.ref}: new -> " + " -> ".join(path) + " (illegal step refused)"


def step_callout_pdf(ctx: Context) -> str:
    """Write the call-out form through the same command a user or script runs."""
    ref = ctx.need("incident_ref", "records")
    ctx.pdf_path = None
    out = ctx.workdir / f"{ref}.pdf"
    cli_main = ctx.need("cli", "self-test's start")

    captured = io.StringIO()
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(captured):
            code = cli_main(["report", "callout", ref, "--db", str(ctx.db_path), "-o", str(out)])
    except SystemExit as exc:  # argparse: the report command is not in this build
        code = exc.code if isinstance(exc.code, int) else 2
    if code != 0:
        reason = captured.getvalue().strip().splitlines()
        raise StepFailed(f"`fixdesk report callout` exited {code}" + (f": {reason[-1]}" if reason else ""))
    data = out.read_bytes() if out.exists() else b""
    if not data.startswith(b"%PDF"):
        raise StepFailed(f"{out.name} is not a PDF ({len(data)} bytes)")
    ctx.pdf_path = out
    return f"{out.name}, {len(data):,} bytes"


# keyring's own entry-point name for each platform's real password store.
PLATFORM_BACKENDS = {"linux": ("SecretService",), "win32": ("Windows",), "darwin": ("macOS",)}


def _entry_point_backends() -> dict[str, str]:
    from importlib import metadata

    return {ep.name: ep.value for ep in metadata.entry_points(group="keyring.backends")}


def _loaded_backend_modules() -> set[str]:
    import keyring.backend

    keyring.backend.get_all_keyring()  # loads the entry-point backends, as keyring does at start

    seen: set[str] = set()
    todo = list(keyring.backend.KeyringBackend.__subclasses__())
    while todo:
        cls = todo.pop()
        seen.add(cls.__module__)
        todo.extend(cls.__subclasses__())
    return seen


def step_keyring(ctx: Context) -> str:
    """Report the backend in use, and catch the frozen-app pitfall.

    Without keyring's dist-info in the bundle no entry points are found, no
    platform backend is imported, and keyring silently settles for ``fail``
    even on a desktop with a working Secret Service.  On a headless box the
    fail backend is right, but the platform backend must still be *known*.
    """
    from desktop_app import secrets

    wanted = PLATFORM_BACKENDS.get(sys.platform if sys.platform != "linux2" else "linux", ())
    entry_points = _entry_point_backends()
    missing = [name for name in wanted if name not in entry_points]
    if missing:
        raise StepFailed(f"keyring's {', '.join(missing)} backend is not registered (its package metadata "
                         f"is missing from this build), so passwords could never reach the system keyring")
    loaded = _loaded_backend_modules()
    unloaded = [entry_points[name] for name in wanted if entry_points[name] not in loaded]
    if unloaded:
        raise StepFailed(f"keyring backend module {', '.join(unloaded)} could not be imported")
    usable, message = secrets.status()
    state = "usable" if usable else "not usable here (expected on a headless computer)"
    known = ", ".join(wanted) or "none"
    return f"in use: {secrets.backend_name()}, {state}; platform backends known: {known}. {message}"


# Loaded lazily by reportlab's barcode widgets, so PyInstaller's analysis cannot see them.
BARCODE_MODULES = ("code128", "code39", "code93", "common", "eanbc", "ecc200datamatrix", "fourstate",
                   "lto", "qr", "qrencoder", "usps", "usps4s", "widgets")


def step_barcodes(ctx: Context) -> str:
    """reportlab finds barcode modules by name at run time: the classic frozen-app gap."""
    import importlib

    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode import createBarcodeDrawing, getCodeNames

    for module in BARCODE_MODULES:
        importlib.import_module(f"reportlab.graphics.barcode.{module}")
    names = getCodeNames()
    for kind in ("QR", "Code128", "EAN13"):
        if kind not in names:
            raise StepFailed(f"reportlab barcode {kind} is missing")
    value = {"QR": ctx.incident_ref or "INC-SELFTEST", "Code128": "PC-0007", "EAN13": "400638133393"}
    size = 0
    for kind, text in value.items():
        drawing = createBarcodeDrawing(kind, value=text)
        size += len(renderPDF.drawToString(drawing))
    return (f"{len(BARCODE_MODULES)} barcode modules, {len(names)} barcode types; QR, Code128 and EAN13 "
            f"drawn ({size:,} bytes of PDF)")


def step_fonts(ctx: Context) -> str:
    """Our bundled TTFs (names like Zoë, Łukasz, 李雷) and reportlab's own font files."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import TTFont

    fonts_dir = resources_dir() / "fonts"
    files = sorted(list(fonts_dir.glob("*.ttf")) + list(fonts_dir.glob("*.ttc")))
    if not files:
        raise StepFailed(f"no bundled fonts in {fonts_dir}")
    from reportlab.pdfbase import pdfmetrics

    for path in files:
        name = f"SelfTest-{path.stem}"
        pdfmetrics.registerFont(TTFont(name, str(path)))
        if stringWidth("Zoë Łukasz", name, 10) <= 0:
            raise StepFailed(f"{path.name} measures text as zero width")
    # reportlab's own data files (--collect-data reportlab): Vera ships inside the package.
    pdfmetrics.registerFont(TTFont("SelfTest-Vera", "Vera.ttf"))
    return f"{len(files)} bundled font(s) loaded ({', '.join(p.name for p in files)}), reportlab Vera found"


CORE_STEPS: tuple[Step, ...] = (
    ("version", step_version),
    ("database", step_database),
    ("records", step_records),
    ("workflow", step_workflow),
    ("call-out form PDF", step_callout_pdf),
    ("keyring", step_keyring),
    ("barcodes", step_barcodes),
    ("fonts", step_fonts),
)


def unavailable(name: str, message: str) -> list[Step]:
    """One failing step standing for checks that cannot run in this build, saying why."""

    def missing(ctx: Context) -> str:
        raise StepFailed(message)

    return [(name, missing)]


def run_steps(steps: Sequence[Step], ctx: Context, out: TextIO) -> int:
    """Run every step (a failure does not stop the others) and print one line each."""
    failed = 0
    started = time.perf_counter()
    for name, fn in steps:
        t0 = time.perf_counter()
        try:
            detail = fn(ctx)
            ok = True
        except StepFailed as exc:
            detail, ok = str(exc), False
        except Exception as exc:  # a crash in a step is a failed step, with what went wrong
            detail, ok = f"{type(exc).__name__}: {exc}", False
        failed += not ok
        mark = "ok  " if ok else "FAIL"
        print(f"[{mark}] {name} ({time.perf_counter() - t0:.2f} s): {detail}", file=out, flush=True)
    total = time.perf_counter() - started
    if failed:
        print(f"Self-test FAILED: {failed} of {len(steps)} steps failed ({total:.1f} s).", file=out)
        return 1
    print(f"Self-test passed: all {len(steps)} steps ok ({total:.1f} s).", file=out)
    return 0


def run_self_test(out: TextIO | None = None, steps: Sequence[Step] | None = None, *,
                  window_steps: Sequence[Step] = (), cli: Callable[[list[str]], int] | None = None) -> int:
    """Run the whole self-test in a temporary folder; 0 only if every step passed.

    ``window_steps`` are the window's own checks, which the caller gets from the UI (the core
    does not know the UI's modules)."""
    from desktop_app import __version__

    out = out or sys.stdout
    # Offscreen, so the check runs the same on a desktop, a server and in CI (set before Qt loads).
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    print(f"FixDesk {__version__} self-test ({frozen}, Python {sys.version.split()[0]}, {sys.platform})",
          file=out)
    with tempfile.TemporaryDirectory(prefix="fixdesk-selftest-") as tmp:
        ctx = Context(workdir=Path(tmp), db_path=Path(tmp) / "selftest.sqlite3", cli=cli)
        try:
            return run_steps(list(steps) if steps is not None else [*CORE_STEPS, *window_steps], ctx, out)
        finally:
            if ctx.services is not None:
                ctx.services.close()
