"""CSV import of assets, vendors, people and sites (see engine.py for the flow)."""

from __future__ import annotations

from desktop_app.importing.columns import CUSTOM, IGNORE, KINDS, propose, targets
from desktop_app.importing.engine import (
    ImportCancelled,
    ImportPlan,
    ImportResult,
    RowProblem,
    default_date_order,
    import_file,
    prepare,
    run,
)
from desktop_app.importing.reader import ImportFileError, Table, read_table

__all__ = ["CUSTOM", "IGNORE", "KINDS", "ImportCancelled", "ImportFileError", "ImportPlan", "ImportResult",
           "RowProblem", "Table", "default_date_order", "import_file", "prepare", "propose", "read_table",
           "run", "targets"]
