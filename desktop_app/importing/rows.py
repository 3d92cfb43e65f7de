"""One file row -> the values a service takes, or a ServiceError naming the problem."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop_app.importing.columns import CUSTOM, IGNORE, target_by_key
from desktop_app.importing.reader import _lines
from desktop_app.importing.values import (
    CellError,
    add_months,
    looks_excel_mangled,
    neutralised,
    parse_bool,
    parse_date,
    parse_money,
    parse_months,
)
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
_UNSEEN = object()
_VENDOR_KIND = _word_lookup(VENDOR_KIND_WORDS)


@dataclass
class RowValues:
    line: int
    key: str  # what identifies the record for re-import: tag or name
    values: dict[str, Any]
    custom: dict[str, str] = field(default_factory=dict)


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
        self._columns: list[tuple[int, str, str, bool, dict[str, Any] | None]] | None = None

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

    def _plan(self) -> list[tuple[int, str, str, bool, dict[str, Any] | None]]:
        """Per mapped column, worked out once: (index, target, header, text-like, typed cache)."""
        plan = []
        for index, target in self.mapping.items():
            if target == IGNORE:
                continue
            header = self.headers[index] or f"Column {index + 1}"
            texty = target == CUSTOM or self.targets[target].type == "text"
            # Typed cells repeat a lot (dates, prices, statuses) and parse the same every time.
            plan.append((index, target, header, texty, None if texty else {}))
        return plan

    def convert(self, line: int, cells: list[str]) -> RowValues:
        if len(cells) > len(self.headers) and any(c.strip() for c in cells[len(self.headers):]):
            self.extra_cells.append(line)
        if self._columns is None:
            self._columns = self._plan()
        fields: dict[str, Any] = {}
        custom: dict[str, str] = {}
        count = len(cells)
        for index, target, header, texty, cache in self._columns:
            if index >= count:
                continue
            raw = cells[index]
            if len(raw) > 1 and raw[0] == "'" and raw[1] in "=+-@\t\r":
                raw = neutralised(raw)
            stripped = raw.strip()
            if texty:
                # Only a cell starting with a digit or minus can be Excel's scientific notation.
                first = stripped[:1]
                if first and (first == "-" or first.isdecimal()) and looks_excel_mangled(stripped):
                    self.mangled.setdefault(header, []).append(line)
                if target == CUSTOM:
                    if stripped:
                        custom[header.strip()] = stripped
                else:
                    fields[target] = stripped
                continue
            assert cache is not None
            value = cache.get(raw, _UNSEEN)
            if value is _UNSEEN:
                try:
                    value = self._cell(target, raw, line)
                except ServiceError as exc:
                    value = exc
                cache[raw] = value
            if isinstance(value, ServiceError):
                raise ServiceError(str(value))
            if value is not None:  # a blank typed cell leaves the service's default / the stored value
                fields[target] = value
        return getattr(self, f"_{self.kind}")(line, fields, custom)

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
