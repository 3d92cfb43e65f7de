"""The asset register."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

import peewee as pw

from desktop_app.i18n import QT_TRANSLATE_NOOP, format_date, translate
from desktop_app.models import ASSET_STATUSES, Asset, Incident, Person, Site, Vendor
from desktop_app.records import ASSET_STATUS_LABELS as STATUS_LABELS  # noqa: F401 - importable from here too
from desktop_app.records import AssetHistory, AssetRecord
from desktop_app.services.base import Service, containing, no_such, sort_order, this_host, to_record
from desktop_app.services.errors import NotFound, Refused, ServiceError, ValidationError
from desktop_app.services.refs import no_such_name, resolve
from desktop_app.services.validate import (
    Field,
    choice,
    clean,
    field_name,
    long_text,
    parse_bool,
    parse_date,
    parse_money,
    text,
)
from desktop_app.timeutil import now_utc

# Offered in the Category list beside the ones already in use, so a new office need not invent them.
# English here; offered in the current language (what is picked is stored as the office's own word).
USUAL_CATEGORIES = (
    QT_TRANSLATE_NOOP("Category", "Desktop PC"), QT_TRANSLATE_NOOP("Category", "Laptop"),
    QT_TRANSLATE_NOOP("Category", "Monitor"), QT_TRANSLATE_NOOP("Category", "Printer"),
    QT_TRANSLATE_NOOP("Category", "Copier"), QT_TRANSLATE_NOOP("Category", "Scanner"),
    QT_TRANSLATE_NOOP("Category", "Server"), QT_TRANSLATE_NOOP("Category", "Network"),
    QT_TRANSLATE_NOOP("Category", "Router"), QT_TRANSLATE_NOOP("Category", "Phone"),
    QT_TRANSLATE_NOOP("Category", "Tablet"), QT_TRANSLATE_NOOP("Category", "Software"),
    QT_TRANSLATE_NOOP("Category", "Other"),
)


def _not_json(label: str) -> str:
    return translate("Validation", "{field} must be a JSON object.").format(field=field_name(label))


def _no_tag(tag: str) -> str:
    return translate("Assets", "There is no asset with tag {tag}.").format(tag=tag.strip())


class AssetChoice(NamedTuple):
    """One asset in a picker: just what is shown and searched (tag, name, serial, model, where)."""
    id: int
    tag: str
    name: str
    serial: str
    manufacturer: str
    model: str
    location: str
    site_name: str


def _custom(label: str, value: Any) -> str:
    if value is None or value == "":
        return "{}"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    try:
        parsed = json.loads(str(value))
    except ValueError:
        raise ValidationError("", _not_json(label)) from None
    if not isinstance(parsed, dict):
        raise ValidationError("", _not_json(label))
    return json.dumps(parsed, ensure_ascii=False, sort_keys=True)


def _passthrough(label: str, value: Any) -> Any:
    return value


ASSET_FIELDS = {
    "tag": Field(QT_TRANSLATE_NOOP("Field", "Asset tag"), text, required=True),
    "name": Field(QT_TRANSLATE_NOOP("Field", "Name"), text, required=True),
    "category": Field(QT_TRANSLATE_NOOP("Field", "Category"), text),
    "manufacturer": Field(QT_TRANSLATE_NOOP("Field", "Manufacturer"), text),
    "model": Field(QT_TRANSLATE_NOOP("Field", "Model"), text),
    "serial": Field(QT_TRANSLATE_NOOP("Field", "Serial number"), text),
    "site": Field(QT_TRANSLATE_NOOP("Field", "Site"), _passthrough),
    "location": Field(QT_TRANSLATE_NOOP("Field", "Room"), text),
    "person": Field(QT_TRANSLATE_NOOP("Field", "Assigned to"), _passthrough),
    "status": Field(QT_TRANSLATE_NOOP("Field", "Status"), choice(ASSET_STATUSES)),
    "purchase_date": Field(QT_TRANSLATE_NOOP("Field", "Purchase date"), parse_date),
    "purchase_cost": Field(QT_TRANSLATE_NOOP("Field", "Purchase cost"), parse_money),
    "supplier": Field(QT_TRANSLATE_NOOP("Field", "Supplier"), text),
    "warranty_end": Field(QT_TRANSLATE_NOOP("Field", "Warranty end"), parse_date),
    "vendor": Field(QT_TRANSLATE_NOOP("Field", "Maintained by"), _passthrough),
    "hostname": Field(QT_TRANSLATE_NOOP("Field", "Hostname"), text),
    "ip_address": Field(QT_TRANSLATE_NOOP("Field", "IP address"), text),
    "notes": Field(QT_TRANSLATE_NOOP("Field", "Notes"), long_text),
    "custom_fields": Field(QT_TRANSLATE_NOOP("Field", "Custom fields"), _custom),
    "archived": Field(QT_TRANSLATE_NOOP("Field", "Archived"), parse_bool),
}


SORTABLE = {
    "tag": Asset.tag_key, "name": Asset.name, "category": Asset.category,
    "manufacturer": Asset.manufacturer, "model": Asset.model, "serial": Asset.serial,
    "status": Asset.status, "warranty_end": Asset.warranty_end,
    "purchase_date": Asset.purchase_date, "location": Asset.location,
}


def asset_query() -> pw.ModelSelect:
    # The joined ids are selected too: peewee rebuilds each link from them.
    return (Asset.select(Asset, Site.id, Site.name, Person.id, Person.name, Vendor.id, Vendor.name)
            .join(Site, pw.JOIN.LEFT_OUTER, on=(Asset.site == Site.id))
            .switch(Asset).join(Person, pw.JOIN.LEFT_OUTER, on=(Asset.person == Person.id))
            .switch(Asset).join(Vendor, pw.JOIN.LEFT_OUTER, on=(Asset.vendor == Vendor.id)))


def record_from_row(row: Asset) -> AssetRecord:
    return to_record(
        row, AssetRecord,
        site_id=row.site_id, person_id=row.person_id, vendor_id=row.vendor_id,
        site_name=row.site.name if row.site_id else "",
        person_name=row.person.name if row.person_id else "",
        vendor_name=row.vendor.name if row.vendor_id else "",
        custom_fields=json.loads(row.custom_fields or "{}"),
    )


# (what, name) -> id of a site/person/vendor just made for a bulk import.
LinkMaker = Callable[[str, str], int]
LINK_MODELS: dict[str, type[pw.Model]] = {"site": Site, "person": Person, "vendor": Vendor}
# Rows written (and tags looked up) at a time between progress reports.
CHUNK = 500


@dataclass
class BulkResult:
    """What ``bulk_upsert`` did with each row, by position."""

    actions: list[str | None]  # "create", "update", or None for a row with a problem
    errors: dict[int, str]  # row position -> one sentence naming the field
    links_created: list[str] = field(default_factory=list)  # "site Annex", in creation order


class _Links:
    """Site/person/vendor references of a bulk import, each table read once.

    Names are compared with Python's casefold (SQLite's LOWER() only folds ASCII); for
    people, whose names are not unique, the last in name order wins, as it always has in
    the importer."""

    def __init__(self, create: LinkMaker | None) -> None:
        self.create = create
        self.names: dict[str, dict[str, int]] = {}
        self.ids: dict[str, set[int]] = {what: set() for what in LINK_MODELS}
        self.created: list[str] = []

    def id_of(self, what: str, value: Any) -> int | None:
        """The id ``value`` (an id or a name) stands for; raises ServiceError naming the problem."""
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        model = LINK_MODELS[what]
        if isinstance(value, int) and not isinstance(value, bool):
            if value not in self.ids[what]:
                if not model.select(model.id).where(model.id == value).exists():
                    raise ServiceError(no_such(what, value))
                self.ids[what].add(value)
            return value
        name = str(value).strip()
        if what not in self.names:
            query = model.select(model.id, model.name).order_by(model.name, model.id).tuples()
            self.names[what] = {n.casefold(): pk for pk, n in query}
        known = self.names[what]
        if name.casefold() not in known:
            if self.create is None:
                raise ServiceError(no_such_name(what, name))
            known[name.casefold()] = self.create(what, name)
            self.created.append(f"{what} {name}")
        return known[name.casefold()]


class AssetService(Service):
    def _resolve_links(self, data: dict[str, Any]) -> dict[str, Any]:
        if "site" in data:
            data["site"] = resolve(Site, data["site"], "site", "site")
        if "person" in data:
            data["person"] = resolve(Person, data["person"], "person", "person")
        if "vendor" in data:
            data["vendor"] = resolve(Vendor, data["vendor"], "vendor", "vendor")
        if "tag" in data:
            data["tag_key"] = data["tag"].lower()
        return data

    def _check_tag(self, tag: str, exclude: int | None = None) -> None:
        query = Asset.select().where(Asset.tag_key == tag.lower())
        if exclude is not None:
            query = query.where(Asset.id != exclude)
        existing = query.first()
        if existing is not None:
            raise ValidationError(
                "tag", translate("Assets", "Asset tag {tag} is already used by {other} ({name}).")
                .format(tag=tag, other=existing.tag, name=existing.name))

    @staticmethod
    def _check_dates(row_or_data: dict[str, Any]) -> None:
        bought, ends = row_or_data.get("purchase_date"), row_or_data.get("warranty_end")
        if bought and ends and ends < bought:
            raise ValidationError("warranty_end", translate(
                "Assets", "Warranty end {end} is before the purchase date {bought}.")
                .format(end=format_date(ends), bought=format_date(bought)))

    def create(self, **values: Any) -> AssetRecord:
        data = clean(ASSET_FIELDS, values)
        self._check_dates(data)
        with self._writing():
            self._check_tag(data["tag"])
            row = Asset.create(**self._resolve_links(data), updated_at=now_utc(),
                               updated_by=self.who(), updated_host=this_host())
        return self.get(row.id)

    def update(self, asset_id: int, expected_version: int | None = None, **values: Any) -> AssetRecord:
        """Change the given fields; with ``expected_version`` an asset changed since is refused
        (``Conflict``, carrying the asset as it is now) and nothing is written."""
        data = clean(ASSET_FIELDS, values, partial=True)
        with self._writing():
            row = self._lock(Asset, asset_id, "asset")
            self._check_version(row, expected_version, lambda: self.get(asset_id))
            if "tag" in data:
                self._check_tag(data["tag"], exclude=asset_id)
            self._check_dates({"purchase_date": data.get("purchase_date", row.purchase_date),
                               "warranty_end": data.get("warranty_end", row.warranty_end)})
            links = {"site": "site_id", "person": "person_id", "vendor": "vendor_id"}
            self._stamp(row, {k: v for k, v in self._resolve_links(data).items()
                              if getattr(row, links.get(k, k)) != v})
        return self.get(asset_id)

    def bulk_upsert(self, rows: Sequence[Mapping[str, Any]], *, create_link: LinkMaker | None = None,
                    progress: Callable[[int, int], None] | None = None) -> BulkResult:
        """Create or update many assets at once, by the same rules as ``create`` and ``update``.

        A row whose tag matches a stored asset or an earlier row (case-insensitively) updates it:
        the given fields replace the stored ones, custom fields are merged in, and the tag keeps
        its stored spelling.  site/person/vendor are ids or names; a name nobody has yet is made
        with ``create_link`` (or is a problem without it).  Rows with a problem are left out and
        named in ``errors``; the rest are written in one savepoint, so the caller's transaction
        decides whether any of it is kept.  ``progress(done, total)`` counts every row twice,
        once checked and once written (total is twice the rows), and may raise to abandon it all.
        """
        total = len(rows)
        keys = [text("", row.get("tag")).lower() for row in rows]
        defaults = {f.name: f.default() if callable(f.default) else f.default
                    for f in Asset._meta.sorted_fields if f.name != "id"}
        links = _Links(create_link)
        actions: list[str | None] = [None] * total
        errors: dict[int, str] = {}
        records: dict[str, dict[str, Any]] = {}  # tag key -> the asset's columns as they will be
        with self.db.atomic():
            stored = self._stored_by_key(set(keys))
            for index, values in enumerate(rows):
                if progress is not None:
                    progress(index + 1, 2 * total)
                key = keys[index]
                current = records.get(key) or stored.get(key)
                try:
                    record = self._planned(values, current, key, defaults)
                    for what in LINK_MODELS:
                        if what in record:
                            record[what] = links.id_of(what, record[what])
                except ServiceError as err:
                    errors[index] = str(err)
                    continue
                actions[index] = "create" if current is None else "update"
                records[key] = record
            self._write(list(records.values()), stored, progress, total)
        return BulkResult(actions, dict(sorted(errors.items())), links.created)

    def _planned(self, values: Mapping[str, Any], current: dict[str, Any] | None, key: str,
                 defaults: dict[str, Any]) -> dict[str, Any]:
        """One row cleaned as ``create`` (no current record) or ``update`` would clean it."""
        if current is None:
            data = clean(ASSET_FIELDS, values)
            self._check_dates(data)
            return {**defaults, **data, "tag_key": key, "updated_at": now_utc(),
                    "updated_by": self.who(), "updated_host": this_host()}
        data = clean(ASSET_FIELDS, {k: v for k, v in values.items() if k != "tag"}, partial=True)
        self._check_dates({"purchase_date": data.get("purchase_date", current["purchase_date"]),
                           "warranty_end": data.get("warranty_end", current["warranty_end"])})
        if "custom_fields" in data:
            merged = {**json.loads(current["custom_fields"] or "{}"), **json.loads(data["custom_fields"])}
            data["custom_fields"] = json.dumps(merged, ensure_ascii=False, sort_keys=True)
        return {**current, **data}

    @staticmethod
    def _stored_by_key(keys: set[str]) -> dict[str, dict[str, Any]]:
        """The stored assets whose tag key is one of ``keys``, as {tag key: {field: value}}."""
        found: dict[str, dict[str, Any]] = {}
        # The stored tags first (one narrow read), so a first import asks for nothing more.
        stored = {key for (key,) in Asset.select(Asset.tag_key).tuples()}
        wanted = sorted(stored & keys)
        for start in range(0, len(wanted), CHUNK):
            for row in Asset.select().where(Asset.tag_key.in_(wanted[start:start + CHUNK])).dicts():
                found[row["tag_key"]] = row
        return found

    def _write(self, records: list[dict[str, Any]], stored: dict[str, dict[str, Any]],
               progress: Callable[[int, int], None] | None, rows: int) -> None:
        """New assets inserted a chunk at a time; stored ones updated in just the columns that
        changed (a re-imported file mostly repeats what is stored, and rewrites nothing)."""
        new = [r for r in records if "id" not in r]
        written = 0

        def tick(count: int) -> None:
            nonlocal written
            written += count
            if progress is not None:
                # Records, not rows, are written (a tag twice in the file is one record).
                progress(rows + written * rows // max(len(records), 1), 2 * rows)

        # One prepared INSERT run for each chunk of rows (executemany), every value bound and
        # converted by its field: peewee's insert_many builds a query node per cell, which costs
        # more than the rest of the import together.
        columns = [f for f in Asset._meta.sorted_fields if f.name != "id"]
        names = ", ".join(f'"{c.column_name}"' for c in columns)
        slots = ", ".join([self.db.param] * len(columns))
        sql = f'INSERT INTO "{Asset._meta.table_name}" ({names}) VALUES ({slots})'
        converters = [(c.name, c.db_value) for c in columns]
        cursor = self.db.cursor()
        for start in range(0, len(new), CHUNK):
            chunk = new[start:start + CHUNK]
            try:
                cursor.executemany(sql, [[convert(r[name]) for name, convert in converters] for r in chunk])
            except Exception as exc:
                # The raw cursor skips the database's own wording: a full disk or a read-only
                # file is still one plain sentence.
                plain = getattr(self.db, "plain_error", lambda _exc: None)(exc)
                if plain is None:
                    raise
                raise plain from exc
            tick(len(chunk))
        for record in records:
            if "id" not in record:
                continue
            before = stored[record["tag_key"]]
            changes = {k: v for k, v in record.items() if k != "id" and before.get(k) != v}
            if changes:
                # An import is a write like any other: a dialog opened before it must not
                # overwrite what it changed (the importer is not named, the PC is).
                changes.update(version=Asset.version + 1, updated_at=now_utc(), updated_by="",
                               updated_host=this_host())
                Asset.update(changes).where(Asset.id == record["id"]).execute()
            tick(1)

    def get(self, asset_id: int) -> AssetRecord:
        row = asset_query().where(Asset.id == asset_id).first()
        if row is None:
            raise NotFound(no_such("asset", asset_id))
        return record_from_row(row)

    def by_tag(self, tag: str) -> AssetRecord:
        row = asset_query().where(Asset.tag_key == tag.strip().lower()).first()
        if row is None:
            raise NotFound(_no_tag(tag))
        return record_from_row(row)

    def id_for_tag(self, tag: str | None, field: str = "asset") -> int | None:
        if not tag or not str(tag).strip():
            return None
        row = Asset.select(Asset.id).where(Asset.tag_key == str(tag).strip().lower()).first()
        if row is None:
            raise ValidationError(field, _no_tag(str(tag)))
        return row.id

    def _filtered(self, search: str = "", status: str | None = None,
                  include_archived: bool = False, tags: list[str] | None = None) -> pw.ModelSelect:
        query = asset_query()
        if not include_archived:
            query = query.where(~Asset.archived)
        if status:
            query = query.where(Asset.status == status)
        if tags:
            query = query.where(Asset.tag_key.in_([t.strip().lower() for t in tags]))
        term = search.strip()
        if term:
            has = containing(self.db, term)
            query = query.where(
                has(Asset.tag) | has(Asset.name) | has(Asset.serial)
                | has(Asset.manufacturer) | has(Asset.model)
                | has(Asset.category) | has(Asset.location)
                | has(Person.name) | has(Asset.hostname)
            )
        return query

    def list(self, search: str = "", status: str | None = None, include_archived: bool = False,
             sort: str = "tag", descending: bool = False, tags: list[str] | None = None,
             limit: int | None = None, offset: int = 0) -> list[AssetRecord]:
        column = SORTABLE.get(sort, Asset.tag_key)
        order = sort_order(self.db, column, descending, Asset)
        query = self._filtered(search, status, include_archived, tags).order_by(order, Asset.id)
        if limit is not None:
            query = query.limit(limit).offset(offset)
        return [record_from_row(r) for r in query]

    def count(self, search: str = "", status: str | None = None, include_archived: bool = False) -> int:
        return self._filtered(search, status, include_archived).count()

    def categories(self) -> list[str]:
        query = Asset.select(Asset.category).where(Asset.category != "").distinct()
        # Sorted here: by code point, as SQLite orders text, whatever a server's own collation.
        return sorted(r.category for r in query)

    def category_choices(self) -> list[str]:
        """The usual categories plus every one already in use, each once, sorted."""
        usual = [translate("Category", c) for c in USUAL_CATEGORIES]
        seen = {c.lower(): c for c in usual}
        for used in self.categories():
            seen.setdefault(used.lower(), used)
        return sorted(seen.values(), key=str.lower)

    def choices(self) -> list[AssetChoice]:
        """Every asset not archived, as plain tuples for a picker (cheap at thousands of rows)."""
        query = (Asset.select(Asset.id, Asset.tag, Asset.name, Asset.serial, Asset.manufacturer,
                              Asset.model, Asset.location, Site.name)
                 .join(Site, pw.JOIN.LEFT_OUTER, on=(Asset.site == Site.id))
                 .where(~Asset.archived).order_by(Asset.tag_key, Asset.id))
        # Plain text columns need no conversion: the cursor's rows as they come (5,000 assets
        # through peewee's row conversion cost several times the query itself).
        cursor = self.db.execute(query)
        return [AssetChoice(row[0], *(value or "" for value in row[1:])) for row in cursor.fetchall()]

    def next_tag(self, prefix: str = "PC") -> str:
        """The first free tag ``PREFIX-0001``, ``PREFIX-0002``... for a quickly added asset."""
        prefix = (prefix.strip() or "PC").upper()
        used = {r.tag_key for r in Asset.select(Asset.tag_key)
                .where(Asset.tag_key.startswith(f"{prefix.lower()}-"))}
        number = 1
        while f"{prefix.lower()}-{number:04d}" in used:
            number += 1
        return f"{prefix}-{number:04d}"

    def history(self, asset_id: int) -> AssetHistory:
        now = now_utc()
        count = 0
        total = Decimal("0")
        downtime = 0
        for inc in Incident.select(Incident.total_cost, Incident.opened_at, Incident.resolved_at,
                                   Incident.status).where(Incident.asset == asset_id):
            count += 1
            total += inc.total_cost or Decimal("0")
            if inc.status != "cancelled":
                end = inc.resolved_at or now
                downtime += int((end - inc.opened_at).total_seconds() // 60)
        return AssetHistory(count, total, downtime)

    def delete(self, asset_id: int) -> None:
        with self.db.atomic():
            row = self._get(Asset, asset_id, "asset")
            used = Incident.select().where(Incident.asset == row).count()
            if used:
                raise Refused(translate("Assets", "Asset {tag} has {count} incident(s) on record; archive it "
                                                  "instead.").format(tag=row.tag, count=used))
            row.delete_instance()

    def archive(self, asset_id: int, archived: bool = True) -> AssetRecord:
        return self.update(asset_id, archived=archived)
