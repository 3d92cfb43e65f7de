"""One file row -> the values a service takes, or a ServiceError naming the problem."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app.i18n import language, translate
from desktop_app.importing.columns import CUSTOM, IGNORE, target_by_key
from desktop_app.importing.reader import _lines
from desktop_app.importing.values import (
    CellError,
    add_months,
    excel_mangled,
    neutralised,
    parse_bool,
    parse_date,
    parse_money,
    parse_months,
)
from desktop_app.records import ASSET_STATUS_LABELS, KIND_LABELS
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


def _shown_words(labels: Mapping[str, str]) -> dict[str, str]:
    return {" ".join(label.lower().replace("_", " ").split()): key for key, label in labels.items()}


_STATUS = _word_lookup(ASSET_STATUS_WORDS)
_VENDOR_KIND = _word_lookup(VENDOR_KIND_WORDS)
VENDOR_KIND_CHOICES = "IT break-fix, printer/copier, telecom, manufacturer, software, other"
ASSET_STATUS_CHOICES = "in use, spare, in repair, retired"


def _choices(labels: Mapping[str, str], english: str) -> str:
    """The words a problem offers: the usual English ones, or the labels the user sees."""
    return english if language() == "en" else ", ".join(labels.values())


@dataclass
class RowValues:
    line: int
    key: str  # what identifies the record for re-import: tag or name
    values: dict[str, Any]
    custom: dict[str, str] = field(default_factory=dict)


class RowConverter:
    def __init__(self, kind: str, headers: list[str], mapping: dict[int, str], order: str,
                 decimal_mark: str | None = None) -> None:
        self.decimal_mark = decimal_mark
        self.kind = kind
        self.headers = headers
        self.mapping = mapping
        self.order = order
        self.targets = target_by_key(kind)
        self.mangled: dict[str, list[int]] = {}
        self.no_purchase_date: list[int] = []
        self.extra_cells: list[int] = []
        # Per mapped column, worked out once for every row: (index, target, header, kept as text).
        self.columns = [(index, target, headers[index] or translate("Import", "Column {number}")
                         .format(number=index + 1),
                         target == CUSTOM or self.targets[target].type == "text")
                        for index, target in mapping.items() if target != IGNORE]
        # The words the window shows in the user's language are understood too ("In Reparatur").
        statuses = {**_shown_words(ASSET_STATUS_LABELS), **_STATUS}
        kinds = {**_shown_words(KIND_LABELS), **_VENDOR_KIND}
        self.readers: dict[str, Callable[[str], Any]] = {
            "date": lambda raw: parse_date(raw, order),
            "money": lambda raw: parse_money(raw, decimal_mark),
            "months": parse_months,
            "bool": parse_bool,
            "float": lambda raw: float(raw.replace(",", ".")) if raw.strip() else None,
            "status": lambda raw: (self._word(raw, statuses,
                                              _choices(ASSET_STATUS_LABELS, ASSET_STATUS_CHOICES))
                                   if raw.strip() else None),
            "vendor_kind": lambda raw: (self._word(raw, kinds, _choices(KIND_LABELS, VENDOR_KIND_CHOICES))
                                        if raw.strip() else None),
        }

    def warnings(self) -> list[str]:
        out = []
        for column, lines in self.mangled.items():
            out.append(translate("Import", "Column \"{column}\" has numbers Excel shortened to scientific "
                                           "notation (digits are lost; check the original) on lines {lines}.")
                       .format(column=column, lines=_lines(lines)))
        if self.no_purchase_date:
            out.append(translate("Import", "Warranty was given in months but there is no purchase date to "
                                           "count from, so no warranty end was set, on lines {lines}.")
                       .format(lines=_lines(self.no_purchase_date)))
        if self.extra_cells:
            out.append(translate("Import", "Rows with more cells than the header row (extra cells ignored) "
                                           "on lines {lines}.").format(lines=_lines(self.extra_cells)))
        return out

    def _cell(self, target_key: str, raw: str) -> Any:
        """A typed cell's value (None for a blank one); ServiceError naming the field."""
        target = self.targets[target_key]
        try:
            return self.readers[target.type](raw)
        except (CellError, ValueError) as exc:
            raise ServiceError(translate("Import", "{field}: {problem}.")
                               .format(field=target.label, problem=exc)) from None

    @staticmethod
    def _word(raw: str, lookup: dict[str, str], allowed: str) -> str:
        key = " ".join(raw.strip().lower().replace("_", " ").split())
        if key not in lookup:
            raise CellError(translate("Import", "{value} is not one of: {allowed}")
                            .format(value=raw.strip(), allowed=allowed))
        return lookup[key]

    def convert(self, line: int, cells: list[str]) -> RowValues:
        """One row; raises ServiceError naming its first bad cell, in mapping order."""
        if len(cells) > len(self.headers) and any(c.strip() for c in cells[len(self.headers):]):
            self.extra_cells.append(line)
        fields: dict[str, Any] = {}
        custom: dict[str, str] = {}
        width = len(cells)
        for index, target, header, as_text in self.columns:
            if index >= width:
                continue
            raw = cells[index]
            if raw[:1] == "'":
                raw = neutralised(raw)
            if as_text:
                value = raw.strip()
                if value and excel_mangled(value):
                    self.mangled.setdefault(header, []).append(line)
                if target == CUSTOM:
                    if value:
                        custom[header.strip()] = value
                    continue
            else:
                value = self._cell(target, raw)
                if value is None:
                    continue  # a blank typed cell: the service's default or the stored value stays
            fields[target] = value
        return getattr(self, f"_{self.kind}")(line, fields, custom)

    def _assets(self, line: int, f: dict[str, Any], custom: dict[str, str]) -> RowValues:
        tag, name = f.get("tag") or "", f.get("name") or ""
        if not tag:
            raise ServiceError(translate("Import", "Asset tag is empty."))
        if not name:
            raise ServiceError(translate("Import", "Name is empty for asset {tag}.").format(tag=tag))
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
            raise ServiceError(translate("Import", "Name is empty."))
        return RowValues(line, f["name"], f)

    def _people(self, line: int, f: dict[str, Any], custom: dict[str, str]) -> RowValues:
        first, last = f.pop("first_name", ""), f.pop("last_name", "")
        if not f.get("name"):
            f["name"] = " ".join(p for p in (first, last) if p)
        if not f["name"]:
            raise ServiceError(translate("Import", "Name is empty."))
        return RowValues(line, f["name"], f)

    def _sites(self, line: int, f: dict[str, Any], custom: dict[str, str]) -> RowValues:
        if not f.get("name"):
            raise ServiceError(translate("Import", "Name is empty."))
        parts = [f.pop(k, "") for k in ("address", "address2", "city")]
        region = " ".join(p for p in (f.pop("state", ""), f.pop("zip", "")) if p)
        parts += [region, f.pop("country", "")]
        address = ", ".join(p for p in parts if p)
        if address:
            f["address"] = address
        return RowValues(line, f["name"], f)
