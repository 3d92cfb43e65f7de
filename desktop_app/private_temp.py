"""A private temporary folder per run of FixDesk, for copies of attachments handed to a viewer.

An invoice or a photo of a screen with a password on it must not be readable by other users of
the computer, nor outlive the program: the folder is the owner's alone (0700, files 0600), is
removed when FixDesk exits, and folders a crashed run left behind are removed at the next start.
Nothing is created until the first file is written.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
from pathlib import Path

PREFIX = "fixdesk-open-"
LEGACY = "fixdesk-attachments"  # where versions before issue 12 left world-readable copies


def _owner_tag() -> str:
    return str(os.getuid()) if hasattr(os, "getuid") else "user"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "posix":
        try:
            os.kill(pid, 0)  # signal 0: only asks whether the process exists
        except ProcessLookupError:
            return False
        except PermissionError:  # exists, but another user's
            return True
        return True
    # Windows: os.kill would end the process; ask the kernel whether it is still running.
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


class PrivateTempFolder:
    """``write(subfolder, name, data)`` puts a private copy in this run's folder."""

    def __init__(self, base: str | os.PathLike[str] | None = None) -> None:
        self._base = Path(base) if base is not None else None
        self._path: Path | None = None

    @property
    def path(self) -> Path:
        if self._path is None:
            base = self._base if self._base is not None else Path(tempfile.gettempdir())
            # mkdtemp makes the folder 0700 with an unguessable name.
            self._path = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{_owner_tag()}-{os.getpid()}-", dir=base))
            atexit.register(self.remove)
        return self._path

    def write(self, subfolder: str, name: str, data: bytes) -> Path:
        folder = self.path / subfolder
        folder.mkdir(mode=0o700, exist_ok=True)
        target = folder / (Path(name).name or "attachment")
        target.unlink(missing_ok=True)  # a copy opened before: start afresh, never reuse its mode
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        return target

    def remove(self) -> None:
        if self._path is not None:
            shutil.rmtree(self._path, ignore_errors=True)
            self._path = None


def clean_stale(base: str | os.PathLike[str] | None = None) -> list[Path]:
    """Remove this user's folders left by FixDesk runs that have ended; return what was removed."""
    root = Path(base) if base is not None else Path(tempfile.gettempdir())
    removed: list[Path] = []
    mine = f"{PREFIX}{_owner_tag()}-"
    try:
        entries = list(root.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.startswith(mine):
            continue
        pid_text = entry.name[len(mine):].split("-", 1)[0]
        if not pid_text.isdigit() or _alive(int(pid_text)):
            continue
        shutil.rmtree(entry, ignore_errors=True)
        if not entry.exists():
            removed.append(entry)
    legacy = root / LEGACY
    if legacy.is_dir():
        removed += _clean_legacy(legacy)
    return removed


def _clean_legacy(folder: Path) -> list[Path]:
    """The old shared folder: remove the copies this user made (others' are theirs to remove)."""
    removed: list[Path] = []
    uid = os.getuid() if hasattr(os, "getuid") else None
    for dirpath, _dirs, files in os.walk(folder, topdown=False):
        for name in files:
            path = Path(dirpath) / name
            with contextlib.suppress(OSError):
                if uid is None or path.stat().st_uid == uid:
                    path.unlink()
                    removed.append(path)
        with contextlib.suppress(OSError):
            Path(dirpath).rmdir()  # only when empty
    return removed
