"""FixDesk core: data, rules, reports and the command line (no Qt widgets)."""

from __future__ import annotations

import functools
from typing import Any

# The environment variable naming the database to open (CLI and window alike).
DB_ENV_VAR = "FIXDESK_DB"


@functools.cache
def _version() -> str:
    # importlib.metadata scans every folder on sys.path, which start-up should not wait for:
    # it runs only when something asks for the version (module __getattr__ below).
    from importlib import metadata

    try:
        return metadata.version("fixdesk")
    except metadata.PackageNotFoundError:  # a plain checkout: read pyproject.toml, the one place it is kept
        import re
        from pathlib import Path

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        found = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text(encoding="utf-8"), re.M) \
            if pyproject.is_file() else None
        return found.group(1) if found else "0+unknown"


APP_NAME = "FixDesk"


def __getattr__(name: str) -> Any:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
