"""One file row -> the values a service takes, or a ServiceError naming the problem."""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from typing import Any, overload

from desktop_app.importing.columns import CUSTOM, IGNORE, target_by_key
from desktop_app.importing.reader import _lines
from desktop_app.importing.values import (
    CellError,
    add_months,
    excel_mangled,
    excel_mangled_somewhere,
    neutralised,
    parse_bool,
    parse_date,
    parse_money,
    parse_months,
)
from desktop_app.services.column_rows import MISSING, ColumnRows
from desktop_app.services.errors import ServiceError

ASSET_STATUS_WORDS = {
    "in_use": ("in use", "inuse", "deployed", "active", "in service", "assigned", "checked out"),
    "spare": ("spare", "ready to deploy", "available", "in stock", "pending", "stock", "unassigned"),
    "in_repair": ("in repair", "repair", "broken", "undeployable", "out for repair", "faulty", "defective",
                  "pending diagnostics", "out for diagnostics"),
    "retired": ("retired", "archived", "disposed", "lost", "stolen", "lost/stolen", "scrapped", "sold",
                "broken - not fixable", "broken not fixable"),
}
VENDOR_KIND_WORDS = {
    "it_breakfix": ("it", "it break-fix", "it breakfix", "break-fix", "breakfix", "it support", "msp"),
    "printer_copier": ("printer", "copier", "printer/copier", "printer / copier", "printers"),
    "telecom": ("telecom", "telephone", "phones", "internet", "isp", "telecom / internet"),
    "manufacturer": ("manufacturer", "oem", "vendor"),
    "software": ("software", "saas", "licences", "licenses"),
    "other": ("other",),
}


