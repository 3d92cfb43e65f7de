"""Copying a whole office from one database to another: SQLite and PostgreSQL alike.

Used to move an office onto a shared database (and back to a local file), to back up
a PostgreSQL office into the same kind of SQLite file a local office's backup is, and
to restore such a file into either backend.

The copy works on the tables themselves (the models stay bound to the database the
window uses): the source is read inside one snapshot, the destination is written in one
transaction, and before that transaction commits the number of rows in every table is
compared with the source's.  Either everything arrives and the counts agree, or nothing
changes in the destination.  The source is never written.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import peewee as pw

from desktop_app import models as m
from desktop_app.db import DatabaseError, default_data_dir, open_database
from desktop_app.i18n import translate
from desktop_app.migrations import LATEST, current_version
from desktop_app.services.errors import ServiceError

Progress = Callable[[int, int], None]
BATCH = 1000

# Parents before children, so every foreign key finds its row (the version row is the
# destination's own, written by its migration).
TABLES: tuple[type[pw.Model], ...] = tuple(model for model in m.MODELS if model is not m.SchemaVersion)


class TransferError(ServiceError):
    """The copy was refused or did not check out; the message is one sentence."""


def _table(model: type[pw.Model]) -> str:
    return model._meta.table_name


def _fields(model: type[pw.Model]) -> list[pw.Field]:
    return list(model._meta.sorted_fields)


def counts(db: pw.Database) -> dict[str, int]:
    """Rows per table, by table name."""
    return {_table(model): int(db.execute_sql(f'SELECT COUNT(*) FROM "{_table(model)}"').fetchone()[0])
            for model in TABLES}


def describe_counts(found: dict[str, int]) -> str:
    return (translate("Transfer", "{incidents} incidents, {assets} assets, {vendors} vendors")
            .format(incidents=found.get("incident", 0), assets=found.get("asset", 0),
                    vendors=found.get("vendor", 0)))


@contextmanager
def _snapshot(db: pw.Database) -> Iterator[None]:
    """One consistent view of the source for the whole copy, without blocking its writers."""
    if isinstance(db, pw.SqliteDatabase):
        with db.atomic("DEFERRED"):
            yield
    else:
        with db.atomic(isolation_level="REPEATABLE READ"):
            yield


def _reader(db: pw.Database) -> Callable[[pw.Field, Any], Any]:
    sqlite = isinstance(db, pw.SqliteDatabase)

    def read(field: pw.Field, raw: Any) -> Any:
        if raw is None:
            return None
        if isinstance(field, pw.BlobField):
            return bytes(raw)
        if sqlite:  # text and numbers as SQLite keeps them: the field knows what they were
            return field.python_value(raw)
        return raw

    return read


def _writer(db: pw.Database) -> Callable[[pw.Field, Any], Any]:
    sqlite = isinstance(db, pw.SqliteDatabase)

    def write(field: pw.Field, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(field, pw.DecimalField):
            value = Decimal(value).quantize(Decimal(1).scaleb(-field.decimal_places))
            return str(value) if sqlite else value
        if sqlite and isinstance(value, dt.date):
            return str(value)  # as peewee writes it: "YYYY-MM-DD[ HH:MM:SS[.ffffff]]"
        if isinstance(field, pw.BooleanField):
            return bool(value)
        if not sqlite and isinstance(value, str) and "\x00" in value:
            # A NUL character (never typed, only pasted into an older FixDesk) is invisible,
            # and a PostgreSQL text column cannot hold one.
            return value.replace("\x00", "")
        return value

    return write


def _check_fits(model: type[pw.Model], fields: list[pw.Field], row: tuple) -> None:
    """Refuse, naming the record, a text longer than the destination's column takes: an SQLite
    file from before the 255-character limit may hold one, a server's VARCHAR cannot."""
    for field, value in zip(fields, row, strict=True):
        limit = getattr(field, "max_length", None)
        if isinstance(value, str) and limit and len(value) > limit:
            values = dict(zip((f.name for f in fields), row, strict=True))
            what = _table(model).replace("_", " ")
            name = values.get("ref") or values.get("tag") or values.get("name") or values.get("key")
            if not name or len(str(name)) > limit:
                name = f"number {values.get('id')}"
            label = field.name.replace("_", " ")
            raise TransferError(translate("Transfer", "The {label} of {what} {name} is {length} characters "
                                          "long and the shared database takes at most {limit}; shorten "
                                          "it first, so nothing was copied.")
                                .format(label=label, what=what, name=name, length=len(value), limit=limit))


