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