def _word_lookup(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    out = {}
    for key, words in table.items():
        out[key] = key
        out[key.replace("_", " ")] = key
        for w in words:
            out[w] = key
    return out


_STATUS = _word_lookup(ASSET_STATUS_WORDS)
_ABSENT = object()  # a cell past the end of a short row
_VENDOR_KIND = _word_lookup(VENDOR_KIND_WORDS)


@dataclass
class RowValues:
    line: int
    key: str  # what identifies the record for re-import: tag or name
    values: dict[str, Any]
    custom: dict[str, str] = field(default_factory=dict)


class ColumnRowValues(Sequence[RowValues]):
    """Rows that all converted without a problem, kept as the columns they were converted in
    (what ``convert_all`` gives for the usual asset file); ``rows[i]`` makes row i's RowValues.

    ``for_service()`` hands the columns on to the bulk service as they are, custom fields
    included, so no row becomes a dict on the way."""

    def __init__(self, lines: list[int], keys: list[str], values: ColumnRows, customs: list[dict[str, str]]
                 ) -> None:
        self.lines, self.keys, self.values, self.customs = lines, keys, values, customs

    def __len__(self) -> int:
        return len(self.lines)

    @overload
    def __getitem__(self, index: int) -> RowValues: ...

    @overload
    def __getitem__(self, index: slice) -> list[RowValues]: ...

    def __getitem__(self, index: int | slice) -> RowValues | list[RowValues]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return RowValues(self.lines[index], self.keys[index], self.values[index], self.customs[index])

    def __iter__(self) -> Iterator[RowValues]:
        return map(self.__getitem__, range(len(self)))

    def for_service(self) -> ColumnRows:
        """The rows as the service takes them: the values, and custom_fields where a row has any."""
        if not any(self.customs):
            return self.values
        columns = dict(self.values.columns)
        columns["custom_fields"] = [custom if custom else MISSING for custom in self.customs]
        gaps = self.values.gaps | ({"custom_fields"} if not all(self.customs) else set())
        return ColumnRows(columns, len(self), gaps)


class RowConverter:
    def __init__(self, kind: str, headers: list[str], mapping: dict[int, str], order: str) -> None:
        self.kind = kind
        self.headers = headers
        self.mapping = mapping
        self.order = order
        self.targets = target_by_key(kind)
        self.mangled: dict[str, list[int]] = {}
        self.no_purchase_date: list[int] = []
        self.extra_cells: list[int] = []

    def warnings(self) -> list[str]:
        out = []
        for column, lines in self.mangled.items():
            out.append(f"Column \"{column}\" has numbers Excel shortened to scientific notation "
                       f"(digits are lost; check the original) on lines {_lines(lines)}.")
        if self.no_purchase_date:
            out.append("Warranty was given in months but there is no purchase date to count from, so no "
                       f"warranty end was set, on lines {_lines(self.no_purchase_date)}.")
        if self.extra_cells:
            out.append(f"Rows with more cells than the header row (extra cells ignored) on lines "
                       f"{_lines(self.extra_cells)}.")
        return out

    def _cell(self, target_key: str, raw: str, line: int) -> Any:
        target = self.targets[target_key]
        try:
            if target.type == "date":
                return parse_date(raw, self.order)
            if target.type == "money":
                return parse_money(raw)
            if target.type == "months":
                return parse_months(raw)
            if target.type == "bool":
                return parse_bool(raw)
            if target.type == "float":
                return float(raw.replace(",", ".")) if raw.strip() else None
            if target.type == "status":
                return self._word(raw, _STATUS, "in use, spare, in repair, retired") if raw.strip() else None
            if target.type == "vendor_kind":
                return (self._word(raw, _VENDOR_KIND, "IT break-fix, printer/copier, telecom, manufacturer, "
                                   "software, other") if raw.strip() else None)
        except (CellError, ValueError) as exc:
            raise ServiceError(f"{target.label}: {exc}.") from None
        return raw.strip()

    @staticmethod
    def _word(raw: str, lookup: dict[str, str], allowed: str) -> str:
        key = " ".join(raw.strip().lower().replace("_", " ").split())
        if key not in lookup:
            raise CellError(f"{raw.strip()} is not one of: {allowed}")
        return lookup[key]

    @staticmethod
    def _rows_of(columns: list[tuple[str, list[Any], bool]], count: int) -> list[dict[str, Any]]:
        """Columns back into one dict per row, leaving out blank typed cells (None: the service's
        default or the stored value stays) and cells a short row does not have."""
        keys = [target for target, _, _ in columns]
        if not columns:
            return [{} for _ in range(count)]
        if len(set(keys)) == len(keys):
            # map/zip: the row dicts are built without a Python-level loop (strict zip is slower).
            cells = list(zip(*(v for _, v, _ in columns), strict=True))
            fields = list(map(dict, map(zip, repeat(keys, len(cells)), cells)))
            for target, values, gaps in columns:
                if gaps:
                    for i in [i for i, v in enumerate(values) if v is None or v is _ABSENT]:
                        del fields[i][target]
            return fields
        # The same field from two columns (a hand-made mapping): the later cell wins, as always.
        fields = [{} for _ in range(count)]
        for target, values, _ in columns:
            for row, value in zip(fields, values, strict=True):
                if value is not None and value is not _ABSENT:
                    row[target] = value
        return fields

    def convert(self, line: int, cells: list[str]) -> RowValues:
        """One row; raises ServiceError naming the problem."""
        [done] = self.convert_all([(line, cells)])
        if isinstance(done, ServiceError):
            raise done
        return done

    def convert_all(self, rows: list[tuple[int, list[str]]]) -> Sequence[RowValues | ServiceError]:
        """Every row, column by column: the same result as converting row by row (a row stops at
        its first bad cell, in mapping order), but each distinct typed value is parsed once and
        the per-cell work runs in C (map, zip) rather than in a Python loop per cell."""
        width = len(self.headers)
        all_cells = list(map(operator.itemgetter(1), rows))
        if rows and max(map(len, all_cells)) > width:
            for line, cells in rows:
                if len(cells) > width and any(c.strip() for c in cells[width:]):
                    self.extra_cells.append(line)
        count = len(rows)
        shortest = min(map(len, all_cells), default=0)
        # (target, a value per row, whether some are None or _ABSENT and must be left out)
        columns: list[tuple[str, list[Any], bool]] = []
        customs: list[dict[str, str]] = [{} for _ in range(count)]
        failed: dict[int, ServiceError] = {}
        mangled: list[tuple[int, int, str]] = []  # (row, column position, header): replayed in row order
        for position, (index, target) in enumerate(self.mapping.items()):
            if target == IGNORE:
                continue
            header = self.headers[index] or f"Column {index + 1}"
            if index < shortest:
                present: range | list[int] = range(count)
                column = list(map(operator.itemgetter(index), all_cells))
            else:
                present = [i for i in range(count) if index < len(all_cells[i])]
                column = [all_cells[i][index] for i in present]
            if "\n'" in "\n" + "\n".join(column):  # some cell starts with ': maybe a formula guard
                column = list(map(neutralised, column))
            blanks = False  # some cell None (blank typed cell): known from the distinct values
            if target == CUSTOM or self.targets[target].type == "text":
                values = list(map(str.strip, column))
                if excel_mangled_somewhere("\n".join(values)):  # rare: then find the cells
                    mangled += [(i, position, header) for i in compress(present, map(excel_mangled, values))
                                if i not in failed]
                if target == CUSTOM:
                    key = header.strip()
                    for i, value in zip(present, values, strict=True):
                        if value:
                            customs[i][key] = value
                    continue
            else:
                # Typed cells repeat a lot (dates, prices, statuses): parse each distinct one once.
                parsed: dict[str, Any] = {}
                for raw in dict.fromkeys(column):
                    try:
                        parsed[raw] = self._cell(target, raw, 0)
                    except ServiceError as exc:
                        parsed[raw] = exc
                values = list(map(parsed.__getitem__, column))  # None: a blank cell
                blanks = any(v is None for v in parsed.values())
                if any(isinstance(v, ServiceError) for v in parsed.values()):
                    for i, value in zip(present, values, strict=True):
                        if isinstance(value, ServiceError) and i not in failed:
                            failed[i] = ServiceError(str(value))
            gaps = not isinstance(present, range)
            if gaps:
                full: list[Any] = [_ABSENT] * count
                for i, value in zip(present, values, strict=True):
                    full[i] = value
                values = full
            columns.append((target, values, gaps or blanks))
        for i, _position, header in sorted(mangled):
            self.mangled.setdefault(header, []).append(rows[i][0])
        if not failed:
            kept = self._kept_as_columns(rows, columns, customs)
            if kept is not None:
                return kept
        fields = self._rows_of(columns, count)
        out: list[RowValues | ServiceError] = []
        finish = getattr(self, f"_{self.kind}")
        for i, (line, _) in enumerate(rows):
            if i in failed:
                out.append(failed[i])
                continue
            try:
                out.append(finish(line, fields[i], customs[i]))
            except ServiceError as exc:
                out.append(exc)
        return out

    def _kept_as_columns(self, rows: list[tuple[int, list[str]]], columns: list[tuple[str, list[Any], bool]],
                         customs: list[dict[str, str]]) -> ColumnRowValues | None:
        """The usual asset file, every row with its tag and name (and no warranty in months to
        count): nothing for ``_assets`` to check per row, so the columns are kept as they are."""
        keys = [target for target, _, _ in columns]
        if (self.kind != "assets" or "warranty_months" in keys or len(set(keys)) != len(keys)
                or "tag" not in keys or "name" not in keys):
            return None
        by_target = {target: (values, gaps) for target, values, gaps in columns}
        (tags, tag_gaps), (names, name_gaps) = by_target["tag"], by_target["name"]
        if tag_gaps or name_gaps or not all(tags) or not all(names):
            return None
        kept: dict[str, list[Any]] = {}
        for target, values, gaps in columns:
            # A blank typed cell (None) or a cell a short row lacks: the row has no such field.
            kept[target] = [MISSING if v is None or v is _ABSENT else v for v in values] if gaps else values
        table = ColumnRows(kept, len(rows), [target for target, _, gaps in columns if gaps])
        return ColumnRowValues(list(map(operator.itemgetter(0), rows)), tags, table, customs)

    def _assets(self, line: int, f: dict[str, Any], custom: dict[str, str]) -> RowValues:
        tag, name = f.get("tag") or "", f.get("name") or ""
        if not tag:
            raise ServiceError("Asset tag is empty.")
        if not name:
            raise ServiceError(f"Name is empty for asset {tag}.")
        months = f.pop("warranty_months", None)
        if months is not None and not f.get("warranty_end"):
            bought: dt.date | None = f.get("purchase_date")
            if bought:
                f["warranty_end"] = add_months(bought, months)
            else:
                self.no_purchase_date.append(line)
        return RowValues(line, tag, f, custom)

    def _vendors(self, line: int, f: dict[str, Any], custom: dict[str, str]) -> RowValues:
        if not f.get("name"):
            raise ServiceError("Name is empty.")
        return RowValues(line, f["name"], f)

    def _people(self, line: int, f: dict[str, Any], custom: dict[str, str]) -> RowValues:
        first, last = f.pop("first_name", ""), f.pop("last_name", "")
        if not f.get("name"):
            f["name"] = " ".join(p for p in (first, last) if p)
        if not f["name"]:
            raise ServiceError("Name is empty.")
        return RowValues(line, f["name"], f)

    def _sites(self, line: int, f: dict[str, Any], custom: dict[str, str]) -> RowValues:
        if not f.get("name"):
            raise ServiceError("Name is empty.")
        parts = [f.pop(k, "") for k in ("address", "address2", "city")]
        region = " ".join(p for p in (f.pop("state", ""), f.pop("zip", "")) if p)
        parts += [region, f.pop("country", "")]
        address = ", ".join(p for p in parts if p)
        if address:
            f["address"] = address
        return RowValues(line, f["name"], f)
