"""Helpers for the window tests: a window on a temp QSettings, and modal dialogs driven in place.

Dialogs opened with ``exec()`` would block a test; ``drive(cls, fill)`` replaces
``cls.exec`` so the real dialog is built, ``fill(dialog)`` types into it like a
user, and the OK button is clicked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ui import ops


def ini_settings(tmp_path) -> QSettings:  # noqa: ANN001
    return QSettings(str(tmp_path / "fixdesk-ui.ini"), QSettings.Format.IniFormat)


def ok_button(dialog: QDialog):  # noqa: ANN201
    box = dialog.findChild(QDialogButtonBox)
    for role in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Save):
        button = box.button(role)
        if button is not None:
            return button
    raise AssertionError("dialog has no OK/Save button")


def drive(monkeypatch, qtbot, cls: type[QDialog], fill: Callable[[QDialog], None],  # noqa: ANN001
          seen: list[QDialog] | None = None) -> None:
    """Every ``cls(...).exec()`` from now on runs ``fill`` and clicks OK (if enabled)."""

    def fake_exec(self: QDialog) -> int:
        if seen is not None:
            seen.append(self)
        fill(self)
        button = ok_button(self)
        if button.isEnabled():
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            # On a database server the save runs on a worker with OK greyed: exec() would return
            # once it is accepted, or the button comes back with the refusal beside its field.
            qtbot.waitUntil(lambda: self.result() != 0 or button.isEnabled(), timeout=15_000)
        return int(self.result())

    monkeypatch.setattr(cls, "exec", fake_exec)


def form_opened(qtbot, timeout: int = 15_000) -> None:  # noqa: ANN001
    """Wait for a form asked for to have opened (and, under ``drive``, been filled and saved):
    at once on SQLite; on a database server its reads come first, on a worker (ops.open_form)."""
    qtbot.waitUntil(lambda: not ops.form_on_its_way(), timeout=timeout)


def saved(qtbot, dialog: QDialog, timeout: int = 15_000) -> None:  # noqa: ANN001
    """Wait for the answer to a dialog's save: there at once on SQLite; on a database server the
    save runs on a worker while the dialog waits with its buttons greyed (ui/dialogs/saving.py)."""
    qtbot.waitUntil(lambda: not dialog.saving.busy, timeout=timeout)


def table_texts(view, column: int) -> list[str]:  # noqa: ANN001
    model = view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def quiet_prompts(monkeypatch) -> list[tuple]:  # noqa: ANN001
    """No real modal box in a test: questions are answered No, anything else is recorded.

    Feature installers (printing, data tools) may ask things after a step, e.g. "print the
    call-out form?"; answering No keeps these tests about the window itself.
    """
    from ui import prompts

    asked: list[tuple] = []
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: asked.append(("confirm", *a[1:])) and False)
    monkeypatch.setattr(prompts, "show_info", lambda *a, **k: asked.append(("info", *a[1:])))
    monkeypatch.setattr(prompts, "show_error", lambda *a, **k: asked.append(("error", *a[1:])))
    for name in ("choose_open_file", "choose_save_file", "choose_directory", "ask_text",
                 "choose_printer"):
        if hasattr(prompts, name):
            monkeypatch.setattr(prompts, name, lambda *a, **k: None)
    return asked


def make_window(services, qtbot, tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    """The main window as ``fixdesk`` builds it (features included), on a temp QSettings."""
    from ui.app import create_main_window

    quiet_prompts(monkeypatch)
    window = create_main_window(services, ini_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    return window


def shown(qtbot, page, timeout: int = 10_000) -> None:  # noqa: ANN001
    """Wait until a page (incidents, or a register: assets, vendors, sites & people) shows what
    it last asked the database for.

    On a database server (``services.is_server``) the page writes notes, attachments and deletes
    and reads its rows and the detail pane off the GUI thread, so they appear a moment after the
    click, as a user sees them; on SQLite they are there at once and this returns at once."""
    def settled() -> bool:
        if getattr(getattr(page, "actions", None), "writing", False):  # a note or delete in flight
            return False
        panels = (page, getattr(page, "sites", None), getattr(page, "people", None))
        if any(getattr(panel, "writing", False) for panel in panels):  # a delete or archive in flight
            return False
        if ops.form_on_its_way():  # a form asked for from the page: it opens once read
            return False
        for reads in (getattr(page, "reads", None), getattr(page, "_reads", None)):
            if reads is not None and reads._latest:  # an answer still on its way
                return False
        timer = getattr(page, "_detail_timer", None)
        return timer is None or not timer.isActive()

    qtbot.waitUntil(settled, timeout=timeout)


def ops_settled(qtbot, timeout: int = 15_000) -> None:  # noqa: ANN001
    """Wait until no database work started by a window is still in flight (before a test
    empties the server under it: a read still running would fail on the dropped tables)."""
    qtbot.waitUntil(lambda: not ops._LIVE, timeout=timeout)
