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


# The window suite runs on PostgreSQL too when FIXDESK_TEST_PG_URL is set (see tests/core/conftest.py).
from core.conftest import db_path  # noqa: E402, F401
