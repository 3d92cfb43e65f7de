#!/usr/bin/env python3
"""Build the packaged FixDesk: ``python packaging/build.py`` (run with the project's venv Python).

On Linux it produces, under dist/:
  FixDesk/                                 the one-folder app (executable FixDesk)
  FixDesk-<version>-linux-<machine>.tar.gz the same folder as a tarball
  fixdesk_<version>_<arch>.deb             installs to /opt/fixdesk, `fixdesk` on PATH,
                                           a .desktop entry and the icon
On Windows and macOS it runs the same spec (dist/FixDesk/ or dist/FixDesk.app);
packaging/windows/fixdesk.iss turns the Windows folder into an installer.

Prints the build time and the sizes, and writes them to dist/build-info.json.
Needs PyInstaller: ``.venv/bin/pip install -e .[build]``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SPEC = ROOT / "packaging" / "fixdesk.spec"
INSTALL_DIR = "/opt/fixdesk"

# What the bundled Qt loads from the system and PyInstaller does not bundle
# (the xcb platform plugin's libraries, GL, fonts, D-Bus for the keyring, CUPS).
DEB_DEPENDS = [
    "libc6", "libgl1", "libegl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1", "libdbus-1-3",
    "libglib2.0-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0",
    "libxcb-xinerama0", "libxcb-randr0", "libxcb-render-util0", "libxcb-image0", "libcups2",
]


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The version from pyproject.toml, the one place it is kept."""
    text = pyproject.read_text(encoding="utf-8")
    section = re.search(r"^\[project\]\s*$(.*?)(?=^\[|\Z)", text, re.S | re.M)
    match = re.search(r'^version\s*=\s*"([^"]+)"', section.group(1) if section else "", re.M)
    if not match:
        raise SystemExit(f"No [project] version in {pyproject}.")
    return match.group(1)


def project_description(pyproject: Path = ROOT / "pyproject.toml") -> str:
    match = re.search(r'^description\s*=\s*"([^"]+)"', pyproject.read_text(encoding="utf-8"), re.M)
    return match.group(1) if match else "FixDesk"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def deb_arch() -> str:
    if shutil.which("dpkg"):
        return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                              check=True).stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def deb_control(version: str, arch: str, installed_kb: int) -> str:
    """The DEBIAN/control file."""
    return "\n".join([
        "Package: fixdesk",
        f"Version: {version}",
        "Section: misc",
        "Priority: optional",
        f"Architecture: {arch}",
        f"Installed-Size: {installed_kb}",
        f"Depends: {', '.join(DEB_DEPENDS)}",
        "Maintainer: FixDesk developers <packaging@fixdesk.invalid>",
        f"Description: {project_description()}",
        " FixDesk is the office manager's logbook, address book and printer for IT",
        " problems: log an incident, call out a support company, print the call-out",
        " form and keep the paper trail of times and costs. Self-contained build",
        f" installed under {INSTALL_DIR}; run `fixdesk --self-test` to check it.",
        "",
    ])


def launcher_script() -> str:
    """/usr/bin/fixdesk: a script rather than a symlink, so the bundle finds itself by its real path."""
    return f'#!/bin/sh\nexec {INSTALL_DIR}/FixDesk "$@"\n'


# The icon caches are refreshed when the tools exist; missing tools are not an error.
MAINTAINER_SCRIPT = """#!/bin/sh
set -e
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
fi
"""


