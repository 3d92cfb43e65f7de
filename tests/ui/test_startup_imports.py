"""Opening the window loads no PDF machinery: reportlab and QtPdf wait for the first print."""

from __future__ import annotations

import subprocess
import sys


def test_the_window_starts_without_reportlab_or_qtpdf(tmp_path):
    script = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop_app.services import Services\n"
        "from ui.app import create_main_window\n"
        "app = QApplication([])\n"
        f"services = Services.open({str(tmp_path / 'db.sqlite3')!r})\n"
        f"window = create_main_window(services, QSettings({str(tmp_path / 's.ini')!r}, "
        "QSettings.Format.IniFormat))\n"
        "window.show(); app.processEvents()\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'PySide6')\n"
        "                and (m.startswith('reportlab') or 'Pdf' in m or 'PrintSupport' in m))\n"
        "print(','.join(loaded))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""
