"""A database file on a network share is recognised (Linux mounts, Windows paths) and named."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop_app import netshare
from desktop_app.netshare import linux_share_kind, share_warning, windows_share_kind

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
//fileserver/office /mnt/office cifs rw,vers=3.0 0 0
fileserver:/export/home /home/shared nfs4 rw 0 0
/dev/sdb1 /mnt/office/local-usb ext4 rw 0 0
//nas/Team\\040Files /media/Team\\040Files smb3 rw 0 0
sshfs#me@host: /mnt/ssh fuse.sshfs rw 0 0
"""


def test_linux_mounts_name_the_share_holding_the_file():
    assert linux_share_kind("/mnt/office/fixdesk.sqlite3", MOUNTS) == "an SMB (Windows) share"
    assert linux_share_kind("/home/shared/zoe/fixdesk.sqlite3", MOUNTS) == "an NFS share"
    assert linux_share_kind("/media/Team Files/fixdesk.sqlite3", MOUNTS) == "an SMB (Windows) share"
    assert linux_share_kind("/mnt/ssh/fixdesk.sqlite3", MOUNTS) == "an SSHFS folder"
    # The deepest mount wins: a local disk mounted inside the share is local.
    assert linux_share_kind("/mnt/office/local-usb/fixdesk.sqlite3", MOUNTS) is None
    assert linux_share_kind("/home/zoe/fixdesk.sqlite3", MOUNTS) is None
    assert linux_share_kind("/mnt/officeX/fixdesk.sqlite3", MOUNTS) is None  # not a prefix match


def test_windows_unc_paths_and_mapped_drives():
    assert windows_share_kind(r"\\fileserver\office\fixdesk.sqlite3") == "a network share"
    remote = {"Z:\\": netshare.DRIVE_REMOTE, "C:\\": 3}
    assert windows_share_kind(r"Z:\FixDesk\fixdesk.sqlite3", remote.get) == "a network drive"
    assert windows_share_kind(r"C:\Users\zoe\fixdesk.sqlite3", remote.get) is None


def test_the_warning_is_plain_words_and_only_for_shares(tmp_path, monkeypatch):
    assert share_warning(tmp_path / "fixdesk.sqlite3") is None  # this machine's temp folder is local
    monkeypatch.setattr(netshare, "network_share_kind", lambda _path: "an SMB (Windows) share")
    text = share_warning(tmp_path / "fixdesk.sqlite3")
    assert text.startswith(
        "Your FixDesk database is in a shared network folder, on an SMB (Windows) share.")
    assert "damaged" in text and "use a shared database instead" in text


def test_fixdesk_check_warns_about_a_file_on_a_share(tmp_path):
    root = Path(__file__).resolve().parents[2]
    from desktop_app.services import Services

    db = tmp_path / "fixdesk.sqlite3"
    Services.open(db).close()
    # Run the check as if /proc/mounts said tmp_path were an SMB share.
    code = ("import desktop_app.netshare as n; "
            "n.network_share_kind = lambda p: 'an SMB (Windows) share'; "
            f"from desktop_app.cli import main; raise SystemExit(main(['check', '--db', {str(db)!r}]))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(root)}, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Warning: Your FixDesk database is in a shared network folder" in done.stdout
