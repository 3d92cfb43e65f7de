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


def open_services(args: argparse.Namespace) -> Any:
    from desktop_app.services import Services

    services = Services.open(getattr(args, "db", None))
    # Closed when the command ends (cli.main), so a script calling main() in a loop does not
    # hold a connection per call to a shared database server.
    args.opened_services = services
    return services


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
