"""``deskguard app --no-camera``: the real app on the headless desktop, watching keyboard and mouse.

The input is real X11 input (``xdotool``, through XTEST, which resets the X
server's idle time as a hand on the mouse does); the app reads it through
its X11 idle source. Seated time while the mouse moves, a break once it
stops for ``activity_break_s`` (its shortest, a minute), and the camera
never opened.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from deskguard.core.settings import Settings
from deskguard.settings_store import save_settings, settings_path
from tests.ui.test_app_process import CLIP, _Lines, launch


def _mouse_moves(seconds: float) -> tuple[float, float]:
    """A hand on the mouse: a small move every half second; (first, last) move, epoch s."""
    end = time.monotonic() + seconds
    x = 100
    moves: list[float] = []
    while time.monotonic() < end:
        x = 300 if x == 100 else 100
        subprocess.run(["xdotool", "mousemove", str(x), "200"], check=True)
        moves.append(time.time())
        time.sleep(0.5)
    return moves[0], moves[-1]


def _open_files(pid: int) -> set[str]:
    folder = Path(f"/proc/{pid}/fd")
    names = set()
    for fd in folder.iterdir():
        try:
            names.add(os.readlink(fd))
        except OSError:
            continue  # closed meanwhile
    return names


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc")
def test_no_camera_counts_input_as_seated_and_silence_as_a_break(
    tmp_path: Path, models_dir: Path
) -> None:
    short = Settings(
        work_start="00:00",
        work_end="23:59",
        work_days="1234567",
        break_min_s=30.0,
        activity_break_s=60.0,  # the shortest silence that is a break
    )
    save_settings(short, Path(os.environ["DESKGUARD_CONFIG_DIR"]) / settings_path().name)
    db = tmp_path / "history.sqlite3"
    proc = launch(models_dir, db, "--no-camera")
    try:
        lines = _Lines(proc)
        lines.wait_for("tray icon shown")
        assert "deskguard: keyboard and mouse activity through X11 XScreenSaver" in lines.seen
        first_move, last_move = _mouse_moves(12)
        lines.wait_for("state: not_calibrated")  # seated, watched by activity: posture off
        # The camera (here a clip; /proc names its real path) is never opened.
        assert str(CLIP.resolve()) not in _open_files(proc.pid)
        silence_from = time.monotonic()
        lines.wait_for("state: away", timeout_s=120)  # a minute without input: a break
        assert time.monotonic() - silence_from >= 55
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
        log = "\n".join(lines.finish())
    finally:
        if proc.poll() is None:
            proc.kill()
        if proc.stderr is not None:
            proc.stderr.close()
    assert "models loaded" not in log and "first sample" not in log
    history = sqlite3.connect(db)
    seated, by_activity = history.execute(
        "SELECT SUM(seated_s), SUM(activity_s) FROM minutes"
    ).fetchone()
    rows = history.execute("SELECT kind, t_utc, data FROM events ORDER BY t_utc").fetchall()
    history.close()
    events = [(kind, data) for kind, _, data in rows]
    # What the app saw, not wall-clock margins (a busy machine runs xdotool late): the bout
    # holds the test's input and ends at its last move, none of the silence after it.
    kinds = [kind for kind, _ in events]
    assert kinds.count("bout_started") == 1
    (started,) = [t for kind, t, _ in rows if kind == "bout_started"]
    ((ended, pause),) = [(t, data) for kind, t, data in rows if kind == "break_started"]
    assert '"reason": "idle"' in pause
    # (The bout may begin a little before the first move: input of an earlier test on the
    # same display can be read as recent when the app starts.)
    assert started <= first_move + 1 and ended <= last_move + 1, (first_move, last_move, rows)
    assert started < ended
    assert seated > 0 and by_activity == pytest.approx(seated)  # all of it from the input
    assert seated == pytest.approx(json.loads(pause)["bout_s"], abs=1.0), (log, events)


def test_without_the_camera_the_tray_offers_no_calibration_and_says_why(qtbot, make_app) -> None:
    """In process: nothing in the menu needs the camera; the first line says posture is off."""
    app = make_app(no_camera=True)
    app.menu.refresh(app.controller.state)
    assert "no camera" in app.menu.status_action.text()
    assert not app.menu.calibrate_action.isVisible()
    assert not app.menu.get_models_action.isVisible()
    assert app.controller.monitor.engine.uses_camera is False
