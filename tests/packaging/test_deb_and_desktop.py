"""The pieces of the Linux packages that can be checked without running PyInstaller.

The .deb is built for real with dpkg-deb around a stand-in app folder (a tiny
shell script named FixDesk), then read back with dpkg-deb as apt would see it.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_build():
    spec = importlib.util.spec_from_file_location("fixdesk_build", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


build = _load_build()
needs_dpkg = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is not installed")


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in .desktop files
    parser.read(ROOT / "resources" / "fixdesk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.fixture
def fake_app(tmp_path):
    app = tmp_path / "FixDesk"
    (app / "_internal").mkdir(parents=True)
    exe = app / "FixDesk"
    exe.write_text('#!/bin/sh\necho "frozen FixDesk $*"\n', encoding="utf-8")
    exe.chmod(0o755)
    (app / "_internal" / "data.txt").write_text("x" * 5000, encoding="utf-8")
    return app


def test_version_comes_from_pyproject_and_matches_the_package():
    import desktop_app

    version = build.project_version()
    assert version == desktop_app.__version__
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{version}"' in text


def test_project_version_reads_only_the_project_table(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[tool.other]\nversion = "9.9"\n\n[project]\nname = "fixdesk"\nversion = "2.3.4"\n'
                         '\n[tool.x]\nversion = "1"\n', encoding="utf-8")
    assert build.project_version(pyproject) == "2.3.4"


def test_control_file_names_the_package_version_and_qt_libraries():
    control = build.deb_control("1.2.3", "amd64", 123456)
    fields = dict(line.split(": ", 1) for line in control.splitlines() if line and not line.startswith(" "))
    assert fields["Package"] == "fixdesk"
    assert fields["Version"] == "1.2.3"
    assert fields["Architecture"] == "amd64"
    assert fields["Installed-Size"] == "123456"
    depends = [d.strip() for d in fields["Depends"].split(",")]
    # The libraries Debian lacks by default for Qt's xcb plugin (DESIGN.md section 8).
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0", "libegl1"} <= set(depends)
    assert control.endswith("\n")


def test_launcher_execs_the_bundle_with_all_arguments(tmp_path):
    script = tmp_path / "fixdesk"
    script.write_text(build.launcher_script().replace("/opt/fixdesk/FixDesk", str(tmp_path / "FixDesk")),
                      encoding="utf-8")
    script.chmod(0o755)
    target = tmp_path / "FixDesk"
    target.write_text('#!/bin/sh\nprintf "%s|" "$@"\n', encoding="utf-8")
    target.chmod(0o755)
    out = subprocess.run([str(script), "--self-test", "two words"], capture_output=True, text=True,
                         check=True)
    assert out.stdout == "--self-test|two words|"
    assert build.launcher_script().startswith("#!/bin/sh\nexec /opt/fixdesk/FixDesk ")


def test_desktop_entry_launches_fixdesk_with_its_icon():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "FixDesk"
    assert entry["Exec"].split()[0] == "fixdesk"  # the launcher the .deb puts on PATH
    assert entry["Icon"] == "fixdesk"
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")


@needs_dpkg
def test_deb_installs_app_launcher_desktop_entry_and_icons(fake_app, tmp_path):
    staging = build.stage_deb(fake_app, tmp_path / "stage", "1.2.3", "amd64")
    deb = build.build_deb(staging, tmp_path / "fixdesk_1.2.3_amd64.deb")

    info = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Version"], capture_output=True,
                          text=True, check=True).stdout
    assert "Package: fixdesk" in info and "Version: 1.2.3" in info
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    rows = {line.split()[-1].lstrip("."): line for line in listing.splitlines()}
    assert "/opt/fixdesk/FixDesk" in rows and rows["/opt/fixdesk/FixDesk"].startswith("-rwxr-xr-x root/root")
    assert "/opt/fixdesk/_internal/data.txt" in rows
    assert rows["/usr/bin/fixdesk"].startswith("-rwxr-xr-x root/root")
    assert "/usr/share/applications/fixdesk.desktop" in rows
    assert "/usr/share/icons/hicolor/scalable/apps/fixdesk.svg" in rows
    assert "/usr/share/icons/hicolor/256x256/apps/fixdesk.png" in rows

    # Unpacked, the launcher on PATH runs the bundle under /opt/fixdesk.
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    assert (root / "opt/fixdesk/FixDesk").read_bytes() == (fake_app / "FixDesk").read_bytes()
    assert "exec /opt/fixdesk/FixDesk" in (root / "usr/bin/fixdesk").read_text(encoding="utf-8")
    installed_kb = int(subprocess.run(["dpkg-deb", "-f", str(deb), "Installed-Size"], capture_output=True,
                                      text=True, check=True).stdout)
    assert installed_kb >= 5  # at least the 5,000-byte data file


@needs_dpkg
def test_deb_control_scripts_are_executable_and_valid_shell(fake_app, tmp_path):
    staging = build.stage_deb(fake_app, tmp_path / "stage", "1.0", "amd64")
    for name in ("postinst", "postrm"):
        script = staging / "DEBIAN" / name
        assert os.access(script, os.X_OK)
        subprocess.run(["sh", "-n", str(script)], check=True)


def test_tarball_holds_the_folder_under_its_name(fake_app, tmp_path):
    import tarfile

    out = build.make_tarball(fake_app, tmp_path / "FixDesk-1.0-linux-x86_64.tar.gz")
    with tarfile.open(out) as tar:
        names = tar.getnames()
        assert "FixDesk/FixDesk" in names
        assert tar.getmember("FixDesk/FixDesk").mode & 0o111


def test_app_icon_png_is_the_svg_rendered_at_256(qapp):
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "fixdesk.svg"))
    assert renderer.isValid()
    png = QImage(str(ROOT / "resources" / "icons" / "fixdesk.png"))
    assert (png.width(), png.height()) == (256, 256)
    # Opaque in the middle (the tile), transparent in the rounded corner.
    assert png.pixelColor(128, 128).alpha() == 255
    assert png.pixelColor(1, 1).alpha() == 0


def test_ci_script_is_valid_bash():
    subprocess.run(["bash", "-n", str(ROOT / "packaging" / "ci_check.sh")], check=True)


def test_spec_is_valid_python():
    source = (ROOT / "packaging" / "fixdesk.spec").read_text(encoding="utf-8")
    compile(source, "fixdesk.spec", "exec")


def test_ci_setup_installs_every_library_the_deb_depends_on():
    """Otherwise `dpkg -i` in CI fails on a fresh machine."""
    script = (ROOT / ".ci" / "setup-packaging.sh").read_text(encoding="utf-8")
    words = set(script.replace("\\", " ").split())
    assert [dep for dep in build.DEB_DEPENDS if dep != "libc6" and dep not in words] == []