def _insert_rows(dest: pw.Database, table: str, columns: list[str], rows: list[tuple]) -> None:
    names = ", ".join(f'"{c}"' for c in columns)
    if isinstance(dest, pw.SqliteDatabase):
        marks = ", ".join("?" for _ in columns)
        dest.cursor().executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
    else:
        from psycopg2.extras import execute_values

        execute_values(dest.cursor(), f'INSERT INTO "{table}" ({names}) VALUES %s', rows, page_size=BATCH)


def _reset_sequences(dest: pw.Database) -> None:
    """PostgreSQL hands out ids from sequences: start them after the copied rows."""
    if isinstance(dest, pw.SqliteDatabase):
        return
    for model in TABLES:
        pk = model._meta.primary_key
        if isinstance(pk, pw.AutoField):
            table = _table(model)
            dest.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{pk.column_name}'), "
                f'COALESCE((SELECT MAX("{pk.column_name}") FROM "{table}"), 0) + 1, false)')


def copy_office(source: pw.Database, dest: pw.Database, progress: Progress | None = None,
                *, replace: bool = False) -> dict[str, int]:
    """Copy every record of ``source`` into ``dest`` (both at the latest schema); returns the
    rows per table.  ``dest`` must hold no office unless ``replace`` (a restore): then its
    records are replaced, in the same transaction."""
    if current_version(source) != LATEST or current_version(dest) != LATEST:
        raise TransferError(translate("Transfer", "Both databases must be at this FixDesk's schema version; "
                                              "open each with this FixDesk once first."))
    read, write = _reader(source), _writer(dest)
    with _snapshot(source):
        expected = counts(source)
        total = sum(expected.values())
        done = 0
        if progress:
            progress(0, total)
        with dest.atomic():
            present = counts(dest)
            if any(present.values()):
                if not replace:
                    raise TransferError(
                        translate("Transfer", "The destination already holds an office ({counts}); FixDesk "
                                              "copies only into an empty database, so nothing was copied.")
                        .format(counts=describe_counts(present)))
                for model in reversed(TABLES):
                    dest.execute_sql(f'DELETE FROM "{_table(model)}"')
            for model in TABLES:
                table, fields = _table(model), _fields(model)
                columns = [f.column_name for f in fields]
                names = ", ".join(f'"{c}"' for c in columns)
                pk = model._meta.primary_key.column_name
                cursor = source.execute_sql(f'SELECT {names} FROM "{table}" ORDER BY "{pk}"')
                while True:
                    batch = cursor.fetchmany(BATCH)
                    if not batch:
                        break
                    rows = [tuple(write(f, read(f, raw)) for f, raw in zip(fields, row, strict=True))
                            for row in batch]
                    if not isinstance(dest, pw.SqliteDatabase):
                        for row in rows:
                            _check_fits(model, fields, row)
                    try:
                        with pw.__exception_wrapper__:  # the driver's errors as peewee's
                            _insert_rows(dest, table, columns, rows)
                    except (pw.DataError, pw.IntegrityError) as exc:
                        # (e.g. an amount too large for the column, in a very old file)
                        first = str(exc).strip().splitlines()[0].rstrip(".") if str(exc).strip() else ""
                        raise TransferError(translate("Transfer", "A {table} record could not be stored in "
                                                      "the destination ({reason}), so nothing was copied.")
                                            .format(table=table.replace("_", " "), reason=first)) from exc
                    done += len(rows)
                    if progress:
                        progress(done, total)
            _reset_sequences(dest)
            arrived = counts(dest)
            if arrived != expected:
                wrong = next(t for t in expected if arrived.get(t) != expected[t])
                raise TransferError(translate("Transfer", "The copy did not check out ({table}: {read} rows "
                                                          "read, {written} written), so nothing was copied.")
                                    .format(table=wrong, read=expected[wrong], written=arrived.get(wrong)))
    return expected


