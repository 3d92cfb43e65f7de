"""A shared PostgreSQL database: how a connection to it is opened, and what it does when another
PC holds a row too long.

An office PC may drop off the network (a closed laptop lid, a pulled cable) half way through a
transaction.  Left alone, the server would keep that PC's rows locked until TCP noticed, which
can take hours, and every other PC saving the same incident would wait behind it with "Saving…"
on screen.  So each connection asks the server to notice a dead peer within about a minute and
to end a transaction left idle, and a write waits at most ``LOCK_WAIT_S`` for a locked row before
it is refused with one sentence (nothing changed, what was typed kept).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

import peewee as pw

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate

SCHEMES = ("postgres", "postgresql")

# Read when a connection opens; tests shorten it.
LOCK_WAIT_S = 10
IDLE_IN_TRANSACTION_S = 300  # far beyond any FixDesk transaction; only a vanished PC gets there

LOCK_WAIT_GAVE_UP = QT_TRANSLATE_NOOP(
    "Database", "Another computer has been changing this record for {seconds} seconds; nothing was "
                "changed: try again in a moment.")

LOCK_NOT_AVAILABLE = "55P03"  # SQLSTATE of a lock_timeout


def session_options() -> dict[str, Any]:
    """libpq parameters for every connection: the client's and the server's keepalives (a dead
    link is found in about a minute from either side) and the lock and idle limits above."""
    server = {
        "lock_timeout": f"{int(LOCK_WAIT_S * 1000)}ms",
        "idle_in_transaction_session_timeout": f"{IDLE_IN_TRANSACTION_S}s",
        "tcp_keepalives_idle": "30", "tcp_keepalives_interval": "10", "tcp_keepalives_count": "3",
    }
    return {
        "connect_timeout": 10,
        "keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3,
        "options": " ".join(f"-c {name}={value}" for name, value in server.items()),
    }


def lock_wait_gave_up(exc: BaseException) -> bool:
    """True when ``exc`` (as peewee wraps it) is the server giving up waiting for a row lock."""
    seen: list[BaseException] = [exc, *[a for a in exc.args if isinstance(a, BaseException)]]
    if exc.__context__ is not None:
        seen.append(exc.__context__)
    return any(getattr(e, "pgcode", None) == LOCK_NOT_AVAILABLE for e in seen)


class ServerDatabase(pw.PostgresqlDatabase):
    """peewee's PostgreSQL database, saying in one sentence when a row stayed locked too long."""

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        try:
            return super().execute_sql(sql, params)
        except pw.OperationalError as exc:
            if not lock_wait_gave_up(exc):
                raise
            from desktop_app.services.errors import DatabaseBusy

            raise DatabaseBusy(translate("Database", LOCK_WAIT_GAVE_UP).format(seconds=LOCK_WAIT_S)) from exc


def server_database(url: str) -> pw.Database:
    """An unopened database for ``url``; the URL's own query parameters (sslmode, …) win."""
    from playhouse.db_url import connect as url_connect
    from playhouse.db_url import parseresult_to_dict

    parsed = urlparse(url)
    if parsed.scheme not in SCHEMES:
        return url_connect(url)
    return ServerDatabase(**{**session_options(), **parseresult_to_dict(parsed)})
