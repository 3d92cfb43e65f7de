"""Backups and restore of the SQLite database, and opening a database safely.

Every copy is made with SQLite's online backup API, so it is consistent even
while the window (or another process) is writing.  Automatic copies go into a
``backups/NAME/`` folder beside the database ``NAME.sqlite3`` (one per database),
named ``auto-YYYY-MM-DD.sqlite3``, at
most one per day, keeping the newest N.  A restore first checks the chosen
file (an SQLite file, a FixDesk schema, ``PRAGMA integrity_check`` ok), then
saves a safety copy of the current database, and only then copies over it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from desktop_app.db import DatabaseError, disk_has_no_room, open_database, resolve_location, sqlite_path
from desktop_app.i18n import format_datetime, translate
from desktop_app.services.errors import ServiceError

AUTO_PATTERN = re.compile(r"^auto-(\d{4}-\d{2}-\d{2})\.sqlite3$")
SQLITE_MAGIC = b"SQLite format 3\x00"


class BackupError(ServiceError):
    """A backup or restore was refused; the message is one sentence."""


class DamagedDatabase(DatabaseError):
    """The database fails its integrity check; ``newest_good_backup`` may offer a way back."""

    def __init__(self, message: str, path: Path, newest_good_backup: BackupInfo | None) -> None:
        super().__init__(message)
        self.path = path
        self.newest_good_backup = newest_good_backup


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    modified: dt.datetime  # local wall-clock time of the file
    size: int
    incidents: int
    assets: int
    vendors: int

    @property
    def summary(self) -> str:
        return (translate("Backup", "{when}: {incidents} incidents, {assets} assets, {vendors} vendors")
                .format(when=format_datetime(self.modified), incidents=self.incidents, assets=self.assets,
                        vendors=self.vendors))


def backup_dir(location: str | os.PathLike[str] | pw.Database) -> Path:
    """``backups/NAME/`` beside the database file ``NAME.sqlite3``: one folder per database,
    so a damaged file is never offered another database's backups from the same folder.  A
    shared database's backups go to this computer's data folder (``transfer.server_backup_dir``)."""
    from desktop_app import transfer

    if isinstance(location, pw.Database):
        if not isinstance(location, pw.SqliteDatabase):
            return transfer.server_backup_dir(location)
        location = _db_file(location)  # (an in-memory database has no backups: BackupError)
    loc = str(location)
    if "://" in loc and not loc.startswith("sqlite:///"):
        from playhouse.db_url import parse

        params = parse(loc)  # what the connection is opened with, so the folder is the same
        return transfer.server_backup_folder(str(params.get("database") or ""), params.get("host"))
    db_path = Path(loc.removeprefix("sqlite:///"))
    return db_path.parent / "backups" / db_path.stem


def _server_refusal() -> str:
    return translate("Backup", "Backups are made only for a database file; a shared database server is "
                               "backed up by its administrator.")


def _db_file(location: str | os.PathLike[str] | pw.Database | None) -> Path:
    if isinstance(location, pw.Database):
        path = sqlite_path(location)
        if path is None:
            raise BackupError(_server_refusal())
        return path
    loc = resolve_location(location)
    if "://" in loc and not loc.startswith("sqlite:///"):
        raise BackupError(_server_refusal())
    return Path(loc.removeprefix("sqlite:///")).expanduser()


def database_file(database: pw.Database) -> Path:
    """The SQLite file behind an open database; BackupError for a database server."""
    return _db_file(database)


PARTIAL_PREFIX = ".partial-"


def _in_use(partial: Path) -> bool:
    """True while another backup is still writing ``partial`` (it holds SQLite's write lock)."""
    try:
        conn = sqlite3.connect(f"file:{partial}?mode=ro", uri=True, timeout=0)
    except sqlite3.Error:
        return False
    try:
        # Reading takes the shared lock, which a backup still writing the file refuses.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return False
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    except sqlite3.Error:  # half a file: nobody is writing it any more
        return False
    finally:
        conn.close()


def clean_partials(folder: Path) -> list[Path]:
    """Remove half-written copies (and their journals) that a killed backup left in ``folder``."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for path in sorted(folder.glob(f"{PARTIAL_PREFIX}*")):
        if path.name.endswith("-journal"):
            main = path.with_name(path.name.removesuffix("-journal"))
            if main.exists():
                continue  # goes with its database file, below
        elif _in_use(path):
            continue
        for leftover in (path, Path(f"{path}-journal")):
            if leftover.exists():
                leftover.unlink(missing_ok=True)
                removed.append(leftover)
    return removed


def clean_backup_folder(location: str | os.PathLike[str] | pw.Database | None) -> list[Path]:
    """At start: the database's backups folder rid of copies a killed backup left half-written."""
    try:
        return clean_partials(backup_dir(_db_file(location)))
    except (BackupError, OSError):
        return []


def _copy(source: Path, dest: Path, *, standalone: bool = True) -> None:
    """Online backup from ``source`` to ``dest``.

    ``standalone`` copies (backups) are written beside ``dest`` under a temporary name, switched
    out of WAL mode and renamed into place, so a backup file is either complete or absent.
    Otherwise (a restore into the live database) the pages go straight into ``dest`` through
    SQLite, so other open connections see the restored contents.
    """
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # backups hold the office's records
    if standalone:
        clean_partials(dest.parent)
    target = dest.with_name(f"{PARTIAL_PREFIX}{dest.name}") if standalone else dest
    if not target.exists():
        os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o600))
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    try:
        out = sqlite3.connect(str(target), timeout=30)
        try:
            src.backup(out)
            if standalone:
                out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
        if standalone:
            os.replace(target, dest)
    except sqlite3.Error as exc:
        raise BackupError(translate("Backup", "Could not copy {name}: {reason}.")
                          .format(name=source.name, reason=exc)) from exc
    finally:
        src.close()
        if standalone:
            for leftover in (target, Path(f"{target}-journal")):
                leftover.unlink(missing_ok=True)


