"""What every service shares: the database handle and model -> record conversion."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import socket
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

import peewee as pw

from desktop_app.i18n import QT_TRANSLATE_NOOP, Labels, translate
from desktop_app.services.errors import Conflict, NotFound
from desktop_app.timeutil import format_local, now_utc, to_local

R = TypeVar("R")
CENT = Decimal("0.01")

# What a sentence calls a kind of record ("There is no vendor called X."), in the current language.
RECORD_NAMES = Labels("Record", {
    "incident": QT_TRANSLATE_NOOP("Record", "incident"),
    "asset": QT_TRANSLATE_NOOP("Record", "asset"),
    "vendor": QT_TRANSLATE_NOOP("Record", "vendor"),
    "person": QT_TRANSLATE_NOOP("Record", "person"),
    "site": QT_TRANSLATE_NOOP("Record", "site"),
    "contact": QT_TRANSLATE_NOOP("Record", "contact"),
    "task": QT_TRANSLATE_NOOP("Record", "task"),
    "planned task": QT_TRANSLATE_NOOP("Record", "planned task"),
})


def record_name(what: str) -> str:
    return RECORD_NAMES.get(what, what)


def no_such(what: str, pk: Any) -> str:
    """'There is no vendor with id 7.'"""
    return translate("Errors", "There is no {what} with id {id}.").format(what=record_name(what), id=pk)


def to_record(row: pw.Model, cls: type[R], **extra: Any) -> R:
    """Copy the model's columns that ``cls`` declares; ``extra`` fills the rest."""
    data = row.__data__
    values = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in extra:
            values[f.name] = extra[f.name]
        elif f.name in data:
            value = data[f.name]
            # SQLite hands decimals back as floats-turned-Decimal ("120.5"): show cents.
            values[f.name] = value.quantize(CENT) if isinstance(value, Decimal) else value
    return cls(**values)


def sort_order(db: pw.Database, column: pw.Field, descending: bool, model: type[pw.Model]) -> pw.Ordering:
    """ORDER BY ``column`` of a ``model`` list the way SQLite sorts it, on either backend: empty
    values (NULL, or no joined row) before every value, and text by code point (SQLite's BINARY;
    a server's own collation may be a language's, which puts "apple" before "Banana")."""
    if isinstance(db, pw.SqliteDatabase):
        return column.desc() if descending else column.asc()
    # Only where it changes the order: either clause stops PostgreSQL walking an index instead.
    nulls = None
    if column.null or column.model is not model:
        nulls = "LAST" if descending else "FIRST"
    collation = None
    if isinstance(column, (pw.CharField, pw.TextField)) and not _sorts_by_code_point(db):
        collation = '"C"'
    return pw.Ordering(column, "DESC" if descending else "ASC", collation=collation, nulls=nulls)


def _sorts_by_code_point(db: pw.Database) -> bool:
    """True when the server database's own collation already orders text as SQLite does."""
    known = getattr(db, "_fixdesk_code_point_order", None)
    if known is None:
        # As JSON: the locale-provider column (ICU, builtin) is not there before PostgreSQL 15.
        row = db.execute_sql("SELECT to_jsonb(d)::text FROM pg_database d "
                             "WHERE datname = current_database()").fetchone()
        info = json.loads(row[0]) if row else {}
        provider = info.get("datlocprovider") or "c"
        known = provider == "b" or (provider == "c"
                                    and str(info.get("datcollate", "")).split(".")[0] in ("C", "POSIX"))
        db._fixdesk_code_point_order = known  # type: ignore[attr-defined]
    return known


def folded(column: pw.Field) -> pw.Node:
    """LOWER(column), every letter folded on either backend, to compare with ``name.lower()``.

    SQLite's LOWER is Python's (db.py); a server folds by the column's collation, and "C" (a
    common choice for an office server) folds only A-Z: there ICU's root collation folds it,
    where the server has ICU."""
    db = column.model._meta.database
    if isinstance(db, pw.SqliteDatabase) or not _has_icu(db):
        return pw.fn.LOWER(column)
    return pw.fn.LOWER(pw.NodeList((column, pw.SQL('COLLATE "und-x-icu"'))))


def _has_icu(db: pw.Database) -> bool:
    known = getattr(db, "_fixdesk_has_icu", None)
    if known is None:
        found = db.execute_sql("SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'").fetchone()
        known = found is not None
        db._fixdesk_has_icu = known  # type: ignore[attr-defined]
    return known


def containing(db: pw.Database, term: str) -> Callable[[pw.Field], pw.Expression]:
    """``has(column)``: the column contains ``term`` in any case, the same on both backends.

    contains() escapes % and _ so they match themselves, and is ILIKE on PostgreSQL, which folds
    every letter; SQLite's LIKE folds only A-Z, so there a term with other letters ("ZOË") is
    compared lower-cased (db.py makes SQLite's LOWER Python's: slower, so only for such terms)."""
    if isinstance(db, pw.SqliteDatabase) and not term.isascii():
        folded = term.lower()
        return lambda column: pw.fn.LOWER(column).contains(folded)
    return lambda column: column.contains(term)


