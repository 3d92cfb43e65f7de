"""Noticing other PCs' changes to the shared database, cheaply, without Qt.

SQLite: ``PRAGMA data_version`` on the window's own connection changes only when
another connection (another FixDesk, the command line) has committed, and costs
microseconds, so it is polled.  PostgreSQL: every write fires a statement trigger
(schema step ``_v6_notify`` in migrations.py) that sends ``NOTIFY fixdesk_changes,
'<table>'``, so the command line's and other PCs' writes are heard alike; a second
connection LISTENs, and its socket is what the window watches.  Notifications sent
by the window's own connection are left out: the window already refreshed after
its own write.

Nothing here imports Qt: the window wraps a feed in a QTimer or QSocketNotifier.
"""

from __future__ import annotations

import contextlib

import peewee as pw

from desktop_app.i18n import translate

CHANNEL = "fixdesk_changes"
ANY = "*"  # "something changed" when the backend cannot say which table


class ConnectionLost(Exception):
    """The database server cannot be reached; the message is one plain sentence."""


class ChangeFeed:
    """What the window polls: ``changes()`` returns the tables others changed since last time."""

    def fileno(self) -> int | None:
        """A socket that becomes readable when there is news (None: poll on a timer)."""
        return None

    def changes(self) -> frozenset[str]:
        raise NotImplementedError

    def reconnect(self) -> None:
        """After ``ConnectionLost``: try again (raises ConnectionLost while still gone)."""

    def close(self) -> None:
        """Let go of anything opened for listening."""


class SqliteChanges(ChangeFeed):
    def __init__(self, db: pw.SqliteDatabase) -> None:
        self.db = db
        self._seen = self._version()

    def _version(self) -> int:
        return int(self.db.execute_sql("PRAGMA data_version").fetchone()[0])

    def changes(self) -> frozenset[str]:
        version = self._version()
        changed, self._seen = version != self._seen, version
        return frozenset({ANY}) if changed else frozenset()


class PostgresChanges(ChangeFeed):
    def __init__(self, db: pw.Database) -> None:
        self.db = db
        self.conn = None
        self._listen()

    def _listen(self) -> None:
        import psycopg2

        try:
            params = {**self.db.connect_params, "connect_timeout": 5}
            conn = psycopg2.connect(dbname=self.db.database, **params)
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute(f"LISTEN {CHANNEL}")
        except psycopg2.Error as exc:
            raise ConnectionLost(lost_sentence(self.db)) from exc
        self.conn = conn

    def fileno(self) -> int | None:
        return self.conn.fileno() if self.conn is not None else None

    def _own_pid(self) -> int | None:
        """The backend of the window's own connection (on this thread), if it is open."""
        if self.db.is_closed():
            return None
        try:
            return self.db.connection().get_backend_pid()
        except Exception:  # noqa: BLE001 - a broken connection simply has no pid to skip
            return None

    def changes(self) -> frozenset[str]:
        import psycopg2

        if self.conn is None:
            raise ConnectionLost(lost_sentence(self.db))
        try:
            self.conn.poll()
        except psycopg2.Error as exc:
            self.close()
            raise ConnectionLost(lost_sentence(self.db)) from exc
        if self.conn.closed:  # the server hung up (a restart): poll() may only notice quietly
            self.close()
            raise ConnectionLost(lost_sentence(self.db))
        own = self._own_pid()
        tables = {n.payload or ANY for n in self.conn.notifies if n.pid != own}
        self.conn.notifies.clear()
        return frozenset(tables)

    def reconnect(self) -> None:
        self.close()
        self._listen()
        reset_connection(self.db)  # the window's own connection died with the server too

    def close(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(Exception):  # already gone
                self.conn.close()
            self.conn = None


def lost_sentence(db: pw.Database) -> str:
    host = db.connect_params.get("host") or translate("Changes", "this computer")
    return (translate("Changes", "The connection to the shared database on {host} was lost; FixDesk keeps "
                                 "trying and your typing is kept.").format(host=host))


def is_connection_error(exc: BaseException) -> bool:
    """True for the errors a dropped server connection raises (not bad data or a bad query)."""
    if isinstance(exc, ConnectionLost):
        return True
    try:
        import psycopg2
    except ImportError:  # pragma: no cover - psycopg2 is a dependency
        psycopg2 = None
    cause = exc.__cause__ or exc.__context__ or exc
    if psycopg2 is not None and isinstance(cause, (psycopg2.OperationalError, psycopg2.InterfaceError)):
        return True
    if isinstance(exc, (pw.InterfaceError, pw.OperationalError)):
        text = str(exc).lower()
        return any(word in text for word in ("connection", "server closed", "terminat", "could not connect"))
    return False


def needs_listener(db: pw.Database) -> bool:
    """A server, heard through its own listening connection (opening it takes round trips)."""
    return not isinstance(db, pw.SqliteDatabase)


def reset_connection(db: pw.Database) -> None:
    """After the server came back: drop this thread's dead connection and open a fresh one."""
    with contextlib.suppress(Exception):  # closing a dead connection may itself fail
        if not db.is_closed():
            db.close()
    try:
        db.connect(reuse_if_open=True)
    except pw.Error as exc:
        raise ConnectionLost(lost_sentence(db)) from exc


def open_feed(db: pw.Database) -> ChangeFeed:
    if isinstance(db, pw.SqliteDatabase):
        return SqliteChanges(db)
    return PostgresChanges(db)


# -- PostgreSQL: the triggers that announce every write ------------------------------------------
NOTIFY_FUNCTION = f"""
CREATE OR REPLACE FUNCTION fixdesk_notify_change() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
    RETURN NULL;
END
$$ LANGUAGE plpgsql
"""


def install_triggers(db: pw.Database, tables: list[str]) -> None:
    """One statement-level trigger per table: a bulk import sends one notice per table and
    transaction (PostgreSQL folds identical notices), not one per row."""
    db.execute_sql(NOTIFY_FUNCTION)
    for table in tables:
        db.execute_sql(f'DROP TRIGGER IF EXISTS fixdesk_changes ON "{table}"')
        db.execute_sql(
            f'CREATE TRIGGER fixdesk_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}" '
            "FOR EACH STATEMENT EXECUTE PROCEDURE fixdesk_notify_change()")
