"""The Qt half of ``fixdesk --self-test`` (the runner is desktop_app/selftest.py).

A frozen build can start and still lack the plugin that draws on a real
desktop (xcb), SVG icons, the print plugin or QtPdf; each shows up only when a
user reaches it.  These steps load each one for real, read the call-out form
back with QtPdf, and open and close the main window on the temporary database.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPluginLoader, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from desktop_app.resources import resources_dir
from desktop_app.selftest import Context, Step, StepFailed

# Platform plugins each OS needs: offscreen for checks, the native one for people.
PLATFORM_PLUGINS = {
    "linux": ("offscreen", "xcb"),
    "win32": ("offscreen", "windows"),
    "darwin": ("offscreen", "cocoa"),
}


def _app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "FixDesk"])
    assert isinstance(app, QApplication)
    return app


def _plugin_file(kind: str, name: str) -> Path | None:
    """Where Qt would find plugin ``name`` of ``kind`` (libqxcb.so, qwindows.dll, ...)."""
    for base in QCoreApplication.libraryPaths():
        folder = Path(base) / kind
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            stem = path.name.split(".")[0]
            if stem in (f"libq{name}", f"q{name}", f"lib{name}", name):
                return path
    return None


def _load(kind: str, name: str) -> str:
    path = _plugin_file(kind, name)
    if path is None:
        raise StepFailed(f"Qt plugin {kind}/{name} is not in this build "
                         f"(searched {', '.join(QCoreApplication.libraryPaths())})")
    loader = QPluginLoader(str(path))
    # Loading resolves the plugin's own libraries: a missing system library
    # (libxcb-icccm4 and friends on Debian) is named here, not guessed.
    if not loader.load():
        raise StepFailed(f"Qt plugin {path.name} does not load: {loader.errorString()}")
    return path.name


def step_qt_plugins(ctx: Context) -> str:
    from PySide6.QtGui import QIcon, QImageReader
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    app = _app()
    loaded = [_load("platforms", name) for name in PLATFORM_PLUGINS.get(sys.platform, ("offscreen",))]
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    if "svg" not in formats:
        raise StepFailed(f"no SVG image support (image formats: {', '.join(sorted(formats))})")
    icon = QIcon(str(resources_dir() / "icons" / "fixdesk.svg"))
    if icon.pixmap(64, 64).isNull():
        raise StepFailed("the FixDesk icon (SVG) does not render")
    if sys.platform == "linux":
        loaded.append(_load("printsupport", "cupsprintersupport"))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printers = QPrinterInfo.availablePrinterNames()
    from PySide6.QtPdf import QPdfDocument  # noqa: F401  (the module the print preview draws with)

    return (f"platform {app.platformName()}; loaded {', '.join(loaded)}; svg icons ok; "
            f"QtPrintSupport ok ({len(printers)} printer(s) visible); QtPdf ok")


def step_pdf_reads_back(ctx: Context) -> str:
    from PySide6.QtPdf import QPdfDocument

    pdf = ctx.need("pdf_path", "call-out form PDF")
    _app()
    doc = QPdfDocument(None)
    error = doc.load(str(pdf))
    if error != QPdfDocument.Error.None_ or doc.pageCount() < 1:
        raise StepFailed(f"QtPdf cannot open {pdf.name}: {error.name}")
    text = "\n".join(doc.getAllText(page).text() for page in range(doc.pageCount()))
    pages = doc.pageCount()
    doc.close()
    for wanted in (ctx.incident_ref, ctx.asset_serial):
        if wanted not in text:
            raise StepFailed(f"the call-out form does not mention {wanted}")
    return f"{pages} page(s); reference {ctx.incident_ref} and serial {ctx.asset_serial} read back"


def main_window_step(create_main_window: Callable[..., Any]) -> Step:
    """The step that opens the window ``create_main_window`` builds (ui.app hands it in)."""
    return ("main window", lambda ctx: _main_window(ctx, create_main_window))


def _main_window(ctx: Context, create_main_window: Callable[..., Any]) -> str:
    services = ctx.need("services", "database")
    app = _app()
    settings = QSettings(str(ctx.workdir / "settings.ini"), QSettings.Format.IniFormat)
    window = create_main_window(services, settings)
    window.show()
    app.processEvents()
    if not window.isVisible():
        raise StepFailed("the main window did not show")
    try:
        for index in range(len(window.pages)):  # the register pages are imported when first shown
            window.show_page(index)
            app.processEvents()
    except ImportError as exc:
        raise StepFailed(f"a page of the main window is not in this build ({exc})") from exc
    title = window.windowTitle()
    window.close()
    # Features start work on the thread pool (e.g. the daily backup beside the temporary
    # database): let it finish before that folder is deleted.
    QThreadPool.globalInstance().waitForDone(10_000)
    window.deleteLater()
    app.processEvents()
    return f"'{title}' opened, every page shown, and closed"


def step_translations(_ctx: Context) -> str:
    """Every language's compiled catalogue (and Qt's own words for it) is in this build."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from desktop_app import i18n

    _app()
    found = []
    for code in i18n.LANGUAGES:
        if code == i18n.SOURCE_LANGUAGE:
            continue
        ours, qt_words = QTranslator(), QTranslator()
        if not ours.load(f"fixdesk_{code}", str(i18n.translations_dir())):
            raise StepFailed(f"fixdesk_{code}.qm is not in this build ({i18n.translations_dir()})")
        if not ours.translate("MainWindow", "&File"):
            raise StepFailed(f"fixdesk_{code}.qm has no translation of the File menu")
        if not qt_words.load(QLocale(code), "qtbase", "_",
                             QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            raise StepFailed(f"Qt's own {code} words (qtbase_{code}.qm) are not in this build")
        if not i18n.load_catalogue(code):
            raise StepFailed(f"the {code} catalogue for paper is not in this build")
        found.append(code)
    return f"window and paper catalogues load: {', '.join(found)}"


QT_STEPS: tuple[Step, ...] = (
    ("Qt plugins", step_qt_plugins),
    ("call-out form reads back", step_pdf_reads_back),
    ("translations", step_translations),
)
