"""Screenshots of the real window on the demo data, for README and for looking at the UI.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_screenshots.py [OUT_DIR]
    LANG=de_DE.UTF-8 ...   # the same in German (the window follows the system's language)

Builds a fresh demo database in a temporary folder, opens the main window and
each main dialog, and saves ``QWidget.grab()`` images (no display needed).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZE = tuple(int(n) for n in os.environ.get("FIXDESK_SHOT_SIZE", "1280x800").split("x"))


def overview_loaded(app, window) -> None:  # noqa: ANN001
    """Wait for the overview's figures (read on a worker thread) to be on the page."""
    page = window.overview
    while page.overview is None or page.is_busy():
        app.processEvents()
    for _ in range(5):
        app.processEvents()


def main(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop_app.services import Services, demo
    from ui.app import create_main_window
    from ui.dialogs.cost_dialog import CostDialog
    from ui.dialogs.incident_dialog import IncidentDialog
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.dialogs.step_dialog import StepDialog

    app = QApplication([])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "shots.ini"), QSettings.Format.IniFormat)
        from ui import i18n as ui_i18n

        ui_i18n.install(app, settings)  # as ``fixdesk`` does at start: the system's language

        def shoot(widget, name: str) -> None:  # noqa: ANN001
            widget.show()
            for _ in range(3):
                app.processEvents()
            widget.grab().save(str(out / name))
            print(out / name)

        empty = Services.open(Path(tmp) / "empty.sqlite3")
        window = create_main_window(empty, settings)
        window.resize(*SIZE)
        shoot(window, "welcome.png")
        window.close()
        empty.close()

        services = Services.open(Path(tmp) / "demo.sqlite3")
        demo.build(services.db, assets=40, incidents=60)
        window = create_main_window(services, settings)
        window.resize(*SIZE)
        window.show()
        overview_loaded(app, window)
        shoot(window, "overview.png")
        window.show_page(1)
        shoot(window, "incidents.png")
        for index, name in ((2, "assets.png"), (3, "vendors.png"), (4, "sites.png")):
            window.show_page(index)
            shoot(window, name)
        window.show_page(1)
        record = services.incidents.get(window.current_incident_id())
        reception = next(a for a in services.assets.list() if a.name.startswith("Reception"))
        dialog = IncidentDialog(services, None, window, asset_id=reception.id)
        dialog.title.setText(f"{reception.name} will not boot")
        shoot(dialog, "incident-dialog.png")
        dialog.spend_cap.setText("lots")
        dialog.accept()
        shoot(dialog, "incident-dialog-error.png")
        from desktop_app.services.workflow import allowed_next

        target = allowed_next(record.status)[0]
        shoot(StepDialog(services, record, target, window), "step-dialog.png")
        from ui import printing
        from ui.dialogs.guide_dialog import GuideDialog

        guide = GuideDialog(window)
        shoot(guide, "guide.png")
        guide.close()
        from desktop_app.reports import documents

        preview = printing.make_preview(window, documents.callout_pdf(services, record.ref),
                                        f"Call-out form {record.ref}")
        shoot(preview, "print-preview.png")
        preview.close()
        shoot(CostDialog(services, record, window), "cost-dialog.png")
        shoot(SettingsDialog(services, window), "settings.png")
        window.close()

        # The same page on a dark palette: status tints must read there too.
        app.setStyle("Fusion")
        app.setPalette(_dark_palette())
        window = create_main_window(services, settings)
        window.resize(*SIZE)
        window.show_page(0)
        window.show()
        overview_loaded(app, window)
        shoot(window, "overview-dark.png")
        window.show_page(1)
        shoot(window, "incidents-dark.png")
        window.close()
        services.close()


def _dark_palette():  # noqa: ANN202
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role = QPalette.ColorRole
    for r, colour in ((role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"), (role.Base, "#1e1e1e"),
                      (role.AlternateBase, "#262626"), (role.Text, "#e6e6e6"), (role.Button, "#353535"),
                      (role.ButtonText, "#e6e6e6"), (role.Highlight, "#2f6db5"),
                      (role.HighlightedText, "#ffffff"), (role.ToolTipBase, "#353535"),
                      (role.ToolTipText, "#e6e6e6"), (role.PlaceholderText, "#8a8a8a")):
        palette.setColor(r, QColor(colour))
    return palette


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