def stage_deb(app_dir: Path, staging: Path, version: str, arch: str) -> Path:
    """Lay out the .deb's file tree in ``staging`` from the one-folder app."""
    if staging.exists():
        shutil.rmtree(staging)
    opt = staging / INSTALL_DIR.lstrip("/")
    shutil.copytree(app_dir, opt, symlinks=True)
    bin_dir = staging / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    launcher = bin_dir / "fixdesk"
    launcher.write_text(launcher_script(), encoding="utf-8")
    launcher.chmod(0o755)
    apps = staging / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "fixdesk.desktop", apps / "fixdesk.desktop")
    icons = staging / "usr" / "share" / "icons" / "hicolor"
    for sub, name in (("scalable/apps", "fixdesk.svg"), ("256x256/apps", "fixdesk.png")):
        (icons / sub).mkdir(parents=True)
        shutil.copy2(ROOT / "resources" / "icons" / name, icons / sub / name)
    debian = staging / "DEBIAN"
    debian.mkdir()
    installed_kb = (folder_size(staging) + 1023) // 1024
    (debian / "control").write_text(deb_control(version, arch, installed_kb), encoding="utf-8")
    for name in ("postinst", "postrm"):
        script = debian / name
        script.write_text(MAINTAINER_SCRIPT, encoding="utf-8")
        script.chmod(0o755)
    # dpkg-deb refuses group/world-writable control files; a umask of 002 would leave them so.
    for path in [staging, *staging.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~0o022)
    return staging


def build_deb(staging: Path, out: Path) -> Path:
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(staging), str(out)],
                   check=True, stdout=subprocess.DEVNULL)
    return out


def make_tarball(app_dir: Path, out: Path) -> Path:
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(app_dir, arcname=app_dir.name)
    return out


def check_metadata(version: str) -> None:
    """The bundle's version comes from the installed metadata: it must match pyproject.toml."""
    from importlib import metadata

    try:
        installed = metadata.version("fixdesk")
    except metadata.PackageNotFoundError:
        installed = None
    if installed != version:
        raise SystemExit(f"The installed fixdesk metadata says {installed}, pyproject.toml says {version}: "
                         "run `.venv/bin/pip install -e .[build]` first.")


def run_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("PyInstaller is not installed: run `.venv/bin/pip install -e .[build]`.") from None
    # The window's translations are compiled here, so the bundle carries the .qm beside the .ts.
    subprocess.run([sys.executable, str(ROOT / "packaging" / "translations.py"), "release"], check=True)
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the packaged FixDesk into dist/.")
    parser.add_argument("--no-deb", action="store_true", help="skip the .deb (Linux)")
    parser.add_argument("--no-tarball", action="store_true", help="skip the .tar.gz (Linux)")
    args = parser.parse_args(argv)

    version = project_version()
    check_metadata(version)
    info: dict[str, object] = {"version": version, "platform": sys.platform}
    started = time.perf_counter()
    run_pyinstaller()
    info["pyinstaller_seconds"] = round(time.perf_counter() - started, 1)
    app_dir = DIST / "FixDesk"
    if sys.platform == "darwin":
        info["app"] = str(DIST / "FixDesk.app")
    info["folder_bytes"] = folder_size(app_dir)
    print(f"One-folder app: {app_dir} ({mb(folder_size(app_dir))}) in {info['pyinstaller_seconds']} s")

    if sys.platform.startswith("linux"):
        if not args.no_tarball:
            tarball = make_tarball(app_dir, DIST / f"FixDesk-{version}-linux-{platform.machine()}.tar.gz")
            info["tarball"], info["tarball_bytes"] = tarball.name, tarball.stat().st_size
            print(f"Tarball: {tarball} ({mb(tarball.stat().st_size)})")
        if not args.no_deb:
            if not shutil.which("dpkg-deb"):
                raise SystemExit("dpkg-deb is missing: install the dpkg package, or pass --no-deb.")
            arch = deb_arch()
            staging = stage_deb(app_dir, ROOT / "build" / "deb" / "fixdesk", version, arch)
            deb = build_deb(staging, DIST / f"fixdesk_{version}_{arch}.deb")
            info["deb"], info["deb_bytes"] = deb.name, deb.stat().st_size
            print(f".deb: {deb} ({mb(deb.stat().st_size)})")
    elif sys.platform == "win32":
        print("Next, for the installer (Inno Setup 6): "
              f"iscc /DAppVersion={version} packaging\\windows\\fixdesk.iss")

    info["total_seconds"] = round(time.perf_counter() - started, 1)
    (DIST / "build-info.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    print(f"Build finished in {info['total_seconds']} s.")
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
