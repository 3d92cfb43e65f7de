"""Office-wide settings: one key/value table with typed defaults."""

from __future__ import annotations

from typing import Any

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.models import Setting
from desktop_app.records import OfficeSettings
from desktop_app.services.base import Service
from desktop_app.services.errors import ValidationError
from desktop_app.services.validate import (
    Field,
    choice,
    clean,
    field_name,
    parse_bool,
    parse_int,
    parse_money,
    text,
)

PAPER_SIZES = ("A4", "Letter")


# What people type for a currency instead of its code; "$" and "kr" mean several, so the
# most common reading is taken and the list in the window shows which one was meant.
CURRENCY_SYMBOLS = {"\u00a3": "GBP", "\u20ac": "EUR", "$": "USD", "US$": "USD", "\u00a5": "JPY",
                    "\u20b9": "INR", "\u20a3": "CHF", "FR.": "CHF", "KR": "SEK", "Z\u0141": "PLN",
                    "R$": "BRL", "A$": "AUD", "C$": "CAD", "NZ$": "NZD"}
# Offered in the Settings list (code, name, symbol); any other ISO code can still be typed.
CURRENCIES = (
    ("EUR", "Euro", "\u20ac"), ("GBP", "Pound sterling", "\u00a3"), ("USD", "US dollar", "$"),
    ("CHF", "Swiss franc", "Fr."), ("SEK", "Swedish krona", "kr"), ("NOK", "Norwegian krone", "kr"),
    ("DKK", "Danish krone", "kr"), ("PLN", "Polish zloty", "z\u0142"), ("CZK", "Czech koruna", "K\u010d"),
    ("CAD", "Canadian dollar", "C$"), ("AUD", "Australian dollar", "A$"),
    ("NZD", "New Zealand dollar", "NZ$"), ("JPY", "Japanese yen", "\u00a5"),
    ("INR", "Indian rupee", "\u20b9"), ("ZAR", "South African rand", "R"),
)


def _currency(label: str, value: Any) -> str:
    code = text(label, value).upper()
    code = CURRENCY_SYMBOLS.get(code, code)
    if len(code) != 3 or not code.isalpha():
        raise ValidationError(
            "", translate("Validation", "{field} {value} is not a three-letter currency code like EUR.")
            .format(field=field_name(label), value=code or translate("Validation", "(empty)")))
    return code


def _seats(label: str, value: Any) -> int | None:
    number = parse_int(label, value)
    if number is not None and not 1 <= number <= 100_000:
        raise ValidationError("", translate("Validation", "{field} must be a whole number from 1 to 100000.")
                              .format(field=field_name(label)))
    return number


def _percent(label: str, value: Any) -> int | None:
    number = parse_int(label, value)
    if number is not None and not 1 <= number <= 100:
        raise ValidationError("", translate("Validation", "{field} must be a whole number from 1 to 100.")
                              .format(field=field_name(label)))
    return number


SETTING_FIELDS = {
    "office_name": Field(QT_TRANSLATE_NOOP("Field", "Office name"), text),
    "office_address": Field(QT_TRANSLATE_NOOP("Field", "Office address"), text),
    "office_phone": Field(QT_TRANSLATE_NOOP("Field", "Office phone"), text),
    "currency": Field(QT_TRANSLATE_NOOP("Field", "Currency"), _currency),
    "paper_size": Field(QT_TRANSLATE_NOOP("Field", "Paper size"), choice(PAPER_SIZES)),
    "managed_quote_per_seat": Field(QT_TRANSLATE_NOOP("Field", "Managed-service quote per seat"),
                                    parse_money),
    "downtime_cost_per_hour": Field(QT_TRANSLATE_NOOP("Field", "Hourly cost of downtime"), parse_money),
    # Blank: the number of people on record (see StatsService.seats).
    "seats": Field(QT_TRANSLATE_NOOP("Field", "Seats"), _seats),
    "replace_threshold_percent": Field(QT_TRANSLATE_NOOP("Field", "Replace threshold"), _percent),
    "user_name": Field(QT_TRANSLATE_NOOP("Field", "Your name"), text),
    "smtp_host": Field(QT_TRANSLATE_NOOP("Field", "SMTP server"), text),
    "smtp_port": Field(QT_TRANSLATE_NOOP("Field", "SMTP port"), parse_int),
    "smtp_security": Field(QT_TRANSLATE_NOOP("Field", "SMTP security"), choice(("starttls", "ssl", "none"))),
    "smtp_user": Field(QT_TRANSLATE_NOOP("Field", "SMTP user"), text),
    "smtp_sender": Field(QT_TRANSLATE_NOOP("Field", "Sender address"), text),
    "backup_keep": Field(QT_TRANSLATE_NOOP("Field", "Backups to keep"), parse_int),
    "auto_backup": Field(QT_TRANSLATE_NOOP("Field", "Automatic backups"), parse_bool),
    "setup_done": Field(QT_TRANSLATE_NOOP("Field", "Set up"), parse_bool),
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

    def set_up_office(self, site: dict[str, Any] | None = None, **values: Any) -> OfficeSettings:
        """First-run set-up: the office settings and, when the office has no site yet, its first
        site (named after the office, with its address and phone and whatever access, parking
        and alarm notes ``site`` gives), in one transaction."""
        from desktop_app.models import Site
        from desktop_app.services.sites import SITE_FIELDS

        data = clean(SETTING_FIELDS, {**values, "setup_done": True}, partial=True)
        if not data.get("office_name"):
            raise ValidationError("office_name", translate("Validation", "{field} is required.")
                                  .format(field=field_name("Office name")))
        with self.db.atomic():
            if not Site.select(Site.id).exists():
                site_values = {"name": data.get("office_name", ""),
                               "address": data.get("office_address", ""),
                               "phone": data.get("office_phone", ""), **(site or {})}
                Site.create(**clean(SITE_FIELDS, site_values))
            self.update(**data)
        return self.get_all()

    def is_set_up(self) -> bool:
        return bool(self.get("setup_done"))
