"""Schema version ladder.

Each step moves the schema up by exactly one version inside one transaction.
Before any step runs on an existing SQLite file, a backup copy is written
beside it (``NAME.pre-vN.bak``) with SQLite's online backup API.

Changing the schema: edit ``models.py``, then append a step here that brings
an existing database to the same shape (``playhouse.migrate`` for columns,
``CREATE INDEX IF NOT EXISTS`` for indexes).  Never edit a released step or
``schema_v1.py``; the ladder test compares the ladder's end with the models.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import peewee as pw

from desktop_app.dbinfo import DatabaseError, describe, sqlite_path
from desktop_app.i18n import translate


def _v1(db: pw.Database) -> None:
    """The first schema, from its frozen copy (see schema_v1.py for why not ``m.MODELS``)."""
    from desktop_app import schema_v1

    db.create_tables(schema_v1.models(db), safe=True)


def _v2(db: pw.Database) -> None:
    """Indexes for the large lists, and (SQLite) an FTS5 index for incident search."""
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "incident_status_opened" ON "incident" ("status", "opened_at")'
    )
    db.execute_sql('CREATE INDEX IF NOT EXISTS "asset_name" ON "asset" ("name")')
    if isinstance(db, pw.SqliteDatabase):
        from desktop_app.search import create_fts

        create_fts(db)


def _v3(db: pw.Database) -> None:
    """Indexes so that sorting the incidents list by title or response due stays instant."""
    db.execute_sql('CREATE INDEX IF NOT EXISTS "incident_title" ON "incident" ("title")')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "incident_response_due_at" ON "incident" ("response_due_at")')


def _v4(db: pw.Database) -> None:
    """An index for "overdue" (open and past the response due time): the status bar and the
    filter counts ask it every minute, and through the response-due index alone it read every
    incident ever past due (all of them, in an old database)."""
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "incident_status_due" ON "incident" ("status", "response_due_at")'
    )


def _v5(db: pw.Database) -> None:
    """The asset indexes on site, person, vendor and warranty end leave out blanks (partial
    indexes, same names), so assets without them add no empty index entries.
    Lookups by value (and the foreign-key checks on deleting a site, person or vendor) still
    use them, on SQLite and PostgreSQL alike."""
    for column in ("site_id", "person_id", "vendor_id", "warranty_end"):
        db.execute_sql(f'DROP INDEX IF EXISTS "asset_{column}"')
        db.execute_sql(
            f'CREATE INDEX "asset_{column}" ON "asset" ("{column}") WHERE ("{column}" IS NOT NULL)'
        )


def _v6(db: pw.Database) -> None:
    """Every editable record carries a version and who changed it last, on which PC, so
    that a save made from a stale copy is refused with their name instead of silently
    undoing their work (several PCs on one database); timeline entries record the PC too."""
    stamp = "DATETIME" if isinstance(db, pw.SqliteDatabase) else "TIMESTAMP"
    # NOT NULL with a constant default: both backends add such a column in place.
    version = 'ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1'
    who = 'ADD COLUMN "{}" VARCHAR(255) NOT NULL DEFAULT \'\''
    for table in ("site", "person", "vendor", "asset"):
        db.execute_sql(f'ALTER TABLE "{table}" {version}')
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "updated_at" {stamp}')
        db.execute_sql(f'ALTER TABLE "{table}" {who.format("updated_by")}')
        db.execute_sql(f'ALTER TABLE "{table}" {who.format("updated_host")}')
    db.execute_sql(f'ALTER TABLE "incident" {version}')
    db.execute_sql(f'ALTER TABLE "incident" {who.format("updated_by")}')
    db.execute_sql(f'ALTER TABLE "incident" {who.format("updated_host")}')
    db.execute_sql(f'ALTER TABLE "incident_event" {who.format("host")}')


def _v7(db: pw.Database) -> None:
    """Planned work: recurring tasks and renewals, and the record of each time one was done.

    The tables are frozen here as this step made them (not ``m.PlannedTask``), so a later
    change to the models cannot change what this step builds."""

    class Ref(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Asset(Ref):
        class Meta:
            table_name = "asset"

    class Vendor(Ref):
        class Meta:
            table_name = "vendor"

    def money() -> pw.DecimalField:
        return pw.DecimalField(max_digits=12, decimal_places=2, auto_round=True, null=True)

    class PlannedTask(Ref):
        title = pw.CharField()
        notes = pw.TextField(default="")
        due = pw.DateField(index=True)
        every_n = pw.IntegerField(null=True)
        every_unit = pw.CharField(default="")
        anchor_day = pw.IntegerField(null=True)
        from_done = pw.BooleanField(default=False)
        asset = pw.ForeignKeyField(Asset, null=True, on_delete="SET NULL")
        vendor = pw.ForeignKeyField(Vendor, null=True, on_delete="SET NULL")
        cost = money()
        renewal = pw.BooleanField(default=False)
        notice_days = pw.IntegerField(null=True)
        done = pw.BooleanField(default=False)
        version = pw.IntegerField(default=1)
        created_at = pw.DateTimeField()
        updated_at = pw.DateTimeField()

        class Meta:
            table_name = "planned_task"

    class TaskDone(Ref):
        task = pw.ForeignKeyField(PlannedTask, on_delete="CASCADE")
        due = pw.DateField()
        done_on = pw.DateField(index=True)
        done_at = pw.DateTimeField()
        done_by = pw.CharField(default="")
        cost = money()
        note = pw.TextField(default="")
        next_due = pw.DateField(null=True)

        class Meta:
            table_name = "task_done"

    db.create_tables([PlannedTask, TaskDone], safe=True)


def _v8(db: pw.Database) -> None:
    """PostgreSQL: every write to a FixDesk table announces itself (NOTIFY), so the other PCs'
    windows refresh within a moment; a trigger, so the command line's writes are heard too.
    SQLite needs nothing (the window polls PRAGMA data_version)."""
    if isinstance(db, pw.SqliteDatabase):
        return
    from desktop_app.changes import install_triggers

    # Frozen: a table added later gets its trigger in its own step.
    install_triggers(db, ["site", "person", "vendor", "vendor_contact", "asset", "ref_counter",
                          "incident", "incident_event", "cost_line", "attachment", "setting",
                          "planned_task", "task_done"])


STEPS: list[Callable[[pw.Database], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8]
LATEST = len(STEPS)


# The version row is read and written in plain SQL on ``db`` itself, not through the models:
# a database opened beside the one in use (copying an office to a shared database) is
# migrated without rebinding the models the window is using.
def current_version(db: pw.Database) -> int:
    if not db.table_exists("schema_version"):
        return 0
    row = db.execute_sql('SELECT "version" FROM "schema_version" ORDER BY "id" LIMIT 1').fetchone()
    return int(row[0]) if row else 0


def _set_version(db: pw.Database, version: int) -> None:
    cursor = db.execute_sql(f'UPDATE "schema_version" SET "version" = {db.param}', (version,))
    if not cursor.rowcount:
        db.execute_sql(f'INSERT INTO "schema_version" ("version") VALUES ({db.param})', (version,))


def backup_before_migration(db: pw.Database, target: int) -> Path | None:
    path = sqlite_path(db)
    if path is None or not path.exists():
        return None
    dest = path.with_name(f"{path.name}.pre-v{target}.bak")
    # The copy holds the same records as the database: owner-only from its first byte.
    os.close(os.open(dest, os.O_CREAT | os.O_WRONLY, 0o600))
    src = sqlite3.connect(str(path))
    try:
        out = sqlite3.connect(str(dest))
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    dest.chmod(0o600)
    return dest


# Any constant will do: it names "FixDesk is migrating" among PostgreSQL's advisory locks.
_PG_LOCK_KEY = 0x46495844  # "FIXD"


def _step_transaction(db: pw.Database) -> Any:
    """A transaction that only one FixDesk at a time may hold for migrating.

    Two PCs opening a shared database after an update must not both run a step:
    SQLite takes the write lock up front (BEGIN IMMEDIATE, waits busy_timeout),
    PostgreSQL an advisory lock released at commit.  The version is read again
    inside, so the one that waited finds the work done.
    """
    if isinstance(db, pw.SqliteDatabase):
        return db.atomic("IMMEDIATE")
    return db.atomic()


def _check_version(db: pw.Database, version: int) -> None:
    if version > LATEST:
        raise DatabaseError(
            translate("Database", "This database is at schema version {version}, newer than this FixDesk "
                                  "understands ({latest}); please update FixDesk.")
            .format(version=version, latest=LATEST)
        )
    if version == 0 and db.get_tables():
        # Tables but no version row: some other program's database. Adding ours would mix them.
        raise DatabaseError(translate("Database", "{where} holds another program's data, not a FixDesk "
                                                  "database.").format(where=describe(db)))


def migrate(db: pw.Database, target: int | None = None) -> list[int]:
    """Apply the steps needed to reach ``target`` (default: latest); return the versions applied."""
    target = LATEST if target is None else target
    version = current_version(db)
    _check_version(db, version)
    if version >= target:
        return []  # the everyday case: no lock taken
    applied: list[int] = []
    backed_up = version == 0  # a new, empty database needs no backup
    while True:
        with _step_transaction(db):
            if not isinstance(db, pw.SqliteDatabase):
                db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_PG_LOCK_KEY,))
            version = current_version(db)
            _check_version(db, version)
            if version >= target:
                return applied
            if not backed_up:
                # Inside the lock, so the copy is of the database as this step finds it.
                backup_before_migration(db, target)
                backed_up = True
            STEPS[version](db)
            _set_version(db, version + 1)
        applied.append(version + 1)
