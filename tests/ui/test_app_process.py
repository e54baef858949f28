"""The app as a user starts it: a real process on the headless desktop."""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.conftest import REPO, SHARED


def _start(tmp_path: Path, models_dir: Path, *args: str) -> subprocess.Popen:
    # Monitor at any hour, so the test does not depend on when it runs.
    from deskguard.core.settings import Settings
    from deskguard.settings_store import save_settings

    save_settings(Settings(work_start="00:00", work_end="23:59", work_days="1234567"))
    env = dict(os.environ, DESKGUARD_MODELS=str(models_dir), PYTHONUNBUFFERED="1")
    clip = SHARED / "datasets" / "face-video-clips" / "single_face.mp4"
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "deskguard",
            "app",
            "--source",
            str(clip),
            "--every-s",
            "1",
            "--db",
            str(tmp_path / "history.sqlite3"),
            *args,
        ],
        cwd=REPO,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )


class _Lines:
    """Reads a process's stderr in a thread, so waiting for a line can time out."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        assert proc.stderr is not None
        stream = proc.stderr
        threading.Thread(target=lambda: [self.lines.put(x) for x in stream], daemon=True).start()

    def wait_for(self, text: str, timeout_s: float = 30.0) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            self.seen.append(line.rstrip())
            if text in line:
                return
        raise AssertionError(f"{text!r} not seen; got: {self.seen[-20:]}")


def test_starts_into_the_tray_monitors_and_quits_cleanly(tmp_path: Path, models_dir: Path) -> None:
    proc = _start(tmp_path, models_dir)
    try:
        lines = _Lines(proc)
        lines.wait_for("tray icon shown")
        lines.wait_for("state: not_calibrated")  # models loaded, a sample taken: someone there
        second = subprocess.run(
            [sys.executable, "-m", "deskguard", "app"],
            cwd=REPO,
            capture_output=True,
            text=True,
            env=dict(os.environ),
            timeout=60,
        )
        assert second.returncode == 0 and "already running" in second.stderr
        time.sleep(2.5)  # a few samples
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        if proc.stderr is not None:
            proc.stderr.close()
    db = sqlite3.connect(tmp_path / "history.sqlite3")
    samples = db.execute("SELECT SUM(samples) FROM minutes").fetchone()[0]
    kinds = [k for (k,) in db.execute("SELECT kind FROM events")]
    db.close()
    assert samples and samples >= 2  # flushed on the way out
    assert "bout_started" in kinds


def test_no_display_says_so(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    run = subprocess.run(
        [sys.executable, "-m", "deskguard"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 1
    assert "no display" in run.stderr and "deskguard run" in run.stderr


def test_doctor_tells_a_newcomer_what_is_wrong(models_dir: Path) -> None:
    env = dict(os.environ, DESKGUARD_MODELS=str(models_dir))
    run = subprocess.run(
        [sys.executable, "-m", "deskguard", "doctor", "--notify"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    out = run.stdout
    assert run.returncode == 1  # this machine has no camera
    assert "PROBLEM camera" in out and "Plug a webcam in" in out
    assert "OK      model face_landmarker.task" in out
    assert "OK      system tray" in out
    assert "through plyer (notify-send)" in out and "test notification sent" in out
    assert "OK      data folder" in out and "OK      history" in out
    missing = subprocess.run(
        [sys.executable, "-m", "deskguard", "doctor"],
        cwd=REPO,
        env={k: v for k, v in env.items() if k != "DESKGUARD_MODELS"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "PROBLEM model face_landmarker.task" in missing.stdout
    assert "deskguard models download" in missing.stdout
