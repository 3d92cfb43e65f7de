"""The office manager's path, played as a user plays it: from a fresh install to the print
dialog for a call-out form, counting every click, typed field and submitting key press.

This is the regression guard for issue 16: at most 12 actions, no dead end on the way.
Dialogs are the real ones, opened with exec() and driven while they are modal.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from window_support import form_opened, ini_settings, shown

from ui import prompts
from ui.dialogs.incident_dialog import IncidentDialog
from ui.dialogs.quick_forms import QuickAssetDialog, QuickVendorDialog

MAX_ACTIONS = 12


class Player:
    """Plays user actions on real widgets and counts them."""

    def __init__(self, qtbot) -> None:  # noqa: ANN001
        self.qtbot = qtbot
        self.actions: list[str] = []
        self.errors: list[BaseException] = []

    def click(self, widget: QWidget, what: str) -> None:
        self.actions.append(f"click {what}")
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def type(self, widget: QWidget, text: str, what: str) -> None:
        # Getting to a field (Tab, or the focus a form opens with) is part of typing into it.
        self.actions.append(f"type {what}")
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        self.qtbot.keyClicks(widget, text)

    def key(self, widget: QWidget, key: Qt.Key, what: str,
            modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.actions.append(f"key {what}")
        self.qtbot.keyClick(widget, key, modifiers)

    def when_modal(self, cls: type[QDialog], play: Callable[[QDialog], None]) -> None:
        """Run ``play`` on the next ``cls`` dialog once it is up and modal."""
        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, cls) or not dialog.isVisible():
                QTimer.singleShot(10, poll)
                return
            try:
                play(dialog)
            except BaseException as exc:  # noqa: BLE001 (reported by the test, never a hang)
                self.errors.append(exc)
                while (modal := QApplication.activeModalWidget()) is not None:
                    modal.done(0)  # type: ignore[attr-defined]
        QTimer.singleShot(0, poll)


@pytest.fixture
def player(qtbot) -> Player:  # noqa: ANN001
    return Player(qtbot)


def test_fresh_install_to_printed_callout_form_in_twelve_actions(services, qtbot, tmp_path,
                                                                monkeypatch, player):
    from ui.app import create_main_window

    reached: list[tuple[int, str, str]] = []

    def print_dialog(parent, printer, title=""):  # noqa: ANN001, ANN202
        reached.append((len(player.actions), title, printer.docName()))
        return False  # the user is looking at the print dialog: that is the end of the path

    monkeypatch.setattr(prompts, "choose_printer", print_dialog)

    # Launch: an empty database opens on the set-up form.
    win = create_main_window(services, ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    shown(qtbot, win.incidents)  # a shared database says a moment later that the office is new
    welcome = win.welcome
    assert win.current_page() is welcome

    player.type(welcome.office_name, "Harbour Street Dental", "office name")
    player.key(welcome.office_name, Qt.Key.Key_Return, "Enter: set up")
    assert win.current_page() is win.incidents
    shown(qtbot, win.incidents)  # a shared database answers a moment later (not a user action)
    assert "Ctrl+N" in win.incidents.empty_label.text()  # the empty page says how to start

    def quick_asset(dialog: QuickAssetDialog) -> None:
        assert dialog.tag.text() == "PC-0001"  # a tag is suggested: only the name is needed
        player.type(dialog.name, "Reception PC", "asset name")
        player.key(dialog.name, Qt.Key.Key_Return, "Enter: add asset")

    def quick_vendor(dialog: QuickVendorDialog) -> None:
        player.type(dialog.name, "BrightFix IT", "vendor name")
        player.type(dialog.phone, "+44 1632 960200", "vendor phone")
        player.key(dialog.phone, Qt.Key.Key_Return, "Enter: add vendor")

    def incident(dialog: IncidentDialog) -> None:
        player.type(dialog.title, "PC will not start", "title")
        player.when_modal(QuickAssetDialog, quick_asset)
        player.click(dialog.asset.new_button, "New asset…")
        assert dialog.asset.combo.currentText() == "PC-0001 \u2013 Reception PC"
        player.when_modal(QuickVendorDialog, quick_vendor)
        player.click(dialog.vendor.new_button, "New vendor…")
        assert dialog.vendor.combo.currentText() == "BrightFix IT"
        player.click(dialog.callout_button, "Log, call out and print…")

    player.when_modal(IncidentDialog, incident)
    player.key(win.incidents.table, Qt.Key.Key_N, "Ctrl+N", Qt.KeyboardModifier.ControlModifier)
    form_opened(qtbot)  # a shared database reads the form's lists first (not a user action)

    assert player.errors == []
    assert len(reached) == 1, player.actions
    count, title, doc = reached[0]
    incident_rec = services.incidents.list()[0]
    assert title == f"Call-out form {incident_rec.ref}" and doc
    assert count <= MAX_ACTIONS, "\n".join(player.actions)
    assert count == len(player.actions)  # nothing was played after the print dialog

    # What the path made is what the paper needs.
    assert incident_rec.status == "called_out" and incident_rec.vendor_name == "BrightFix IT"
    assert incident_rec.asset_tag == "PC-0001" and incident_rec.response_due_at is None
    asset = services.assets.by_tag("PC-0001")
    assert asset.site_name == "Harbour Street Dental"  # the office's first site, made at set-up
    assert services.vendors.find("BrightFix IT").phone == "+44 1632 960200"
