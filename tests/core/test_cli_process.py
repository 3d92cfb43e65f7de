"""The installed ``fixdesk`` executable, run as a separate process the way scripts run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXDESK = Path(sys.executable).with_name("fixdesk" + (".exe" if os.name == "nt" else ""))

pytestmark = pytest.mark.skipif(not FIXDESK.exists(), reason=f"{FIXDESK} is not installed (pip install -e .)")


def run(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(FIXDESK), *argv], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def test_version_and_usage():
    done = run("--version")
    assert done.returncode == 0 and done.stdout.startswith("FixDesk ")
    done = run("add", "incident")
    assert done.returncode == 2 and "--title" in done.stderr


def test_env_var_add_list_and_a_refusal(tmp_path):
    env = {"FIXDESK_DB": str(tmp_path / "office.sqlite3")}
    assert run("add", "vendor", "--name", "Acme", "--response-hours", "4", env=env).returncode == 0
    added = run("add", "incident", "--title", "Fax on fire", "--vendor", "Acme", env=env)
    assert added.returncode == 0
    ref = added.stdout.strip()
    listed = run("list", "incidents", "--json", env=env)
    assert listed.returncode == 0
    assert [(i["ref"], i["title"], i["vendor"]) for i in json.loads(listed.stdout)] == [
        (ref, "Fax on fire", "Acme")]
    refused = run("incident", ref, "status", "resolved", env=env)
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        f"fixdesk: {ref} is new; record the engineer's arrival before resolving it.")
    assert refused.stdout == ""
    assert json.loads(run("show", "incident", ref, "--json", env=env).stdout)["status"] == "new"


def test_output_cut_off_by_head_is_not_a_traceback(tmp_path):
    db = str(tmp_path / "office.sqlite3")
    assert run("--db", db, "demo", "--incidents", "400").returncode == 0
    # What `fixdesk list incidents --json | head -1` does: the reader stops early.
    proc = subprocess.Popen([str(FIXDESK), "--db", db, "list", "incidents", "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipe" not in err
    assert err == ""
