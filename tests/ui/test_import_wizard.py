"""The import wizard driven like a user: file, mapping, preview with line numbers, import."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from ui import prompts
from ui.dialogs.import_wizard import ImportWizard

GOOD = ("\ufeffAsset Tag;Name;Serial;Purchase Date;Purchase Cost;Colour\r\n"
        "PC-1;Reception PC;SN-1;31/01/2024;1.234,50 €;black\r\n"
        "PC-2;Back office PC;SN-2;01/02/2024;€ 999;white\r\n")
BAD = ("Asset Tag,Name,Purchase Cost\n"
       "PC-1,Reception PC,100\n"
       "PC-2,Back office PC,lots\n"
       "PC-3,Laptop,50\n")


def _wizard(qtbot, services, path, monkeypatch):
    monkeypatch.setattr(prompts, "choose_open_file", lambda *a, **k: str(path))
    wizard = ImportWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.browse()  # the Browse... button's slot, with the file dialog patched
    return wizard


def _wait_preview(qtbot, wizard):
    # The dry run runs on a worker thread; the page fills in when it reports back.
    qtbot.waitUntil(lambda: wizard.preview_page.preview is not None, timeout=20000)


def _next(qtbot, wizard, which=QWizard.WizardButton.NextButton):
    button = wizard.button(which)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_import_wizard_happy_path(qtbot, services, tmp_path, monkeypatch):
    path = tmp_path / "assets.csv"
    path.write_bytes(GOOD.encode())
    wizard = _wizard(qtbot, services, path, monkeypatch)
    assert wizard.file_page.path.text() == str(path)
    _next(qtbot, wizard)
    # The proposed mapping: Serial -> Serial number, unknown Colour -> a custom field.
    combos = wizard.mapping_page.combos
    assert combos[2].currentText() == "Serial number"
    assert combos[5].currentText() == 'Custom field "Colour"'
    # The user decides Colour is not worth keeping.
    combos[5].setCurrentIndex(combos[5].findData(""))
    _next(qtbot, wizard)
    _wait_preview(qtbot, wizard)
    preview = wizard.preview_page.text.toPlainText()
    assert "Would create 2, would update 0." in preview
    assert services.assets.count() == 0  # the preview changed nothing
    _next(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.result_page.done, timeout=20000)
    assert "Created 2, updated 0." in wizard.result_page.text.toPlainText()
    pc1 = services.assets.by_tag("PC-1")
    assert str(pc1.purchase_cost) == "1234.50" and str(pc1.purchase_date) == "2024-01-31"
    assert pc1.custom_fields == {}


def test_import_wizard_bad_row_blocks_until_skip_is_chosen(qtbot, services, tmp_path, monkeypatch):
    path = tmp_path / "bad.csv"
    path.write_bytes(BAD.encode())
    wizard = _wizard(qtbot, services, path, monkeypatch)
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    _wait_preview(qtbot, wizard)
    preview = wizard.preview_page.text.toPlainText()
    assert "line 3: Purchase cost: lots is not an amount of money." in preview
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()  # all or nothing
    wizard.preview_page.skip.setChecked(True)
    _next(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.result_page.done, timeout=20000)
    result = wizard.result_page.text.toPlainText()
    assert "skipped 1 bad row(s)" in result and "line 3" in result
    assert sorted(a.tag for a in services.assets.list()) == ["PC-1", "PC-3"]


def test_file_that_is_not_csv_is_explained_on_the_first_page(qtbot, services, tmp_path, monkeypatch):
    path = tmp_path / "book.xlsx"
    path.write_bytes(b"PK\x03\x04\x00\x00\x00binary")
    wizard = _wizard(qtbot, services, path, monkeypatch)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.file_page
    assert "save it as CSV first" in wizard.file_page.error.text()
