"""Office-wide settings: one key/value table with typed defaults."""

from __future__ import annotations

from typing import Any

from desktop_app.models import Setting
from desktop_app.records import OfficeSettings
from desktop_app.services.base import Service
from desktop_app.services.errors import ValidationError
from desktop_app.services.validate import (
    Field,
    choice,
    clean,
    parse_bool,
    parse_int,
    parse_money,
    text,
)

PAPER_SIZES = ("A4", "Letter")


def _currency(label: str, value: Any) -> str:
    code = text(label, value).upper()
    if len(code) != 3 or not code.isalpha():
        raise ValidationError(
            "", f"{label} {code or '(empty)'} is not a three-letter currency code like EUR.")
    return code


def _seats(label: str, value: Any) -> int | None:
    number = parse_int(label, value)
    if number is not None and not 1 <= number <= 100_000:
        raise ValidationError("", f"{label} must be a whole number from 1 to 100000.")
    return number


def _percent(label: str, value: Any) -> int | None:
    number = parse_int(label, value)
    if number is not None and not 1 <= number <= 100:
        raise ValidationError("", f"{label} must be a whole number from 1 to 100.")
    return number


SETTING_FIELDS = {
    "office_name": Field("Office name", text),
    "office_address": Field("Office address", text),
    "office_phone": Field("Office phone", text),
    "currency": Field("Currency", _currency),
    "paper_size": Field("Paper size", choice(PAPER_SIZES)),
    "managed_quote_per_seat": Field("Managed-service quote per seat", parse_money),
    "downtime_cost_per_hour": Field("Hourly cost of downtime", parse_money),
    # Blank: the number of people on record (see StatsService.seats).
    "seats": Field("Seats", _seats),
    "replace_threshold_percent": Field("Replace threshold", _percent),
    "user_name": Field("Your name", text),
    "smtp_host": Field("SMTP server", text),
    "smtp_port": Field("SMTP port", parse_int),
    "smtp_security": Field("SMTP security", choice(("starttls", "ssl", "none"))),
    "smtp_user": Field("SMTP user", text),
    "smtp_sender": Field("Sender address", text),
    "backup_keep": Field("Backups to keep", parse_int),
    "auto_backup": Field("Automatic backups", parse_bool),
    "setup_done": Field("Set up", parse_bool),
}

DEFAULTS: dict[str, Any] = {
    "office_name": "",
    "office_address": "",
    "office_phone": "",
    "currency": "EUR",
    "paper_size": "A4",
    "managed_quote_per_seat": None,
    "downtime_cost_per_hour": None,
    "seats": None,
    "replace_threshold_percent": 50,
    "user_name": "",
    "smtp_host": "",
    "smtp_port": 587,
    "smtp_security": "starttls",
    "smtp_user": "",
    "smtp_sender": "",
    "backup_keep": 14,
    "auto_backup": True,
    "setup_done": False,
}


def _to_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


class SettingsService(Service):
    def get_all(self) -> OfficeSettings:
        stored = {s.key: s.value for s in Setting.select()}
        values: dict[str, Any] = {}
        for key, default in DEFAULTS.items():
            if key in stored and stored[key] != "":
                try:
                    values[key] = SETTING_FIELDS[key].parse(SETTING_FIELDS[key].label, stored[key])
                except ValidationError:
                    # A value an older or newer FixDesk (or an import) wrote that no longer parses:
                    # show the default rather than refusing to open the office.
                    values[key] = default
            else:
                values[key] = default
        return OfficeSettings(**values)

    def get(self, key: str) -> Any:
        return getattr(self.get_all(), key)

    def update(self, **values: Any) -> OfficeSettings:
        data = clean(SETTING_FIELDS, values, partial=True)
        with self.db.atomic():
            for key, value in data.items():
                Setting.insert(key=key, value=_to_text(value)).on_conflict(
                    conflict_target=[Setting.key], update={Setting.value: _to_text(value)}
                ).execute()
        return self.get_all()

    def is_set_up(self) -> bool:
        return bool(self.get("setup_done"))
