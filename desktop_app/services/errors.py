"""Errors the services raise: each message is one sentence a user can act on."""

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


class Refused(ServiceError):
    """A rule forbids the action (an invalid transition, deleting something still in use)."""


class StorageRefused(ServiceError):
    """The database could not take a change (disk full, read-only, held by another program);
    the transaction was rolled back, so nothing was changed."""


class DiskFull(StorageRefused):
    pass


class ReadOnlyDatabase(StorageRefused):
    pass


class DatabaseBusy(StorageRefused):
    """Another program held the database for writing longer than we waited (or the user cancelled)."""
