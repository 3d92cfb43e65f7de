"""Progress callbacks for long work (documents, copies of a whole office): ``progress(done,
total)`` is called now and then and may raise ``Cancelled`` to stop the work.

Kept apart from the reports so that running any work off the GUI thread does not import
reportlab first.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.errors import Cancelled  # noqa: F401 - what a progress callback raises

Progress = Callable[[int, int], None]
