"""Is this database healthy? Integrity, foreign keys and schema version, in one report."""

from __future__ import annotations

import os
from dataclasses import dataclass

import peewee as pw

from desktop_app.db import connect, describe


@dataclass(frozen=True)
class HealthReport:
    healthy: bool
    summary: str
    schema_version: int
    problems: tuple[str, ...] = ()


def check_database(database: pw.Database, quick: bool = False) -> HealthReport:
    from desktop_app.migrations import LATEST, current_version

    problems: list[str] = []
    try:
        version = current_version(database)
    except pw.DatabaseError as exc:
        return HealthReport(False, f"{describe(database)} cannot be read: {exc}.", 0, (str(exc),))
    if isinstance(database, pw.SqliteDatabase):
        pragma = "quick_check" if quick else "integrity_check"
        try:
            rows = [r[0] for r in database.execute_sql(f"PRAGMA {pragma}").fetchall()]
        except pw.DatabaseError as exc:
            rows = [str(exc)]
        if rows != ["ok"]:
            problems.extend(rows[:5])
        if not quick:
            fk = database.execute_sql("PRAGMA foreign_key_check").fetchall()
            if fk:
                problems.append(f"{len(fk)} broken links between records")
            if not problems:
                problems.extend(_search_index_problems(database))
    if version == 0:
        problems.append("this is not a FixDesk database (no schema version)")
    elif version != LATEST:
        problems.append(f"schema version {version}, this FixDesk expects {LATEST}")
    where = describe(database)
    if problems:
        return HealthReport(False, f"{where}: NOT healthy: " + "; ".join(problems) + ".", version,
                            tuple(problems))
    counts = ""
    try:
        from desktop_app.models import Asset, Incident, Vendor

        counts = (f", {Incident.select().count()} incidents, {Asset.select().count()} assets, "
                  f"{Vendor.select().count()} vendors")
    except pw.DatabaseError:
        pass
    return HealthReport(True, f"{where}: ok, integrity ok, schema version {version}{counts}.", version)


def _search_index_problems(database: pw.Database) -> list[str]:
    """The SQLite search index must hold exactly one entry per incident."""
    from desktop_app.search import FTS_TABLE, has_fts

    if not has_fts(database):
        return []
    try:
        if not getattr(database, "read_only", False):
            # FTS5's own check is spelled as an INSERT; it changes nothing, and the transaction
            # around it is rolled back whatever happens, so the check never writes.
            database.execute_sql("SAVEPOINT fixdesk_check")
            try:
                database.execute_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('integrity-check')")
            finally:
                database.execute_sql("ROLLBACK TO fixdesk_check")
                database.execute_sql("RELEASE fixdesk_check")
        (missing,) = database.execute_sql(
            f"SELECT COUNT(*) FROM incident WHERE id NOT IN (SELECT rowid FROM {FTS_TABLE})").fetchone()
        (stray,) = database.execute_sql(
            f"SELECT COUNT(*) FROM {FTS_TABLE} WHERE rowid NOT IN (SELECT id FROM incident)").fetchone()
    except pw.DatabaseError as exc:
        return [f"the incident search index is damaged ({exc})"]
    if missing or stray:
        return [f"the incident search index is out of step ({missing} incidents missing, {stray} extra)"]
    return []


def check(location: str | os.PathLike[str] | None = None) -> HealthReport:
    """Check without changing anything: no migration is run, and no file is created."""
    from pathlib import Path

    from desktop_app.db import is_url, resolve_location

    where = resolve_location(location)
    if not is_url(where) and where != ":memory:" and not Path(where).expanduser().exists():
        return HealthReport(False, f"There is no database at {where}.", 0,
                            ("the database file does not exist",))
    database = connect(location)
    try:
        return check_database(database)
    finally:
        database.close()
