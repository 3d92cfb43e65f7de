"""UI test guard: a prompt that a test did not expect fails the test instead of hanging it.

Every modal prompt goes through ui.prompts; here each one is replaced by a
function that raises.  Tests that expect a prompt monkeypatch it themselves
(their patch is applied after this one, so it wins).
"""

from __future__ import annotations

import pytest


class UnexpectedPrompt(AssertionError):
    pass


@pytest.fixture(autouse=True)
def _no_real_prompts(monkeypatch):
    from ui import prompts

    def refuse(name):
        def prompt(parent, title="", text="", *args, **kwargs):
            raise UnexpectedPrompt(f"unexpected {name} prompt in a test: {title!r}: {text!r}")
        return prompt

    for name in ("confirm", "show_error", "show_info", "choose_open_file", "choose_save_file",
                 "choose_directory", "ask_text", "choose_printer"):
        if hasattr(prompts, name):
            monkeypatch.setattr(prompts, name, refuse(name))
    yield


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):  # noqa: ANN001, ANN201
    """A form asked for on a shared database opens once its reads arrive (ui.ops.open_form).  One
    still on its way when the test ends would open afterwards with a real, blocking exec() and
    hang the run: it is let through here with exec() answering Cancel, and the test fails."""
    try:
        result = yield
    except BaseException:
        _drain_forms()
        raise
    if _drain_forms():
        raise AssertionError("a form was still being read when the test ended: wait for it "
                             "(window_support.form_opened) before going on")
    return result


def _drain_forms() -> bool:
    import time

    from PySide6.QtWidgets import QApplication, QDialog

    from ui import ops

    if not ops.form_on_its_way():
        return False
    real = QDialog.exec
    QDialog.exec = lambda _dialog: 0  # type: ignore[method-assign]
    try:
        deadline = time.monotonic() + 30
        while ops.form_on_its_way() and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.005)
    finally:
        QDialog.exec = real  # type: ignore[method-assign]
    return True


# The window suite runs on PostgreSQL too when FIXDESK_TEST_PG_URL is set (see tests/core/conftest.py).
from core.conftest import db_path  # noqa: E402, F401


@pytest.fixture
def compiled_catalogue() -> None:
    """The compiled catalogue is build output: made here when a test run started without
    dev.py, or after a .ts file changed."""
    from desktop_app import i18n
    from tests.core.test_translations import _translations

    qm = i18n.translations_dir() / "fixdesk_de.qm"
    newest = max(p.stat().st_mtime for p in (i18n.translations_dir() / "de").glob("*.ts"))
    if not qm.exists() or qm.stat().st_mtime < newest:
        _translations().release("de")


@pytest.fixture
def german(tmp_path, compiled_catalogue):
    """The window in German for one test (as Settings ▸ Language would set it at start);
    yields this computer's settings."""
    from PySide6.QtWidgets import QApplication
    from window_support import ini_settings

    from ui import i18n as ui_i18n

    settings = ini_settings(tmp_path)
    settings.setValue(ui_i18n.LANGUAGE_KEY, "de")
    app = QApplication.instance()
    assert ui_i18n.install(app, settings) == "de"
    yield settings
    ui_i18n.uninstall(app)
