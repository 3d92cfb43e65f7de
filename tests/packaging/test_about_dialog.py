"""Help > About FixDesk… shows the version, the database path and the licence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from desktop_app import __version__


@pytest.fixture
def window(qtbot, services, tmp_path):
    from ui.app import create_main_window

    win = create_main_window(services, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    return win


def _about_actions(window):
    return [a for a in window.menu("&Help").actions() if "About" in a.text()]


def test_help_menu_has_one_about_item_that_opens_the_dialog(window, monkeypatch, services):
    from ui.dialogs import about_dialog

    shown = []
    monkeypatch.setattr(about_dialog.AboutDialog, "exec", lambda self: shown.append(self) or 0)
    actions = _about_actions(window)
    assert [a.text() for a in actions] == ["&About FixDesk…"]
    actions[0].trigger()
    assert len(shown) == 1
    text = shown[0].details_label.text()
    assert __version__ in text
    assert services.location in text
    assert "GPL-3.0-or-later" in text


def test_copy_details_puts_version_and_database_on_the_clipboard(qtbot, services):
    from PySide6.QtGui import QGuiApplication

    from ui.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog(services.location)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert f"Version: {__version__}" in copied
    assert f"Database: {services.location}" in copied
