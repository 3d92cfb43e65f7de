#!/usr/bin/env python3
"""Time from launch to a visible FixDesk window, source app next to the frozen app.

    python packaging/measure_startup.py [--runs 5] [--screenshot docs/screenshots/frozen-app.png]
                                        [--command NAME=CMD ...]

Runs each command under Xvfb (started here unless DISPLAY is set) with
QT_QPA_PLATFORM=xcb on a demo database, polls the X server until a window
titled FixDesk is viewable, records the seconds, then ends that process.
Prints the median and range per command (after one warm-up run that fills the
disk cache).  Needs Xvfb and xwininfo (apt-get install xvfb x11-utils), and
ImageMagick's `import` for --screenshot.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _viewable_fixdesk_window(env: dict[str, str]) -> bool:
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, env=env).stdout
    for window_id in re.findall(r"^\s*(0x[0-9a-f]+) \"FixDesk[^\"]*\"", tree, re.M):
        info = subprocess.run(["xwininfo", "-id", window_id], capture_output=True, text=True, env=env).stdout
        if "IsViewable" in info:
            return True
    return False


def time_to_window(
    cmd: list[str], env: dict[str, str], timeout: float = 60.0, screenshot: Path | None = None
) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while time.perf_counter() - started < timeout:
            if proc.poll() is not None:
                raise SystemExit(
                    f"{cmd[0]} exited ({proc.returncode}) before showing a window: "
                    f"{proc.stderr.read().decode(errors='replace')[-500:]}"
                )
            if _viewable_fixdesk_window(env):
                elapsed = time.perf_counter() - started
                if screenshot is not None:
                    time.sleep(1.5)  # let the pages finish painting
                    screenshot.parent.mkdir(parents=True, exist_ok=True)
                    subprocess.run(["import", "-window", "root", str(screenshot)], env=env, check=True)
                return elapsed
            time.sleep(0.02)
        raise SystemExit(f"no FixDesk window from {cmd[0]} within {timeout:.0f} s")
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def desktop_exec() -> list[str]:
    """The Exec line of resources/fixdesk.desktop (field codes like %f dropped)."""
    text = (ROOT / "resources" / "fixdesk.desktop").read_text(encoding="utf-8")
    line = re.search(r"^Exec=(.*)$", text, re.M)
    assert line is not None
    return [part for part in shlex.split(line.group(1)) if not part.startswith("%")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--screenshot", type=Path, help="screenshot of the last command's first window")
    parser.add_argument(
        "--command", action="append", metavar="NAME=CMD", help="what to time (default: source and frozen)"
    )
    args = parser.parse_args()
    commands: dict[str, list[str]] = {}
    for item in args.command or [
        f"source={ROOT / '.venv/bin/fixdesk'}",
        f"frozen={ROOT / 'dist/FixDesk/FixDesk'}",
    ]:
        name, _, cmd = item.partition("=")
        commands[name] = desktop_exec() if cmd == "desktop" else shlex.split(cmd)

    with tempfile.TemporaryDirectory(prefix="fixdesk-startup-") as tmp:
        home = Path(tmp)
        env = dict(
            os.environ,
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local/share"),
            FIXDESK_DB=str(home / "demo.sqlite3"),
            QT_QPA_PLATFORM="xcb",
        )
        subprocess.run(
            [str(ROOT / ".venv/bin/fixdesk"), "demo"], env=env, check=True, stdout=subprocess.DEVNULL
        )
        xvfb = None
        if "DISPLAY" not in os.environ:
            if not shutil.which("Xvfb"):
                raise SystemExit("Xvfb is missing: apt-get install xvfb x11-utils")
            env["DISPLAY"] = ":97"
            xvfb = subprocess.Popen(
                ["Xvfb", ":97", "-screen", "0", "1366x800x24", "-nolisten", "tcp", "-noreset"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(1.0)
        try:
            shot = args.screenshot
            for name, cmd in commands.items():
                time_to_window(cmd, env)  # warm-up: disk cache, font cache
                times = [
                    time_to_window(cmd, env, screenshot=shot if i == 0 else None) for i in range(args.runs)
                ]
                shot = None
                print(
                    f"{name:<8} {' '.join(cmd)}: median {statistics.median(times):.2f} s to a visible window "
                    f"(min {min(times):.2f}, max {max(times):.2f}, {args.runs} runs)",
                    flush=True,
                )
        finally:
            if xvfb is not None:
                xvfb.terminate()
                xvfb.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
