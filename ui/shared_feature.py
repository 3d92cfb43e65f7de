"""File > Use a shared database... and File > Make a local copy...; listed in ui.app.FEATURES.

Switching databases reopens the window on the other one (``window.reopen``): every page,
model and open dialog belongs to one database, so a fresh window is the honest way over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from desktop_app import netshare

if TYPE_CHECKING:
    from ui.dialogs.shared_db_dialog import SharedDatabaseDialog
    from ui.main_window import MainWindow

translate = QCoreApplication.translate  # the window's words: translate("MainWindow", "literal")


def open_shared_dialog(window: MainWindow) -> SharedDatabaseDialog:
    from ui.dialogs.shared_db_dialog import SharedDatabaseDialog  # loaded when first opened

    dialog = SharedDatabaseDialog(window.services, window.settings, window)
    dialog.switchTo.connect(window.reopen)
    dialog.open()  # window-modal without blocking: the window keeps refreshing behind it
    window.shared_dialog = dialog
    return dialog


def install(window: MainWindow) -> None:
    window.shared_action = QAction(translate("MainWindow", "Use a &shared database..."), window)
    window.shared_action.triggered.connect(lambda _checked=False: open_shared_dialog(window))
    window.local_copy_action = QAction(translate("MainWindow", "Make a &local copy..."), window)
    window.local_copy_action.setEnabled(window.services.is_server)
    window.local_copy_action.triggered.connect(lambda _checked=False: _local_copy(window))
    file_menu = window.menu("&File")
    before = getattr(window, "settings_action", None)
    for action in (window.shared_action, window.local_copy_action):
        if before is not None:
            file_menu.insertAction(before, action)
        else:
            file_menu.addAction(action)
    if before is not None:
        file_menu.insertSeparator(before)
    warn_about_network_share(window)


def _local_copy(window: MainWindow) -> None:
    from ui.dialogs.shared_db_dialog import make_local_copy

    make_local_copy(window, window.services, window.settings, window.reopen)


def warn_about_network_share(window: MainWindow) -> None:
    """A database file in a network folder: say so above the pages, with the way out."""
    path = window.services.file_path
    warning = netshare.share_warning(path) if path is not None else None
    if warning:
        window.notice_banner.show_message(warning, [  # the core's sentence, in the core's language
            (translate("MainWindow", "Use a shared database..."), lambda: open_shared_dialog(window))])
