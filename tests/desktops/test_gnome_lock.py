"""Issue 19: the camera stops behind a locked screen, on GNOME too.

The real ``deskguard app`` runs in a real GNOME Shell 43 session on Wayland
(tests/desktops/conftest.py) watching a clip opened as the camera. GNOME
never sends the freedesktop ScreenSaver signal: its own
``org.gnome.ScreenSaver`` and logind's session say the screen is locked.
Whether the camera is read is seen from outside, as a user's camera light
would show it: the clip is open in /proc/PID/fd while the app samples, and
closed while the screen is locked.
"""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskguard.core.settings import Settings
from deskguard.settings_store import save_settings, settings_path
from tests.desktops.conftest import Gnome, wait_for
from tests.ui.test_app_process import CLIP, _Lines, launch
from tests.ui.test_no_camera_app import _open_files

HERE = Path(__file__).resolve().parent
#: Qt's platform for the app in GNOME: native Wayland (xcb through Xwayland works too).
QT_PLATFORM = os.environ.get("DESKGUARD_GNOME_QPA", "wayland")
#: From the lock to the camera closed, at most (the app hears the signal, the worker closes).
CLOSE_WITHIN_S = 5.0
#: The engine takes a gap of at most max(4 samples, 60 s) as seen time: a lock this long is
#: a gap it judges, and with break_min_s 30 a probable break.
LONG_LOCK_S = 68.0


def _watching(pid: int) -> bool:
    # /proc names the file by its real path: ../shared may be reached through a link.
    return str(CLIP.resolve()) in _open_files(pid)


def _start_app(gnome: Gnome, tmp_path: Path, models_dir: Path, **env: str) -> subprocess.Popen:
    save_settings(
        Settings(work_start="00:00", work_end="23:59", work_days="1234567", break_min_s=30.0),
        Path(os.environ["DESKGUARD_CONFIG_DIR"]) / settings_path().name,
    )
    environ = gnome.app_env()
    environ.update(QT_QPA_PLATFORM=QT_PLATFORM, **env)
    return launch(models_dir, tmp_path / "history.sqlite3", env=environ)


def _quit(proc: subprocess.Popen, lines: _Lines) -> str:
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 0
    return "\n".join(lines.finish())


def _locked_break(db: Path) -> bool:
    """The history holds a break that began behind the lock screen (written as it happens)."""
    history = sqlite3.connect(db)
    try:
        breaks = history.execute("SELECT data FROM events WHERE kind = 'break_started'").fetchall()
    finally:
        history.close()
    return any('"reason": "locked"' in data for (data,) in breaks)


