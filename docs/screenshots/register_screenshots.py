"""Screenshots of the register pages (Assets, Vendors, Sites & People) and their dialogs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/register_screenshots.py [OUT_DIR]

Builds the demo data in a temporary folder, opens the real main window, selects
a row on each register page so the detail pane shows, and saves
``QWidget.grab()`` images.  An in-memory keyring stands in for the system one,
so the vendor dialog shows its password field as a user with a keyring sees it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import keyring
    from keyring.backend import KeyringBackend
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop_app.services import Services, demo
    from ui.app import create_main_window
    from ui.dialogs.asset_dialog import AssetDialog
    from ui.dialogs.vendor_dialog import VendorDialog

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    keyring.set_keyring(MemoryKeyring())
    app = QApplication([])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        services = Services.open(Path(tmp) / "demo.sqlite3")
        demo.build(services.db)
        settings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
        window = create_main_window(services, settings)
        window.resize(1366, 800)

        def shoot(widget, name: str) -> None:  # noqa: ANN001
            widget.show()
            for _ in range(3):
                app.processEvents()
            widget.grab().save(str(out / name))
            print(out / name)

        def pick(panel, row: int = 0) -> None:  # noqa: ANN001
            panel.select_id(panel.model.record_id(panel.model.record(row)))

        pages = {name: index for index, name in ((2, "assets"), (3, "vendors"), (4, "sites"))}
        window.show()  # a register page reads its rows when it is first shown
        for name, index in pages.items():
            window.show_page(index)
            app.processEvents()
            page = window.current_page()
            if name == "sites":
                pick(page.sites)
                pick(page.people, 2)  # someone with assets assigned in the demo data
            else:
                pick(page)
            shoot(window, f"{name}.png")

        shoot(AssetDialog(services, services.assets.list()[8], window), "asset-dialog.png")
        shoot(VendorDialog(services, services.vendors.list()[0], window), "vendor-dialog.png")
        window.close()
        services.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
