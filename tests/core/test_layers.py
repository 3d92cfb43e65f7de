"""The layers hold: the core loads no Qt, the window reaches data only through the services,
the document builders take plain records, and no module imports itself back in a circle."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _module(path: Path) -> str:
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return name.removesuffix(".__init__")


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside a function, but not for typing only."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(node) for block in ast.walk(tree)
                   if isinstance(block, ast.If) and getattr(block.test, "id", "") == "TYPE_CHECKING"
                   for node in ast.walk(block)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def _sources(*packages: str) -> list[Path]:
    return sorted(p for package in packages for p in (ROOT / package).rglob("*.py"))


def _fresh(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         timeout=120, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_importing_every_core_module_loads_no_qt():
    loaded = _fresh(
        "import importlib, json, pkgutil, sys, desktop_app\n"
        "names = [m.name for m in pkgutil.walk_packages(desktop_app.__path__, 'desktop_app.')]\n"
        "for name in names: importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(json.dumps({'modules': len(names), 'qt': qt}))")
    assert loaded["modules"] > 40 and loaded["qt"] == []


def test_the_window_never_imports_the_database_layer():
    forbidden = ("peewee", "playhouse", "desktop_app.models", "desktop_app.db", "desktop_app.migrations")
    offenders = {str(path.relative_to(ROOT)): sorted(i for i in _imports(path) if i.startswith(forbidden))
                 for path in _sources("ui")}
    assert {path: found for path, found in offenders.items() if found} == {}


def test_document_builders_import_no_services_or_models():
    # reports/data.py gathers each document's records from the services object it is handed;
    # everything else in reports/ builds paper from those records alone.
    forbidden = ("peewee", "desktop_app.services", "desktop_app.models", "desktop_app.db")
    builders = [p for p in _sources("desktop_app/reports")]
    offenders = {p.name: sorted(i for i in _imports(p) if i.startswith(forbidden)) for p in builders}
    assert {name: found for name, found in offenders.items() if found} == {}
    loaded = _fresh(
        "import json, sys\n"
        "import desktop_app.reports.documents, desktop_app.reports.callout, desktop_app.reports.labels\n"
        "import desktop_app.reports.incident_log, desktop_app.reports.asset_register\n"
        "import desktop_app.reports.costs, desktop_app.reports.warranty, desktop_app.records\n"
        "print(json.dumps(sorted(m for m in sys.modules if m == 'peewee' or m.startswith("
        "('desktop_app.services', 'desktop_app.models', 'desktop_app.db')))))")
    assert loaded == []


def test_no_import_cycles():
    paths = {_module(p): p for p in _sources("desktop_app", "ui")}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        targets = set()
        for imported in _imports(path):
            while imported and imported not in paths:
                imported = imported.rpartition(".")[0]
            if imported and imported != name:
                targets.add(imported)
        graph[name] = targets

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            node = todo.pop()
            for nxt in graph[node]:
                if nxt == goal:
                    return True
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return False

    # A package importing its own submodules (``services/__init__``) is not a circle back.
    cycles = sorted(f"{a} -> {b}" for a in graph for b in graph[a]
                    if not b.startswith(a + ".") and reaches(b, a))
    assert cycles == []