def _closed_throughout(pid: int, seconds: float) -> None:
    """The clip stays closed (no frame read) for ``seconds``: looked at every 0.1 s."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        assert not _watching(pid), "a frame was read behind the lock screen"
        time.sleep(0.1)


def test_gnome_lock_closes_the_camera_until_unlock_and_counts_a_probable_break(
    gnome: Gnome, tmp_path: Path, models_dir: Path
) -> None:
    proc = _start_app(gnome, tmp_path, models_dir)
    db = tmp_path / "history.sqlite3"
    try:
        lines = _Lines(proc)
        lines.wait_for("tray icon shown", timeout_s=120)
        lines.wait_for("screen lock watched through org.gnome.ScreenSaver", timeout_s=30)
        lines.wait_for("state: not_calibrated", timeout_s=120)  # sampling: someone seated
        wait_for(lambda: _watching(proc.pid), 30, "the clip opened")

        locked_at = time.monotonic()
        gnome.run("gnome_lock")
        wait_for(lambda: not _watching(proc.pid), CLOSE_WITHIN_S, "the clip closed after the lock")
        closed_after_s = time.monotonic() - locked_at
        _closed_throughout(proc.pid, LONG_LOCK_S - closed_after_s)
        assert gnome.locked()

        unlocked_at = time.monotonic()
        gnome.run("gnome_unlock")
        wait_for(lambda: _watching(proc.pid), 10, "sampling again after the unlock")
        resumed_after_s = time.monotonic() - unlocked_at
        # The first sample after the unlock judges the gap: a probable break.
        wait_for(lambda: _locked_break(db), 30, "a probable break in the history")
        log = _quit(proc, lines)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()
    print(f"closed {closed_after_s:.2f} s after the lock, resumed {resumed_after_s:.2f} s after")
    assert "screen locked (org.gnome.ScreenSaver)" in log
    assert "screen unlocked (org.gnome.ScreenSaver)" in log


def test_an_app_started_behind_gnome_s_lock_screen_waits_for_the_unlock(
    gnome: Gnome, tmp_path: Path, models_dir: Path
) -> None:
    gnome.run("gnome_lock")
    proc = _start_app(gnome, tmp_path, models_dir)
    try:
        lines = _Lines(proc)
        lines.wait_for("screen locked (org.gnome.ScreenSaver)", timeout_s=120)
        lines.wait_for("models loaded", timeout_s=120)
        _closed_throughout(proc.pid, 6)  # models loaded, 1 s interval: it would have sampled
        gnome.run("gnome_unlock")
        wait_for(lambda: _watching(proc.pid), 10, "sampling after the unlock")
        log = _quit(proc, lines)
    finally:
        if gnome.locked():
            gnome.run("gnome_unlock")
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()
    assert log.count("first sample") == 1


@pytest.fixture
def system_bus() -> Iterator[str]:
    """A private system bus (its address), where the fake logind is the only service."""
    with tempfile.TemporaryDirectory(prefix="deskguard-sysbus.") as folder:
        config = Path(folder) / "system.conf"
        config.write_text(
            "<busconfig><type>system</type>"
            f"<listen>unix:dir={folder}</listen><auth>EXTERNAL</auth>"
            '<policy context="default"><allow send_destination="*" eavesdrop="true"/>'
            '<allow eavesdrop="true"/><allow own="*"/></policy></busconfig>'
        )
        bus = subprocess.Popen(
            [
                "dbus-daemon",
                f"--config-file={config}",
                "--nofork",
                "--nopidfile",
                "--print-address",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            assert bus.stdout is not None
            yield bus.stdout.readline().strip()
        finally:
            bus.terminate()
            bus.wait(timeout=30)
            assert bus.stdout is not None
            bus.stdout.close()


class FakeLogind:
    """tests/desktops/fake_logind.py, driven through its stdin."""

    def __init__(self, address: str, session_id: str) -> None:
        env = dict(os.environ, DBUS_SYSTEM_BUS_ADDRESS=address)
        self.proc = subprocess.Popen(
            ["/usr/bin/python3", str(HERE / "fake_logind.py"), session_id],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.proc.stdout is not None
        self.heard: list[str] = []
        self._lines: queue.Queue[str] = queue.Queue()
        stream = self.proc.stdout
        threading.Thread(target=lambda: [self._lines.put(x) for x in stream], daemon=True).start()
        self._expect("ready")

    def _expect(self, word: str, timeout_s: float = 30) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            try:
                line = self._lines.get(timeout=max(0.01, deadline - time.monotonic())).strip()
            except queue.Empty:
                break
            self.heard.append(line)
            if line == word:
                return
        raise AssertionError(f"the fake logind did not say {word!r}: {self.heard}")

    def say(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        self._expect("ok")

    def close(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
        self.proc.stdout.close()


@pytest.mark.skipif(
    not Path("/usr/bin/python3").exists(), reason="the fake logind needs python3-gi"
)
def test_logind_lock_hint_and_signals_close_the_camera_even_at_start(
    gnome: Gnome, system_bus: str, tmp_path: Path, models_dir: Path
) -> None:
    """A desktop that tells only logind: locked at start, then the hint and the signals."""
    logind = FakeLogind(system_bus, "7")
    proc = None
    try:
        logind.say("hint 1")  # locked before the app starts
        proc = _start_app(
            gnome, tmp_path, models_dir, DBUS_SYSTEM_BUS_ADDRESS=system_bus, XDG_SESSION_ID="7"
        )
        lines = _Lines(proc)
        lines.wait_for("tray icon shown", timeout_s=120)
        lines.wait_for("screen locked (logind)", timeout_s=30)
        lines.wait_for("models loaded", timeout_s=120)
        _closed_throughout(proc.pid, 6)  # models loaded, 1 s interval: it would have sampled

        logind.say("hint 0")  # unlocked: sampling at once
        wait_for(lambda: _watching(proc.pid), 10, "sampling after LockedHint went false")
        logind.say("lock")  # loginctl lock-session
        wait_for(lambda: not _watching(proc.pid), CLOSE_WITHIN_S, "the clip closed after Lock")
        _closed_throughout(proc.pid, 4)
        logind.say("unlock")
        wait_for(lambda: _watching(proc.pid), 10, "sampling after Unlock")
        log = _quit(proc, lines)
    finally:
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc is not None and proc.stderr is not None:
            proc.stderr.close()
        logind.close()
    assert "call GetSession" in logind.heard and "get LockedHint" in logind.heard
    assert (
        "screen lock also watched through logind (session /org/freedesktop/login1/session/_37)"
        in log
    )
    assert "first sample" in log


@pytest.mark.skipif(
    not Path("/usr/bin/python3").exists(), reason="the fake logind needs python3-gi"
)
def test_doctor_names_the_lock_sources_that_answer_here(
    gnome: Gnome, system_bus: str, models_dir: Path
) -> None:
    logind = FakeLogind(system_bus, "7")
    try:
        environ = gnome.app_env()
        environ.update(
            QT_QPA_PLATFORM=QT_PLATFORM,
            DBUS_SYSTEM_BUS_ADDRESS=system_bus,
            XDG_SESSION_ID="7",
            DESKGUARD_MODELS=str(models_dir),
        )
        doctor = subprocess.run(
            [sys.executable, "-m", "deskguard", "doctor"],
            env=environ,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        logind.close()
    (line,) = [x for x in doctor.stdout.splitlines() if " screen lock " in x]
    assert line.startswith("OK"), doctor.stdout
    assert "org.gnome.ScreenSaver" in line
    assert "logind (session /org/freedesktop/login1/session/_37)" in line
