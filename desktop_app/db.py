"""Opening the database: where it lives, how it is tuned, binding the models.

Nothing here runs at import time; ``open_database`` does the work.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import peewee as pw

from desktop_app import DB_ENV_VAR
from desktop_app.dbinfo import DatabaseError, describe, sqlite_path  # noqa: F401 - importable from here
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
        raise DatabaseError(f"{path} is a folder; give the path of a database file inside it.")
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise DatabaseError(f"Cannot read the database file {path}: {exc.strerror}.") from exc
    if head != b"SQLite format 3\x00":
        raise DatabaseError(f"{path} is not a FixDesk database (it is not an SQLite file).")


def connect(location: str | os.PathLike[str] | None = None, *, bind: bool = True) -> pw.Database:
    """Connect and bind the models; no schema work (see ``open_database``).

    ``bind=False`` leaves the models bound where they are: a second database opened beside
    the one in use (copying an office to a shared database, a backup of a server)."""
    loc = resolve_location(location)
    if is_url(loc):
        if loc.startswith("sqlite:///"):
            loc = loc[len("sqlite:///"):]  # sqlite:////abs/path -> /abs/path
        else:
            from playhouse.db_url import connect as url_connect

            from desktop_app.shared_db import with_saved_password

            loc = with_saved_password(loc)  # a shared database's password lives in the keyring
            try:
                database = url_connect(loc)
                database.connect()
            except Exception as exc:  # driver errors vary by backend
                raise DatabaseError(f"Could not connect to {_redact(loc)}: {exc}".strip()) from exc
            if bind:
                database.bind(MODELS)
            return database
    path = Path(loc).expanduser()
    if loc != ":memory:":
        _check_sqlite_file(path)
        try:
            _create_private_file(path)
        except OSError as exc:
            raise DatabaseError(f"Cannot create the database file {path}: {exc.strerror}.") from exc
    # BEGIN IMMEDIATE: a write transaction takes the lock up front and waits (busy_timeout) for
    # another writer, instead of failing at once with "database is locked" when a deferred
    # transaction that has already read tries to upgrade (two FixDesk processes on one file).
    database = pw.SqliteDatabase(str(path) if loc != ":memory:" else ":memory:",
                                 pragmas=SQLITE_PRAGMAS, timeout=5, lock_type="IMMEDIATE")
    # SQLite's own lower() folds ASCII letters only: "ZOË HARTLEY" must still find Zoë Hartley.
    database.register_function(_unicode_lower, "lower", 1, deterministic=True)
    try:
        database.connect()
    except (pw.DatabaseError, sqlite3.Error) as exc:
        raise DatabaseError(f"Cannot open the database {path}: {exc}.") from exc
    if bind:
        database.bind(MODELS)
    return database


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


def open_database(location: str | os.PathLike[str] | None = None, *, migrate: bool = True,
                  bind: bool = True) -> pw.Database:
    """Connect, then bring the schema up to date (with a backup first if it must change)."""
    database = connect(location, bind=bind)
    if migrate:
        from desktop_app.migrations import migrate as run_migrations

        try:
            run_migrations(database)
        except DatabaseError:  # newer than us, or another program's file: let go of it
            database.close()
            raise
        except pw.DatabaseError as exc:
            database.close()
            raise DatabaseError(
                f"The database {describe(database)} is damaged or unreadable: {exc}.") from exc
    return database
