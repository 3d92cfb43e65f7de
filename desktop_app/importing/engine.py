"""Planning and running an import: preview first, then all-or-nothing in one transaction.

``prepare`` reads the file, matches columns and converts every cell; problems
carry the file line number.  ``run`` sends the rows through the services
inside one transaction (assets in one ``bulk_upsert`` call that writes in
chunks, other records each row in its own savepoint).  A dry run, or any
row error when the user did not choose to skip bad rows, rolls the whole
transaction back: nothing is imported.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop_app import money
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.importing.columns import CUSTOM, IGNORE, propose, target_by_key, targets
from desktop_app.importing.reader import Table, _lines, read_table
from desktop_app.importing.rows import RowConverter, RowValues
from desktop_app.importing.values import DATE_FORMATS, decide_order, is_ambiguous
from desktop_app.services.errors import ServiceError

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RowProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return translate("Import", "line {line}: {problem}").format(line=self.line, problem=self.message)


@dataclass
class ImportPlan:
    kind: str
    table: Table
    mapping: dict[int, str]
    date_order: str
    rows: list[RowValues] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def headers(self) -> list[str]:
        return self.table.headers


@dataclass
class ImportResult:
    dry_run: bool
    committed: bool
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    linked_created: list[str] = field(default_factory=list)  # sites/people made along the way
    problems: list[RowProblem] = field(default_factory=list)
    skipped: list[RowProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if self.problems and not self.committed and not self.dry_run:
            return (translate("Import", "Nothing was imported: {count} row(s) have problems.")
                    .format(count=len(self.problems)))
        text = (translate("Import", "Would create {created}, would update {updated}") if self.dry_run
                else translate("Import", "Created {created}, updated {updated}"))
        text = text.format(created=len(self.created), updated=len(self.updated))
        if self.skipped:
            text += translate("Import", ", skipped {count} bad row(s)").format(count=len(self.skipped))
        if self.linked_created:
            text += (translate("Import", " (and {count} new sites/people/vendors)")
                     .format(count=len(self.linked_created)))
        return text + "."


def default_date_order(currency: str) -> str:
    """The office's usual order when a file does not show it: month first only for US dollars."""
    return "mdy" if currency.upper() == "USD" else "dmy"


