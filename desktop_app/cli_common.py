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

    return Services.open(getattr(args, "db", None))


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
