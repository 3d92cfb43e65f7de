"""What every ``fixdesk`` subcommand module shares: the refusal type, opening the services
and printing JSON.  Its own module so the command modules and ``cli.py`` (which loads them)
do not import each other."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


class CommandError(Exception):
    """A refusal the CLI reports as one sentence and exit code 1."""


# How long a command waits for another program (a big import, ``demo --force`` in another
# terminal) to finish writing before it gives up; the window waits for as long as the user likes.
LOCK_WAIT_SECONDS = 120


class PatientWait:
    """Waits for the write lock up to LOCK_WAIT_SECONDS, saying once on stderr that it waits."""

    def __init__(self) -> None:
        self.told = False

    def __call__(self, waited: float) -> bool:
        if not self.told:
            self.told = True
            limit = (f"{LOCK_WAIT_SECONDS // 60} minutes" if LOCK_WAIT_SECONDS >= 120
                     else f"{LOCK_WAIT_SECONDS} seconds")
            print(f"fixdesk: another program is changing the database; waiting up to {limit} "
                  "for it to finish...", file=sys.stderr, flush=True)
        return waited < LOCK_WAIT_SECONDS  # each further try waits a moment inside SQLite


def be_patient(database: Any) -> Any:
    """Have a command wait (and say so) while another program holds the database."""
    if hasattr(database, "lock_wait"):
        database.lock_wait = PatientWait()
    return database


def open_services(args: argparse.Namespace) -> Any:
    from desktop_app.services import Services

    services = Services.open(getattr(args, "db", None))
    be_patient(services.db)
    # Closed when the command ends (cli.main), so a script calling main() in a loop does not
    # hold a connection per call to a shared database server.
    args.opened_services = services
    return services


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
