"""Progress callbacks for long work (documents, copies of a whole office): ``progress(done,
total)`` is called now and then and may raise ``Cancelled`` to stop the work.

Kept apart from the reports so that running any work off the GUI thread does not import
reportlab first.
"""

from __future__ import annotations

from collections.abc import Callable


class Cancelled(Exception):
    """Raised by a progress callback to stop the work."""


Progress = Callable[[int, int], None]
