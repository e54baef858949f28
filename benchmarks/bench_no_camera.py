"""What the tray app costs on keyboard and mouse alone (``deskguard app --no-camera``).

    python benchmarks/bench_no_camera.py [--minutes M]

Starts its own headless desktop (as bench_app.py) when $DISPLAY is unset.
Then it runs, for ``M`` minutes each after start-up, side by side:

* the real ``python -m deskguard app --no-camera`` as a process, with a
  "hand on the mouse" (``xdotool mousemove`` every 2 s) for the first third
  and no input after it (so both the seated and the idle path run);
* the baseline, in the same run and for the same time: a bare PySide6 tray
  app (an icon and a 5 s QTimer doing nothing).

It reads /proc/PID/stat and /proc/PID/status every second and prints the CPU
share of one core, CPU of the app's children (the call signals' ``pactl``,
``dbus-send``), start-up time and memory, with the ratio to the bare tray.
It also counts what the app did from its history: seated minutes, all by
keyboard and mouse, and an idle break once the input stopped (with
``activity_break_s`` at its shortest, 1 min, so that a short run sees one).
Nothing is written outside temporary folders.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_app import BARE_TRAY, Desktop, Watched

GOAL_SHARE = 0.5  # % of one core, as the camera mode's goal (bench_app.py)


def mouse(env: dict[str, str], seconds: float, stop: threading.Event) -> int:
    """A hand on the mouse for ``seconds``: a small move every 2 s; the number of moves."""
    moves, x = 0, 100
    end = time.monotonic() + seconds
    while time.monotonic() < end and not stop.is_set():
        x = 300 if x == 100 else 100
        subprocess.run(["xdotool", "mousemove", str(x), "200"], env=env, check=True)
        moves += 1
        stop.wait(2.0)
    return moves


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=3.0, help="minutes measured (default 3)")
    args = parser.parse_args()
    desktop = Desktop()
    env = dict(os.environ)
    try:
        if not env.get("DISPLAY"):
            env = desktop.up()
            print("started a headless desktop", file=sys.stderr)
        with tempfile.TemporaryDirectory(prefix="deskguard-bench-nocam.") as tmp:
            work = Path(tmp)
            for name in ("data", "config"):
                (work / name).mkdir()
            (work / "data" / "welcomed").touch()  # a returning user: no welcome
            runtime = work / "run"
            runtime.mkdir(mode=0o700)
            env.update(
                DESKGUARD_DATA_DIR=str(work / "data"),
                DESKGUARD_CONFIG_DIR=str(work / "config"),
                XDG_RUNTIME_DIR=str(runtime),
                PYTHONUNBUFFERED="1",
            )
            (work / "config" / "settings.json").write_text(
                '{"work_start": "00:00", "work_end": "23:59", "work_days": "1234567",'
                ' "activity_break_s": 60}'
            )
            db = work / "history.sqlite3"
            bare = Watched([sys.executable, "-c", BARE_TRAY], env)
            app = Watched(
                [sys.executable, "-m", "deskguard", "app", "--no-camera", "--db", str(db)], env
            )
            stop = threading.Event()
            try:
                t_ready, ready = app.wait_for("keyboard and mouse activity through", 60)
                t_bare, bare_ready = bare.wait_for("tray icon shown", 60)
                assert ready is not None and bare_ready is not None
                startup_s = t_ready - app.started
                # A third with input, then silence for more than the 1 min that is a break.
                typing = 20 * args.minutes
                print(f"measuring {args.minutes:g} min: input, then none", file=sys.stderr)
                moves = mouse(env, typing, stop)
                time.sleep(max(0.0, t_ready + 60 * args.minutes - time.monotonic()))
                last, bare_last = app.stop(), bare.stop()
            finally:
                stop.set()
                for proc in (app.proc, bare.proc):
                    if proc.poll() is None:
                        proc.kill()
                        proc.wait()
            assert last is not None and bare_last is not None, "a process ended early"
            wall = last.t - t_ready
            cpu = last.cpu_s + last.children_s - ready.cpu_s - ready.children_s
            children = last.children_s - ready.children_s
            bare_cpu = bare_last.cpu_s - bare_ready.cpu_s
            bare_wall = bare_last.t - t_bare
            con = sqlite3.connect(db)
            seated, by_activity = con.execute(
                "SELECT COALESCE(SUM(seated_s), 0), COALESCE(SUM(activity_s), 0) FROM minutes"
            ).fetchone()
            breaks = con.execute(
                "SELECT COUNT(*) FROM events WHERE kind = 'break_started'"
                " AND json_extract(data, '$.reason') = 'idle'"
            ).fetchone()[0]
            con.close()
            log = [line for _, line, _ in app.lines]
    finally:
        desktop.down()
    share, bare_share = 100 * cpu / wall, 100 * bare_cpu / bare_wall
    # /proc counts CPU in clock ticks (10 ms): a bare tray may not spend one in minutes.
    ratio = f"{share / bare_share:6.1f}x" if bare_cpu else "   n/a (the bare tray used < 10 ms)"
    camera = "yes" if any("first sample" in line for line in log) else "no"
    print(f"\nDeskGuard on keyboard and mouse alone, {wall / 60:.1f} min ({moves} mouse moves)")
    print(f"  start-up to watching          {startup_s:6.2f} s")
    print(f"  CPU, share of one core        {share:6.2f} %   (goal < {GOAL_SHARE} %)")
    print(f"    of which its children       {100 * children / wall:6.2f} %")
    print(f"  CPU seconds, app / bare tray  {cpu:6.2f} / {bare_cpu:.2f} s")
    print(f"  bare tray app, same run       {bare_share:6.2f} %")
    print(f"  ratio to the bare tray        {ratio}")
    print(f"  RSS at the end / peak         {last.rss_mb:6.1f} / {last.hwm_mb:.1f} MB")
    print(f"  bare tray RSS                 {bare_last.rss_mb:6.1f} MB")
    print(
        f"  seated recorded               {seated / 60:6.1f} min, {by_activity / 60:.1f} by input"
    )
    print(f"  idle breaks                   {breaks:6d}")
    print(f"  camera opened                 {camera}")
    ok = share < GOAL_SHARE and seated > 0 and abs(seated - by_activity) < 1 and breaks >= 1
    print(f"\n{'PASS' if ok else 'FAIL'}: under the goal, seated by activity, a break seen")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
