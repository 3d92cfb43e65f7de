"""What is known about an open database without asking it anything: the file behind it, how
it is named to a user, and the one error opening or migrating it raises.

Kept apart from ``db`` (which opens and then migrates) so ``migrations`` can use it without
importing the module that imports it.
"""

from __future__ import annotations

from pathlib import Path

import peewee as pw


class DatabaseError(Exception):
    """The database cannot be opened or used; the message is one plain sentence."""


def sqlite_path(database: pw.Database) -> Path | None:
    """The file behind a SQLite database, or None for other backends / in-memory."""
    if isinstance(database, pw.SqliteDatabase) and database.database not in (":memory:", ""):
        return Path(database.database)
    return None


def describe(database: pw.Database) -> str:
    path = sqlite_path(database)
    if path is not None:
        return str(path)
    if isinstance(database, pw.SqliteDatabase):
        return ":memory:"
    if isinstance(database, pw.PostgresqlDatabase):
        return f"postgresql://{database.database}"
    return f"{type(database).__name__.replace('Database', '').lower()}://{database.database}"
