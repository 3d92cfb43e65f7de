"""Opening the database: where it lives, how it is tuned, binding the models.

Nothing here runs at import time; ``open_database`` does the work.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import peewee as pw

from desktop_app import DB_ENV_VAR
from desktop_app.dbinfo import DatabaseError, describe, sqlite_path  # noqa: F401 - importable from here
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.models import MODELS

ENV_VAR = DB_ENV_VAR
DB_FILENAME = "fixdesk.sqlite3"

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": "normal",
    "cache_size": -8000,  # 8 MB page cache
}


# English, marked for the catalogue; shown through _t() in the current language.
DISK_FULL = QT_TRANSLATE_NOOP("Database", "The disk holding the database is full: free some space; "
                                          "nothing was changed.")
BUSY_GAVE_UP = QT_TRANSLATE_NOOP("Database", "Another program kept the database busy for {seconds} seconds; "
                                             "nothing was changed: try again when it has finished.")
DISK_FULL_REASON = QT_TRANSLATE_NOOP("Database", "the disk holding it is full")
BUSY_CANCELLED = QT_TRANSLATE_NOOP("Database", "Cancelled while another program was using the database; "
                                               "nothing was changed.")


def _t(text: str) -> str:
    """A sentence or reason defined here (marked above), in the current language."""
    return translate("Database", text)

# Called while another program holds the write lock, with the seconds waited so far; True keeps
# waiting (after a short pause of the waiter's choosing), False gives up.
LockWait = Callable[[float], bool]


def _message(exc: BaseException) -> str:
    return str(exc).lower()


def is_busy_error(exc: BaseException) -> bool:
    text = _message(exc)
    return "database is locked" in text or "database is busy" in text or "database table is locked" in text


def is_disk_full_error(exc: BaseException) -> bool:
    return "database or disk is full" in _message(exc) or "no space left" in _message(exc)


def is_read_only_error(exc: BaseException) -> bool:
    return "readonly database" in _message(exc) or "read-only" in _message(exc)


class FixDeskSqliteDatabase(pw.SqliteDatabase):
    """SQLite as FixDesk uses it: a refused write becomes one plain sentence, a read-only file is
    opened read-only, and a write lock held by another program is waited for (``lock_wait``)."""

    def __init__(self, *args: Any, read_only_reason: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.read_only_reason = read_only_reason  # why it cannot be written; "" when it can
        self.lock_wait: LockWait | None = None
        # How long one try at the write lock waits inside SQLite; a window that shows a waiting
        # dialog sets it short so it never freezes for long.
        self.lock_try_ms = SQLITE_PRAGMAS["busy_timeout"]

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    def read_only_sentence(self) -> str:
        return (translate("Database", "This database can only be read ({reason}); nothing was changed.")
                .format(reason=_t(self.read_only_reason)))

    def _connect(self) -> sqlite3.Connection:
        if not self.read_only:
            return super()._connect()
        from urllib.parse import quote

        # mode=ro opens a file the user cannot write; immutable=1 also one whose folder cannot
        # hold SQLite's -wal/-shm files (read-only media), which mode=ro alone cannot open in WAL mode.
        last: Exception | None = None
        for flags in ("mode=ro", "mode=ro&immutable=1"):
            conn = sqlite3.connect(f"file:{quote(str(self.database))}?{flags}", uri=True,
                                   timeout=self._timeout, isolation_level=None, **self.connect_params)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                self._add_conn_hooks(conn)
                return conn
            except sqlite3.Error as exc:
                conn.close()
                last = exc
        assert last is not None
        raise last

    def plain_error(self, exc: Exception) -> Exception | None:
        """The plain-words error for ``exc`` (full disk, read-only, busy), or None."""
        return self._refusal(exc)

    def _refusal(self, exc: Exception) -> Exception | None:
        from desktop_app.services.errors import DatabaseBusy, DiskFull, ReadOnlyDatabase

        if is_disk_full_error(exc):
            return DiskFull(_t(DISK_FULL))
        if is_read_only_error(exc) and self.read_only_reason == DISK_FULL_REASON:
            return DiskFull(_t(DISK_FULL))  # opened read-only only because the disk had no room
        if is_read_only_error(exc):
            return ReadOnlyDatabase(self.read_only_sentence() if self.read_only else
                                    translate("Database", "The database file cannot be written to (it "
                                                          "is read-only); nothing was changed."))
        if is_busy_error(exc):
            return DatabaseBusy(_t(BUSY_GAVE_UP).format(seconds=SQLITE_PRAGMAS["busy_timeout"] // 1000))
        return None

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        try:
            return super().execute_sql(sql, params)
        except pw.OperationalError as exc:
            plain = self._refusal(exc)
            if plain is None:
                raise
            raise plain from exc

    def commit(self) -> None:
        try:
            super().commit()
        except pw.OperationalError as exc:
            plain = self._refusal(exc)
            if plain is None:
                raise
            raise plain from exc

    def rollback(self) -> None:
        try:
            super().rollback()
        except pw.OperationalError as exc:
            # A full disk or an I/O error makes SQLite roll the transaction back by itself; the
            # error that caused it is the one to report, not this one.
            if "no transaction is active" not in _message(exc):
                raise

    def begin(self, lock_type: str | None = None) -> None:
        if self.read_only:
            # No write lock to take; a write inside is refused by SQLite (one sentence, above).
            with pw.__exception_wrapper__:
                self.cursor().execute("BEGIN")
            return
        started = time.monotonic()
        waiting = False
        waiter = self.lock_wait
        try:
            while True:
                try:
                    super().begin(lock_type)
                    return
                except pw.OperationalError as exc:
                    if not is_busy_error(exc):
                        plain = self._refusal(exc)
                        if plain is None:
                            raise
                        raise plain from exc
                    waiting = True
                    self._gave_up_or_wait(exc, started)
                    # Later tries are short, so a window showing that it waits stays live.
                    self._set_busy_timeout(min(self.lock_try_ms, 250))
        finally:
            if waiting:
                self._set_busy_timeout(self.lock_try_ms)
                done = getattr(waiter, "finished", None)
                if done is not None:
                    done()

    def _gave_up_or_wait(self, exc: Exception, started: float) -> None:
        from desktop_app.services.errors import DatabaseBusy

        waited = time.monotonic() - started
        waiter = self.lock_wait
        if waiter is None:
            raise DatabaseBusy(_t(BUSY_GAVE_UP).format(seconds=max(1, round(waited)))) from exc
        if not waiter(waited):
            waited = time.monotonic() - started
            if getattr(waiter, "cancelled", False):
                raise DatabaseBusy(_t(BUSY_CANCELLED)) from exc
            raise DatabaseBusy(_t(BUSY_GAVE_UP).format(seconds=max(1, round(waited)))) from exc

    def _set_busy_timeout(self, ms: int) -> None:
        with pw.__exception_wrapper__:
            self.cursor().execute(f"PRAGMA busy_timeout = {int(ms)}")

    def set_lock_try_ms(self, ms: int) -> None:
        """Shorter tries at the write lock for this connection (see ``lock_try_ms``)."""
        self.lock_try_ms = ms
        self._pragmas = [(k, ms if k == "busy_timeout" else v) for k, v in self._pragmas]
        if not self.is_closed():
            self._set_busy_timeout(ms)


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("FixDesk", "FixDesk"))


def resolve_location(db: str | os.PathLike[str] | None = None) -> str:
    """Where to open: the explicit argument, else $FIXDESK_DB, else the user's data folder."""
    if db:
        return str(db)
    env = os.environ.get(ENV_VAR)
    if env:
        return env
    return str(default_data_dir() / DB_FILENAME)