def open_beside(location: str | os.PathLike[str]) -> pw.Database:
    """Open (and bring up to date) a second database without taking the models from the
    database in use."""
    return open_database(location, bind=False)


# -- SQLite files: a copy of a server, a server from a copy ----------------------------------
def server_backup_dir(db: pw.Database) -> Path:
    """Where a shared database's backups go on this computer: the data folder, per database."""
    return server_backup_folder(db.database, db.connect_params.get("host"))


def server_backup_folder(database: str, host: str | None) -> Path:
    """The backups folder of the server database ``database`` on ``host`` (see server_backup_dir)."""
    host = str(host or "localhost").replace(os.sep, "_")
    return default_data_dir() / "backups" / f"{database}@{host}"


def write_sqlite_copy(source: pw.Database, dest: str | os.PathLike[str],
                      progress: Progress | None = None) -> Path:
    """Every record of ``source`` in a new SQLite file at ``dest`` (complete or absent)."""
    dest = Path(dest)
    if dest.exists():
        raise TransferError(translate("Transfer", "{path} already exists; choose a new file name.")
                            .format(path=dest))
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = dest.with_name(f".partial-{dest.name}")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    try:
        target = open_beside(partial)
        try:
            copy_office(source, target, progress)
            target.execute_sql("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            target.close()
        os.replace(partial, dest)
    finally:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm"),
                         Path(f"{partial}-journal")):
            leftover.unlink(missing_ok=True)
    return dest


def backup_server(source: pw.Database, dest: str | os.PathLike[str] | None = None,
                  *, now: dt.datetime | None = None, progress: Progress | None = None) -> Path:
    """A backup of a PostgreSQL office: the same kind of SQLite file a local office's is."""
    now = now or dt.datetime.now()
    target = Path(dest) if dest else server_backup_dir(source) / f"manual-{now:%Y-%m-%d-%H%M%S}.sqlite3"
    if target.is_dir():
        target = target / f"fixdesk-{now:%Y-%m-%d-%H%M%S}.sqlite3"
    return write_sqlite_copy(source, target, progress)


def restore_server(dest: pw.Database, info: Any, *, now: dt.datetime | None = None,
                   progress: Progress | None = None) -> Path:
    """Replace a PostgreSQL office's records with a backup file's; returns the safety copy of
    what was there (written first, so a wrong restore can be undone).  ``info`` is what
    ``backup.inspect`` said of the file (so a bad file was refused before anything else)."""
    now = now or dt.datetime.now()
    safety = server_backup_dir(dest) / f"before-restore-{now:%Y-%m-%d-%H%M%S}.sqlite3"
    write_sqlite_copy(dest, safety)
    # Read from a scratch copy: an older backup is brought up to date there, never in place.
    scratch = safety.with_name(f".restore-{now:%Y%m%d%H%M%S}-{info.path.name}")
    import shutil

    shutil.copyfile(info.path, scratch)
    try:
        source = open_beside(scratch)
        try:
            copy_office(source, dest, progress, replace=True)
        finally:
            source.close()
    finally:
        for leftover in (scratch, Path(f"{scratch}-wal"), Path(f"{scratch}-shm")):
            leftover.unlink(missing_ok=True)
    return safety


def move_office(source: pw.Database, location: str, progress: Progress | None = None) -> dict[str, int]:
    """Copy the office into the (empty) database at ``location``; the source is left as it is."""
    try:
        dest = open_beside(location)
    except DatabaseError as exc:
        raise TransferError(str(exc)) from exc
    try:
        return copy_office(source, dest, progress)
    finally:
        dest.close()
