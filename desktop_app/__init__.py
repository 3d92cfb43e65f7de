"""FixDesk core: data, rules, reports and the command line (no Qt widgets)."""

from __future__ import annotations

from importlib import metadata


def _version() -> str:
    try:
        return metadata.version("fixdesk")
    except metadata.PackageNotFoundError:  # running from a plain checkout
        return "0.1.0"


__version__ = _version()
APP_NAME = "FixDesk"
