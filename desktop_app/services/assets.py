"""The asset register."""

from __future__ import annotations

import datetime as dt
import json
import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

import peewee as pw

from desktop_app.models import ASSET_STATUSES, Asset, Incident, Person, Site, Vendor
from desktop_app.services.asset_bulk import (
    BulkResult,
    LinkMaker,
    Links,
    Records,
    plan_all_new,
    stored_by_key,
    write_records,
)
from desktop_app.services.base import Service, to_record
from desktop_app.services.bulk_clean import RowCleaner
from desktop_app.services.column_rows import ColumnRows
from desktop_app.services.errors import NotFound, Refused, ValidationError
from desktop_app.services.refs import resolve
from desktop_app.services.validate import (
    Field,
    choice,
    clean,
    parse_bool,
    parse_date,
    parse_money,
    text,
)

STATUS_LABELS = {"in_use": "In use", "spare": "Spare", "in_repair": "In repair", "retired": "Retired"}
# Offered in the Category list beside the ones already in use, so a new office need not invent them.
USUAL_CATEGORIES = ("Desktop PC", "Laptop", "Monitor", "Printer", "Copier", "Scanner", "Server",
                    "Network", "Router", "Phone", "Tablet", "Software", "Other")


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
        raise ValidationError("", f"{label} must be a JSON object.") from None
    if not isinstance(parsed, dict):
        raise ValidationError("", f"{label} must be a JSON object.")
    return json.dumps(parsed, ensure_ascii=False, sort_keys=True)


def _passthrough(label: str, value: Any) -> Any:
    return value


ASSET_FIELDS = {
    "tag": Field("Asset tag", text, required=True),
    "name": Field("Name", text, required=True),
    "category": Field("Category", text),
    "manufacturer": Field("Manufacturer", text),
    "model": Field("Model", text),
    "serial": Field("Serial number", text),
    "site": Field("Site", _passthrough),
    "location": Field("Room", text),
    "person": Field("Assigned to", _passthrough),
    "status": Field("Status", choice(ASSET_STATUSES)),
    "purchase_date": Field("Purchase date", parse_date),
    "purchase_cost": Field("Purchase cost", parse_money),
    "supplier": Field("Supplier", text),
    "warranty_end": Field("Warranty end", parse_date),
    "vendor": Field("Maintained by", _passthrough),
    "hostname": Field("Hostname", text),
    "ip_address": Field("IP address", text),
    "notes": Field("Notes", text),
    "custom_fields": Field("Custom fields", _custom),
    "archived": Field("Archived", parse_bool),
}


@dataclass(frozen=True)
class AssetRecord:
    id: int
    tag: str
    name: str
    category: str = ""
    manufacturer: str = ""
    model: str = ""
    serial: str = ""
    site_id: int | None = None
    site_name: str = ""
    location: str = ""
    person_id: int | None = None
    person_name: str = ""
    status: str = "in_use"
    purchase_date: dt.date | None = None
    purchase_cost: Decimal | None = None
    supplier: str = ""
    warranty_end: dt.date | None = None
    vendor_id: int | None = None
    vendor_name: str = ""
    hostname: str = ""
    ip_address: str = ""
    notes: str = ""
    custom_fields: dict[str, Any] = field(default_factory=dict)
    archived: bool = False

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def make_model(self) -> str:
        return " ".join(p for p in (self.manufacturer, self.model) if p)

    def under_warranty(self, today: dt.date | None = None) -> bool:
        today = today or dt.date.today()
        return self.warranty_end is not None and self.warranty_end >= today

    def warranty_state(self, today: dt.date | None = None) -> str:
        """One line for screen and paper."""
        if self.warranty_end is None:
            return "No warranty recorded"
        if self.under_warranty(today):
            return f"Under warranty until {self.warranty_end.isoformat()}"
        return f"Warranty ended {self.warranty_end.isoformat()}"


