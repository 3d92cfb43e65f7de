"""E-mailing the call-out: a real SMTP server receives it; failures change nothing."""

from __future__ import annotations

import io
import ssl

import pytest
from data_support import SMTP_USER, VENDOR_EMAIL, Inbox, free_port, incident_state, self_signed, start_server
from pypdf import PdfReader

from desktop_app import secrets
from desktop_app.mail import MailError, send_callout


def _pdf_text(received) -> str:
    [part] = [p for p in received.message.iter_attachments()]
    assert part.get_content_type() == "application/pdf"
    assert part.get_filename().endswith("-callout.pdf")
    reader = PdfReader(io.BytesIO(part.get_content()))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_callout_is_received_with_pdf_and_incident_moves_on(office, inbox):
    services, rec = office
    services.settings.update(smtp_port=inbox.port)
    after = send_callout(services, rec.id, body="Please come today.\nThanks", author="Pat")
    [got] = inbox.messages
    assert got.rcpt_tos == [VENDOR_EMAIL]
    assert got.message["To"] == VENDOR_EMAIL and rec.ref in got.message["Subject"]
    assert "Please come today." in got.message.get_body(("plain",)).get_content()
    text = _pdf_text(got)
    assert rec.ref in text and "SN-778899" in text
    assert after.status == "called_out" and after.called_out_at is not None
    events = services.incidents.detail(rec.id).events
    assert any(e.kind == "email" and VENDOR_EMAIL in e.text and e.author == "Pat" for e in events)
    assert any(e.kind == "status" and e.to_status == "called_out" for e in events)


def test_to_overrides_the_vendor_address(office, inbox):
    services, rec = office
    services.settings.update(smtp_port=inbox.port)
    send_callout(services, rec.id, to="night-desk@fixit.example")
    assert inbox.messages[0].rcpt_tos == ["night-desk@fixit.example"]


def test_refused_recipient_changes_nothing(office, inbox):
    services, rec = office
    services.settings.update(smtp_port=inbox.port)
    inbox.refuse.add(VENDOR_EMAIL)
    before = incident_state(services, rec.id)
    with pytest.raises(MailError, match=f"refused the recipient {VENDOR_EMAIL}"):
        send_callout(services, rec.id)
    assert incident_state(services, rec.id) == before and not inbox.messages


def test_server_down_changes_nothing(office):
    services, rec = office
    services.settings.update(smtp_port=free_port())  # nothing listens there
    before = incident_state(services, rec.id)
    with pytest.raises(MailError, match="Could not connect to the mail server 127.0.0.1"):
        send_callout(services, rec.id)
    assert incident_state(services, rec.id) == before


def test_wrong_password_changes_nothing(office, memory_keyring):
    services, rec = office
    box = Inbox()
    controller = start_server(box, password="right-one")
    try:
        services.settings.update(smtp_port=controller.port, smtp_user=SMTP_USER)
        secrets.set_secret("smtp", f"127.0.0.1/{SMTP_USER}", "wrong-one")
        before = incident_state(services, rec.id)
        with pytest.raises(MailError) as caught:
            send_callout(services, rec.id)
        expected = f"The mail server 127.0.0.1 refused the user name or password for {SMTP_USER}."
        assert str(caught.value) == expected
        assert "wrong-one" not in str(caught.value)
        assert incident_state(services, rec.id) == before and not box.messages
        secrets.set_secret("smtp", f"127.0.0.1/{SMTP_USER}", "right-one")
        assert send_callout(services, rec.id).status == "called_out"
        assert box.messages[0].rcpt_tos == [VENDOR_EMAIL]
    finally:
        controller.stop()


def test_no_saved_password_is_explained(office, memory_keyring):
    services, rec = office
    services.settings.update(smtp_user=SMTP_USER)
    with pytest.raises(MailError, match="No password is saved for the mail account"):
        send_callout(services, rec.id)


def _tls_server(tmp_path):
    pytest.importorskip("cryptography")
    cert, key = self_signed(tmp_path)
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(cert, key)
    box = Inbox()
    return box, start_server(box, tls_context=server_ctx), cert


def test_starttls_with_a_trusted_certificate(office, tmp_path):
    services, rec = office
    box, controller, cert = _tls_server(tmp_path)
    try:
        services.settings.update(smtp_port=controller.port, smtp_security="starttls")
        trusted = ssl.create_default_context(cafile=cert)  # verification stays on, with our CA
        send_callout(services, rec.id, ssl_context=trusted)
        assert box.messages[0].rcpt_tos == [VENDOR_EMAIL]
    finally:
        controller.stop()


def test_starttls_with_an_unverified_certificate_is_refused(office, tmp_path):
    services, rec = office
    box, controller, _ = _tls_server(tmp_path)
    try:
        services.settings.update(smtp_port=controller.port, smtp_security="starttls")
        before = incident_state(services, rec.id)
        with pytest.raises(MailError, match="certificate of the mail server 127.0.0.1 could not be verified"):
            send_callout(services, rec.id)  # the default context: system CAs only
        assert incident_state(services, rec.id) == before and not box.messages
    finally:
        controller.stop()


def test_closed_incident_is_not_called_out(office, inbox):
    services, rec = office
    services.settings.update(smtp_port=inbox.port)
    services.workflow.transition(rec.id, "cancelled")
    with pytest.raises(MailError, match="only sent for an open incident"):
        send_callout(services, rec.id)
    assert not inbox.messages


def test_ssl_mode_with_a_trusted_certificate(office, tmp_path):
    services, rec = office
    pytest.importorskip("cryptography")
    cert, key = self_signed(tmp_path)
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(cert, key)
    box = Inbox()
    controller = start_server(box, implicit_tls=server_ctx)
    try:
        services.settings.update(smtp_port=controller.port, smtp_security="ssl")
        before = incident_state(services, rec.id)
        with pytest.raises(MailError, match="could not be verified"):
            send_callout(services, rec.id)  # system CAs do not know our self-signed server
        assert incident_state(services, rec.id) == before
        send_callout(services, rec.id, ssl_context=ssl.create_default_context(cafile=cert))
        assert box.messages[0].rcpt_tos == [VENDOR_EMAIL]
    finally:
        controller.stop()
