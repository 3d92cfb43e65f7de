"""The core speaks German once told (labels, sentences, durations), while what it writes to
files stays the same on every PC: a German office's export imports on an English one."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app import exporting, i18n
from desktop_app.importing import import_file
from desktop_app.records import ASSET_STATUS_LABELS, KIND_LABELS, PRIORITY_LABELS, STATUS_LABELS
from desktop_app.services.costs import COST_LABELS
from desktop_app.services.errors import Refused, ValidationError
from desktop_app.services.workflow import action_label
from desktop_app.timeutil import humanize_minutes

GERMAN = i18n.Conventions("de", "%d.%m.%Y", ",")


@pytest.fixture
def german():
    i18n.set_locale(GERMAN)
    yield
    i18n.set_locale(i18n.Conventions())


def test_labels_read_german_and_switch_back():
    i18n.set_locale(GERMAN)
    try:
        assert STATUS_LABELS["called_out"] == "Angefordert"
        assert PRIORITY_LABELS["P1"] == "P1 – Betrieb steht"
        assert ASSET_STATUS_LABELS.get("in_repair") == "In Reparatur"
        assert dict(KIND_LABELS.items())["telecom"] == "Telefon / Internet"
        assert COST_LABELS["labour"] == "Arbeitszeit"
        assert action_label("resolved", "in_progress") == "Wieder öffnen"
        # Read where shown: a table built at import follows the switch, and merges like a dict.
        assert ({"open": "Offen"} | STATUS_LABELS)["waiting_parts"] == "Wartet auf Teile"
        assert humanize_minutes(185) == "3 Std. 05 Min."
        assert humanize_minutes(45) == "45 Min."
        # What must read the same on every PC stays English.
        assert STATUS_LABELS.source("called_out") == "Called out"
    finally:
        i18n.set_locale(i18n.Conventions())
    assert STATUS_LABELS["called_out"] == "Called out"
    assert PRIORITY_LABELS["P1"] == "P1 - business stopped"
    assert humanize_minutes(185) == "3 h 05 min"


def test_service_sentences_read_german(services, german):
    with pytest.raises(ValidationError) as err:
        services.incidents.create(title="  ")
    assert (err.value.field, str(err.value)) == ("title", "Titel ist ein Pflichtfeld.")

    with pytest.raises(ValidationError) as err:
        services.assets.create(tag="PC-1", name="Empfang", purchase_date="2026-05-01",
                               warranty_end="2025-01-31")
    assert str(err.value) == "Das Garantieende 31.01.2025 liegt vor dem Kaufdatum 01.05.2026."

    with pytest.raises(ValidationError) as err:
        services.vendors.create(name="BrightFix", callout_fee="zwölf")
    assert str(err.value) == "Anfahrtspauschale: zwölf ist kein Geldbetrag."
    assert services.vendors.list() == []  # refused, nothing written

    incident = services.incidents.create(title="Drucker druckt leere Seiten", priority="P2")
    assert incident.status_label == "Neu"
    with pytest.raises(Refused) as err:
        services.workflow.transition(incident.id, "closed")
    assert str(err.value) == (f"{incident.ref} ist „Neu“; nur eine behobene Störung kann abgeschlossen "
                              "werden.")
    # The timeline keeps the words of whoever wrote it: this one was written in German.
    detail = services.incidents.detail(incident.id)
    assert [e.text for e in detail.events] == ["Störung erfasst"]


def test_an_export_is_the_same_in_german_and_english(services, tmp_path):
    services.vendors.create(name="CopyRight Printers", kind="printer_copier", callout_fee="95.50")
    services.assets.create(tag="PR-0001", name="Office printer", status="in_repair",
                           vendor="CopyRight Printers", purchase_date="2024-03-01", purchase_cost="1234.50")
    services.incidents.create(title="Prints blank pages", priority="P3", asset="PR-0001",
                              opened_at=dt.datetime(2026, 3, 2, 9, 30))
    files = {}
    for language in ("en", "de"):
        i18n.set_locale(GERMAN if language == "de" else i18n.Conventions())
        try:
            for kind in exporting.KINDS:
                path = tmp_path / language / f"{kind}.csv"
                exporting.export(services, kind, path)
                files[language, kind] = path.read_bytes()
        finally:
            i18n.set_locale(i18n.Conventions())
    for kind in exporting.KINDS:
        assert files["de", kind] == files["en", kind], kind
    assert b",In repair," in files["de", "assets"] and b"Printer / copier" in files["de", "vendors"]

    # The German PC's files import on an English one, statuses and kinds intact.
    from desktop_app.services import Services

    other = Services.open(tmp_path / "english.sqlite3")
    try:
        assert import_file(other, "vendors", files["de", "vendors"]).committed
        assert import_file(other, "assets", files["de", "assets"]).committed
        assert other.vendors.list()[0].kind == "printer_copier"
        assert [(a.tag, a.status) for a in other.assets.list()] == [("PR-0001", "in_repair")]
    finally:
        other.close()


def test_a_german_spreadsheet_imports_with_german_headers_and_words(services, german):
    data = ("Inventarnummer;Name;Seriennummer;Status;Kaufdatum\n"
            "PC-0042;Empfangs-PC Büro;SN-77;In Reparatur;03.02.2025\n").encode()
    result = import_file(services, "assets", data)
    assert result.committed and result.summary() == "1 angelegt, 0 aktualisiert."
    [asset] = services.assets.list()
    assert (asset.tag, asset.serial, asset.status, asset.purchase_date) == \
        ("PC-0042", "SN-77", "in_repair", dt.date(2025, 2, 3))
    assert asset.status_label == "In Reparatur"

    result = import_file(services, "assets", b"Inventarnummer;Name;Status\nPC-0043;Drucker;kaputt-ish\n")
    assert not result.committed
    assert [str(p) for p in result.problems] == [
        "Zeile 2: Status: kaputt-ish ist keines von: In Betrieb, Reserve, In Reparatur, Ausgemustert."]