def _server(location: str | os.PathLike[str] | pw.Database | None) -> tuple[pw.Database, bool] | None:
    """(database, opened here) when ``location`` is a database server, else None."""
    if isinstance(location, pw.Database):
        return None if isinstance(location, pw.SqliteDatabase) else (location, False)
    loc = resolve_location(location)
    if "://" not in loc or loc.startswith("sqlite:///"):
        return None
    from desktop_app.transfer import open_beside

    return open_beside(loc), True


def backup(location: str | os.PathLike[str] | pw.Database | None, dest: str | os.PathLike[str] | None = None,
           *, now: dt.datetime | None = None) -> Path:
    """Copy the database to ``dest`` (default: backups/manual-TIMESTAMP.sqlite3); return the path.

    A shared (PostgreSQL) office is backed up into the same kind of file: an SQLite copy of
    every record, kept in this computer's data folder unless ``dest`` says otherwise."""
    server = _server(location)
    if server is not None:
        from desktop_app import transfer

        db, opened = server
        try:
            return transfer.backup_server(db, dest, now=now)
        finally:
            if opened:
                db.close()
    source = _db_file(location)
    if not source.exists():
        raise BackupError(translate("Backup", "There is no database at {path} to back up.")
                          .format(path=source))
    now = now or dt.datetime.now()
    target = Path(dest) if dest else backup_dir(source) / f"manual-{now:%Y-%m-%d-%H%M%S}.sqlite3"
    if target.is_dir():
        target = target / f"fixdesk-{now:%Y-%m-%d-%H%M%S}.sqlite3"
    if target.resolve() == source.resolve():
        raise BackupError(translate("Backup", "The backup cannot be written over the database itself."))
    _copy(source, target)
    return target


