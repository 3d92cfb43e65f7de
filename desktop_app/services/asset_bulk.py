"""The machinery of ``AssetService.bulk_upsert``: references resolved per table, rows written in batches.

Kept apart from assets.py so the service module stays readable; nothing here
validates a field (that is ``ASSET_FIELDS`` + ``clean``, as for single records;
``bulk_clean.RowCleaner`` for many).
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import compress, repeat
from typing import Any

import peewee as pw

from desktop_app.models import Person, Site, Vendor
from desktop_app.services.base import this_host
from desktop_app.services.bulk_clean import RowCleaner
from desktop_app.services.column_rows import ColumnRows
from desktop_app.services.errors import ServiceError
from desktop_app.timeutil import now_utc

# (what, name) -> id of a site/person/vendor just created for a bulk import.
LinkMaker = Callable[[str, str], int]
LINK_MODELS: dict[str, type[pw.Model]] = {"site": Site, "person": Person, "vendor": Vendor}
CHUNK = 500


@dataclass
class BulkResult:
    """What ``bulk_upsert`` did with each row, by position."""

    actions: list[str | None]  # "create", "update", or None for a row with a problem
    errors: dict[int, str]  # row position -> one sentence naming the field
    links_created: list[str] = field(default_factory=list)  # "site Annex", in creation order


Records = dict[str, dict[str, Any]] | ColumnRows  # by tag key; or, all new, as columns


def plan_all_new(rows: Sequence[Mapping[str, Any]], keys: list[str], stored: dict[str, dict[str, Any]],
                 excluded: dict[int, str], defaults: dict[str, Any], clean_row: RowCleaner
                 ) -> tuple[list[str | None], dict[int, str], Records] | None:
    """``AssetService._plan_bulk``'s answer when every row is a new asset and has no problem
    (a first import of a clean file), worked out a column at a time; None for any other file,
    which the row-by-row plan then works through.

    With each tag new and once in the file, no row depends on an earlier one, so cleaning
    every row up front gives what the file-order walk would, minus its per-row cost.  Rows
    handed over as columns stay columns (the records are then a ColumnRows)."""
    order = [i for i in range(len(rows)) if i not in excluded]
    wanted = list(map(keys.__getitem__, order))
    if len(set(wanted)) != len(wanted) or not stored.keys().isdisjoint(wanted):
        return None
    planned: ColumnRows | list[Any] | None = None
    if isinstance(rows, ColumnRows) and not excluded:
        planned = clean_row.columns(rows, base=defaults)  # None: some row has a problem
    if planned is None:
        planned = clean_row.many(list(map(rows.__getitem__, order)), base=defaults)
        if set(map(type, planned)) != {dict}:
            return None  # a row with a problem (or no rows): the row-by-row plan names it
    warranties = _field(planned, "warranty_end")
    if any(warranties):  # most files give none: then no row has dates to compare
        purchases = _field(planned, "purchase_date")
        if any(ends < bought for bought, ends in zip(purchases, warranties, strict=True) if bought and ends):
            return None  # as _check_dates would find
    actions: list[str | None] = [None] * len(rows)
    for index in order:
        actions[index] = "create"
    if isinstance(planned, ColumnRows):
        planned.columns["tag_key"] = wanted
        return actions, {}, planned
    list(map(operator.setitem, planned, repeat("tag_key"), wanted))
    return actions, {}, dict(zip(wanted, planned, strict=True))


def _field(records: ColumnRows | list[dict[str, Any]], name: str) -> list[Any]:
    """Each record's ``name`` (None where it has none), whichever way the records are held."""
    if isinstance(records, ColumnRows):
        return records.column(name)
    return list(map(operator.methodcaller("get", name), records))


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class Links:
    """Site/person/vendor references of a bulk import: one query per table, not one per row.

    Names are compared with Python's casefold (SQLite's LOWER() only folds ASCII); for
    people, whose names are not unique, the last of the list order wins, as it always has
    in the importer."""

    def __init__(self, create: LinkMaker | None) -> None:
        self.create = create
        self.names: dict[str, dict[str, int]] = {}
        self.ids: dict[str, set[int]] = {what: set() for what in LINK_MODELS}
        self.failed: dict[tuple[str, Any], str] = {}
        self.created: list[str] = []

    def _load(self, what: str) -> dict[str, int]:
        if what not in self.names:
            model = LINK_MODELS[what]
            query = model.select(model.id, model.name).order_by(model.name, model.id).tuples()
            self.names[what] = {name.casefold(): pk for pk, name in query}
        return self.names[what]

    def check(self, rows: Sequence[Mapping[str, Any]], good: list[int]) -> dict[int, str]:
        """Resolve (creating missing names) every reference of the ``good`` rows; -> row problems.

        Each distinct value once, in the order the rows name them (so new records are made,
        and listed, as a row-by-row import would)."""
        firsts: list[tuple[int, int, str, Any]] = []  # (first row, link position, what, value)
        whole = isinstance(rows, ColumnRows) and len(good) == len(rows)
        good_rows = [] if whole else list(map(rows.__getitem__, good))
        for position, what in enumerate(LINK_MODELS):
            values = (rows.column(what) if whole  # type: ignore[union-attr]
                      else list(map(operator.methodcaller("get", what), good_rows)))
            first = dict(zip(reversed(values), reversed(good), strict=True))  # value -> first row
            first.pop(None, None)
            firsts += [(row, position, what, value) for value, row in first.items()]
        wanted_ids: dict[str, set[int]] = {what: set() for what in LINK_MODELS}
        for _, _, what, value in sorted(firsts, key=lambda f: f[:2]):
            if isinstance(value, int) and not isinstance(value, bool):
                wanted_ids[what].add(value)
            elif str(value).strip():
                self._name(what, str(value).strip())
        for what, wanted in wanted_ids.items():
            unknown = sorted(wanted - self.ids[what])
            model = LINK_MODELS[what]
            for chunk in chunks(unknown):
                found = model.select(model.id).where(model.id.in_(chunk)).tuples()
                self.ids[what].update(pk for (pk,) in found)
            for pk in unknown:
                if pk not in self.ids[what]:
                    self.failed[(what, pk)] = f"There is no {what} with id {pk}."
        problems: dict[int, str] = {}
        if not self.failed:
            return problems
        for index in good:
            for what in LINK_MODELS:
                message = self.failed.get((what, self._key(rows[index].get(what))))
                if message:
                    problems[index] = message
                    break
        return problems

    @staticmethod
    def _key(value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        return None if value is None else str(value).strip().casefold()

    def _name(self, what: str, name: str) -> None:
        known = self._load(what)
        key = name.casefold()
        if key in known or (what, key) in self.failed:
            return
        if self.create is None:
            self.failed[(what, key)] = f"There is no {what} called {name}."
            return
        try:
            known[key] = self.create(what, name)
        except ServiceError as exc:
            self.failed[(what, key)] = str(exc)
        else:
            self.created.append(f"{what} {name}")

    def fill(self, records: list[dict[str, Any]] | ColumnRows) -> None:
        """Put the ids in place of the names (and blanks) in ``records``."""
        for what in LINK_MODELS:
            if isinstance(records, ColumnRows):
                values = records.columns[what]
            else:
                values = list(map(operator.itemgetter(what), records))
            resolved = {v: self.id_of(what, v) for v in dict.fromkeys(values)}
            if all(k is v for k, v in resolved.items()):
                continue  # only ids and None: nothing to replace
            if isinstance(records, ColumnRows):
                records.columns[what] = list(map(resolved.__getitem__, values))
                continue
            for record, value in zip(records, values, strict=True):
                record[what] = resolved[value]

    def id_of(self, what: str, value: Any) -> int | None:
        key = self._key(value)
        if key is None or key == "":
            return None
        return key if isinstance(key, int) else self.names[what][key]


def db_column(column: pw.Field, values: list[Any], sqlite: bool) -> list[Any]:
    """Values as the driver takes them, converted once per distinct value (a column of 10,000
    purchase dates holds a few hundred); text is passed as is (db_value would only copy it)."""
    convert = column.db_value
    if isinstance(column, (pw.CharField, pw.TextField)):
        if set(map(type, values)) <= {str}:
            return values
        return [v if v.__class__ is str else convert(v) for v in values]

    def converted(value: Any) -> Any:
        out = convert(value)
        if sqlite and out.__class__ in (Decimal, dt.date):
            # What the adapters peewee registers with sqlite3 would do, once per value here
            # rather than once per cell in a Python callback.
            out = str(out)
        return out

    kinds = set(map(type, values)) - {type(None)}
    if not kinds:
        return values  # all None (no site, no warranty end...): None stays None
    if len(kinds) == 1 and not kinds & {float, Decimal}:
        # One type, where equal values are the same value: map each distinct one once.
        done = {v: converted(v) for v in dict.fromkeys(values) if v is not None}
        done[None] = None
        return list(map(done.__getitem__, values))
    # Mixed, or decimals (1.0 == 1.00 == True to a dict): keyed by type and spelling.
    keys = [None if v is None else (v.__class__, repr(v)) for v in values]
    firsts = dict(zip(reversed(keys), reversed(values), strict=True))
    done = {k: None if v is None else converted(v) for k, v in firsts.items()}
    return list(map(done.__getitem__, keys))


def stored_by_key(db: pw.Database, model: type[pw.Model], key: pw.Field,
                  keys: set[str]) -> dict[str, dict[str, Any]]:
    """The stored records whose ``key`` column is one of ``keys``: {key: {field name: value}}.

    One query per 500 keys, in SQL written here: building the same IN query through peewee
    took longer than inserting the 10,000 rows that were looked up."""
    columns = model._meta.sorted_fields
    names = ", ".join(f'"{c.column_name}"' for c in columns)
    fetched: list[tuple[Any, ...]] = []
    if db.execute_sql(f'SELECT 1 FROM "{model._meta.table_name}" LIMIT 1').fetchone() is None:
        return {}  # an empty table (a first import): twenty look-ups that cannot find anything
    for chunk in chunks(sorted(k for k in keys if k)):
        sql = (f'SELECT {names} FROM "{model._meta.table_name}" '
               f'WHERE "{key.column_name}" IN ({", ".join([db.param] * len(chunk))})')
        fetched += db.execute_sql(sql, list(chunk)).fetchall()
    if not fetched:
        return {}
    # Column by column, each distinct value converted once (as db_column does the other way).
    cells = zip(*fetched, strict=True)
    values = [_python_column(c, list(column)) for c, column in zip(columns, cells, strict=True)]
    fields = [c.name for c in columns]
    records = list(map(dict, map(zip, repeat(fields), zip(*values, strict=True))))
    return dict(zip(values[fields.index(key.name)], records, strict=True))


def _python_column(column: pw.Field, values: list[Any]) -> list[Any]:
    convert = column.python_value
    if isinstance(column, (pw.CharField, pw.TextField)) and set(map(type, values)) <= {str}:
        return values  # python_value hands a str back as it is
    seen: dict[Any, Any] = {None: None}
    out = []
    for value in values:
        # 0.0 == -0.0 to a dict, so floats are told apart by their spelling.
        key = None if value is None else (value.__class__, repr(value) if isinstance(value, float) else value)
        if key not in seen:
            seen[key] = convert(value)
        out.append(seen[key])
    return out


def write_records(db: pw.Database, model: type[pw.Model], records: list[dict[str, Any]] | ColumnRows,
                  stored: dict[str, dict[str, Any]], key: pw.Field,
                  progress: Callable[[int, int], None] | None, rows: int) -> None:
    """New records (no "id") with batched INSERTs, stored ones (found in ``stored`` by ``key``)
    with one batched UPDATE of just the columns that changed, skipping records that did not.

    executemany on the driver's cursor: peewee's insert_many builds and converts each value in
    Python and was ten times slower than the rest of a 10,000-row import put together.
    Records held as columns are all new."""
    columns = [f for f in model._meta.sorted_fields if f.name != "id"]
    table, param = f'"{model._meta.table_name}"', db.param
    names = ", ".join(f'"{c.column_name}"' for c in columns)
    cursor = db.cursor()
    sqlite = isinstance(db, pw.SqliteDatabase)
    written = 0
    new_count = len(records) if isinstance(records, ColumnRows) else sum(1 for r in records if "id" not in r)
    rebuild = _set_aside_indexes(db, model._meta.table_name, new_count)
    for is_new in (True, False):
        if isinstance(records, ColumnRows):
            batch: list[dict[str, Any]] | ColumnRows = records if is_new else []
        else:
            batch = [r for r in records if ("id" in r) != is_new]
        if not batch:
            continue
        used = columns
        if not is_new:
            # Re-importing a file mostly repeats what is stored: rewriting every column would
            # rewrite every index entry too.
            batch, used = _changes(batch, stored, key, columns)  # type: ignore[arg-type]
            written += len(records) - new_count - len(batch)
            if not batch:
                break
        if is_new:
            slots, values = _insert_columns(used, batch, sqlite)
            sql = (f"INSERT INTO {table} ({names}) "
                   f"VALUES ({', '.join(slot or param for slot in slots)})")
        else:
            values = [db_column(c, list(map(operator.itemgetter(c.name), batch)), sqlite) for c in used]
            if "version" in model._meta.fields:  # see the UPDATE below
                values += [[db_column(model.updated_at, [now_utc()], sqlite)[0]] * len(batch),
                           [this_host()] * len(batch)]
            values.append([r["id"] for r in batch])
        params = list(zip(*values, strict=True))
        if not is_new:
            sets = ", ".join(f'"{c.column_name}" = {param}' for c in used)
            if "version" in model._meta.fields:
                # An import is a write like any other: a dialog opened before it must not
                # overwrite what it changed (the importer is not named, the PC is).
                sets += (f', "version" = "version" + 1, "updated_at" = {param}, "updated_by" = \'\', '
                         f'"updated_host" = {param}')
            sql = f'UPDATE {table} SET {sets} WHERE "id" = {param}'
        for chunk in chunks(params):
            cursor.executemany(sql, chunk)
            written += len(chunk)
            if progress is not None:
                # Records, not rows, are written (a tag twice in the file is one record).
                progress(rows + written * rows // max(len(records), 1), 2 * rows)
    for sql in rebuild:
        db.execute_sql(sql)


def _insert_columns(columns: list[pw.Field], batch: list[dict[str, Any]] | ColumnRows,
                    sqlite: bool) -> tuple[list[str | None], list[list[Any]]]:
    """Per column an SQL literal to write in the INSERT, or None for a bound one; and the
    converted values of the bound columns.

    A column holding one value in every row (blank supplier, status "in use"...) goes into the
    statement once instead of being bound for each row: most of an import's columns are like
    that, and binding them took a third of the writing time.  When every row holds the very
    same object (a default, or a parsed date shared by equal cells) it is converted once."""
    slots: list[str | None] = []
    values: list[list[Any]] = []
    raws: list[list[Any]] = []
    for column in columns:
        if isinstance(batch, ColumnRows):
            raw = batch.columns[column.name]
        else:
            raw = list(map(operator.itemgetter(column.name), batch))
        if sqlite and all(map(operator.is_, raw, repeat(raw[0]))):
            slot = _literal(db_column(column, raw[:1], sqlite))
            converted = None
        else:
            converted = db_column(column, raw, sqlite)
            slot = _literal(converted) if sqlite else None
        slots.append(slot)
        if slot is None:
            values.append(converted if converted is not None else db_column(column, raw, sqlite))
        raws.append(raw)
    if all(slots):
        # Keep one bound column: executemany needs parameters to iterate over.
        slots[0] = None
        values = [db_column(columns[0], raws[0], sqlite)]
    return slots, values


_INT64 = range(-(2**63), 2**63)


def _literal(column: list[Any]) -> str | None:
    """``column``'s one value as an SQLite literal, when every row holds the same one and it
    is a None, an int or a short str; None otherwise (and for anything else: floats, bytes,
    dates... stay bound, so what is stored never depends on how it was spelled in SQL).

    A str literal is stored exactly as the same str bound (TEXT, then the column's affinity),
    an int as the same int; a bool is bound by sqlite3 as 0/1, so it is written as 0/1."""
    if not column:
        return None
    first = column[0]
    kind = first.__class__
    if first is None:
        return "NULL" if column.count(None) == len(column) else None
    if kind is str:
        # The sqlite3 module refuses NUL in a statement; a text that cannot be encoded must
        # fail as it would bound; a long one would only make a long statement.
        if len(first) > 200 or "\x00" in first or not _encodes(first):
            return None
        if column.count(first) != len(column):  # only a str equals a str: counting is enough
            return None
        return "'" + first.replace("'", "''") + "'"
    if kind is int or kind is bool:
        if int(first) not in _INT64 or column.count(first) != len(column):
            return None
        if not set(map(type, column)) <= {int, bool}:
            return None  # 1 == 1.0 to count(), but a float would be stored as REAL
        return str(int(first))
    return None


def _encodes(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _changes(batch: list[dict[str, Any]], stored: dict[str, dict[str, Any]], key: pw.Field,
             columns: list[pw.Field]) -> tuple[list[dict[str, Any]], list[pw.Field]]:
    """The records that differ from what is stored, and the columns in which any of them do."""
    every = operator.itemgetter(*(c.name for c in columns))
    before = [stored[r[key.name]] for r in batch]
    differs = list(map(operator.ne, map(every, batch), map(every, before)))
    batch = list(compress(batch, differs))
    before = list(compress(before, differs))
    used = [c for c in columns if list(map(operator.itemgetter(c.name), batch))
            != list(map(operator.itemgetter(c.name), before))]
    return batch, used


def _set_aside_indexes(db: pw.Database, table: str, adding: int) -> list[str]:
    """SQLite: drop the table's plain (non-unique) indexes before adding at least as many rows as
    it holds, and return the statements that build them again afterwards.

    Building an index once from sorted rows is about twice as fast as updating eight indexes row
    by row.  It all happens inside the caller's transaction, so a rollback or a crash restores
    the indexes untouched; unique indexes stay, as they guard the data."""
    if not isinstance(db, pw.SqliteDatabase) or adding < 1000:
        return []
    (stored,) = db.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()
    if adding < stored:
        return []
    plain = [name for _, name, unique, origin, *_ in db.execute_sql(f'PRAGMA index_list("{table}")')
             if not unique and origin == "c"]
    rebuild = []
    for name in plain:
        (sql,) = db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
                                (name,)).fetchone()
        db.execute_sql(f'DROP INDEX "{name}"')
        rebuild.append(sql)
    return rebuild
