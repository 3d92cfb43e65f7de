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