def auto_backup(location: str | os.PathLike[str] | pw.Database | None, keep: int = 14,
                *, today: dt.date | None = None) -> Path | None:
    """Today's automatic copy if there is none yet; prune to the newest ``keep``. None if skipped.

    A shared (PostgreSQL) office gets the same daily file, an SQLite copy of every record, in
    this computer's data folder: each PC that opens the office keeps its own fortnight of
    copies, and the office needs no administrator for them."""
    today = today or dt.date.today()
    server = _server(location)
    made = None
    if server is not None:
        from desktop_app import transfer

        db, opened = server
        try:
            folder = backup_dir(db)
            target = folder / f"auto-{today.isoformat()}.sqlite3"
            if not target.exists():
                made = transfer.backup_server(db, target)
        finally:
            if opened:
                db.close()
    else:
        source = _db_file(location)
        if not source.exists() or source.stat().st_size == 0:
            return None
        folder = backup_dir(source)
        target = folder / f"auto-{today.isoformat()}.sqlite3"
        if not target.exists():
            _copy(source, target)
            made = target
    autos = sorted((p for p in folder.glob("auto-*.sqlite3") if AUTO_PATTERN.match(p.name)),
                   key=lambda p: p.name, reverse=True)
    for old in autos[max(keep, 1):]:
        old.unlink(missing_ok=True)
    return made


def _damaged(path: Path, exc: Exception) -> str:
    return translate("Backup", "{name} is damaged ({reason}).").format(name=path.name, reason=exc)


def inspect(path: str | os.PathLike[str]) -> BackupInfo:
    """Check that ``path`` is a healthy FixDesk database and count its records, or refuse."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(translate("Backup", "{path} does not exist.").format(path=path))
    with open(path, "rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise BackupError(translate("Backup", "{name} is not a FixDesk database (it is not an SQLite "
                                                  "file).")
                              .format(name=path.name))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(translate("Backup", "{name} cannot be opened: {reason}.")
                          .format(name=path.name, reason=exc)) from exc
    try:
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        except sqlite3.DatabaseError as exc:
            raise BackupError(_damaged(path, exc)) from exc
        if rows != ["ok"]:
            raise BackupError(translate("Backup", "{name} is damaged: {problem}.")
                              .format(name=path.name, problem=rows[0]))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"schema_version", "incident", "asset", "vendor"} <= tables:
            raise BackupError(translate("Backup", "{name} is not a FixDesk database (its tables are not "
                                                  "FixDesk's).").format(name=path.name))
        counts = [conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
                  for t in ("incident", "asset", "vendor")]
        from desktop_app.migrations import LATEST

        row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        if row and row[0] and row[0] > LATEST:
            raise BackupError(translate("Backup", "{name} was made by a newer FixDesk (schema {version}); "
                                                  "update FixDesk first.")
                              .format(name=path.name, version=row[0]))
    except sqlite3.DatabaseError as exc:
        raise BackupError(_damaged(path, exc)) from exc
    finally:
        conn.close()
    stat = path.stat()
    return BackupInfo(path, dt.datetime.fromtimestamp(stat.st_mtime), stat.st_size, *counts)


def list_backups(location: str | os.PathLike[str] | pw.Database | None) -> list[BackupInfo]:
    """Healthy backups beside the database, newest first (damaged ones are left out); a shared
    database's are the ones made on this computer."""
    server = _server(location)
    if server is not None:
        from desktop_app.transfer import server_backup_dir

        db, opened = server
        folder = server_backup_dir(db)
        if opened:
            db.close()
    else:
        folder = backup_dir(_db_file(location))
    found = []
    for path in folder.glob("*.sqlite3") if folder.is_dir() else []:
        if path.name.startswith("."):
            continue  # a copy still being written
        try:
            found.append(inspect(path))
        except (BackupError, OSError):  # damaged, or removed while we looked
            continue
    return sorted(found, key=lambda b: b.modified, reverse=True)


