"""One DeskGuard per user: simultaneous launches, a squatter, a stale lock after kill -9.

Real processes on the headless desktop; each test has its own data, settings
and runtime folders.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import REPO
from tests.ui.test_app_process import _Lines, launch, private_runtime_dir

SQUATTER = r"""
import os, socket, sys, threading
accepted = 0
def serve(path):
    global accepted
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(path)
    os.chmod(path, 0o777)
    s.listen(16)
    while True:
        conn, _ = s.accept()
        accepted += 1
        print("accepted", path, flush=True)  # and never answers: the old app waited, then left
for path in sys.argv[1:]:
    threading.Thread(target=serve, args=(path,), daemon=True).start()
print("listening", flush=True)
sys.stdin.read()
print("accepted", accepted, flush=True)
"""


def _env(tmp_path: Path, runtime: Path | None = None) -> dict[str, str]:
    return dict(
        os.environ,
        XDG_RUNTIME_DIR=str(runtime or private_runtime_dir(tmp_path)),
    )


def _lock(env: dict[str, str]) -> Path:
    """The instance lock: in the data folder, whatever the runtime folder."""
    return next((Path(env["DESKGUARD_DATA_DIR"]) / "run").glob("*.lock"))


def _holder(lock: Path) -> str:
    """The process id written on the lock's first line."""
    return lock.read_text().splitlines()[0]


def _log(env: dict[str, str]) -> str:
    path = Path(env["DESKGUARD_DATA_DIR"]) / "logs" / "deskguard.log"
    return path.read_text() if path.exists() else ""


def _wait_log(env: dict[str, str], text: str, count: int = 1, timeout_s: float = 30.0) -> str:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        log = _log(env)
        if log.count(text) >= count:
            return log
        time.sleep(0.1)
    raise AssertionError(f"{text!r} x{count} not in the log: {_log(env)[-2000:]}")


