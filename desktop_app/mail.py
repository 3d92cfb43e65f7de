"""E-mailing the call-out form to the vendor over SMTP, then recording it on the incident.

The send happens first; only when the server has accepted the message are the
timeline event and the move to ``called_out`` written, together in one
transaction.  Any failure (server down, wrong password, refused recipient, a
certificate that does not verify) raises ``MailError`` with one sentence and
leaves the incident exactly as it was.  Certificates are always verified
(``ssl.create_default_context``); the SMTP password comes only from the keyring.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

from desktop_app import secrets
from desktop_app.i18n import language, translate
from desktop_app.services.errors import ServiceError

TIMEOUT = 30


class MailError(ServiceError):
    """The message was not sent; nothing changed."""


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int
    security: str  # starttls | ssl | none
    user: str
    sender: str

    @property
    def secret_name(self) -> str:
        return smtp_secret_name(self.host, self.user)


@dataclass(frozen=True)
class CalloutDraft:
    incident_id: int
    ref: str
    to: str
    subject: str
    body: str


def smtp_secret_name(host: str, user: str) -> str:
    return secrets.smtp_name(host, user)


def mail_settings(services: Any) -> MailSettings:
    s = services.settings.get_all()
    return MailSettings(s.smtp_host, int(s.smtp_port or 0), s.smtp_security, s.smtp_user, s.smtp_sender)


def draft_callout(services: Any, incident_id: int, to: str | None = None) -> CalloutDraft:
    """The message FixDesk proposes; the window lets the user edit subject and text."""
    rec = services.incidents.get(incident_id)
    vendor = services.vendors.get(rec.vendor_id) if rec.vendor_id else None
    office = services.settings.get_all()
    who = office.office_name or translate("Mail", "our office")
    # Demo and real titles often name the tag already; say it once.
    asset = (f" ({rec.asset_tag} {rec.asset_name})" if rec.asset_tag and rec.asset_tag not in rec.title
             else "")
    # Written in the sender's language, as the call-out form attached to it.
    greeting = (translate("Mail", "Hello {name},").format(name=vendor.name) if vendor
                else translate("Mail", "Hello,"))
    body = (greeting + "\n\n"
            + translate("Mail", "Please send an engineer for incident {ref}: {title}{asset}.")
            .format(ref=rec.ref, title=rec.title, asset=asset) + "\n"
            + translate("Mail", "Priority {priority}. The call-out form with the site, equipment and fault "
                                "details is attached; please bring it and fill in the engineer's section.")
            .format(priority=rec.priority) + "\n"
            + (translate("Mail", "Our purchase order number is {po}.").format(po=rec.po_number) + "\n"
               if rec.po_number else "")
            + "\n" + translate("Mail", "Thank you,") + f"\n{services.author() or who}\n{who}\n"
            + (f"{office.office_phone}\n" if office.office_phone else ""))
    return CalloutDraft(incident_id, rec.ref, (to or (vendor.email if vendor else "")).strip(),
                        translate("Mail", "Call-out {ref}: {title}").format(ref=rec.ref, title=rec.title),
                        body)


def callout_pdf(services: Any, ref: str) -> bytes:
    """The call-out form, built by the paper module (desktop_app/reports)."""
    from desktop_app.reports import documents

    return documents.callout_pdf(services, ref)


def build_message(settings: MailSettings, draft: CalloutDraft, pdf: bytes) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.sender
    msg["To"] = draft.to
    msg["Subject"] = draft.subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=settings.sender.rpartition("@")[2] or None)
    msg.set_content(draft.body)
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{draft.ref}-callout.pdf")
    return msg


def _check_ready(services: Any, settings: MailSettings, draft: CalloutDraft) -> None:
    if not settings.host or not settings.sender:
        raise MailError(translate("Mail", "Set the mail server (SMTP) and the sender address in Settings "
                                          "before e-mailing."))
    if not draft.to:
        raise MailError(translate("Mail", "There is no e-mail address to send {ref} to; add one to the "
                                          "vendor or type it.").format(ref=draft.ref))
    if "@" not in draft.to or " " in draft.to.strip():
        raise MailError(translate("Mail", "{address} is not an e-mail address.").format(address=draft.to))
    rec = services.incidents.get(draft.incident_id)
    if rec.status == "new" and not rec.vendor_id:
        raise MailError(translate("Mail", "Choose the vendor for {ref} before calling them out.")
                        .format(ref=rec.ref))
    if rec.status in ("resolved", "closed", "cancelled"):
        raise MailError(translate("Mail", "{ref} is {status}; a call-out is only sent for an open incident.")
                        .format(ref=rec.ref, status=rec.status_label.lower() if language() == "en"
                                else rec.status_label))


def _password(settings: MailSettings) -> str | None:
    if not settings.user:
        return None
    password = secrets.get_secret("smtp", settings.secret_name)
    if password is None:
        usable, sentence = secrets.status()
        if not usable:
            raise MailError(sentence)
        raise MailError(translate("Mail", "No password is saved for the mail account {user} on {host}; enter "
                                          "it in Settings (or run: fixdesk secret set smtp).")
                        .format(user=settings.user, host=settings.host))
    return password


def _explain(exc: BaseException, settings: MailSettings, to: str) -> str:
    where = f"{settings.host}:{settings.port}"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return (translate("Mail", "The mail server {host} refused the user name or password for {user}.")
                .format(host=settings.host, user=settings.user))
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return translate("Mail", "The mail server refused the recipient {address}.").format(address=to)
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return (translate("Mail", "The mail server refused the sender address {address}.")
                .format(address=settings.sender))
    if isinstance(exc, ssl.SSLCertVerificationError):
        return (translate("Mail", "The certificate of the mail server {host} could not be verified "
                                  "({reason}), so nothing was sent.")
                .format(host=settings.host, reason=exc.verify_message or exc.reason))
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return (translate("Mail", "The mail server {where} does not offer a secure connection (STARTTLS), so "
                                  "nothing was sent.").format(where=where))
    if isinstance(exc, ssl.SSLError):
        return (translate("Mail", "A secure connection to {where} could not be made ({reason}); check the "
                                  "security setting.").format(where=where, reason=exc.reason))
    if isinstance(exc, smtplib.SMTPResponseException):
        raw = exc.smtp_error
        text = raw.decode(errors="replace") if isinstance(raw, bytes) else str(raw)
        return (translate("Mail", "The mail server refused the message ({code} {text}).")
                .format(code=exc.smtp_code, text=text.strip()))
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return translate("Mail", "The mail server {where} did not answer in time.").format(where=where)
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc) or type(exc).__name__
        return (translate("Mail", "Could not connect to the mail server {where} ({reason}).")
                .format(where=where, reason=reason))
    return translate("Mail", "The message could not be sent ({reason}).").format(reason=exc)


def send(settings: MailSettings, msg: EmailMessage, password: str | None, *,
         ssl_context: ssl.SSLContext | None = None, timeout: float = TIMEOUT) -> None:
    """Deliver ``msg``; raises MailError with one sentence on any failure."""
    context = ssl_context or ssl.create_default_context()
    to = str(msg["To"])
    try:
        if settings.security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port, timeout=timeout,
                                                    context=context)
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
        with client:
            client.ehlo()
            if settings.security == "starttls":
                client.starttls(context=context)
                client.ehlo()
            if settings.user:
                client.login(settings.user, password or "")
            refused = client.send_message(msg)
            if refused:
                raise smtplib.SMTPRecipientsRefused(refused)
    except (smtplib.SMTPException, OSError) as exc:
        raise MailError(_explain(exc, settings, to)) from None


def send_callout(services: Any, incident_id: int, *, to: str | None = None, subject: str | None = None,
                 body: str | None = None, author: str = "", ssl_context: ssl.SSLContext | None = None,
                 timeout: float = TIMEOUT) -> Any:
    """Send the call-out form, then record it and move the incident to called_out; returns the record."""
    draft = draft_callout(services, incident_id, to)
    if subject is not None:
        draft = CalloutDraft(draft.incident_id, draft.ref, draft.to, subject, draft.body)
    if body is not None:
        draft = CalloutDraft(draft.incident_id, draft.ref, draft.to, draft.subject, body)
    settings = mail_settings(services)
    _check_ready(services, settings, draft)
    password = _password(settings)
    pdf = callout_pdf(services, draft.ref)
    send(settings, build_message(settings, draft, pdf), password, ssl_context=ssl_context, timeout=timeout)
    with services.db.atomic():
        rec = services.incidents.get(incident_id)
        if rec.status == "new":
            services.workflow.transition(incident_id, "called_out", author=author,
                                         note=translate("Timeline", "call-out form e-mailed to {address}")
                                         .format(address=draft.to))
        services.workflow.add_note(incident_id, translate("Timeline", "Call-out form e-mailed to {address}: "
                                                                      "{subject}")
                                   .format(address=draft.to, subject=draft.subject),
                                   kind="email", author=author)
    return services.incidents.get(incident_id)
