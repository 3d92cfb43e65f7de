"""Refresh the translation catalogues from the source, and compile them for Qt.

    python packaging/translations.py update [LANG [PART.ts ...]]   # new source strings into the .ts
    python packaging/translations.py release   # pyside6-lrelease: .ts -> resources/translations/*.qm

Each language has a folder of ``.ts`` files, one per part of the tree, so people translating
different parts do not edit the same file.  The window loads the compiled ``fixdesk_<lang>.qm``;
the core (PDFs, status names, the services' sentences) reads the ``.ts`` files themselves
(desktop_app/i18n.py), so both speak from one catalogue.  ``dev.py run``/``test`` and the
packaged build call ``release`` first; the ``.qm`` files are build output, not kept in git.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"

# Catalogue file -> the sources whose strings it holds.
PARTS = {
    "window.ts": ["ui/*.py"],
    "dialogs.ts": ["ui/dialogs/*.py"],
    "pages.ts": ["ui/views/*.py", "ui/models/*.py", "ui/widgets/*.py"],
    "core.ts": ["desktop_app/*.py", "desktop_app/services/*.py", "desktop_app/importing/*.py"],
    "reports.ts": ["desktop_app/reports/*.py"],
}


def languages() -> list[str]:
    return sorted(p.name for p in TRANSLATIONS.iterdir() if p.is_dir() and any(p.glob("*.ts")))


def _tool(name: str) -> str:
    """The PySide6 tool installed beside this Python (a venv's bin/ or Scripts/)."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found: install PySide6 into this Python first.")
    return found


def update(language: str, folder: Path | None = None, parts: list[str] | None = None) -> None:
    """Add new source strings to ``language``'s catalogue (``folder``: elsewhere, for a check;
    ``parts``: only these files of it)."""
    folder = folder or TRANSLATIONS / language
    folder.mkdir(parents=True, exist_ok=True)
    for name, patterns in PARTS.items():
        if parts and name not in parts:
            continue
        sources = sorted(str(p.relative_to(ROOT)) for pattern in patterns for p in ROOT.glob(pattern))
        # No line numbers in the catalogue: a moved line must not change a translation file.
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", language,
                        "-ts", str(folder / name)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def release(language: str) -> Path:
    target = TRANSLATIONS / f"fixdesk_{language}.qm"
    parts = sorted(str(p) for p in (TRANSLATIONS / language).glob("*.ts"))
    subprocess.run([_tool("pyside6-lrelease"), *parts, "-qm", str(target)], check=True,
                   stdout=subprocess.DEVNULL)
    return target


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "release"):
        print(__doc__)
        return 2
    if argv[0] == "update":
        for language in argv[1:2] or languages():
            update(language, parts=argv[2:])
        return 0
    for language in languages():
        print(f"compiled {release(language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
