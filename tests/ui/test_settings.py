"""Settings are saved in the database, the SMTP password only in the keyring."""

from __future__ import annotations

import keyring
from PySide6.QtCore import Qt
from window_support import drive, form_opened, ini_settings, ok_button, quiet_prompts, saved

from desktop_app import secrets
from desktop_app.secrets import smtp_name
from ui.dialogs.settings_dialog import SettingsDialog


def _window(services, qtbot, settings, monkeypatch):
    from ui.app import create_main_window

    quiet_prompts(monkeypatch)
    win = create_main_window(services, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def test_settings_persist_across_a_restart(services, qtbot, tmp_path, monkeypatch, memory_keyring):
    services.settings.update(office_name="Harbour", setup_done=True)
    settings = ini_settings(tmp_path)
    win = _window(services, qtbot, settings, monkeypatch)

    def edit(dialog):
        dialog.office_name.clear()
        qtbot.keyClicks(dialog.office_name, "Harbour Street office")
        qtbot.keyClicks(dialog.downtime, "250")
        qtbot.keyClicks(dialog.managed_quote, "45.50")
        qtbot.keyClicks(dialog.smtp_host, "mail.example.com")
        dialog.smtp_port.setValue(465)
        dialog.smtp_security.setCurrentIndex(dialog.smtp_security.findData("ssl"))
        qtbot.keyClicks(dialog.smtp_user, "office@example.com")
        qtbot.keyClicks(dialog.smtp_password, "s3cret-pass")
        dialog.user_name.setText("Zoë Hartley")  # QTest cannot type non-ASCII keys

    drive(monkeypatch, qtbot, SettingsDialog, edit)
    win.settings_action.trigger()
    form_opened(qtbot)
    # Window state goes with the restart too.
    win.resize(780, 521)  # the offscreen screen is 800x600: a size that fits it, kept as is
    win.incidents.splitter.setSizes([300, 200])
    splitter = win.incidents.splitter.sizes()
    win.incidents.status_filter.setCurrentIndex(win.incidents.status_filter.findData("all"))
    win.close()
    monkeypatch.undo()

    again = _window(services, qtbot, settings, monkeypatch)
    assert again.size().height() == 521
    table, pane = again.incidents.splitter.sizes()
    # Same proportions (offscreen, the restored width can differ by a few pixels).
    assert abs(table / pane - splitter[0] / splitter[1]) < 0.02
    assert again.incidents.status_filter.currentData() == "all"
    dialog = SettingsDialog(services, again, personal=settings)
    qtbot.addWidget(dialog)
    assert dialog.office_name.text() == "Harbour Street office"
    assert dialog.downtime.text() == "250.00" and dialog.managed_quote.text() == "45.50"
    assert (dialog.smtp_host.text(), dialog.smtp_port.value()) == ("mail.example.com", 465)
    assert dialog.smtp_security.currentData() == "ssl"
    assert dialog.user_name.text() == "Zoë Hartley"  # from this computer's settings
    assert settings.value("user/name") == "Zoë Hartley"
    assert services.settings.get("user_name") == ""  # not the office's: not in the database
    assert dialog.smtp_password.text() == ""  # never shown back
    assert dialog.smtp_password.placeholderText() == "Saved - type to replace"
    name = smtp_name("mail.example.com", "office@example.com")
    assert secrets.get_secret("smtp", name) == "s3cret-pass"
    stored = [value for (value,) in services.db.execute_sql("SELECT value FROM setting").fetchall()]
    assert stored and not any("s3cret-pass" in value for value in stored)


def test_bad_currency_is_shown_beside_the_field(services, qtbot, memory_keyring):
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.office_name, "Harbour")
    dialog.currency.setEditText("E1")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    saved(qtbot, dialog)
    assert "Currency E1 is not a three-letter currency code" in dialog.errors.message_for("currency")
    assert services.settings.get("office_name") == ""


def test_without_a_keyring_the_password_cannot_be_typed(services, qtbot):
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = SettingsDialog(services)
        qtbot.addWidget(dialog)
        assert not dialog.smtp_password.isEnabled()
        assert dialog.keyring_status.text().startswith(secrets.status()[1])
        assert "safe for passwords" in dialog.keyring_status.text()  # what a keyring is, in plain words
        assert "will not save passwords" in dialog.keyring_status.text()
    finally:
        keyring.set_keyring(previous)


def test_currency_is_chosen_from_a_list_and_symbols_are_understood(services, qtbot, memory_keyring):
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.office_name, "Harbour")
    assert dialog.currency.count() > 10 and dialog.currency.currentData() == "EUR"
    dialog.currency.setEditText("£")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    saved(qtbot, dialog)
    assert services.settings.get("currency") == "GBP"


def test_mail_settings_explain_smtp_and_starttls_in_plain_words(services, qtbot, memory_keyring):
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    texts = " ".join(label.text() for label in dialog.mail_box.findChildren(QLabel))
    assert "outgoing (SMTP) server" in texts and "encrypt" in texts
    assert "usual on port 587" in dialog.smtp_security.itemText(0)


def test_a_corrected_field_loses_its_message_and_cancel_asks_first(services, qtbot, memory_keyring,
                                                                   monkeypatch):
    from ui import prompts

    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.office_name, "Harbour")
    dialog.currency.setEditText("E1")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    saved(qtbot, dialog)
    assert dialog.errors.message_for("currency")
    dialog.currency.setEditText("GBP")
    assert dialog.errors.message_for("currency") == ""  # gone as soon as it is put right
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: asked.append(text) or False)
    dialog.reject()
    assert asked == ["Discard your changes to the settings?"] and dialog.result() == 0
    assert services.settings.get("office_name") == ""
