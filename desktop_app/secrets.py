"""The one wrapper around keyring: passwords live in the OS keyring and nowhere else.

Secrets are filed under the service name "FixDesk" with a user name of
``KIND:NAME``: ``smtp:mail.example.com/user`` (``smtp_name``), ``vendor-portal:17``
(the vendor's record id, ``VendorService`` owns it and deletes it with the vendor),
``database:db.example.com/fixdesk``.  The names are made here and nowhere else.
When no safe backend exists (a headless Linux box gets keyring's ``fail`` backend) every
call that would store a secret raises ``SecretStoreUnavailable`` with one plain sentence:
there is no plaintext fallback, ever.
"""

from __future__ import annotations

import contextlib

from desktop_app.errors import ServiceError
from desktop_app.i18n import translate

SERVICE_NAME = "FixDesk"
KINDS = ("smtp", "vendor-portal", "database")

# Backends that "work" by writing the secret somewhere readable: refused.
_UNSAFE_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


class SecretStoreUnavailable(ServiceError):
    """No safe keyring backend: the secret was not stored."""


def _backend():
    import keyring

    return keyring.get_keyring()


def _unsafe(backend: object) -> bool:
    module = type(backend).__module__
    if module.startswith(_UNSAFE_MODULES):
        return True
    # A chainer is only as good as the backends it chains.
    chained = getattr(backend, "backends", None)
    if chained is not None:
        return not any(not _unsafe(b) for b in chained)
    return False


def backend_name() -> str:
    backend = _backend()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def status() -> tuple[bool, str]:
    """(usable, one sentence for the user)."""
    try:
        backend = _backend()
    except Exception as exc:  # keyring raises assorted errors when D-Bus etc. is missing
        return False, (translate("Secrets", "No password store is available on this computer ({reason}).")
                       .format(reason=exc))
    if _unsafe(backend):
        return False, translate("Secrets", "No secure password store (keyring) is available on this "
                                           "computer, so FixDesk will not save passwords.")
    return True, (translate("Secrets", "Passwords are kept in the system keyring ({backend}).")
                  .format(backend=type(backend).__name__))


def _key(kind: str, name: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown secret kind {kind!r}")
    return f"{kind}:{name.strip()}"


def smtp_name(host: str, user: str) -> str:
    """The keyring name of an SMTP account's password: one per server and account."""
    return f"{host.strip()}/{user.strip()}"


def vendor_portal_name(vendor_id: int) -> str:
    """The keyring name of a vendor's portal password: its record id, so a rename keeps it."""
    return str(vendor_id)


def _require() -> object:
    usable, message = status()
    if not usable:
        raise SecretStoreUnavailable(message)
    return _backend()


def set_secret(kind: str, name: str, value: str) -> None:
    backend = _require()
    try:
        backend.set_password(SERVICE_NAME, _key(kind, name), value)  # type: ignore[attr-defined]
    except Exception as exc:
        raise SecretStoreUnavailable(translate("Secrets", "The password could not be saved in the keyring: "
                                                          "{reason}.").format(reason=exc)) from exc


def get_secret(kind: str, name: str) -> str | None:
    usable, _ = status()
    if not usable:
        return None
    try:
        return _backend().get_password(SERVICE_NAME, _key(kind, name))
    except Exception:  # a locked or broken keyring reads as "no password saved"
        return None


def delete_secret(kind: str, name: str) -> None:
    usable, _ = status()
    if not usable:
        return
    import keyring.errors

    with contextlib.suppress(keyring.errors.PasswordDeleteError):  # nothing was saved
        _backend().delete_password(SERVICE_NAME, _key(kind, name))


def has_secret(kind: str, name: str) -> bool:
    return get_secret(kind, name) is not None
