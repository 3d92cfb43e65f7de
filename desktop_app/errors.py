"""Errors the core raises: each message is one sentence a user can act on."""

from __future__ import annotations


class ServiceError(Exception):
    """A refused action; ``str(err)`` is the sentence to show."""


class ValidationError(ServiceError):
    """Bad input for one field; ``field`` names it so a form can show the message beside it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class NotFound(ServiceError):
    pass


class Cancelled(Exception):
    """Raised by a progress callback to stop long work (a document, a print job) the user cancelled."""


class Refused(ServiceError):
    """A rule forbids the action (an invalid transition, deleting something still in use)."""


class Conflict(Refused):
    """Someone else changed the record since it was read (its version moved on).

    ``current`` is the record as it is now (the same record type the service's ``get``
    returns), so a dialog can show what the other person changed; ``changed_by``,
    ``changed_host`` and ``changed_at`` (naive UTC, or None) say who, where and when.
    Nothing was written.
    """

    def __init__(self, message: str, current: object = None, *, changed_by: str = "",
                 changed_host: str = "", changed_at: object = None) -> None:
        super().__init__(message)
        self.current = current
        self.changed_by = changed_by
        self.changed_host = changed_host
        self.changed_at = changed_at


class StorageRefused(ServiceError):
    """The database could not take a change (disk full, read-only, held by another program);
    the transaction was rolled back, so nothing was changed."""


class DiskFull(StorageRefused):
    pass


class ReadOnlyDatabase(StorageRefused):
    pass


class DatabaseBusy(StorageRefused):
    """Another program held the database for writing longer than we waited (or the user cancelled)."""
