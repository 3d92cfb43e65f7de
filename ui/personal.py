"""What belongs to the person at this computer rather than to the office: their name.

The office's settings live in the database, shared by every PC; the name written on
timeline entries and forms lives in QSettings on this computer, so PCs sharing one
database each sign as themselves.  An office-wide name kept by an older FixDesk is
carried over once, as this computer's starting value.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop_app.services import Services

USER_NAME_KEY = "user/name"


def adopt_user_name(settings: QSettings, services: Services) -> str:
    """This computer's name for its user (carried over from the office value the first
    time), also handed to ``services`` so every write made from the window signs with it."""
    if settings.contains(USER_NAME_KEY):
        name = str(settings.value(USER_NAME_KEY, "") or "")
        services.user_name = name
        return name
    return carry_over_user_name(settings, services, services.settings.get("user_name") or "")


def carry_over_user_name(settings: QSettings, services: Services, office_name: str) -> str:
    """Take ``office_name`` (the office-wide value an older FixDesk kept) as this computer's
    name, unless the computer has its own by now (typed while the value was being read)."""
    if settings.contains(USER_NAME_KEY):
        return adopt_user_name(settings, services)
    settings.setValue(USER_NAME_KEY, office_name)
    services.user_name = office_name
    return office_name


def save_user_name(settings: QSettings, services: Services, name: str) -> None:
    name = name.strip()
    settings.setValue(USER_NAME_KEY, name)
    settings.sync()
    services.user_name = name
