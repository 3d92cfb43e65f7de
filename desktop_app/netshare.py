"""Is this database file on a network share?  SQLite's locking is not safe over SMB/CIFS or
NFS: two PCs opening one file there can damage it.  FixDesk warns and offers the shared
(PostgreSQL) database instead.

Linux: the file system type of the longest mount point above the file, from /proc/mounts.
Windows: a UNC path (\\\\server\\share) or a mapped drive (GetDriveTypeW says DRIVE_REMOTE).
macOS: statfs's f_fstypename (smbfs, nfs, afpfs, webdav).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate

# Linux/macOS file system type -> what the user calls it
# (English, marked for the catalogue: the warning shows them translated)
_SMB = QT_TRANSLATE_NOOP("NetworkShare", "an SMB (Windows) share")
_NFS = QT_TRANSLATE_NOOP("NetworkShare", "an NFS share")
_WEBDAV = QT_TRANSLATE_NOOP("NetworkShare", "a WebDAV folder")
_SSHFS = QT_TRANSLATE_NOOP("NetworkShare", "an SSHFS folder")
NETWORK_TYPES = {
    "cifs": _SMB, "smb3": _SMB, "smbfs": _SMB,
    "nfs": _NFS, "nfs4": _NFS, "afs": QT_TRANSLATE_NOOP("NetworkShare", "an AFS share"),
    "afpfs": QT_TRANSLATE_NOOP("NetworkShare", "an AFP (Apple) share"), "webdav": _WEBDAV, "davfs": _WEBDAV,
    "fuse.davfs2": _WEBDAV, "fuse.sshfs": _SSHFS, "sshfs": _SSHFS,
    "ncpfs": QT_TRANSLATE_NOOP("NetworkShare", "a NetWare volume"),
    "9p": QT_TRANSLATE_NOOP("NetworkShare", "a 9p network folder"),
    "glusterfs": QT_TRANSLATE_NOOP("NetworkShare", "a GlusterFS volume"),
    "ceph": QT_TRANSLATE_NOOP("NetworkShare", "a CephFS volume"),
}
DRIVE_REMOTE = 4


def _unescape(field: str) -> str:
    """/proc/mounts writes a space as \\040 (and tab, newline, backslash likewise)."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def linux_share_kind(path: str | os.PathLike[str], mounts: str) -> str | None:
    """The network share type holding ``path`` per the text of /proc/mounts, else None."""
    target = str(Path(path))
    best, best_type = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = _unescape(fields[1]), fields[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fstype
    return NETWORK_TYPES.get(best_type) if best else None


def windows_share_kind(path: str, drive_type: object = None) -> str | None:
    """UNC paths and mapped network drives.  ``drive_type(root) -> int`` is GetDriveTypeW."""
    win = PureWindowsPath(path)
    if win.drive.startswith("\\\\") or str(path).startswith("\\\\"):
        return QT_TRANSLATE_NOOP("NetworkShare", "a network share")
    if win.drive and drive_type is not None and drive_type(win.drive + "\\") == DRIVE_REMOTE:  # type: ignore[operator]
        return QT_TRANSLATE_NOOP("NetworkShare", "a network drive")
    return None


def _macos_fstype(path: str) -> str | None:
    import ctypes
    import ctypes.util

    class StatFs(ctypes.Structure):  # struct statfs (64-bit inodes), <sys/mount.h>
        _fields_ = [("f_bsize", ctypes.c_uint32), ("f_iosize", ctypes.c_int32),
                    ("f_blocks", ctypes.c_uint64), ("f_bfree", ctypes.c_uint64),
                    ("f_bavail", ctypes.c_uint64), ("f_files", ctypes.c_uint64),
                    ("f_ffree", ctypes.c_uint64), ("f_fsid", ctypes.c_int32 * 2),
                    ("f_owner", ctypes.c_uint32), ("f_type", ctypes.c_uint32),
                    ("f_flags", ctypes.c_uint32), ("f_fssubtype", ctypes.c_uint32),
                    ("f_fstypename", ctypes.c_char * 16), ("f_mntonname", ctypes.c_char * 1024),
                    ("f_mntfromname", ctypes.c_char * 1024), ("f_reserved", ctypes.c_uint32 * 8)]

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    statfs = getattr(libc, "statfs$INODE64", None) or libc.statfs
    buf = StatFs()
    if statfs(path.encode(), ctypes.byref(buf)) != 0:
        return None
    return buf.f_fstypename.decode(errors="replace")


def _existing(path: Path) -> Path:
    """The file, or the nearest folder above it that exists (a database not created yet)."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return path


def network_share_kind(path: str | os.PathLike[str]) -> str | None:
    """What kind of network share holds ``path`` ("an SMB (Windows) share", "an NFS share", ...),
    or None for a local disk (or when the system cannot tell)."""
    try:
        if sys.platform == "win32":
            import ctypes

            return windows_share_kind(str(path), ctypes.windll.kernel32.GetDriveTypeW)  # type: ignore[attr-defined]
        real = _existing(Path(path).expanduser().resolve())
        if sys.platform == "darwin":
            fstype = _macos_fstype(str(real))
            return NETWORK_TYPES.get(fstype or "")
        with open("/proc/mounts", encoding="utf-8", errors="replace") as fh:
            return linux_share_kind(real, fh.read())
    except (OSError, AttributeError, ValueError):
        return None


def share_warning(path: str | os.PathLike[str]) -> str | None:
    """One plain warning when the database file is on a network share, else None."""
    kind = network_share_kind(path)
    if kind is None:
        return None
    return (translate("NetworkShare", "Your FixDesk database is in a shared network folder, on {kind}. A "
                                      "database file there can be damaged when two PCs use it at once, or "
                                      "when the network drops. For an office that shares its records, use a "
                                      "shared database instead.")
            .format(kind=translate("NetworkShare", kind)))