def _dashboards() -> list[int]:
    """Process ids owning a visible dashboard window on the display."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "DeskGuard — your day"],
        capture_output=True,
        text=True,
    )
    pids = []
    for window in found.stdout.split():
        pid = subprocess.run(["xdotool", "getwindowpid", window], capture_output=True, text=True)
        if pid.returncode == 0:
            pids.append(int(pid.stdout))
    return pids


def _stop(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.wait(timeout=10)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
        if p.stderr is not None:
            p.stderr.close()


def _one_runs_the_others_signal_it(procs: list[subprocess.Popen], env: dict[str, str]) -> int:
    """Wait until all but one launch left; each left with 0 after signalling the survivor."""
    deadline = time.monotonic() + 45
    while time.monotonic() < deadline and sum(p.poll() is None for p in procs) > 1:
        time.sleep(0.1)
    running = [p for p in procs if p.poll() is None]
    gone = [p for p in procs if p.poll() is not None]
    messages = [p.stderr.read() if p.stderr else "" for p in gone]
    assert len(running) == 1, f"{len(running)} instances run at once: {messages}"
    for p, err in zip(gone, messages, strict=True):
        assert p.returncode == 0, err
        assert "already running; its dashboard was brought forward" in err, err
    survivor = running[0]
    log = _wait_log(env, "dashboard raised for another launch", count=len(gone))
    assert f"running as process {survivor.pid}" in log
    return survivor.pid


def test_simultaneous_launches_one_runs_and_shows_its_dashboard(
    tmp_path: Path, models_dir: Path
) -> None:
    env = _env(tmp_path)
    db = tmp_path / "history.sqlite3"
    procs = [launch(models_dir, db, env=env) for _ in range(4)]  # at the same instant
    try:
        started = time.monotonic()
        pid = _one_runs_the_others_signal_it(procs, env)
        took = time.monotonic() - started
        print(f"3 later launches left after {took:.1f} s")
        deadline = time.monotonic() + 10
        while pid not in _dashboards() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert set(_dashboards()) == {pid}  # raised by the one that runs
        lock = _lock(env)
        assert stat_mode(lock.parent) == 0o700 and stat_mode(lock) == 0o600
        assert _holder(lock) == str(pid)
    finally:
        _stop(procs)
    assert [p.returncode for p in procs].count(0) == 4


def stat_mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_a_squatter_cannot_block_the_start(tmp_path: Path, models_dir: Path) -> None:
    """Another local user listens on every name it can guess, in every shared place.

    As root the test plays that user: the squatter's sockets and folders are
    world-writable or belong to ``nobody``, and this user's $XDG_RUNTIME_DIR is
    pointed at a shared 1777 folder where the squatter got in first.
    """
    data = Path(os.environ["DESKGUARD_DATA_DIR"])
    data.mkdir(parents=True, exist_ok=True)
    digest10 = hashlib.sha1(str(data.resolve()).encode()).hexdigest()[:10]
    digest12 = hashlib.sha1(str(data.resolve()).encode()).hexdigest()[:12]
    user = os.environ.get("USER") or __import__("getpass").getuser()
    shared = tmp_path / "shared"  # like /tmp: world-writable, sticky
    shared.mkdir()
    shared.chmod(0o1777)
    squat_dir = shared / "DeskGuard"  # our folder name, made first by someone else
    squat_dir.mkdir()
    squat_dir.chmod(0o777)
    names = [
        Path("/tmp") / f"deskguard-{user}-{digest10}",  # the old predictable socket
        squat_dir / f"{digest12}.sock",  # the new socket name, in the shared folder
    ]
    for leftover in names:
        leftover.unlink(missing_ok=True)
    (squat_dir / f"{digest12}.lock").write_text("1\n")  # a lock file planted too
    (squat_dir / f"{digest12}.lock").chmod(0o666)
    if os.getuid() == 0:
        shutil.chown(squat_dir, "nobody")
        shutil.chown(squat_dir / f"{digest12}.lock", "nobody")
    squatter = subprocess.Popen(
        [sys.executable, "-c", SQUATTER, *map(str, names)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    procs: list[subprocess.Popen] = []
    try:
        assert squatter.stdout is not None and squatter.stdout.readline().strip() == "listening"
        env = _env(tmp_path, runtime=shared)
        db = tmp_path / "history.sqlite3"
        first = launch(models_dir, db, env=env)
        procs.append(first)
        lines = _Lines(first)
        lines.wait_for("tray icon shown", timeout_s=40)  # the old app left here: "already running"
        assert first.poll() is None
        second = subprocess.run(
            [sys.executable, "-m", "deskguard", "app", "--source", "none"],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0 and "brought forward" in second.stderr, second.stderr
        _wait_log(env, "dashboard raised for another launch")
        # It used a private folder of its own, not the squatted shared one.
        own = data / "run"
        assert stat_mode(own) == 0o700 and list(own.glob("*.lock"))
        assert (squat_dir / f"{digest12}.lock").read_text() == "1\n"
    finally:
        _stop(procs)
        out = squatter.communicate(input="", timeout=10)[0]
        for leftover in names:
            leftover.unlink(missing_ok=True)
    assert first.returncode == 0
    assert out.strip().endswith("accepted 0"), out  # nobody ever talked to the squatter


def test_a_lock_left_by_kill_9_is_taken_over(tmp_path: Path, models_dir: Path) -> None:
    env = _env(tmp_path)
    db = tmp_path / "history.sqlite3"
    crashed = launch(models_dir, db, env=env)
    procs = [crashed]
    try:
        _Lines(crashed).wait_for("tray icon shown", timeout_s=40)
        _wait_log(env, f"running as process {crashed.pid}")
        crashed.send_signal(signal.SIGKILL)
        assert crashed.wait(timeout=10) == -signal.SIGKILL
        lock = _lock(env)
        assert _holder(lock) == str(crashed.pid)  # left behind, stale
        # Two launches race for the stale lock: one takes it, the other signals it.
        again = [launch(models_dir, db, env=env) for _ in range(2)]
        procs += again
        pid = _one_runs_the_others_signal_it(again, env)
        assert _holder(lock) == str(pid)
    finally:
        _stop(procs)


def test_one_monitor_whatever_the_environment_says(tmp_path: Path, models_dir: Path) -> None:
    """A launch from ``su -``, ``sudo -u`` or cron has no $XDG_RUNTIME_DIR: still one monitor.

    The old lock lived in the runtime folder, so a second launch without it
    took a lock of its own and both counted the same minutes (118 s of
    seated time in one minute).
    """
    session = _env(tmp_path)
    db = tmp_path / "history.sqlite3"
    first = launch(models_dir, db, env=session)
    procs = [first]
    try:
        _Lines(first).wait_for("tray icon shown", timeout_s=40)
        _wait_log(session, f"running as process {first.pid}")
        for variable in ("XDG_RUNTIME_DIR", None):
            # Without the runtime folder (cron), then with another one (another login).
            cron = {k: v for k, v in session.items() if k != "XDG_RUNTIME_DIR"}
            if variable is None:
                other = tmp_path / "other-run"
                other.mkdir(mode=0o700)
                cron["XDG_RUNTIME_DIR"] = str(other)
            second = subprocess.run(
                [sys.executable, "-m", "deskguard", "app", "--source", "none"],
                cwd=REPO,
                env=cron,
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert second.returncode == 0, second.stderr
            assert "already running; its dashboard was brought forward" in second.stderr
        _wait_log(session, "dashboard raised for another launch", count=2)
        assert first.poll() is None
        assert _holder(_lock(session)) == str(first.pid)
    finally:
        _stop(procs)
    assert first.returncode == 0