def restore(location: str | os.PathLike[str] | pw.Database | None, source: str | os.PathLike[str],
            *, now: dt.datetime | None = None) -> Path | None:
    """Replace the database with ``source``; returns the safety copy of what was there (or None).

    Callers close their own connection first; other processes see the new
    contents on their next transaction, because the copy goes through SQLite.
    A shared (PostgreSQL) office has its records replaced in one transaction instead.
    """
    server = _server(location)
    if server is not None:
        from desktop_app import transfer

        db, opened = server
        try:
            return transfer.restore_server(db, inspect(source), now=now)
        finally:
            if opened:
                db.close()
    target = _db_file(location)
    info = inspect(source)
    if target.exists() and info.path.resolve() == target.resolve():
        raise BackupError(translate("Backup", "That file is the database itself; choose a backup."))
    safety = None
    now = now or dt.datetime.now()
    if target.exists() and target.stat().st_size:
        safety = backup_dir(target) / f"before-restore-{now:%Y-%m-%d-%H%M%S}.sqlite3"
        try:
            _copy(target, safety)
        except BackupError:
            # A database too damaged to copy through SQLite is kept byte for byte instead.
            safety.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(safety, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(target.read_bytes())
    # A damaged file cannot be a backup destination through SQLite: start it afresh.
    try:
        _copy(info.path, target, standalone=False)
    except BackupError:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        _copy(info.path, target, standalone=False)
    return safety


def restore_live(database: pw.Database, source: str | os.PathLike[str]) -> Path | None:
    """Restore under an open connection (the window's): close it, restore, reopen, migrate."""
    if not isinstance(database, pw.SqliteDatabase):  # a server: replaced in one transaction
        from desktop_app.transfer import restore_server

        return restore_server(database, inspect(source))
    path = _db_file(database)
    inspect(source)  # refuse before closing anything
    if not database.is_closed():
        database.close()
    try:
        return restore(path, source)
    finally:
        database.connect(reuse_if_open=True)
        from desktop_app.migrations import migrate

        migrate(database)


def quick_check(path: Path) -> str | None:
    """None when the file passes SQLite's quick check, else the first problem."""
    from urllib.parse import quote

    problem = None
    # immutable=1 as well: a file on read-only media in WAL mode opens no other way.
    for flags in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(f"file:{quote(str(path))}?{flags}", uri=True)
            try:
                rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            finally:
                conn.close()
        except sqlite3.OperationalError as exc:
            problem = str(exc)
            if "unable to open" in problem:
                continue
            return problem
        except sqlite3.DatabaseError as exc:
            return str(exc)
        return None if rows == ["ok"] else rows[0]
    return problem


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    backups = list_backups(db_path)
    return backups[0] if backups else None


def open_or_explain(location: str | os.PathLike[str] | None = None) -> pw.Database:
    """Open (and migrate) the database, or raise ``DamagedDatabase`` with a way back.

    Never creates an empty database in place of a damaged one: the damaged file
    is left untouched for the user (or a restore) to deal with.
    """
    loc = resolve_location(location)
    if "://" in loc and not loc.startswith("sqlite:///"):
        return open_database(loc)
    path = Path(loc.removeprefix("sqlite:///")).expanduser()
    if path.exists() and path.stat().st_size:
        with open(path, "rb") as fh:
            head = fh.read(16)
        problem = (None if head == SQLITE_MAGIC else translate("Backup", "it is not an SQLite file")) \
            or quick_check(path)
        if problem and head == SQLITE_MAGIC and disk_has_no_room(path):
            problem = None  # a full disk, not damage: a refused write says so in plain words
        if problem:
            good = newest_good_backup(path)
            offer = (translate("Backup", " The newest good backup is from {when} ({incidents} incidents, "
                                         "{assets} assets).")
                     .format(when=format_datetime(good.modified), incidents=good.incidents,
                             assets=good.assets)
                     if good else translate("Backup", " No good backup was found beside it."))
            raise DamagedDatabase(translate("Backup", "The database {path} is damaged ({problem}).{offer}")
                                  .format(path=path, problem=problem, offer=offer), path, good)
    try:
        return open_database(path)
    except DatabaseError as exc:
        if not path.exists():
            raise
        good = newest_good_backup(path)
        raise DamagedDatabase(str(exc), path, good) from exc


__all__ = ["BackupError", "BackupInfo", "DamagedDatabase", "auto_backup", "backup", "backup_dir",
           "clean_backup_folder", "clean_partials", "database_file",
           "inspect", "list_backups", "newest_good_backup", "open_or_explain", "restore",
           "restore_live"]
