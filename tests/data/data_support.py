"""Helpers for the data tests: a real SMTP server on 127.0.0.1 (aiosmtpd)."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

SMTP_USER = "office@example.test"
VENDOR_EMAIL = "jobs@fixit.example"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage


@dataclass
class Inbox:
    messages: list[Received] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        msg = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos), msg))  # type: ignore[arg-type]
        return "250 Message accepted for delivery"


def start_server(inbox: Inbox, *, password: str | None = None, tls_context: Any = None,
                 implicit_tls: Any = None) -> Any:
    """``tls_context``: STARTTLS required; ``implicit_tls``: TLS from the first byte (port 465 style)."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    kwargs: dict[str, Any] = {}
    if password is not None:
        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == SMTP_USER
                  and auth_data.password.decode() == password)
            return AuthResult(success=ok, handled=False)  # the server answers 535 itself

        kwargs.update(authenticator=authenticator, auth_require_tls=tls_context is not None)
    if tls_context is not None:
        kwargs.update(tls_context=tls_context, require_starttls=True)
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), ssl_context=implicit_tls, **kwargs)
    controller.start()
    return controller




def self_signed(tmp_path: Any) -> tuple[str, str]:
    """(cert file, key file) for 127.0.0.1/localhost, made with the cryptography package."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_file), str(key_file)


def incident_state(services: Any, incident_id: int) -> tuple[str, int, Any]:
    """What a failed send must leave alone: status, number of timeline events, called-out time."""
    detail = services.incidents.detail(incident_id)
    return detail.incident.status, len(detail.events), detail.incident.called_out_at


# -- the same checks on either backend (tests run on SQLite and, with FIXDESK_TEST_PG_URL, PostgreSQL)
def on_server(db: Any) -> bool:
    """True when ``db`` (a peewee database or a location) is a database server, not a file."""
    import peewee as pw

    if isinstance(db, pw.Database):
        return not isinstance(db, pw.SqliteDatabase)
    return "://" in str(db) and not str(db).startswith("sqlite:///")


def count_rows(location: Any, table: str = "asset") -> int:
    """Rows in ``table`` at ``location``, read without FixDesk (a file is opened read-only)."""
    if on_server(location):
        import psycopg2

        conn = psycopg2.connect(str(location))
        try:
            with conn.cursor() as cur:
                cur.execute(f'SELECT COUNT(*) FROM "{table}"')
                return cur.fetchone()[0]
        finally:
            conn.close()
    import sqlite3

    conn = sqlite3.connect(f"file:{location}?mode=ro", uri=True)
    try:
        return conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
    finally:
        conn.close()


def table_indexes(db: Any, table: str) -> list[str]:
    """The definitions of ``table``'s indexes, as the backend states them."""
    if on_server(db):
        sql = "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = %s"
    else:
        sql = "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"
    return sorted(r[0] for r in db.execute_sql(sql, (table,)))


def raw_row(db: Any, table: str, key: str, value: Any, skip: set[str]) -> tuple:
    """Every column of one row but ``skip``, each beside its stored type: SQLite's storage class
    (so a number stored as text shows), PostgreSQL's column type."""
    if on_server(db):
        columns = [r[0] for r in db.execute_sql(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
            "AND table_name = %s ORDER BY ordinal_position", (table,)) if r[0] not in skip]
        sql = ", ".join(f'"{c}", pg_typeof("{c}")::text' for c in columns)
        return db.execute_sql(f'SELECT {sql} FROM "{table}" WHERE "{key}" = %s', (value,)).fetchone()
    columns = [r[1] for r in db.execute_sql(f'PRAGMA table_info("{table}")') if r[1] not in skip]
    sql = ", ".join(f'"{c}", typeof("{c}")' for c in columns)
    return db.execute_sql(f'SELECT {sql} FROM "{table}" WHERE "{key}" = ?', (value,)).fetchone()


class WriteCounter:
    """How many rows of a table were written since it was made: SQLite counts its changes; on
    PostgreSQL every written row (even with the same values) gets a new ``xmin``."""

    def __init__(self, db: Any, table: str = "asset") -> None:
        self.db, self.table = db, table
        self.start = self._now()

    def _now(self) -> Any:
        if on_server(self.db):
            return dict(self.db.execute_sql(f'SELECT id, xmin::text FROM "{self.table}"').fetchall())
        return self.db.connection().total_changes

    def written(self) -> int:
        now = self._now()
        if isinstance(now, dict):
            return sum(1 for k, v in now.items() if self.start.get(k) != v) + len(set(self.start) - set(now))
        return now - self.start


def stored_bytes(location: Any, tmp_path: Any) -> list[bytes]:
    """What the database keeps, as bytes to search for a secret: a file's bytes (and its -wal),
    or for a server an SQLite copy of every record made the way a backup is."""
    from pathlib import Path

    if on_server(location):
        from desktop_app import transfer

        db = transfer.open_beside(str(location))
        try:
            copy = transfer.write_sqlite_copy(db, Path(tmp_path) / "server-contents.sqlite3")
        finally:
            db.close()
        found = [copy.read_bytes()]
        copy.unlink()
        return found
    path = Path(location)
    return [p.read_bytes() for p in [path, *path.parent.glob(path.name + "-*")] if p.is_file()]
