"""Resolving a reference to another record given as an id or as a name typed by a user."""

from __future__ import annotations

from typing import Any

import peewee as pw

from desktop_app.services.errors import ValidationError


def resolve(model: type[pw.Model], value: Any, field: str, what: str,
            name_field: str = "name") -> int | None:
    """``value`` may be None/blank (no link), an id, or a name matched case-insensitively."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        if not model.select().where(model._meta.primary_key == value).exists():
            raise ValidationError(field, f"There is no {what} with id {value}.")
        return value
    name = str(value).strip()
    column = getattr(model, name_field)
    row = model.select(model._meta.primary_key).where(pw.fn.LOWER(column) == name.lower()).first()
    if row is None:
        raise ValidationError(field, f"There is no {what} called {name}.")
    return row.get_id()