def is_url(location: str) -> bool:
    return "://" in location


def _create_private_file(path: Path) -> None:
    """Create the file owner-only before SQLite does, so it never exists world-readable."""
    # A folder FixDesk makes for its data is private too (an existing one is left alone).
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def _check_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError(translate("Database", "{path} is a folder; give the path of a database file "
                                                  "inside it.").format(path=path))
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise DatabaseError(translate("Database", "Cannot read the database file {path}: {reason}.")
                            .format(path=path, reason=exc.strerror)) from exc
    if head != b"SQLite format 3\x00":
        raise DatabaseError(translate("Database", "{path} is not a FixDesk database (it is not an SQLite "
                                                  "file).")
                            .format(path=path))


def connect(location: str | os.PathLike[str] | None = None, *, bind: bool = True) -> pw.Database:
    """Connect and bind the models; no schema work (see ``open_database``).

    ``bind=False`` leaves the models bound where they are: a second database opened beside
    the one in use (copying an office to a shared database, a backup of a server)."""
    loc = resolve_location(location)
    if is_url(loc):
        if loc.startswith("sqlite:///"):
            loc = loc[len("sqlite:///"):]  # sqlite:////abs/path -> /abs/path
        else:
            from desktop_app.server_db import server_database
            from desktop_app.shared_db import with_saved_password

            loc = with_saved_password(loc)  # a shared database's password lives in the keyring
            try:
                database = server_database(loc)
                database.connect()
            except Exception as exc:  # driver errors vary by backend
                raise DatabaseError(translate("Database", "Could not connect to {address}: {reason}")
                                    .format(address=_redact(loc), reason=exc).strip()) from exc
            if bind:
                database.bind(MODELS)
            return database
    path = Path(loc).expanduser()
    reason = ""
    if loc != ":memory:":
        _check_sqlite_file(path)
        reason = read_only_reason(path)
        if not reason:
            try:
                _create_private_file(path)
            except OSError as exc:
                raise DatabaseError(translate("Database", "Cannot create the database file {path}: {reason}.")
                                    .format(path=path, reason=exc.strerror)) from exc
    try:
        database = _sqlite(path if loc != ":memory:" else None, reason)
    except DatabaseError:
        if reason or not path.exists() or path.stat().st_size == 0:
            raise
        # Opening for writing failed on a file that is there (a folder SQLite cannot add its
        # -wal/-shm files to, a share that refuses writes, a full disk): read it rather than
        # refuse it, and say why a write is refused.
        full = disk_has_no_room(path)
        database = _sqlite(path, DISK_FULL_REASON if full else
                           QT_TRANSLATE_NOOP("Database", "it cannot be written to from this computer"))
    if bind:
        database.bind(MODELS)
    return database


