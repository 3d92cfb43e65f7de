"""The errors the services raise (they live in ``desktop_app.errors``, which imports no database code)."""

from __future__ import annotations

from desktop_app.errors import (
    Conflict,
    DatabaseBusy,
    DiskFull,
    NotFound,
    ReadOnlyDatabase,
    Refused,
    ServiceError,
    StorageRefused,
    ValidationError,
)

__all__ = ["Conflict", "DatabaseBusy", "DiskFull", "NotFound", "ReadOnlyDatabase", "Refused", "ServiceError",
           "StorageRefused", "ValidationError"]