@dataclass(frozen=True)
class AssetHistory:
    incident_count: int
    total_cost: Decimal
    downtime_minutes: int


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
                "tag", f"Asset tag {tag} is already used by {existing.tag} ({existing.name}).")

    @staticmethod
    def _check_dates(row_or_data: dict[str, Any]) -> None:
        bought, ends = row_or_data.get("purchase_date"), row_or_data.get("warranty_end")
        if bought and ends and ends < bought:
            raise ValidationError("warranty_end",
                                  f"Warranty end {ends} is before the purchase date {bought}.")

    def create(self, **values: Any) -> AssetRecord:
        data = clean(ASSET_FIELDS, values)
        self._check_dates(data)
        with self.db.atomic():
            self._check_tag(data["tag"])
            row = Asset.create(**self._resolve_links(data))
        return self.get(row.id)

    def update(self, asset_id: int, **values: Any) -> AssetRecord:
        data = clean(ASSET_FIELDS, values, partial=True)
        with self.db.atomic():
            row = self._get(Asset, asset_id, "asset")
            if "tag" in data:
                self._check_tag(data["tag"], exclude=asset_id)
            self._check_dates({"purchase_date": data.get("purchase_date", row.purchase_date),
                               "warranty_end": data.get("warranty_end", row.warranty_end)})
            for key, value in self._resolve_links(data).items():
                setattr(row, key, value)
            row.save()
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
        ``rows`` may be a ColumnRows: the same rows, worked through a column at a time.
        """
        if isinstance(rows, ColumnRows):
            tags = rows.column("tag")
        else:
            tags = list(map(operator.methodcaller("get", "tag"), rows))
        if set(map(type, tags)) == {str}:  # what text() makes of a str, without a call per row
            keys = list(map(str.lower, map(str.strip, tags)))
        else:
            keys = [text("", tag).lower() for tag in tags]
        links = Links(create_link)
        excluded: dict[int, str] = {}
        checking = progress
        with self.db.atomic():
            stored = stored_by_key(self.db, Asset, Asset.tag_key, set(keys))
            while True:
                # A reference that cannot be made takes its row out, which can change what a
                # later row with the same tag does: plan again without it.
                actions, errors, records = self._plan_bulk(rows, keys, stored, excluded, checking)
                failed = links.check(rows, [i for i, action in enumerate(actions) if action])
                if not failed:
                    break
                excluded.update(failed)
                checking = None  # a second plan is quick and would move the bar backwards
            planned = records if isinstance(records, ColumnRows) else list(records.values())
            links.fill(planned)
            write_records(self.db, Asset, planned, stored, Asset.tag_key, progress, len(rows))
        errors.update(excluded)
        return BulkResult(actions, dict(sorted(errors.items())), links.created)

    def _plan_bulk(self, rows: Sequence[Mapping[str, Any]], keys: list[str],
                   stored: dict[str, dict[str, Any]], excluded: dict[int, str],
                   progress: Callable[[int, int], None] | None
                   ) -> tuple[list[str | None], dict[int, str], Records]:
        """Each row checked in file order against the assets as the earlier rows leave them
        (``keys``: each row's tag as stored in tag_key)."""
        defaults = {f.name: f.default() if callable(f.default) else f.default
                    for f in Asset._meta.sorted_fields if f.name != "id"}
        total = len(rows)
        clean_row = RowCleaner(ASSET_FIELDS)
        actions: list[str | None] = [None] * total
        errors: dict[int, str] = {}
        records: dict[str, dict[str, Any]] = {}  # tag key -> the asset's columns as they will be
        planned = plan_all_new(rows, keys, stored, excluded, defaults, clean_row)
        if planned is not None:
            if progress is not None:
                for index in range(total):
                    progress(index + 1, 2 * total)
            return planned
        for index, values in enumerate(rows):
            if progress is not None:
                progress(index + 1, 2 * total)
            if index in excluded:
                continue
            key = keys[index]
            current = records.get(key) or stored.get(key)
            try:
                if current is None:
                    data = clean_row(values)
                    self._check_dates(data)
                    record = {**defaults, **data, "tag_key": key}
                else:
                    data = clean_row({k: v for k, v in values.items() if k != "tag"}, partial=True)
                    self._check_dates({"purchase_date": data.get("purchase_date", current["purchase_date"]),
                                       "warranty_end": data.get("warranty_end", current["warranty_end"])})
                    if "custom_fields" in data:
                        merged = {**json.loads(current["custom_fields"] or "{}"),
                                  **json.loads(data["custom_fields"])}
                        data["custom_fields"] = json.dumps(merged, ensure_ascii=False, sort_keys=True)
                    record = {**current, **data}
            except ValidationError as err:
                errors[index] = err.message
                continue
            actions[index] = "create" if current is None else "update"
            records[key] = record
        return actions, errors, records

    def get(self, asset_id: int) -> AssetRecord:
        row = asset_query().where(Asset.id == asset_id).first()
        if row is None:
            raise NotFound(f"There is no asset with id {asset_id}.")
        return record_from_row(row)

    def by_tag(self, tag: str) -> AssetRecord:
        row = asset_query().where(Asset.tag_key == tag.strip().lower()).first()
        if row is None:
            raise NotFound(f"There is no asset with tag {tag.strip()}.")
        return record_from_row(row)

    def id_for_tag(self, tag: str | None, field: str = "asset") -> int | None:
        if not tag or not str(tag).strip():
            return None
        row = Asset.select(Asset.id).where(Asset.tag_key == str(tag).strip().lower()).first()
        if row is None:
            raise ValidationError(field, f"There is no asset with tag {str(tag).strip()}.")
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
            # contains() escapes % and _ so they match themselves; ILIKE on PostgreSQL.
            query = query.where(
                Asset.tag.contains(term) | Asset.name.contains(term) | Asset.serial.contains(term)
                | Asset.manufacturer.contains(term) | Asset.model.contains(term)
                | Asset.category.contains(term) | Asset.location.contains(term)
                | Person.name.contains(term) | Asset.hostname.contains(term)
            )
        return query

    def list(self, search: str = "", status: str | None = None, include_archived: bool = False,
             sort: str = "tag", descending: bool = False, tags: list[str] | None = None,
             limit: int | None = None, offset: int = 0) -> list[AssetRecord]:
        column = SORTABLE.get(sort, Asset.tag_key)
        order = column.desc() if descending else column.asc()
        query = self._filtered(search, status, include_archived, tags).order_by(order, Asset.id)
        if limit is not None:
            query = query.limit(limit).offset(offset)
        return [record_from_row(r) for r in query]

    def count(self, search: str = "", status: str | None = None, include_archived: bool = False) -> int:
        return self._filtered(search, status, include_archived).count()

    def categories(self) -> list[str]:
        query = (Asset.select(Asset.category).where(Asset.category != "")
                 .distinct().order_by(Asset.category))
        return [r.category for r in query]

    def category_choices(self) -> list[str]:
        """The usual categories plus every one already in use, each once, sorted."""
        seen = {c.lower(): c for c in USUAL_CATEGORIES}
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
        from desktop_app.timeutil import now_utc

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
                raise Refused(f"Asset {row.tag} has {used} incident(s) on record; archive it instead.")
            row.delete_instance()

    def archive(self, asset_id: int, archived: bool = True) -> AssetRecord:
        return self.update(asset_id, archived=archived)
