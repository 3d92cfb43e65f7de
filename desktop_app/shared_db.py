"""A shared (PostgreSQL) database as an office manager describes it: server, port, database,
user, password and how the connection is protected; and a plain-words connection test.

The password lives only in the OS keyring (``desktop_app.secrets``, kind ``database``);
the URL FixDesk remembers and shows carries none.  ``db.connect`` looks the password up
there when a URL comes without one, so the window and the command line both find it.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate

# (libpq sslmode, what it means in plain words)
TLS_MODES: tuple[tuple[str, str], ...] = (
    ("prefer", "Encrypt if the server offers it (usual on an office network)"),
    ("require", "Always encrypt"),
    ("verify-full", "Always encrypt, and check the server's certificate"),
    ("disable", "Never encrypt"),
)
CONNECT_TIMEOUT_S = 5


@dataclass(frozen=True)
class ServerSettings:
    host: str
    database: str
    user: str
    port: int = 5432
    tls: str = "prefer"

    def problem(self) -> str | None:
        """What is missing, in one sentence (None: enough to try)."""
        host = QT_TRANSLATE_NOOP("SharedDatabase", "Enter the server's name or address.")
        database = QT_TRANSLATE_NOOP("SharedDatabase", "Enter the database name.")
        user = QT_TRANSLATE_NOOP("SharedDatabase", "Enter the user name.")
        for value, sentence in ((self.host, host), (self.database, database), (self.user, user)):
            if not value.strip():
                return translate("SharedDatabase", sentence)
        if self.tls not in dict(TLS_MODES):
            return (translate("SharedDatabase", "{mode} is not a connection security mode FixDesk knows.")
                    .format(mode=self.tls))
        return None

    def secret_name(self) -> str:
        """The keyring entry for this server's password."""
        return f"{self.user.strip()}@{self.host.strip()}:{self.port}/{self.database.strip()}"

    def url(self, password: str | None = None) -> str:
        """``postgresql://user[:password]@host:port/database?sslmode=...``.  Without a
        password this is what FixDesk remembers and shows."""
        auth = quote(self.user.strip(), safe="")
        if password:
            auth += ":" + quote(password, safe="")
        query = urlencode({"sslmode": self.tls, "connect_timeout": CONNECT_TIMEOUT_S})
        return (f"postgresql://{auth}@{self.host.strip()}:{self.port}/"
                f"{quote(self.database.strip(), safe='')}?{query}")

    @classmethod
    def from_url(cls, url: str) -> ServerSettings | None:
        parts = urlsplit(url)
        if parts.scheme not in ("postgresql", "postgres", "postgresext"):
            return None
        query = parse_qs(parts.query)
        return cls(host=parts.hostname or "", database=unquote(parts.path.lstrip("/")),
                   user=unquote(parts.username or ""), port=parts.port or 5432,
                   tls=query.get("sslmode", ["prefer"])[0])


def password_for(url: str) -> str | None:
    """The keyring's password for a URL that carries none (None: not saved, or no keyring)."""
    settings = ServerSettings.from_url(url)
    if settings is None or urlsplit(url).password:
        return None
    from desktop_app import secrets

    return secrets.get_secret("database", settings.secret_name())


def with_saved_password(url: str) -> str:
    """``url`` with the keyring's password put in (unchanged when there is none to add)."""
    password = password_for(url)
    settings = ServerSettings.from_url(url)
    if not password or settings is None:
        return url
    full = settings.url(password)
    query = urlsplit(url).query  # keep the caller's own options (e.g. no timeout given)
    return full.split("?", 1)[0] + (f"?{query}" if query else "")


@dataclass(frozen=True)
class TestResult:
    ok: bool
    message: str  # one or two plain sentences
    holds_office: bool = False  # a FixDesk office is already there
    empty: bool = False  # nothing there yet: ready to receive an office


def plain_error(settings: ServerSettings, error: str) -> str:
    """A driver's error as an office manager would want to hear it."""
    text = error.lower()
    host, port = settings.host.strip(), settings.port
    if "could not translate host name" in text or "name or service not known" in text:
        return (translate("SharedDatabase", "No server called {host} was found; check the name or ask for "
                                            "its address.").format(host=host))
    if "connection refused" in text:
        return (translate("SharedDatabase", "Nothing answered at {host} on port {port}: the database server "
                                            "may be off, or the port may be "
                                            "wrong.").format(host=host, port=port))
    if "timeout" in text or "timed out" in text:
        return (translate("SharedDatabase", "{host} did not answer within {seconds} seconds; check the name "
                                            "and the network.").format(host=host, seconds=CONNECT_TIMEOUT_S))
    if "password authentication failed" in text or "no password supplied" in text:
        return (translate("SharedDatabase", "The server refused the user name or password for {user}.")
                .format(user=settings.user.strip()))
    if "does not exist" in text and "database" in text:
        return (translate("SharedDatabase", "The server has no database called {database}; check the name.")
                .format(database=settings.database.strip()))
    if "ssl" in text or "certificate" in text:
        return translate("SharedDatabase", "The server and FixDesk could not agree on how to protect the "
                                           "connection; try another security setting or ask whoever set up "
                                           "the server.")
    if "no pg_hba.conf entry" in text:
        return (translate("SharedDatabase", "The server does not let this computer in as {user}; ask whoever "
                                            "runs it.").format(user=settings.user.strip()))
    first = (error.strip().splitlines()[0] if error.strip()
             else translate("SharedDatabase", "unknown error"))
    return translate("SharedDatabase", "Could not connect: {reason}").format(reason=first)


def test_connection(settings: ServerSettings, password: str | None) -> TestResult:
    """Connect once and say what is there, in plain words (never raises for a bad connection)."""
    missing = settings.problem()
    if missing:
        return TestResult(False, missing)
    import psycopg2

    try:
        conn = psycopg2.connect(host=settings.host.strip(), port=settings.port,
                                dbname=settings.database.strip(), user=settings.user.strip(),
                                password=password or None, sslmode=settings.tls,
                                connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg2.Error as exc:
        return TestResult(False, plain_error(settings, str(exc)))
    try:
        with conn.cursor() as cur:
            cur.execute("SHOW server_version")
            version = str(cur.fetchone()[0]).split()[0]
            cur.execute("SELECT to_regclass('public.schema_version') IS NOT NULL, "
                        "(SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public')")
            has_fixdesk, tables = cur.fetchone()
            where = (translate("SharedDatabase", "PostgreSQL {version} on {host}")
                     .format(version=version, host=settings.host.strip()))
            if has_fixdesk:
                cur.execute("SELECT (SELECT COUNT(*) FROM incident), (SELECT COUNT(*) FROM asset)")
                incidents, assets = cur.fetchone()
                return TestResult(True, translate("SharedDatabase", "Connected to {where}. It holds a "
                                                                    "FixDesk office ({incidents} incidents, "
                                                                    "{assets} assets).")
                                  .format(where=where, incidents=incidents, assets=assets), holds_office=True)
            if tables:
                return TestResult(False, translate("SharedDatabase", "Connected to {where}, but the database "
                                                                     "{database} holds another program's "
                                                                     "tables; FixDesk will not mix with "
                                                                     "them.")
                                  .format(where=where, database=settings.database))
            return TestResult(True, translate("SharedDatabase", "Connected to {where}. The database is "
                                                                "empty, ready for this office's data.")
                              .format(where=where), empty=True)
    except psycopg2.Error as exc:
        return TestResult(False, plain_error(settings, str(exc)))
    finally:
        conn.close()
