"""Cost lines, attachments and office settings."""

from __future__ import annotations

import hashlib
from decimal import Decimal

import pytest

from desktop_app.services import NotFound, ValidationError
from desktop_app.services import costs as costs_module

from .core_support import table_dump


def test_cost_lines_keep_the_total_and_the_timeline(office):
    inc = office.incidents.create(title="PC dead", asset="PC-0001")
    office.costs.add(inc.id, kind="callout", amount="95", author="Zoë")
    labour = office.costs.add(inc.id, kind="labour", amount="112.5", hours="1,5",
                              description="On site", invoice_ref="INV-1")
    assert labour.hours == Decimal("1.50") and labour.amount == Decimal("112.50")
    assert office.incidents.get(inc.id).total_cost == Decimal("207.50")
    texts = [e.text for e in office.incidents.detail(inc.id).events if e.kind == "cost"]
    assert texts == ["Cost added - Call-out fee 95.00",
                     "Cost added - Labour (1.50 h) 112.50: On site"]
    office.costs.remove(labour.id)
    assert office.incidents.get(inc.id).total_cost == Decimal("95.00")
    assert [c.kind for c in office.costs.list(inc.id)] == ["callout"]
    assert office.incidents.detail(inc.id).events[-1].text == "Cost removed - Labour 112.50"


@pytest.mark.parametrize(("values", "field", "message"), [
    ({"kind": "bribe", "amount": "5"}, "kind", "Kind bribe is not one of: callout, labour, parts"),
    ({"kind": "parts", "amount": "cheap"}, "amount", "Amount cheap is not an amount of money."),
    ({"kind": "parts", "amount": "-3"}, "amount", "Amount cannot be negative."),
    ({"kind": "parts"}, "amount", "Amount is required."),
    ({"kind": "labour", "amount": "75"}, "hours", "Labour needs the number of hours."),
    ({"kind": "labour", "amount": "75", "hours": "two"}, "hours", "Hours two is not a number."),
])
def test_bad_cost_is_refused_and_changes_nothing(office, db_path, values, field, message):
    inc = office.incidents.create(title="x")
    before = table_dump(db_path)
    with pytest.raises(ValidationError) as err:
        office.costs.add(inc.id, **values)
    assert err.value.field == field
    assert str(err.value).startswith(message)
    assert table_dump(db_path) == before


def test_cost_on_a_missing_incident(services):
    with pytest.raises(NotFound):
        services.costs.add(12345, kind="parts", amount="1")


def test_attachments_are_stored_hashed_and_size_limited(office, tmp_path, monkeypatch):
    inc = office.incidents.create(title="Error screen")
    photo = tmp_path / "screen.png"
    photo.write_bytes(b"\x89PNG fake image bytes")
    att = office.costs.attach(inc.id, photo)
    assert att.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert att.mime == "image/png"
    assert office.costs.attachment_data(att.id) == ("screen.png", photo.read_bytes())
    monkeypatch.setattr(costs_module, "MAX_ATTACHMENT_BYTES", 10)
    with pytest.raises(ValidationError, match="attachments are limited to"):
        office.costs.attach(inc.id, photo)
    office.costs.remove_attachment(att.id)
    assert office.incidents.detail(inc.id).attachments == ()


def test_settings_defaults_update_and_validation(services):
    assert services.settings.get("currency") == "EUR"
    assert services.settings.get("paper_size") == "A4"
    updated = services.settings.update(currency="gbp", paper_size="Letter", office_name="Harbour",
                                       downtime_cost_per_hour="65", auto_backup=False)
    assert (updated.currency, updated.paper_size, updated.office_name) == ("GBP", "Letter", "Harbour")
    assert updated.downtime_cost_per_hour == Decimal("65.00") and updated.auto_backup is False
    with pytest.raises(ValidationError) as err:
        services.settings.update(currency="pounds")
    assert err.value.field == "currency"
    assert services.settings.get("currency") == "GBP"
    with pytest.raises(ValidationError) as err:
        services.settings.update(paper_size="A3")
    assert err.value.field == "paper_size"


def test_author_comes_from_settings(services):
    services.settings.update(user_name="Zoë Hartley")
    assert services.author() == "Zoë Hartley"


def test_a_stored_setting_that_no_longer_parses_falls_back_to_its_default(services):
    from desktop_app.models import Setting

    Setting.create(key="paper_size", value="A3")  # as if written by some other version
    assert services.settings.get("paper_size") == "A4"
