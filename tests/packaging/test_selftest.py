"""`fixdesk --self-test`: passes on a good installation, and each check really fails when its part is gone."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import selftest
from desktop_app.selftest import Context, StepFailed, run_self_test, run_steps


@pytest.fixture
def ctx(tmp_path):
    from desktop_app.cli import main

    context = Context(workdir=tmp_path, db_path=tmp_path / "selftest.sqlite3", cli=main)
    yield context
    if context.services is not None:
        context.services.close()


def test_self_test_from_source_passes_every_step(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-m", "desktop_app.cli", "--self-test"], capture_output=True,
                         text=True, env=env, cwd=tmp_path, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    steps = [line for line in lines if line.startswith("[")]
    names = [line.split("] ", 1)[1].split(" (", 1)[0] for line in steps]
    assert names == ["version", "database", "records", "workflow", "call-out form PDF", "keyring", "barcodes",
                     "fonts", "Qt plugins", "call-out form reads back", "translations", "main window"]
    assert all(line.startswith("[ok  ]") for line in steps)
    assert lines[-1].startswith("Self-test passed: all 12 steps ok")
    keyring_line = next(line for line in steps if "] keyring" in line)
    assert "in use: keyring.backends." in keyring_line


def test_a_failing_step_fails_the_run_but_the_others_still_run(ctx):
    ran = []

    def good(c):
        ran.append("good")
        return "fine"

    def bad(c):
        raise StepFailed("the widget is missing")

    def crash(c):
        raise RuntimeError("boom")

    out = io.StringIO()
    code = run_steps([("first", good), ("second", bad), ("third", crash), ("fourth", good)], ctx, out)
    text = out.getvalue()
    assert code == 1
    assert ran == ["good", "good"]
    assert "[FAIL] second" in text and "the widget is missing" in text
    assert "[FAIL] third" in text and "RuntimeError: boom" in text
    assert "Self-test FAILED: 2 of 4 steps failed" in text


def test_run_self_test_exit_status_follows_the_steps():
    assert run_self_test(io.StringIO(), steps=[("ok", lambda c: "fine")]) == 0
    needs_pdf = ("no", lambda c: c.need("pdf_path", "call-out form PDF"))
    assert run_self_test(io.StringIO(), steps=[("ok", lambda c: "fine"), needs_pdf]) == 1


def test_core_steps_build_the_records_and_the_call_out_form(ctx):
    for _name, step in selftest.CORE_STEPS[:5]:
        step(ctx)
    assert ctx.incident_ref.startswith("INC-")
    assert ctx.pdf_path is not None and ctx.pdf_path.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(str(ctx.pdf_path)).pages)
    assert ctx.incident_ref in text and ctx.asset_serial in text
    assert ctx.services.incidents.get(ctx.incident_id).status == "closed"


def test_call_out_step_fails_honestly_when_the_report_cannot_be_written(ctx):
    selftest.step_database(ctx)
    ctx.incident_ref = "INC-1999-0404"  # no such incident: the report command refuses
    with pytest.raises(StepFailed, match="exited 1"):
        selftest.step_callout_pdf(ctx)
    assert ctx.pdf_path is None


def test_keyring_step_catches_missing_backend_metadata(ctx, monkeypatch):
    """The frozen-app pitfall: no keyring dist-info, so no entry points, so no platform backend."""
    monkeypatch.setattr(selftest, "PLATFORM_BACKENDS", {sys.platform: ("SecretService",)})
    monkeypatch.setattr(selftest, "_entry_point_backends", lambda: {})
    with pytest.raises(StepFailed, match="metadata is missing"):
        selftest.step_keyring(ctx)


def test_keyring_step_catches_a_backend_module_left_out(ctx, monkeypatch):
    monkeypatch.setattr(selftest, "PLATFORM_BACKENDS", {sys.platform: ("SecretService",)})
    monkeypatch.setattr(selftest, "_loaded_backend_modules", lambda: {"keyring.backends.fail"})
    with pytest.raises(StepFailed, match="keyring.backends.SecretService could not be imported"):
        selftest.step_keyring(ctx)


@pytest.mark.skipif(sys.platform != "linux", reason="the Secret Service backend is Linux's")
def test_keyring_step_reports_the_backend_in_use(ctx, memory_keyring):
    detail = selftest.step_keyring(ctx)
    assert "MemoryKeyring" in detail and "usable" in detail
    assert "SecretService" in detail


def test_fonts_step_fails_without_bundled_fonts(ctx, monkeypatch, tmp_path):
    monkeypatch.setattr(selftest, "resources_dir", lambda: tmp_path / "empty")
    with pytest.raises(StepFailed, match="no bundled fonts"):
        selftest.step_fonts(ctx)


def test_barcode_step_fails_when_a_barcode_module_is_missing(ctx, monkeypatch):
    import reportlab.graphics.barcode as barcode

    real = barcode.getCodeNames
    monkeypatch.setattr(barcode, "getCodeNames", lambda: [n for n in real() if n != "QR"])
    with pytest.raises(StepFailed, match="QR is missing"):
        selftest.step_barcodes(ctx)


def test_qt_plugin_step_fails_when_the_desktop_platform_plugin_is_missing(ctx, qapp, monkeypatch):
    from ui import selftest_qt

    real = selftest_qt._plugin_file
    monkeypatch.setattr(selftest_qt, "PLATFORM_PLUGINS", {sys.platform: ("offscreen", "xcb")})
    monkeypatch.setattr(selftest_qt, "_plugin_file",
                        lambda kind, name: None if name == "xcb" else real(kind, name))
    with pytest.raises(StepFailed, match="platforms/xcb is not in this build"):
        selftest_qt.step_qt_plugins(ctx)


def test_pdf_read_back_fails_when_the_form_lacks_the_reference(ctx, qapp, tmp_path):
    from reportlab.pdfgen import canvas

    from ui import selftest_qt

    pdf = tmp_path / "other.pdf"
    page = canvas.Canvas(str(pdf))
    page.drawString(72, 720, "Some other document")
    page.save()
    ctx.pdf_path, ctx.incident_ref, ctx.asset_serial = pdf, "INC-2026-0001", "SN123"
    with pytest.raises(StepFailed, match="does not mention INC-2026-0001"):
        selftest_qt.step_pdf_reads_back(ctx)


def test_version_step_fails_in_a_frozen_build_without_metadata(ctx, monkeypatch):
    from importlib import metadata

    def missing(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", missing)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    with pytest.raises(StepFailed, match="metadata is missing"):
        selftest.step_version(ctx)


def test_resources_dir_holds_the_icon_and_fonts():
    assert (selftest.resources_dir() / "icons" / "fixdesk.svg").is_file()
    assert any(Path(selftest.resources_dir(), "fonts").glob("*.ttf"))


def test_barcode_step_fails_when_a_barcode_module_cannot_be_imported(ctx, monkeypatch):
    monkeypatch.setattr(selftest, "BARCODE_MODULES", (*selftest.BARCODE_MODULES, "no_such_symbology"))
    with pytest.raises(ModuleNotFoundError, match="no_such_symbology"):
        selftest.step_barcodes(ctx)
