"""One PC's side of a command-line race: run in its own process by test_races_cli.py."""

from __future__ import annotations

import contextlib
import io
from typing import Any


def run_commands(db: str, commands: list[list[str]], barrier: Any, results: Any) -> None:
    """Wait at the barrier before each command, run it as ``fixdesk --db DB ...`` would,
    and send back (exit code, what it printed to stderr) for each."""
    from desktop_app.cli import main

    out = []
    for argv in commands:
        barrier.wait(timeout=120)
        err, printed = io.StringIO(), io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(printed):
            code = main(["--db", db, *argv])
        out.append((code, err.getvalue().strip()))
    results.put(out)