def prepare(kind: str, source: str | os.PathLike[str] | bytes | Table, *,
            mapping: dict[int, str] | None = None, date_format: str = "auto",
            default_order: str = "dmy", decimal_mark: str | None = None) -> ImportPlan:
    """Read and convert without touching the database.

    ``decimal_mark`` is the importer's own (their locale's), for amounts like "1,234" when the
    file's other amounts do not show which mark it uses; without either such cells are refused."""
    if date_format not in DATE_FORMATS:
        raise ServiceError(translate("Import", "Date format {format} is not one of: {allowed}.")
                           .format(format=date_format, allowed=", ".join(DATE_FORMATS)))
    table = source if isinstance(source, Table) else read_table(source)
    proposed, notes = propose(kind, table.headers)
    mapping = dict(proposed if mapping is None else mapping)
    warnings = [translate("Import", "Read as {encoding}, {delimiter}-separated.")
                .format(encoding=table.encoding, delimiter=_delim_name(table.delimiter))]
    warnings += table.notes + (notes if mapping == proposed else [])
    known = target_by_key(kind)
    missing = [t.label for t in targets(kind) if t.required and t.key not in mapping.values()]
    if kind == "people" and "name" not in mapping.values() and not (
            {"first_name", "last_name"} & set(mapping.values())):
        missing.append(known["name"].label)
    if missing:
        raise ServiceError(translate("Import", "No column of the file is matched to {fields}, which FixDesk "
                                               "needs; check the header row (or choose the column in the "
                                               "import window).").format(fields=", ".join(missing)))
    for index, target in mapping.items():
        if target not in (CUSTOM, IGNORE) and target not in known:
            raise ServiceError(translate("Import", "Column {number} is mapped to an unknown field {field}.")
                               .format(number=index + 1, field=target))
    date_columns = [i for i, t in mapping.items() if t in known and known[t].type == "date"]
    order = date_format
    if date_format == "auto":
        distinct = list(dict.fromkeys(cells[i] for _, cells in table.rows for i in date_columns
                                      if i < len(cells)))
        proven = decide_order(distinct)
        order = proven or default_order
        unclear = {v for v in distinct if is_ambiguous(v)}
        ambiguous = [(line, cells[i].strip()) for line, cells in table.rows for i in date_columns
                     if i < len(cells) and cells[i] in unclear] if unclear else []
        if ambiguous:
            how = (translate("Import", "as the unambiguous dates in the file show") if proven
                   else translate("Import", "the office default; use --date-format dmy or mdy if that is "
                                            "wrong"))
            shown = ", ".join(translate("Import", "line {line} {value}").format(line=ln, value=v)
                              for ln, v in ambiguous[:8])
            more = _more(len(ambiguous) - 8)
            warnings.append(translate("Import", "{count} date(s) could be day/month or month/day and were "
                                                "read as {order} ({how}): {dates}.")
                            .format(count=len(ambiguous), order=_order_name(order), how=how,
                                    dates=shown + more))
    plan = ImportPlan(kind, table, mapping, order, warnings=warnings)
    money_columns = [i for i, t in mapping.items() if t in known and known[t].type == "money"]
    shown = money.mark_shown_by(cells[i] for _, cells in table.rows for i in money_columns if i < len(cells))
    converter = RowConverter(kind, table.headers, mapping, order, shown or decimal_mark)
    for line, cells in table.rows:
        try:
            plan.rows.append(converter.convert(line, cells))
        except ServiceError as exc:
            plan.problems.append(RowProblem(line, str(exc)))
    plan.warnings += converter.warnings()
    plan.warnings += _unnamed_columns(table, mapping) + _repeated_keys(plan)
    return plan


def _unnamed_columns(table: Table, mapping: dict[int, str]) -> list[str]:
    out = []
    for index, header in enumerate(table.headers):
        if header.strip() or mapping.get(index, IGNORE) != IGNORE:
            continue
        lines = [line for line, cells in table.rows if index < len(cells) and cells[index].strip()]
        if lines:
            out.append(translate("Import", "Column {number} has no name in the header row and was ignored, "
                                           "though it has values on lines {lines}.")
                       .format(number=index + 1, lines=_lines(lines)))
    return out


def _repeated_keys(plan: ImportPlan) -> list[str]:
    """The same record twice in one file: the later row updates the earlier one; say so."""
    keys = [row.key.casefold() for row in plan.rows]
    if len(set(keys)) == len(keys):
        return []
    seen: dict[str, list[int]] = {}
    for row in plan.rows:
        seen.setdefault(row.key.casefold(), []).append(row.line)
    repeats = [(lines, key) for key, lines in seen.items() if len(lines) > 1]
    if not repeats:
        return []
    shown = "; ".join(translate("Import", "lines {lines}").format(lines=", ".join(map(str, lines)))
                      for lines, _ in repeats[:8])
    return [translate("Import", "{count} record(s) appear more than once in the file; the later line "
                                "updates the earlier one: {lines}.")
            .format(count=len(repeats), lines=shown + _more(len(repeats) - 8))]


def _more(count: int) -> str:
    """" and 3 more" after a shortened list; "" when nothing was left out."""
    return translate("Import", " and {count} more").format(count=count) if count > 0 else ""


def _delim_name(delim: str) -> str:
    names = {",": QT_TRANSLATE_NOOP("Import", "comma"), ";": QT_TRANSLATE_NOOP("Import", "semicolon"),
             "\t": QT_TRANSLATE_NOOP("Import", "tab")}
    return translate("Import", names[delim]) if delim in names else repr(delim)


def _order_name(order: str) -> str:
    names = {"dmy": QT_TRANSLATE_NOOP("Import", "day/month/year"),
             "mdy": QT_TRANSLATE_NOOP("Import", "month/day/year"),
             "ymd": QT_TRANSLATE_NOOP("Import", "year/month/day")}
    return translate("Import", names[order])


