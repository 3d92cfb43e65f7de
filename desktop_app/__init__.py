"""FixDesk core: data, rules, reports and the command line (no Qt widgets)."""

from __future__ import annotations

from importlib import metadata


def _version() -> str:
    try:
        return metadata.version("fixdesk")
    except metadata.PackageNotFoundError:  # a plain checkout: read pyproject.toml, the one place it is kept
        import re
        from pathlib import Path

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        found = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text(encoding="utf-8"), re.M) \
            if pyproject.is_file() else None
        return found.group(1) if found else "0+unknown"


__version__ = _version()
APP_NAME = "FixDesk"
