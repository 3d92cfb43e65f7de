"""Where FixDesk's files live: icons, the PDF fonts, the .desktop file (one home for the path)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/`` inside a PyInstaller bundle, else beside the packages in the checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and (Path(bundle) / "resources").is_dir():
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
