"""Many rows held as columns, for the bulk paths that work a column at a time.

A 10,000-row import used to turn its columns into 10,000 dicts three times over (converted,
cleaned, written), each time only to take the columns out of them again.  ``ColumnRows`` is
what they pass instead: still a sequence of row mappings to any code that walks it row by
row, but the column-wise code reads the columns it holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import repeat
from operator import is_not
from typing import Any, overload


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


# In a column: this row has no value for the field at all (its mapping leaves the key out),
# which is not the same as a value of None.
MISSING: Any = _Missing()


class ColumnRows(Sequence[dict[str, Any]]):
    """Rows as ``{field: [value per row]}``; ``rows[i]`` makes row i's dict (keys in column
    order, MISSING cells left out).  ``gaps`` names the columns that hold a MISSING somewhere."""

    __slots__ = ("columns", "count", "gaps")

    def __init__(self, columns: dict[str, list[Any]], count: int, gaps: Iterable[str] = ()) -> None:
        self.columns = columns
        self.count = count
        self.gaps = set(gaps)

    def __len__(self) -> int:
        return self.count

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self.count))]
        if not -self.count <= index < self.count:
            raise IndexError("row index out of range")
        return {name: column[index] for name, column in self.columns.items() if column[index] is not MISSING}

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return map(self.__getitem__, range(self.count))

    def column(self, name: str, default: Any = None) -> list[Any]:
        """Each row's value for ``name``, ``default`` where the row has none (as ``row.get``)."""
        values = self.columns.get(name)
        if values is None:
            return [default] * self.count
        if name not in self.gaps:
            return values
        return [default if value is MISSING else value for value in values]

    def present(self, name: str) -> list[bool]:
        """Per row, whether it has a value for ``name``."""
        values = self.columns.get(name)
        if values is None:
            return [False] * self.count
        if name not in self.gaps:
            return [True] * self.count
        return list(map(is_not, values, repeat(MISSING)))
