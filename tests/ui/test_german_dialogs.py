"""Switched to German, the dialogs show none of their own English words, and write dates the German way.

"Their own" are the messages of resources/translations/de/dialogs.ts: a label, button, choice or
placeholder a dialog shows in English although the catalogue has its German fails here, whatever
the other catalogues (pages, core) still lack.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

from PySide6.QtWidgets import QWidget, QWizardPage

from desktop_app import i18n
from tests.ui.test_german import clean, widget_texts


def dialog_english(contexts: set[str]) -> set[str]:
    """English sources of ``contexts`` in the dialogs' catalogue whose German reads differently."""
    root = ET.parse(i18n.translations_dir() / "de" / "dialogs.ts").getroot()
    english = set()
    chosen = [c for c in root.iter("context") if c.findtext("name") in contexts]
    for message in (m for c in chosen for m in c.iter("message")):
        source = message.findtext("source") or ""
        german = message.find("translation")
        forms = [f.text or "" for f in german.iter("numerusform")] or [german.text or ""]
        if "%" in source or "{" in source:  # filled in before it is shown: not comparable as a whole
            continue
        if any(clean(form) != clean(source) for form in forms):
            english.add(clean(source).strip())
    return english - {""}



def english_left(widget) -> list[str]:  # noqa: ANN001
    """The dialog's own words still in English (a category or a name from the records may be English)."""
    english = dialog_english({cls.__name__ for w in [widget, *widget.findChildren(QWidget)]
                              for cls in type(w).__mro__})
    return sorted({clean(t).strip() for t in widget_texts(widget) if t and clean(t).strip() in english})


def test_german_record_dialogs_show_no_english_of_their_own(german, services, qtbot):
    from ui.dialogs.asset_dialog import AssetDialog
    from ui.dialogs.cost_dialog import CostDialog
    from ui.dialogs.incident_dialog import IncidentDialog
    from ui.dialogs.person_dialog import PersonDialog
    from ui.dialogs.reports_dialog import ReportsDialog
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.dialogs.site_dialog import SiteDialog
    from ui.dialogs.step_dialog import StepDialog
    from ui.dialogs.task_dialog import TaskDialog
    from ui.dialogs.vendor_dialog import VendorDialog

    vendor = services.vendors.create(name="Kopierdienst Nord", phone="040 123456", response_hours="4")
    incident = services.incidents.create(author="Frau Weber", title="Drucker druckt leere Seiten",
                                         vendor=vendor.id)
    dialogs = [IncidentDialog(services), IncidentDialog(services, incident), AssetDialog(services),
               VendorDialog(services), VendorDialog(services, vendor), SiteDialog(services),
               PersonDialog(services), SettingsDialog(services, personal=german),
               CostDialog(services, incident),
               StepDialog(services, incident, "called_out"), StepDialog(services, incident, "resolved"),
               StepDialog(services, incident, "cancelled"), TaskDialog(services), ReportsDialog(services)]
    left = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        if english_left(dialog):
            left[dialog.windowTitle()] = english_left(dialog)
    assert not left, f"English left in the German dialogs: {left}"
    # The choices that come from tables of labels, and the step named in the title, speak German too.
    settings = dialogs[7]
    assert settings.smtp_security.itemText(0) == "STARTTLS (üblich auf Port 587)"
    assert dialogs[0].priority.currentText() == "P3 – beeinträchtigt"
    assert dialogs[9].windowTitle().startswith("Dienstleister anfordern")
    assert dialogs[13].document.itemText(3) == "Geräteverzeichnis"


def test_german_import_wizard_and_task_dates(german, services, qtbot):
    from ui.dialogs.import_wizard import ImportWizard
    from ui.dialogs.task_dialog import TaskDialog
    from ui.dialogs.task_done_dialog import TaskDoneDialog

    wizard = ImportWizard(services)
    qtbot.addWidget(wizard)
    page = wizard.findChild(QWizardPage)
    assert not english_left(page), english_left(page)
    assert [page.kind.itemText(i) for i in range(page.kind.count())] == \
        ["Geräte", "Dienstleister", "Personen", "Standorte"]

    task = services.planned.create(title="Server-Sicherung testen", due=dt.date(2026, 1, 31),
                                   every="1 months")
    done = TaskDoneDialog(services, task)
    qtbot.addWidget(done)
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4}", done.next_label.text()), done.next_label.text()
    assert done.done_on.text().count(".") == 2
    editor = TaskDialog(services, task)
    qtbot.addWidget(editor)
    assert editor.due.text() == "31.01.2026"
    assert editor.every_unit.currentText() == "Monate"
