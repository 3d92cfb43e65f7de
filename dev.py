#!/usr/bin/env python3
"""Set up and run FixDesk from a checkout with nothing but python3.

    python3 dev.py run     # set up .venv, then start FixDesk on your default database
    python3 dev.py test    # set up .venv, then run the whole test suite
    python3 dev.py lint    # set up .venv, then ruff check the whole checkout
    python3 dev.py translations   # refresh resources/translations/*/*.ts from the source

Both create (or reuse) ``.venv`` beside this file, install FixDesk with its
test extras into it, and on Debian/Ubuntu install the few system libraries Qt
needs when they are missing (as root, or through sudo).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")

# What Qt's xcb/offscreen plugins and the PDF/print modules load from the system.
DEBIAN_RUNTIME = [
    "libgl1", "libegl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1", "libdbus-1-3",
    "libglib2.0-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0",
    "libxcb-xinerama0", "libxcb-randr0", "libxcb-render-util0", "libxcb-image0", "libcups2",
]


def _run(cmd: list[str], **kw) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run(cmd, check=True, **kw)


def _missing_debs(packages: list[str]) -> list[str]:
    if not shutil.which("dpkg-query"):
        return []
    missing = []
    for pkg in packages:
        res = subprocess.run(["dpkg-query", "-W", "-f=${Status}", pkg], capture_output=True, text=True)
        if "install ok installed" not in res.stdout:
            missing.append(pkg)
    return missing


def apt_install(packages: list[str]) -> None:
    """Install Debian packages that are not there yet (no-op elsewhere)."""
    missing = _missing_debs(packages)
    if not missing or not shutil.which("apt-get"):
        return
    sudo = [] if os.geteuid() == 0 else (["sudo"] if shutil.which("sudo") else None)
    if sudo is None:
        print(f"Please install these Debian packages first: {' '.join(missing)}", file=sys.stderr)
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    _run(sudo + ["apt-get", "update", "-qq"], env=env)
    _run(sudo + ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], env=env)


def ensure_venv(extras: str = "test") -> None:
    if not PY.exists():
        try:
            import ensurepip  # noqa: F401  (Debian splits it out into python3-venv)
        except ImportError:
            ver = f"{sys.version_info.major}.{sys.version_info.minor}"
            apt_install(["python3-venv", f"python{ver}-venv"])
            _run([sys.executable, "-m", "venv", str(VENV)])
        else:
            venv.create(VENV, with_pip=True)
    stamp = VENV / f".installed-{extras}"
    pyproject = ROOT / "pyproject.toml"
    if not stamp.exists() or stamp.stat().st_mtime < pyproject.stat().st_mtime:
        _run([str(PY), "-m", "pip", "install", "-q", "--upgrade", "pip"])
        _run([str(PY), "-m", "pip", "install", "-q", "-e", f".[{extras}]"], cwd=ROOT)
        stamp.touch()


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "lint", "translations"):
        print(__doc__)
        return 2
    if argv[0] == "lint":
        ensure_venv("test")  # ruff is a test extra; it needs no system libraries
        return subprocess.call([str(BIN / "ruff"), "check", ".", *argv[1:]], cwd=ROOT)
    if argv[0] == "translations":
        ensure_venv("test")
        return subprocess.call([str(PY), "packaging/translations.py", "update", *argv[1:]], cwd=ROOT)
    apt_install(DEBIAN_RUNTIME)
    ensure_venv("test" if argv[0] == "run" else "test,postgres")
    # The window loads compiled catalogues (.qm): build output, made from the .ts each time.
    _run([str(PY), "packaging/translations.py", "release"], cwd=ROOT)
    if argv[0] == "run":
        return subprocess.call([str(BIN / "fixdesk"), *argv[1:]])
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(PY), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
