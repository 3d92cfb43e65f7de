"""``fixdesk incident REF status S`` from two processes at the same moment: one succeeds, the
other exits 1 with one sentence, and the step is recorded once (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys

import pytest

from desktop_app.services import Services
from desktop_app.services.base import this_host

from .backends import BACKENDS, location
from .race_cli_worker import run_commands

# Each command opens its own connection, as a separate fixdesk would: fewer rounds than the
# thread races, which run hundreds.
ROUNDS = int(os.environ.get("FIXDESK_RACE_ROUNDS", "200")) // 4


@pytest.fixture(params=BACKENDS)
def office_db(request, tmp_path):
    db = location(request.param, tmp_path)
    svc = Services.open(db)
    svc.settings.update(user_name="Office")
    svc.vendors.create(name="BrightFix", response_hours="4")
    svc.close()
    return db


def make_incidents(db: str, steps: list[str], count: int) -> list[str]:
    svc = Services.open(db)
    refs = []
    with svc.db.atomic():
        for n in range(count):
            inc = svc.incidents.create(title=f"Fault {n}", vendor="BrightFix")
            for step in steps:
                svc.workflow.transition(inc.id, step)
            refs.append(inc.ref)
    svc.close()
    return refs


def two_processes(db: str, first: list[list[str]], second: list[list[str]]) -> list[tuple]:
    """Both command lists run in two processes, command i of each released together."""
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=run_commands, args=(db, commands, barrier, results))
             for commands in (first, second)]
    for p in procs:
        p.start()
    # Which process reports first is unknown: the checks look at each pair as a set.
    got = [results.get(timeout=600) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    return list(zip(*got, strict=True))


def check_one_won(pairs: list[tuple], refs: list[str], expected_words: list[str]) -> None:
    for ref, pair in zip(refs, pairs, strict=True):
        codes = sorted(code for code, _ in pair)
        assert codes == [0, 1], pair
        message = next(err for code, err in pair if code == 1)
        assert message.startswith(f"fixdesk: {ref} was "), message
        tail = f" by Office on {this_host()} a moment ago."
        assert any(f" {w}{tail}" in message for w in expected_words), message
        assert message.count(".") == 1  # one sentence


def test_the_same_status_from_two_processes(office_db):
    refs = make_incidents(office_db, ["called_out"], ROUNDS)
    command = [["incident", ref, "status", "in_progress"] for ref in refs]
    pairs = two_processes(office_db, command, command)
    check_one_won(pairs, refs, ["moved to in progress"])
    svc = Services.open(office_db)
    for ref in refs:
        events = [e for e in svc.incidents.detail(svc.incidents.id_for_ref(ref)).events
                  if e.to_status == "in_progress"]
        assert len(events) == 1
    svc.close()


def test_resolve_and_cancel_from_two_processes(office_db):
    refs = make_incidents(office_db, ["called_out", "in_progress"], ROUNDS)
    pairs = two_processes(office_db, [["incident", ref, "status", "resolved"] for ref in refs],
                          [["incident", ref, "status", "cancelled"] for ref in refs])
    check_one_won(pairs, refs, ["resolved", "cancelled"])
    svc = Services.open(office_db)
    for ref in refs:
        detail = svc.incidents.detail(svc.incidents.id_for_ref(ref))
        ends = [e.to_status for e in detail.events if e.to_status in ("resolved", "cancelled")]
        assert ends == [detail.incident.status]
    svc.close()


def test_two_real_fixdesk_processes_edit_with_if_version(office_db):
    """The executable itself, twice at once, each editing from the version it read."""
    (ref,) = make_incidents(office_db, [], 1)
    cli = [sys.executable, "-m", "desktop_app.cli", "--db", office_db]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    shown = subprocess.run([*cli, "show", "incident", ref, "--json"], capture_output=True, text=True,
                           env=env, check=True)
    version = json.loads(shown.stdout)["version"]
    procs = [subprocess.Popen([*cli, "incident", ref, "edit", f"--{flag}", value,
                               "--if-version", str(version)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for flag, value in (("title", "Title from PC one"), ("priority", "P1"))]
    done = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    assert sorted(code for code, _, _ in done) == [0, 1], done
    loser = next(err for code, _, err in done if code == 1)
    assert loser.strip() == f"fixdesk: {ref} was changed by Office on {this_host()} a moment ago."
    after = json.loads(subprocess.run([*cli, "show", "incident", ref, "--json"], capture_output=True,
                                      text=True, env=env, check=True).stdout)
    assert after["version"] == version + 1
    assert (after["title"] == "Title from PC one") != (after["priority"] == "P1")
