"""German paper: the PDFs read back in German, with German dates and amounts, and nothing left in English.

The window tells the core its language (ui/i18n.install); the command line follows the shell's
LANG.  Either way the documents come through desktop_app.i18n, which these tests switch directly.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from report_support import flat, pdf_pages, pdf_text

from desktop_app import i18n
from desktop_app.reports import documents

ROOT = Path(__file__).resolve().parents[2]

# Headings and labels a German reader must not meet on the call-out form.
ENGLISH_CALLOUT = (
    "CALL-OUT FORM", "FORM REF", "Issued by", "Response required", "Vendor's job ref", "Opening hours",
    "On-site contact", "Backup contact", "Make / model", "Serial no.", "Purchased", "Fault reported",
    "Error messages", "Already tried", "Users affected", "Commercial terms", "PO number", "Spend cap",
    "not to exceed", "Authorised by", "Call-out fee", "Hourly rate", "Minimum charge",
    "To be completed by the engineer", "Date of visit", "Arrival time", "Departure time",
    "Return visit needed", "Cause found", "Work done", "Parts used", "Engineer name",
    "Engineer signature", "Customer name", "Customer signature", "UNDER WARRANTY", "Please quote",
    "on your invoice", "Page 1 of", "Printed",
    "FAULT REPORTED", "COMMERCIAL TERMS", "TO BE COMPLETED BY THE ENGINEER", "EQUIPMENT",  # section bars
)
ENGLISH_LOG = ("Incident log", "Incidents opened", "Opened", "Vendor", "Response", "Resolution",
               "Total", "Average", "incidents", "Costs in", "all dates", "Page 1 of", "Printed")


@pytest.fixture
def german():
    """Paper in German with German conventions, as the window sets it; English again afterwards."""
    i18n.set_locale(i18n.Conventions("de", "%d.%m.%Y", ","))
    yield
    i18n.set_locale(i18n.Conventions())


def _german_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def _incident_with_cost(office):
    """A fresh incident on the under-warranty PC with a spend cap and a cost line over a thousand."""
    incident = office.incidents.create(title="Drucker zieht kein Papier ein", asset="PC-0007",
                                       description="Papierstau bei jedem Druckauftrag.",
                                       po_number="PO-7781", spend_cap="1234.50", authorised_by="Zoë Hartley")
    office.costs.add(incident.id, kind="parts", description="Einzugsrolle", amount="1234.50")
    return incident


def test_german_call_out_form_speaks_german_with_german_dates_and_amounts(office, german):
    incident = _incident_with_cost(office)
    pages = pdf_pages(documents.callout_pdf(office, incident.ref))
    assert len(pages) == 1
    text = flat(pages[0])
    for heading in ("EINSATZAUFTRAG", "Einsatzauftrag", "Ausgestellt von", "Reaktion fällig", "AUFTRAG",
                    "STANDORT", "GERÄT", "GEMELDETER FEHLER", "KONDITIONEN", "VOM TECHNIKER AUSZUFÜLLEN",
                    "Kostenobergrenze", "Anfahrtspauschale", "Stundensatz", "Mindestbetrag", "Einsatzdatum",
                    "Ankunft", "Abfahrt", "Behoben", "Weiterer Einsatz nötig", "Unterschrift Techniker",
                    "Unterschrift Kunde", "Seite 1 von 1", "Gedruckt am", "1 Nutzer"):
        assert heading in text, heading
    # Dates the German way: the warranty's end, the purchase, the day the form was printed.
    warranty_end = dt.date.today() + dt.timedelta(days=400)
    assert f"GARANTIE bis {_german_date(warranty_end)}" in text
    assert _german_date(dt.date.today() - dt.timedelta(days=200)) in text  # purchased
    assert _german_date(dt.date.today()) in text
    # Amounts with a decimal comma and a thousands dot.
    assert "EUR 1.234,50 – höchstens" in text
    assert "EUR 85,00" in text and "EUR 60,00" in text and "EUR 95,00" in text
    assert "Bitte geben Sie" in text and "PO-7781" in text
    for english in ENGLISH_CALLOUT:
        assert english not in text, english


def test_german_incident_log_speaks_german_with_german_dates_and_amounts(office, german):
    incident = _incident_with_cost(office)
    start, end = dt.date.today() - dt.timedelta(days=30), dt.date.today()
    text = flat(pdf_text(documents.incident_log_pdf(office, start, end)))
    for heading in ("Störungsprotokoll", "Eröffnete Störungen", "Nr.", "Eröffnet", "Gerät", "Titel",
                    "Dienstleister", "Reaktion", "Lösung", "Kosten", "Summe", "Durchschnitt",
                    "2 Störungen", "Kosten in EUR", "Seite 1 von 1"):
        assert heading in text, heading
    assert f"{_german_date(start)} bis {_german_date(end)}" in text  # the period in the subtitle
    assert _german_date(dt.date.today()) in text  # opened today
    assert incident.ref in text and "1.234,50" in text
    for english in ENGLISH_LOG:
        assert english not in text, english


def test_long_german_call_out_form_keeps_to_two_pages_with_the_engineers_boxes(office, german):
    words = " ".join(f"Wort{i}" for i in range(2000))
    incident = office.incidents.create(title="Alles ist langsam " * 5, description=words,
                                       error_messages=words, tried=words, asset="PC-0007")
    pages = pdf_pages(documents.callout_pdf(office, incident.ref))
    assert 1 <= len(pages) <= 2
    text = flat("\n".join(pages))
    assert f"vollständiger Text in FixDesk unter {incident.ref}" in text
    assert "Unterschrift Kunde" in text and f"Seite {len(pages)} von {len(pages)}" in text


@pytest.mark.sqlite_only  # a title over 255 characters can only come from an older SQLite file
def test_shortened_entries_are_listed_under_a_german_heading(office, german):
    title = " ".join(f"Wort{i}" for i in range(600))[:3000]
    rec = office.incidents.create(title="Kurz", asset="PC-0007")
    office.db.execute_sql('UPDATE "incident" SET "title" = ? WHERE "id" = ?', (title, rec.id))
    text = flat(pdf_text(documents.incident_log_pdf(office)))
    assert "Vollständiger Text gekürzter Einträge" in text and "Titel" in text
    assert flat(title) in text
    assert "Full text of shortened entries" not in text


def test_german_break_fix_review_and_checklist_headings(office, german):
    review = flat(pdf_text(documents.review_pdf(office)))
    for heading in ("Break-Fix-Auswertung", "Eröffnete Störungen", "Ausgaben", "Ausfallzeit",
                    "Bewertung der Dienstleister", "Reparieren oder ersetzen",
                    "Break-Fix oder Managed Service?"):
        assert heading in review, heading
    for english in ("Break-fix review", "Vendor scorecards", "Repair or replace", "Spend per month"):
        assert english not in review, english
    checklist = flat(pdf_text(documents.planned_pdf(office)))
    assert "Checkliste geplante Arbeiten" in checklist and "Planned work checklist" not in checklist


def test_back_in_english_the_paper_is_english_again(office):
    ref = office.incidents.list()[0].ref
    i18n.set_locale(i18n.Conventions("de", "%d.%m.%Y", ","))
    try:
        assert "VOM TECHNIKER AUSZUFÜLLEN" in flat(pdf_text(documents.callout_pdf(office, ref)))
    finally:
        i18n.set_locale(i18n.Conventions())
    text = flat(pdf_text(documents.callout_pdf(office, ref)))
    assert "TO BE COMPLETED BY THE ENGINEER" in text and "EUR 400.00 - not to exceed" in text
    assert "Page 1 of 1" in text and "Seite" not in text


def _cli(db: Path, env_lang: str, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(LANG=env_lang, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "desktop_app.cli", "--db", str(db), *argv],
                          capture_output=True, text=True, timeout=300, env=env, cwd=ROOT)


def test_fixdesk_report_in_a_german_shell_writes_a_german_call_out_form(office, db_path, tmp_path):
    ref = office.incidents.list()[0].ref
    office.close()  # the command line opens the file itself
    german = tmp_path / "einsatz.pdf"
    done = _cli(db_path, "de_DE.UTF-8", "report", "callout", ref, "-o", str(german))
    assert done.returncode == 0, done.stderr
    text = flat(pdf_text(german.read_bytes()))
    assert "VOM TECHNIKER AUSZUFÜLLEN" in text and "Unterschrift Kunde" in text
    assert "EUR 400,00 – höchstens" in text and "Seite 1 von 1" in text
    assert _german_date(dt.date.today()) in text
    assert "Customer signature" not in text and "not to exceed" not in text
    # The same command in an English shell: English paper.
    english = tmp_path / "callout.pdf"
    done = _cli(db_path, "C.UTF-8", "report", "callout", ref, "-o", str(english))
    assert done.returncode == 0, done.stderr
    text = flat(pdf_text(english.read_bytes()))
    assert "Customer signature" in text and "EUR 400.00 - not to exceed" in text
