"""Writing one converted vendor, person or site row through the services: create, or update the
record it matches.  (Assets go through AssetService.bulk_upsert, see engine._write_assets.)"""

from __future__ import annotations

from typing import Any

from desktop_app.importing.rows import RowValues


class RowWriter:
    """Called inside the import's transaction; raises ServiceError for a bad row."""

    def __init__(self, services: Any, kind: str) -> None:
        self.services = services
        self.kind = kind
        self._known: dict[str, dict[str, int]] = {}

    def forget(self) -> None:
        """After a row's savepoint was rolled back its cached ids may be gone: reload lazily."""
        self._known.clear()

    def write(self, row: RowValues) -> tuple[str, str, list[str]]:
        """(action 'create'|'update', the record's key, linked records created on the way)."""
        return getattr(self, f"_{self.kind}")(row)

    def _lookup(self, what: str) -> dict[str, int]:
        """Existing names -> ids, compared with Python's casefold: SQLite's LOWER() only folds
        ASCII, so "Saint-Étienne" would otherwise not find itself."""
        if what not in self._known:
            service = {"site": self.services.sites, "person": self.services.people,
                       "vendor": self.services.vendors}[what]
            self._known[what] = {r.name.casefold(): r.id for r in service.list(include_archived=True)}
        return self._known[what]

    def _ensure(self, what: str, name: str | None, linked: list[str]) -> int | None:
        """The id of the site/person/vendor called ``name``, created if it does not exist yet."""
        if not name:
            return None
        known = self._lookup(what)
        found = known.get(name.casefold())
        if found is None:
            service = {"site": self.services.sites, "person": self.services.people,
                       "vendor": self.services.vendors}[what]
            found = service.create(name=name).id
            known[name.casefold()] = found
            linked.append(f"{what} {name}")
        return found

    def _vendors(self, row: RowValues) -> tuple[str, str, list[str]]:
        vendors = self.services.vendors
        existing = vendors.find(row.key)
        values = {k: v for k, v in row.values.items() if v is not None}
        if existing is None:
            vendors.create(**values)
            return "create", row.key, []
        vendors.update(existing.id, **values)
        return "update", row.key, []

    def _people(self, row: RowValues) -> tuple[str, str, list[str]]:
        linked: list[str] = []
        people = self.services.people
        values = dict(row.values)
        if values.get("site"):
            # The person service takes the site by name, and would not find non-ASCII names.
            self._ensure("site", values["site"], linked)
        existing = None
        email = (values.get("email") or "").lower()
        if email:
            existing = next((p for p in people.list(include_archived=True, search=email)
                             if p.email.lower() == email), None)
        if existing is None:
            found = self._lookup("person").get(row.key.casefold())
            existing = people.get(found) if found else None
        if existing is None:
            people.create(**values)
            return "create", row.key, linked
        people.update(existing.id, **values)
        return "update", row.key, linked

    def _sites(self, row: RowValues) -> tuple[str, str, list[str]]:
        sites = self.services.sites
        existing = sites.find(row.key)
        if existing is None:
            sites.create(**row.values)
            return "create", row.key, []
        sites.update(existing.id, **row.values)
        return "update", row.key, []
