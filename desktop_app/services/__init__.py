"""Services: the only code that reads or writes the models.

``Services.open(location)`` is what the CLI, the window and the tests use to
get everything wired to one database.
"""

from __future__ import annotations

import contextlib
import getpass
import os
from pathlib import Path

import peewee as pw

from desktop_app.db import describe, open_database, sqlite_path
from desktop_app.models import Asset, Incident, Vendor
from desktop_app.services.assets import AssetService
from desktop_app.services.costs import CostService
from desktop_app.services.errors import Conflict, NotFound, Refused, ServiceError, ValidationError
from desktop_app.services.incidents import IncidentService
from desktop_app.services.planned import PlannedService
from desktop_app.services.settings import SettingsService
from desktop_app.services.sites import PersonService, SiteService
from desktop_app.services.stats import StatsService
from desktop_app.services.vendors import VendorService
from desktop_app.services.workflow import WorkflowService

__all__ = ["Services", "ServiceError", "ValidationError", "NotFound", "Refused", "Conflict"]


class Services:
    """Every service, sharing one database connection."""

    def __init__(self, db: pw.Database) -> None:
        self.db = db
        self.settings = SettingsService(db)
        self.sites = SiteService(db)
        self.people = PersonService(db, self.sites)
        self.vendors = VendorService(db)
        self.assets = AssetService(db)
        self.incidents = IncidentService(db)
        self.workflow = WorkflowService(db, self.incidents)
        self.costs = CostService(db, self.incidents)
        self.planned = PlannedService(db)
        self.stats = StatsService(db, self.settings)
        for service in (self.settings, self.sites, self.people, self.vendors, self.assets,
                        self.incidents, self.workflow, self.costs, self.planned):
            service.who = self.author  # the name the "changed by" columns record
        # The person at this computer, set by the window from the computer's own settings
        # (QSettings), so PCs sharing one database each sign as themselves.  None: not known
        # here (the command line), so the office-wide value of older versions still counts.
        self.user_name: str | None = None

    @classmethod
    def open(cls, location: str | os.PathLike[str] | None = None) -> Services:
        return cls(open_database(location))

    @property
    def location(self) -> str:
        return describe(self.db)

    @property
    def file_path(self) -> Path | None:
        """The SQLite file behind this office, or None on a database server."""
        return sqlite_path(self.db)

    @property
    def is_server(self) -> bool:
        """A shared database server (PostgreSQL), where every query is a network round trip."""
        return not isinstance(self.db, pw.SqliteDatabase)

    @property
    def read_only(self) -> bool:
        """The database can only be read here (another user's file, read-only media)."""
        return bool(getattr(self.db, "read_only", False))

    @property
    def read_only_reason(self) -> str:
        from desktop_app.i18n import translate

        # The reasons are English, marked in desktop_app/db.py: shown in the current language.
        return translate("Database", getattr(self.db, "read_only_reason", ""))

    def author(self) -> str:
        """Who is doing this: this computer's user name, else (command line) the office-wide
        name an older FixDesk kept in the database, else the login name."""
        name = self.user_name if self.user_name is not None else self.settings.get("user_name")
        if name:
            return name
        try:
            return getpass.getuser()
        except Exception:  # no login name on some service accounts
            return ""

    def end_thread(self) -> None:
        """Close the calling thread's own connection (a worker thread's, when its work is done)."""
        self.db.close()

    def is_empty(self) -> bool:
        """No incident, asset or vendor yet (asked at every start: one row each, not a count)."""
        return not any(model.select(model.id).limit(1).exists() for model in (Incident, Asset, Vendor))

    def close(self) -> None:
        if not self.db.is_closed():
            if isinstance(self.db, pw.SqliteDatabase) and not self.read_only:
                # SQLite's advice for long-lived connections: refresh planner statistics
                # where they have drifted (cheap; usually does nothing).
                with contextlib.suppress(pw.DatabaseError):
                    self.db.execute_sql("PRAGMA optimize")
            self.db.close()