@functools.cache
def this_host() -> str:
    """This PC's name as other PCs sharing the database will see it (upper case, no domain)."""
    try:
        name = socket.gethostname()
    except OSError:  # no network stack configured at all
        return ""
    return name.split(".")[0].upper()


def when_words(at: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """'a moment ago', '5 minutes ago', 'at 14:05', 'on 2026-03-02 14:05' (naive UTC in)."""
    if at is None:
        return ""
    seconds = ((now or now_utc()) - at).total_seconds()
    if seconds < 90:
        return translate("ChangedBy", "a moment ago")
    if seconds < 3600:
        return translate("ChangedBy", "{minutes} minutes ago").format(minutes=round(seconds / 60))
    local, today = to_local(at), to_local(now or now_utc())
    if local is not None and today is not None and local.date() == today.date():
        return translate("ChangedBy", "at {time}").format(time=f"{local:%H:%M}")
    return translate("ChangedBy", "on {time}").format(time=format_local(at))


def changed_by_words(author: str, host: str, at: dt.datetime | None) -> str:
    """'by Sam on RECEPTION-PC a moment ago' (the parts that are known)."""
    parts = [translate("ChangedBy", "by {name}").format(name=author) if author
             else translate("ChangedBy", "by someone else")]
    if host:
        parts.append(translate("ChangedBy", "on {computer}").format(computer=host))
    when = when_words(at)
    if when:
        parts.append(when)
    return " ".join(parts)


class Service:
    def __init__(self, db: pw.Database) -> None:
        self.db = db
        # Who is writing, for the "changed by" columns: Services wires it to its author().
        self.who: Callable[[], str] = lambda: ""

    @staticmethod
    def _get(model: type[pw.Model], pk: int, what: str) -> Any:
        row = model.get_or_none(model._meta.primary_key == pk)
        if row is None:
            raise NotFound(no_such(what, pk))
        return row

    def _writing(self) -> Any:
        """A write transaction that holds the write lock before it reads anything.

        SQLite: BEGIN IMMEDIATE (waiting busy_timeout for another writer), so what it reads
        is what it writes over.  PostgreSQL: the rows it reads are locked by ``_lock``."""
        if isinstance(self.db, pw.SqliteDatabase) and self.db.transaction_depth() == 0:
            return self.db.atomic("IMMEDIATE")
        return self.db.atomic()

    def _lock(self, model: type[pw.Model], pk: int, what: str) -> Any:
        """Read one row for changing it: on PostgreSQL ``SELECT ... FOR UPDATE``, so another
        PC's step or edit on it waits for this transaction and then sees its result."""
        query = model.select().where(model._meta.primary_key == pk)
        if self.db.for_update:
            query = query.for_update()
        row = query.first()
        if row is None:
            raise NotFound(no_such(what, pk))
        return row

    def _conflict(self, row: Any, current: Any = None) -> Conflict:
        """The refusal for a save made from a copy older than ``row``: names who changed it."""
        words = changed_by_words(row.updated_by, row.updated_host, row.updated_at)
        return Conflict(translate("ChangedBy", "{record} was changed {who}.")
                        .format(record=self._label(row), who=words), current,
                        changed_by=row.updated_by, changed_host=row.updated_host,
                        changed_at=row.updated_at)

    def _check_version(self, row: Any, expected: int | None, current: Callable[[], Any]) -> None:
        """Refuse (with the record as it is now) when the caller's copy is not ``row``'s version."""
        if expected is not None and int(expected) != row.version:
            raise self._conflict(row, current())

    def _stamp(self, row: Any, changes: dict[str, Any] | None = None, author: str = "") -> None:
        """Write ``changes`` to ``row`` and move its version on, in one
        ``UPDATE ... WHERE id = ? AND version = ?``; who, where and when are recorded with it.

        Called inside the transaction that locked ``row``; a version that moved on anyway
        (a writer that bypassed the lock) is refused, never overwritten."""
        model = type(row)
        now = now_utc()
        values: dict[Any, Any] = {model._meta.fields[k]: v for k, v in (changes or {}).items()}
        values.update({model.version: model.version + 1, model.updated_at: now,
                       model.updated_by: author or self.who(), model.updated_host: this_host()})
        done = (model.update(values)
                .where((model._meta.primary_key == row.get_id()) & (model.version == row.version))
                .execute())
        if done != 1:
            raise self._conflict(model.get_by_id(row.get_id()))
        for key, value in (changes or {}).items():
            setattr(row, key, value)
        row.version += 1
        row.updated_at = now

    @staticmethod
    def _label(row: Any) -> str:
        """How a refusal names a record: its reference, tag or name."""
        kind = type(row).__name__
        for attr in ("ref", "tag", "name"):
            value = getattr(row, attr, None)
            if value:
                if attr == "tag":
                    return translate("ChangedBy", "Asset {tag}").format(tag=value)
                if attr == "name" and kind == "Site":
                    return translate("ChangedBy", "Site {name}").format(name=value)
                if attr == "name" and kind == "Vendor":
                    return translate("ChangedBy", "Vendor {name}").format(name=value)
                return str(value)
        return f"{kind} {row.get_id()}"