class ImportCancelled(ServiceError):
    """The user stopped the import; the transaction was rolled back."""


def run(services: Any, plan: ImportPlan, *, dry_run: bool = False, skip_bad: bool = False,
        progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Apply ``plan`` in one transaction; see the module docstring for what is kept.

    ``cancelled`` is polled between rows; when it returns True the whole import is rolled
    back and ImportCancelled raised."""
    result = ImportResult(dry_run=dry_run, committed=False, warnings=list(plan.warnings))
    result.problems = list(plan.problems)
    with services.db.atomic() as txn:
        if plan.kind == "assets":
            _write_assets(services, plan, result, _ticker(progress, cancelled))
        else:
            _write_rows(services, plan, result, progress, cancelled)
        result.problems.sort(key=lambda p: p.line)
        if dry_run or (result.problems and not skip_bad):
            txn.rollback()
        else:
            result.committed = True
            result.skipped = list(result.problems)
    if result.problems and skip_bad and not dry_run:
        result.warnings.append(translate("Import", "Skipped {count} row(s) on lines {lines}.")
                               .format(count=len(result.skipped),
                                       lines=_lines([p.line for p in result.skipped], 50)))
    return result


def _ticker(progress: Progress | None, cancelled: Callable[[], bool] | None) -> Progress | None:
    """One callback for the service: reports progress, and raises when the user cancelled."""
    if progress is None and cancelled is None:
        return None

    def tick(done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled(translate("Import", "The import was cancelled; nothing was imported."))
        if progress is not None:
            progress(done, total)

    return tick


def _write_assets(services: Any, plan: ImportPlan, result: ImportResult, tick: Progress | None) -> None:
    """Every asset row in one ``bulk_upsert`` call: each row cleaned once, the new ones inserted
    in chunks."""
    makers = {"site": services.sites, "person": services.people, "vendor": services.vendors}
    rows = [{**row.values, "custom_fields": row.custom} if row.custom else row.values for row in plan.rows]
    done = services.assets.bulk_upsert(
        rows, create_link=lambda what, name: makers[what].create(name=name).id, progress=tick)
    for key, action in zip((row.key for row in plan.rows), done.actions, strict=True):
        if action == "create":
            result.created.append(key)
        elif action == "update":
            result.updated.append(key)
    result.problems += [RowProblem(plan.rows[i].line, message) for i, message in done.errors.items()]
    result.linked_created += done.links_created


def _write_rows(services: Any, plan: ImportPlan, result: ImportResult, progress: Progress | None,
                cancelled: Callable[[], bool] | None) -> None:
    """Vendors, people and sites: row by row through the services, each row in a savepoint."""
    from desktop_app.importing.apply import RowWriter

    writer = RowWriter(services, plan.kind)
    db = services.db
    total = len(plan.rows)
    for done, row in enumerate(plan.rows, 1):
        if cancelled is not None and cancelled():
            raise ImportCancelled(translate("Import", "The import was cancelled; nothing was imported."))
        try:
            with db.atomic():  # a savepoint: a bad row takes only itself back
                action, key, linked = writer.write(row)
        except ServiceError as exc:
            writer.forget()
            result.problems.append(RowProblem(row.line, str(exc)))
        else:
            (result.created if action == "create" else result.updated).append(key)
            result.linked_created += linked
        if progress:
            progress(done, total)


def import_file(services: Any, kind: str, source: str | os.PathLike[str] | bytes, *,
                date_format: str = "auto", decimal_mark: str | None = None, dry_run: bool = False,
                skip_bad: bool = False,
                mapping: dict[int, str] | None = None, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """prepare + run, with the office's default date order."""
    plan = prepare(kind, source, mapping=mapping, date_format=date_format, decimal_mark=decimal_mark,
                   default_order=default_date_order(services.settings.get("currency")))
    return run(services, plan, dry_run=dry_run, skip_bad=skip_bad, progress=progress, cancelled=cancelled)
