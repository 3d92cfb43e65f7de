"""Resolving a reference to another record given as an id or as a name typed by a user."""

from __future__ import annotations

from typing import Any

import peewee as pw

from desktop_app.i18n import translate
from desktop_app.services.base import folded, no_such, record_name
from desktop_app.services.errors import ValidationError


def resolve(model: type[pw.Model], value: Any, field: str, what: str,
            name_field: str = "name") -> int | None:
    """``value`` may be None/blank (no link), an id, or a name matched case-insensitively."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        if not model.select().where(model._meta.primary_key == value).exists():
            raise ValidationError(field, no_such(what, value))
        return value
    name = str(value).strip()
    column = getattr(model, name_field)
    rows = list(model.select(model._meta.primary_key).where(folded(column) == name.lower()).limit(2))
    if not rows:
        raise ValidationError(field, no_such_name(what, name))
    if len(rows) > 1:  # people's names are not unique: never guess which one was meant
        raise ValidationError(field, translate("Errors", "More than one {what} is called {name}; choose one "
                                                         "from the list.")
                              .format(what=record_name(what), name=name))
    return rows[0].get_id()


def no_such_name(what: str, name: str) -> str:
    """'There is no vendor called Acme.'"""
    return translate("Errors", "There is no {what} called {name}.").format(what=record_name(what), name=name)
