"""The app as a user starts it: a real process on the headless desktop."""

from __future__ import annotations

import os
import queue
import re
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.conftest import REPO, SHARED

CLIP = SHARED / "datasets" / "face-video-clips" / "single_face.mp4"


def private_runtime_dir(tmp_path: Path) -> Path:
    """A stand-in for the user's $XDG_RUNTIME_DIR: 0700, like the real one."""
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def launch(
    models_dir: Path,
    db: Path,
    *args: str,
    env: dict[str, str] | None = None,
    every_s: str = "1",
) -> subprocess.Popen:
    """``deskguard app`` watching the clip, as a real process (stderr piped)."""
    # Monitor at any hour, so the test does not depend on when it runs.
    from deskguard.core.settings import Settings
    from deskguard.settings_store import save_settings, settings_path

    environ = dict(env if env is not None else os.environ)
    settings = Path(environ["DESKGUARD_CONFIG_DIR"]) / settings_path().name
    if not settings.exists():
        save_settings(Settings(work_start="00:00", work_end="23:59", work_days="1234567"), settings)
    environ.update(DESKGUARD_MODELS=str(models_dir), PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "deskguard",
            "app",
            "--source",
            str(CLIP),
            "--every-s",
            every_s,
            "--db",
            str(db),
            *args,
        ],
        cwd=REPO,
        env=environ,
        stderr=subprocess.PIPE,
        text=True,
    )


def _start(tmp_path: Path, models_dir: Path, *args: str) -> subprocess.Popen:
    return launch(models_dir, tmp_path / "history.sqlite3", *args)


class _Lines:
    """Reads a process's stderr in a thread, so waiting for a line can time out."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        assert proc.stderr is not None
        self.stream = stream = proc.stderr
        self.thread = threading.Thread(
            target=lambda: [self.lines.put(x) for x in stream], daemon=True
        )
        self.thread.start()

    def finish(self) -> list[str]:
        """After the process ended: every line it wrote; the pipe is closed."""
        self.thread.join(timeout=10)
        while not self.lines.empty():
            self.seen.append(self.lines.get().rstrip())
        self.stream.close()
        return self.seen

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
    # The log: the user's alone (0700 folder, 0600 file), in the data folder.
    logs = Path(os.environ["DESKGUARD_DATA_DIR"]) / "logs"
    assert _mode(logs) == 0o700 and _mode(logs / "deskguard.log") == 0o600
    text = (logs / "deskguard.log").read_text()
    assert "first sample" in text and "dashboard raised for another launch" in text


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
    assert "with Done / Snooze 10 min / Skip on reminders, through notify-send" in out
    assert "through plyer (notify-send)" in out and "test notification sent" in out
    assert "OK      data folder" in out and "OK      history" in out
    from deskguard import applog

    assert re.search(rf"OK +log file +{re.escape(str(applog.log_path()))} \(", out)  # by name
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


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_log_file_is_private_and_rotates_private(tmp_path: Path) -> None:
    import logging

    import numpy as np

    from deskguard import applog

    folder = applog.log_dir()
    folder.mkdir(parents=True)
    folder.chmod(0o755)  # as an older version or a loose umask left it
    applog.log_path().write_text("old line\n")
    applog.log_path().chmod(0o644)
    old_umask = os.umask(0o022)
    try:
        assert applog.start_file_log() == applog.log_path()
        log = logging.getLogger("deskguard.test")
        log.info("a frame: %s", np.full((480, 640, 3), 7, dtype=np.uint8))
        for i in range(3000):  # about 1.2 MB: rotates twice
            log.info("line %05d %s", i, "x" * 360)
    finally:
        applog.stop_file_log()
        os.umask(old_umask)
    files = sorted(folder.iterdir())
    assert [f.name for f in files] == ["deskguard.log", "deskguard.log.1", "deskguard.log.2"]
    assert _mode(folder) == 0o700
    assert all(_mode(f) == 0o600 for f in files), {f.name: oct(_mode(f)) for f in files}
    assert all(f.stat().st_size <= applog.MAX_BYTES for f in files)
    everything = "".join(f.read_text() for f in files)
    assert "<uint8 array (480, 640, 3) withheld>" in everything and "7 7 7" not in everything
