"""Writing a PDF to disk without ever leaving half a file behind."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from desktop_app.errors import ServiceError
from desktop_app.i18n import translate


def write_pdf(path: str | os.PathLike[str], pdf: bytes) -> Path:
    """Write ``pdf`` beside ``path`` under a temporary name, then rename it into place."""
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ServiceError(translate("ReportCommon", "Cannot write the PDF to {path}: it is a folder.")
                           .format(path=target))
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ServiceError(translate("ReportCommon", "Cannot write the PDF to {path}: {reason}.")
                           .format(path=target, reason=exc.strerror or exc)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(pdf)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise ServiceError(translate("ReportCommon", "Cannot write the PDF to {path}: {reason}.")
                           .format(path=target, reason=exc.strerror or exc)) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target


def page_count(pdf: bytes) -> int:
    """Pages in a PDF that reportlab wrote (one uncompressed /Type /Page object each)."""
    return len(re.findall(rb"/Type /Page(?![s\w])", pdf))
