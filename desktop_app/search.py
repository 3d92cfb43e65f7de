"""Full-text search for incidents (SQLite FTS5, trigram tokenizer).

The trigram tokenizer matches any substring of three characters or more,
case-insensitively, so the search box keeps LIKE '%term%' semantics at index
speed.  Triggers keep the index in step with every write to ``incident``.
The table exists only on SQLite: on PostgreSQL (and for terms shorter than
three characters) the services search with peewee's ``contains``, which is
ILIKE there and LIKE on SQLite, with % and _ escaped.
"""

from __future__ import annotations

import peewee as pw

FTS_TABLE = "incident_fts"
_COLUMNS = ("ref", "title", "description", "cause", "resolution")


def create_fts(db: pw.Database) -> None:
    cols = ", ".join(_COLUMNS)
    new_vals = ", ".join(f"new.{c}" for c in _COLUMNS)
    db.execute_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5({cols}, tokenize='trigram')"
    )
    db.execute_sql(
        f"CREATE TRIGGER IF NOT EXISTS incident_fts_ai AFTER INSERT ON incident BEGIN "
        f"INSERT INTO {FTS_TABLE}(rowid, {cols}) VALUES (new.id, {new_vals}); END"
    )
    db.execute_sql(
        f"CREATE TRIGGER IF NOT EXISTS incident_fts_ad AFTER DELETE ON incident BEGIN "
        f"DELETE FROM {FTS_TABLE} WHERE rowid = old.id; END"
    )
    watched = ", ".join(_COLUMNS)
    db.execute_sql(
        f"CREATE TRIGGER IF NOT EXISTS incident_fts_au AFTER UPDATE OF {watched} ON incident BEGIN "
        f"DELETE FROM {FTS_TABLE} WHERE rowid = old.id; "
        f"INSERT INTO {FTS_TABLE}(rowid, {cols}) VALUES (new.id, {new_vals}); END"
    )
    db.execute_sql(
        f"INSERT INTO {FTS_TABLE}(rowid, {cols}) SELECT id, {cols} FROM incident "
        f"WHERE id NOT IN (SELECT rowid FROM {FTS_TABLE})"
    )


def has_fts(db: pw.Database) -> bool:
    return isinstance(db, pw.SqliteDatabase) and FTS_TABLE in db.get_tables()


def fts_phrase(term: str) -> str:
    """Quote user text as one FTS5 phrase, so operators in it are taken literally."""
    return '"' + term.replace('"', '""') + '"'


