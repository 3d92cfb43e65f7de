"""Shared fixtures: a fresh database per test, an in-memory keyring, offscreen Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """No test may touch the real user's data folder, settings or database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("FIXDESK_DB", raising=False)
    yield


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "fixdesk.sqlite3"


@pytest.fixture
def services(db_path):
    from desktop_app.services import Services

    svc = Services.open(db_path)
    yield svc
    svc.close()


@pytest.fixture
def demo_services(services):
    from desktop_app.services import demo

    demo.build(services.db, assets=20, incidents=40)
    return services


@pytest.fixture
def memory_keyring():
    """An in-memory keyring backend, so secrets never reach the real one."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def __init__(self):
            super().__init__()
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            self.store.pop((service, username), None)

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


# -- storage that fails the way a user's does (issue 12) ----------------------------------------
def mount_tmpfs(where, size: str = "8m") -> bool:
    """Mount a small tmpfs at ``where`` (root only); False where that cannot be done."""
    import shutil
    import subprocess

    where.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)],
                          capture_output=True)
    return done.returncode == 0


def unmount(where) -> None:
    import subprocess

    subprocess.run(["umount", "-l", str(where)], capture_output=True)


def remount_read_only(where) -> None:
    import subprocess

    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True, capture_output=True)


@pytest.fixture
def small_disk(tmp_path):
    """A folder on an 8 MB disk of its own, or a skip where no disk can be mounted."""
    where = tmp_path / "small-disk"
    if not mount_tmpfs(where):
        pytest.skip("cannot mount a small tmpfs here (needs root and mount)")
    yield where
    unmount(where)


def fill_disk(folder) -> None:
    """Use up every free byte of the disk holding ``folder``."""
    fd = os.open(folder / "filler.bin", os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        for size in (1 << 20, 4096, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)


@pytest.fixture
def disk_tools():
    """mount_tmpfs, unmount, remount_read_only and fill_disk, for tests in any folder."""
    from types import SimpleNamespace

    return SimpleNamespace(mount_tmpfs=mount_tmpfs, unmount=unmount, remount_read_only=remount_read_only,
                           fill_disk=fill_disk)