def disk_has_no_room(path: Path) -> bool:
    """Too little free space beside ``path`` for SQLite to start its -wal/-shm files."""
    import shutil

    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False


def _sqlite(path: Path | None, read_only: str) -> FixDeskSqliteDatabase:
    pragmas = dict(SQLITE_PRAGMAS)
    if read_only:
        del pragmas["journal_mode"]  # changing it is a write
    # BEGIN IMMEDIATE: a write transaction takes the lock up front and waits (busy_timeout) for
    # another writer, instead of failing at once with "database is locked" when a deferred
    # transaction that has already read tries to upgrade (two FixDesk processes on one file).
    database = FixDeskSqliteDatabase(str(path) if path is not None else ":memory:", pragmas=pragmas,
                                     timeout=5, lock_type="IMMEDIATE", read_only_reason=read_only)
    # SQLite's own lower() folds ASCII letters only: "ZOË HARTLEY" must still find Zoë Hartley.
    database.register_function(_unicode_lower, "lower", 1, deterministic=True)
    try:
        database.connect()
        if path is not None and not read_only:
            # journal_mode=wal alone does not show a folder that cannot hold the -wal file.
            database.execute_sql("SELECT count(*) FROM sqlite_master")
    except (pw.DatabaseError, sqlite3.Error) as exc:
        if not database.is_closed():
            database.close()
        raise DatabaseError(translate("Database", "Cannot open the database {path}: {reason}.")
                            .format(path=path or ":memory:", reason=exc)) from exc
    return database


def read_only_reason(path: Path) -> str:
    """Why the database file at ``path`` cannot be written here, or "" when it can."""
    if not path.exists():
        return ""
    if _on_read_only_mount(path):
        return QT_TRANSLATE_NOOP("Database", "it is on a read-only disk or share")
    if not os.access(path, os.W_OK):
        return QT_TRANSLATE_NOOP("Database", "you do not have permission to change the file")
    return ""


def _on_read_only_mount(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # no statvfs on Windows; os.access covers read-only there
        return False


def _unicode_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _redact(url: str) -> str:
    """Drop any password from a URL before it is shown anywhere."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


def _damaged(where: str, exc: Exception) -> str:
    return (translate("Database", "The database {where} is damaged or unreadable: {reason}.")
            .format(where=where, reason=exc))


def open_database(location: str | os.PathLike[str] | None = None, *, migrate: bool = True,
                  bind: bool = True) -> pw.Database:
    """Connect, then bring the schema up to date (with a backup first if it must change)."""
    database = connect(location, bind=bind)
    if migrate and getattr(database, "read_only", False):
        from desktop_app.migrations import LATEST, current_version

        where, why = describe(database), _t(database.read_only_reason)
        try:
            version = current_version(database)
        except pw.DatabaseError as exc:
            database.close()
            raise DatabaseError(_damaged(where, exc)) from exc
        if version == 0:
            database.close()
            raise DatabaseError(translate("Database", "{where} is not a FixDesk database, and it can only "
                                                      "be read here ({reason}).")
                                .format(where=where, reason=why))
        if version < LATEST:
            database.close()
            raise DatabaseError(
                translate("Database", "The database {where} was made by an older FixDesk and can only be "
                                      "read here ({reason}); open it once where it can be changed to update "
                                      "it.")
                .format(where=where, reason=why))
    if migrate:
        from desktop_app.migrations import migrate as run_migrations

        try:
            run_migrations(database)
        except DatabaseError:  # newer than us, or another program's file: let go of it
            database.close()
            raise
        except pw.DatabaseError as exc:
            database.close()
            raise DatabaseError(_damaged(describe(database), exc)) from exc
    return database
