"""``validate.clean`` for the many rows of a bulk import, row by row or a column at a time.

Kept apart from asset_bulk.py (which writes) so each module stays readable.  Nothing here
decides a rule: the fields, their order, parsers and messages are the caller's, exactly as
``clean`` uses them (a test holds the two together).
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from itertools import compress, repeat
from typing import Any

from desktop_app.services.column_rows import MISSING, ColumnRows
from desktop_app.services.errors import ValidationError
from desktop_app.services.validate import Field, strip_controls, text

# Per field a row of one shape has, in clean()'s order: (name, label, parser, required, is text());
# then the error clean() raises after them, if any.
_Step = tuple[str, str, Callable[[str, Any], Any], bool, bool]
_Shape = tuple[list[_Step], ValidationError | None]

# Classes whose equal values are the same value to every parser, so a column of one of them (and
# blanks) is parsed once per distinct value (not float: 0.0 == -0.0; not datetime: equal instants
# in two zones; not int with bool: 1 == True).
_SAME_WHEN_EQUAL = {str, int, bool, type(None), dt.date}


class _Unexpected:
    """A parser raised something other than ValidationError: the row is left to ``__call__``,
    which raises it at the row and moment a row-by-row clean would."""


_UNEXPECTED = _Unexpected()


class RowCleaner:
    """``validate.clean`` for many rows: the walk over a row's keys is worked out once per shape
    of row, a text field given a str is stripped in place (all text() does to one), and each
    distinct amount of money is parsed once."""

    def __init__(self, fields: Mapping[str, Field]) -> None:
        self.fields = fields
        self.shapes: dict[tuple[tuple[str, ...], bool], _Shape] = {}
        self.money: dict[tuple[str, str], Any] = {}

    def _shape(self, keys: tuple[str, ...], partial: bool) -> _Shape:
        shape = self.shapes.get((keys, partial))
        if shape is not None:
            return shape
        unknown = set(keys) - set(self.fields)
        steps: list[_Step] = []
        then = None
        if unknown:
            then = ValidationError(sorted(unknown)[0], f"Unknown field: {', '.join(sorted(unknown))}.")
        else:
            for name, spec in self.fields.items():
                if name in keys:
                    steps.append((name, spec.label, spec.parse, spec.required, spec.parse is text))
                elif spec.required and not partial:
                    then = ValidationError(name, f"{spec.label} is required.")
                    break
        self.shapes[(keys, partial)] = (steps, then)
        return steps, then

    def __call__(self, values: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
        steps, then = self._shape(tuple(values), partial)
        out: dict[str, Any] = {}
        for name, label, parse, required, is_text in steps:
            raw = values[name]
            if required and (raw is None or (isinstance(raw, str) and not raw.strip())):
                raise ValidationError(name, f"{label} is required.")
            if is_text and raw.__class__ is str:
                out[name] = strip_controls(raw).strip()
                continue
            try:
                if raw.__class__ is Decimal:
                    cached = (name, str(raw))
                    if cached not in self.money:
                        self.money[cached] = parse(label, raw)
                    out[name] = self.money[cached]
                else:
                    out[name] = parse(label, raw)
            except ValidationError as err:
                raise ValidationError(name, err.message) from None
        if then is not None:
            raise ValidationError(then.field, then.message)
        return out

    def many(self, rows: Sequence[Mapping[str, Any]], *, partial: bool = False,
             base: Mapping[str, Any] | None = None) -> list[dict[str, Any] | ValidationError | None]:
        """Each row as ``__call__`` would clean it: its dict (``{**base, **cleaned}`` when given
        a ``base``, made in one go), or the ValidationError it would raise; None for a row on
        which a parser raised anything else (clean that one with ``__call__``, which raises it).

        Rows of one shape are cleaned a column at a time: each step's parser runs once per
        distinct value and the stripping and dict building run in C (map, zip), where a row at
        a time cost a Python loop per cell and was the slowest part of a 10,000-row import."""
        out: list[dict[str, Any] | ValidationError | None] = [None] * len(rows)
        shapes = list(map(tuple, rows))
        if shapes and shapes.count(shapes[0]) == len(shapes):
            groups = {shapes[0]: list(range(len(rows)))}
        else:
            groups = {}
            for index, shape in enumerate(shapes):
                groups.setdefault(shape, []).append(index)
        for shape, members in groups.items():
            cleaned = self._group(list(map(rows.__getitem__, members)), *self._shape(shape, partial), base)
            for index, result in zip(members, cleaned, strict=True):
                out[index] = result
        return out

    def columns(self, rows: ColumnRows, *, base: Mapping[str, Any] | None = None) -> ColumnRows | None:
        """``many`` for rows held as columns, when no row has a problem: the cleaned rows, as
        columns (``{**base, **cleaned}`` per row, a base column being one value repeated);
        None when some row has one, or lacks a field it needs (``many`` then says which).

        A row without a value for a field that is not required keeps the base value, as the
        dict it would be cleaned as simply has no such key."""
        steps, then = self._shape(tuple(rows.columns), False)
        if then is not None:
            return None
        count = len(rows)
        cleaned: dict[str, list[Any]] = {}
        for name, label, parse, required, is_text in steps:
            column = rows.columns[name]
            keep = rows.present(name) if name in rows.gaps else None
            if keep is not None:
                if required:
                    return None
                column = list(compress(column, keep))
            values, problems = self._column(name, label, parse, required, is_text, column)
            if problems:
                return None
            if keep is not None:
                fill = base[name] if base is not None and name in base else MISSING
                given = iter(values)
                values = [next(given) if present else fill for present in keep]
            cleaned[name] = values
        out = {name: [value] * count for name, value in base.items()} if base else {}
        out.update(cleaned)
        return ColumnRows(out, count, {name for name in rows.gaps if base is None or name not in base})

    def _group(self, rows: list[Mapping[str, Any]], steps: list[_Step], then: ValidationError | None,
               base: Mapping[str, Any] | None) -> list[dict[str, Any] | ValidationError | None]:
        """``many`` for rows of one shape: column by column, each row stopping at its first
        problem in step order, as ``__call__`` does."""
        failed: dict[int, ValidationError | None] = {}  # row -> its error (None: _Unexpected)
        names: list[str] = []
        columns: list[list[Any]] = []
        for name, label, parse, required, is_text in steps:
            column = list(map(operator.itemgetter(name), rows))
            values, problems = self._column(name, label, parse, required, is_text, column)
            for row, error in problems.items():
                failed.setdefault(row, error)
            names.append(name)
            columns.append(values)
        cells = map(zip, repeat(names), zip(*columns, strict=True)) if columns else repeat((), len(rows))
        if base is None:
            dicts: list[Any] = list(map(dict, cells))
        else:
            # A copy of base updated in place: the same dict, keys in the same order, as
            # {**base, **cleaned}, without making the cleaned one first.
            dicts = list(map(dict.copy, repeat(base, len(rows))))
            list(map(dict.update, dicts, cells))
        if then is not None:
            dicts = [ValidationError(then.field, then.message) for _ in rows]
        for row, error in failed.items():
            dicts[row] = error
        return dicts

    def _column(self, name: str, label: str, parse: Callable[[str, Any], Any], required: bool, is_text: bool,
                column: list[Any]) -> tuple[list[Any], dict[int, ValidationError | None]]:
        """One step over a column: the cleaned values, and per row the first problem this step
        finds (a missing required value before a bad one; None: a parser raised something else)."""
        problems: dict[int, ValidationError | None] = {}
        kinds = set(map(type, column))
        if required and not (kinds == {str} and all(map(str.strip, column))):
            for row, raw in enumerate(column):
                if raw is None or (isinstance(raw, str) and not raw.strip()):
                    problems[row] = ValidationError(name, f"{label} is required.")
        outcomes: Any = ()  # every distinct result, to look for problems among
        if is_text and kinds == {str}:
            values = [strip_controls(v).strip() for v in column]  # stripping cannot fail
        elif len(kinds - {type(None)}) <= 1 and (kinds <= _SAME_WHEN_EQUAL or kinds == {Decimal}):
            # Decimals are told apart by their spelling, as __call__'s money cache does.
            keys = list(map(str, column)) if kinds == {Decimal} else column
            firsts = dict(zip(keys, column, strict=True))
            done = {key: self._parse(name, label, parse, is_text, raw) for key, raw in firsts.items()}
            values = list(map(done.__getitem__, keys))
            outcomes = done.values()
        else:
            values = [self._parse(name, label, parse, is_text, raw) for raw in column]
            outcomes = values
        if not {ValidationError, _Unexpected}.isdisjoint(map(type, outcomes)):
            for row, value in enumerate(values):
                if value.__class__ is ValidationError or value is _UNEXPECTED:
                    problems.setdefault(row, None if value is _UNEXPECTED else value)
        return values, problems

    def _parse(self, name: str, label: str, parse: Callable[[str, Any], Any], is_text: bool,
               raw: Any) -> Any:
        """One cell as __call__ cleans it, with a problem returned rather than raised."""
        if is_text and raw.__class__ is str:
            return strip_controls(raw).strip()
        try:
            if raw.__class__ is Decimal:
                cached = (name, str(raw))
                if cached not in self.money:
                    self.money[cached] = parse(label, raw)
                return self.money[cached]
            return parse(label, raw)
        except ValidationError as err:
            return ValidationError(name, err.message)
        except Exception:  # noqa: BLE001 - raised again, in its place, by __call__
            return _UNEXPECTED
