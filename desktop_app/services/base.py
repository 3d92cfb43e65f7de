"""What every service shares: the database handle and model -> record conversion."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any, TypeVar

import peewee as pw

from desktop_app.services.errors import NotFound

R = TypeVar("R")
CENT = Decimal("0.01")


def to_record(row: pw.Model, cls: type[R], **extra: Any) -> R:
    """Copy the model's columns that ``cls`` declares; ``extra`` fills the rest."""
    data = row.__data__
    values = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in extra:
            values[f.name] = extra[f.name]
        elif f.name in data:
            value = data[f.name]
            # SQLite hands decimals back as floats-turned-Decimal ("120.5"): show cents.
            values[f.name] = value.quantize(CENT) if isinstance(value, Decimal) else value
    return cls(**values)


class Service:
    def __init__(self, db: pw.Database) -> None:
        self.db = db

    @staticmethod
    def _get(model: type[pw.Model], pk: int, what: str) -> Any:
        row = model.get_or_none(model._meta.primary_key == pk)
        if row is None:
            raise NotFound(f"There is no {what} with id {pk}.")
        return row
