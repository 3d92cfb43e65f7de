"""Short forms for making a record from inside a picker: only what is needed right now.

A vendor needs a name and a phone number to be called out; an asset a tag (the
next free one is suggested) and a name; a person a name.  The full dialogs on
the register pages fill in the rest later.  Each ``new_*`` function returns the
picker choice for the record it saved, or None when the user cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.services import Services
from desktop_app.services.assets import AssetChoice, AssetRecord
from ui.dialogs.record_dialog import RecordDialog
from ui.widgets.picker import Choice


def asset_label(tag: str, name: str) -> str:
    return f"{tag} \u2013 {name}" if name else tag


def asset_choice(asset: AssetRecord | AssetChoice) -> Choice:
    """An asset as a picker row: found by any part of tag, name, serial, make, model or place."""
    site = asset.site_name
    words = (asset.tag, asset.name, asset.serial, asset.manufacturer, asset.model, asset.location, site)
    return asset.id, asset_label(asset.tag, asset.name), " ".join(w for w in words if w)


class QuickAssetDialog(RecordDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New asset"), parent)
        self.setObjectName("QuickAssetDialog")
        self.services = services
        self.name = self.form.add("name", self.tr("&Name"), self.line("", self.tr("e.g. Reception PC")),
                                  required=True)
        self.tag = self.form.add("tag", self.tr("Asset &tag"), self.line(services.assets.next_tag()),
                                 required=True, note=self.tr("The label on the equipment; "
                                                             "the next free one is suggested."))
        self.serial = self.form.add("serial", self.tr("&Serial number"), self.line())
        self.finish_layout()
        self.ok_button().setText(self.tr("Add asset"))
        self.setMinimumWidth(420)
        self.name.setFocus()

    def values(self) -> dict[str, object]:
        return {"name": self.name.text(), "tag": self.tag.text(), "serial": self.serial.text()}

    def save_call(self) -> Callable[[], AssetRecord]:
        sites, assets, values = self.services.sites, self.services.assets, self.values()
        return lambda: assets.create(site=sites.default_site_id(), **values)


class QuickVendorDialog(RecordDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New vendor"), parent)
        self.setObjectName("QuickVendorDialog")
        self.services = services
        self.name = self.form.add("name", self.tr("Company &name"), self.line(), required=True)
        self.phone = self.form.add("phone", self.tr("&Phone"), self.line("", self.tr("The number you call")),
                                   required=True)
        self.response_hours = self.form.add(
            "response_hours", self.tr("&Response time (hours)"), self.line("", self.tr("e.g. 4")),
            note=self.tr("Optional: what they promise. Rates, contacts and the rest can be added "
                         "later on the Vendors page."))
        self.finish_layout()
        self.ok_button().setText(self.tr("Add vendor"))
        self.setMinimumWidth(420)
        self.name.setFocus()

    def values(self) -> dict[str, object]:
        return {"name": self.name.text(), "phone": self.phone.text(),
                "response_hours": self.response_hours.text()}

    def save_call(self) -> Callable[[], object]:
        return partial(self.services.vendors.create, **self.values())


class QuickPersonDialog(RecordDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New person"), parent)
        self.setObjectName("QuickPersonDialog")
        self.services = services
        self.name = self.form.add("name", self.tr("&Name"), self.line(), required=True)
        self.phone = self.form.add("phone", self.tr("&Phone"), self.line())
        self.finish_layout()
        self.ok_button().setText(self.tr("Add person"))
        self.setMinimumWidth(380)
        self.name.setFocus()

    def values(self) -> dict[str, object]:
        return {"name": self.name.text(), "phone": self.phone.text()}

    def save_call(self) -> Callable[[], object]:
        sites, people, values = self.services.sites, self.services.people, self.values()

        def create() -> object:
            site = sites.default_site_id()
            site_name = sites.get(site).name if site is not None else ""
            return people.create(site=site_name, **values)

        return create


def _run(dialog: RecordDialog) -> object | None:
    try:
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def new_asset(services: Services, parent: QWidget) -> Choice | None:
    saved = _run(QuickAssetDialog(services, parent))
    return asset_choice(saved) if isinstance(saved, AssetRecord) else None


def new_vendor(services: Services, parent: QWidget) -> Choice | None:
    saved = _run(QuickVendorDialog(services, parent))
    return (saved.id, saved.name, saved.name) if saved is not None else None  # type: ignore[attr-defined]


def new_person(services: Services, parent: QWidget) -> Choice | None:
    saved = _run(QuickPersonDialog(services, parent))
    return (saved.id, saved.name, saved.name) if saved is not None else None  # type: ignore[attr-defined]
