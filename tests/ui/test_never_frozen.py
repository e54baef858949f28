"""The tray app never freezes on something outside the process (issue 24, "never frozen").

The real app runs on the headless desktop; the test pings it through its
instance socket (the door later launches knock on, answered by the GUI
thread's event loop) every 0.25 s while a fault outside the process goes on,
and fails on any answer slower than 0.2 s. Before, a hung GNOME Mutter
IdleMonitor stalled the GUI thread up to 4 s a tick, because the keyboard and
mouse idle time was asked through ``dbus-send`` on the GUI thread.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskguard.core.settings import Settings
from deskguard.settings_store import save_settings, settings_path
from tests.ui.test_app_process import _Lines, launch

#: The slowest answer allowed: a person notices a frozen menu from about a tenth of a second.
MAX_ANSWER_S = 0.2
PING_EVERY_S = 0.25
SENSING = Path(__file__).resolve().parents[1] / "sensing"


def _door(data_dir: Path) -> str:
    """The running app's socket, as its instance lock names it."""
    lock = next((data_dir / "run").glob("*.lock"))
    return lock.read_text().splitlines()[1]


def ping(door: str, seconds: float) -> list[float]:
    """Answer times (s) of one ping every ``PING_EVERY_S`` for ``seconds``."""
    answers: list[float] = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        started = time.monotonic()
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(10)
            conn.connect(door)
            conn.sendall(b"ping\n")
            reply = b""
            while b"\n" not in reply and (chunk := conn.recv(64)):
                reply += chunk
        took = time.monotonic() - started
        assert reply.strip() == b"ok", reply
        answers.append(took)
        time.sleep(max(0.0, PING_EVERY_S - took))
    return answers


def _say(what: str, answers: list[float]) -> None:
    print(
        f"{what}: {len(answers)} pings, median {statistics.median(answers) * 1000:.1f} ms, "
        f"slowest {max(answers) * 1000:.1f} ms"
    )


@pytest.fixture
def app_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """The app's environment: any hour is a work hour; its own runtime folder."""
    config = Path(os.environ["DESKGUARD_CONFIG_DIR"])
    save_settings(
        Settings(work_start="00:00", work_end="23:59", work_days="1234567"),
        config / settings_path().name,
    )
    run = tmp_path / "run"
    run.mkdir(mode=0o700)
    yield dict(os.environ, XDG_RUNTIME_DIR=str(run))


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if proc.stderr is not None:
        proc.stderr.close()


def test_a_hung_mutter_idle_monitor_never_freezes_the_tray(
    tmp_path: Path, models_dir: Path, app_env: dict[str, str]
) -> None:
    """GNOME's idle time is asked over D-Bus; the service hangs (each call 4 s)."""
    state = tmp_path / "services.json"
    state.write_text(json.dumps({"mutter_idle_ms": 1000}))
    service = subprocess.Popen(
        [sys.executable, str(SENSING / "fake_desktop_services.py"), str(state)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    # A GNOME Wayland session (so the idle time comes from Mutter), drawn through X11 here.
    env = dict(app_env, XDG_SESSION_TYPE="wayland", QT_QPA_PLATFORM="xcb")
    proc: subprocess.Popen | None = None
    try:
        assert service.stdout is not None and service.stdout.readline().strip() == "ready"
        proc = launch(models_dir, tmp_path / "history.sqlite3", "--no-camera", env=env)
        lines = _Lines(proc)
        lines.wait_for("keyboard and mouse activity through GNOME Mutter IdleMonitor")
        lines.wait_for("state:")
        door = _door(Path(env["DESKGUARD_DATA_DIR"]))
        _say("before", ping(door, 2))
        state.write_text(json.dumps({"mutter_idle_ms": 1000, "mutter_hang_s": 4}))
        answers = ping(door, 15)  # the app asks at each tick, every few seconds
        _say("Mutter hung", answers)
        assert max(answers) < MAX_ANSWER_S, answers
        assert proc.poll() is None
    finally:
        if proc is not None:
            _stop(proc)
        service.terminate()
        service.wait(timeout=10)
        if service.stdout is not None:
            service.stdout.close()


def _wait_door(data_dir: Path, timeout_s: float = 60.0) -> str:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            door = _door(data_dir)
        except (StopIteration, IndexError, OSError):
            door = ""
        if door and Path(door).exists():
            return door
        time.sleep(0.05)
    raise AssertionError("the app never opened its door")


def test_a_history_locked_by_another_process_never_freezes_the_tray(
    tmp_path: Path, models_dir: Path, app_env: dict[str, str]
) -> None:
    """The minute flush waited SQLite's busy timeout on the GUI thread: 9.9 s once a minute."""
    from tests.storage.histories import hold_write_lock

    db = tmp_path / "history.sqlite3"
    proc = launch(models_dir, db, env=app_env)  # watching the clip, a sample a second
    try:
        lines = _Lines(proc)
        lines.wait_for("first sample", timeout_s=90)
        door = _door(Path(app_env["DESKGUARD_DATA_DIR"]))
        with hold_write_lock(db):
            locked_from = time.time()
            # Past a minute's end, so that a minute is flushed while the lock is held.
            answers = ping(door, 65 - time.time() % 60 + 2)
            locked_until = time.time()
        _say("history locked", answers)
        assert max(answers) < MAX_ANSWER_S, answers
        assert proc.poll() is None
    finally:
        _stop(proc)
    with sqlite3.connect(db) as history:
        saved = {
            minute: samples
            for minute, samples in history.execute("SELECT minute_utc, samples FROM minutes")
        }
    history.close()
    # Every minute the lock spanned was kept in memory and saved once it was released.
    spanned = range(int(locked_from // 60) * 60, int(locked_until // 60) * 60 + 1, 60)
    assert len(spanned) >= 2 and all(saved.get(m, 0) > 0 for m in spanned), (spanned, saved)


def test_a_start_with_100000_unsummarised_days_never_freezes_the_tray(
    tmp_path: Path, models_dir: Path, app_env: dict[str, str]
) -> None:
    """Retention ran on the GUI thread in one transaction: 8.8-10.7 s frozen at the start."""
    from tests.storage.histories import many_unsummarised_days

    db = many_unsummarised_days(tmp_path / "history.sqlite3", 100_000, end_utc=time.time())
    proc = launch(models_dir, db, "--no-camera", env=app_env)
    try:
        door = _wait_door(Path(app_env["DESKGUARD_DATA_DIR"]))
        answers = ping(door, 15)  # retention starts with the app
        _say("100,000 days to summarise", answers)
        assert max(answers) < MAX_ANSWER_S, answers
        assert proc.poll() is None
    finally:
        _stop(proc)
