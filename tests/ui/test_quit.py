"""Quitting under load: SIGTERM at random moments, as a session that logs out sends it.

Three apps at a time watch the clip on two cores, each with its own data
folder, and each gets SIGTERM at a random moment of its start: while Qt
starts, while the models load, around the first sample, while monitoring.
Every one must be gone within a few seconds, with exit code 0, no traceback,
and the open minute in its history if a sample was taken.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import returning_user
from tests.ui.test_app_process import _Lines, launch, private_runtime_dir

LAUNCHES = 12
AT_ONCE = 3
MAX_QUIT_S = 5.0


@dataclass
class Quit:
    delay_s: float
    quit_s: float
    code: int | None
    sampled: bool
    minutes: int
    samples: int
    stderr: str
    log: str


def _one(i: int, root: Path, models_dir: Path, delay_s: float, monitoring: bool) -> Quit:
    folder = root / f"launch{i}"
    folder.mkdir()
    env = dict(
        os.environ,
        DESKGUARD_DATA_DIR=str(folder / "data"),
        DESKGUARD_CONFIG_DIR=str(folder / "config"),
        XDG_RUNTIME_DIR=str(private_runtime_dir(folder)),
    )
    returning_user(folder / "data")
    db = folder / "history.sqlite3"
    proc = launch(models_dir, db, env=env)
    lines = _Lines(proc)
    try:
        lines.wait_for("deskguard:", timeout_s=60)  # its first line: the process is running
        if monitoring:
            lines.wait_for("first sample", timeout_s=60)
        time.sleep(delay_s)
        sent = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        try:
            code: int | None = proc.wait(timeout=30)
        except Exception:
            code = None
        quit_s = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    stderr = "\n".join(lines.finish())
    logfile = folder / "data" / "logs" / "deskguard.log"
    log = logfile.read_text() if logfile.exists() else ""
    minutes = samples = 0
    if db.exists():
        with sqlite3.connect(db) as con, contextlib.suppress(sqlite3.OperationalError):
            minutes, samples = con.execute(
                "SELECT COUNT(*), COALESCE(SUM(samples), 0) FROM minutes"
            ).fetchone()
        con.close()
    sampled = "first sample" in log or "first sample" in stderr
    return Quit(delay_s, quit_s, code, sampled, minutes, samples, stderr, log)


def test_sigterm_at_random_moments_quits_at_once_with_the_minute_saved(
    tmp_path: Path, models_dir: Path
) -> None:
    seed = int(os.environ.get("DESKGUARD_QUIT_SEED", time.time()))
    rng = random.Random(seed)
    # Even launches: a moment of the start (Qt, the lock, the models loading); odd ones: a
    # moment after the first sample (another sample in flight, a minute open).
    plan = [(i, rng.uniform(0.0, 3.0), i % 2 == 1) for i in range(LAUNCHES)]
    with ThreadPoolExecutor(AT_ONCE) as pool:
        results = list(pool.map(lambda a: _one(a[0], tmp_path, models_dir, a[1], a[2]), plan))
    report = "\n".join(
        f"seed {seed} launch {i}: signal {r.delay_s:.2f} s after "
        f"{'its first sample' if i % 2 else 'its first line'}, gone in "
        f"{r.quit_s:.2f} s, code {r.code}, sampled {r.sampled}, minutes {r.minutes}"
        for i, r in enumerate(results)
    )
    print(report)
    worst = max(r.quit_s for r in results)
    print(
        f"quit latency: max {worst:.2f} s, mean {sum(r.quit_s for r in results) / LAUNCHES:.2f} s"
    )
    for i, r in enumerate(results):
        where = f"launch {i} (seed {seed}):\n{r.stderr[-3000:]}\n{r.log[-2000:]}"
        assert r.code == 0, where
        assert r.quit_s <= MAX_QUIT_S, where
        assert "Traceback" not in r.stderr and "Exception ignored" not in r.stderr, where
        if r.sampled:  # the open minute was written on the way out
            assert r.minutes >= 1 and r.samples >= 1, where
    assert all(r.sampled for r in results[1::2]), report


def test_cancel_stops_the_model_download_at_once_and_keeps_nothing(
    qtbot, make_app, server, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from deskguard.ui.app import DeskGuardApp

    monkeypatch.delenv("DESKGUARD_MODELS", raising=False)
    server.mode, server.drip_s = "drip", 0.002  # a slow line: a few hundred bytes a second
    told: list[str] = []
    monkeypatch.setattr(DeskGuardApp, "ask_download", lambda self, text: True)
    monkeypatch.setattr(DeskGuardApp, "show_download_cancelled", lambda self, t: told.append(t))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    app = make_app(models=None)
    try:
        _cancel_and_check(qtbot, app, server, told, warned)
    finally:  # no modal box may open after the test (the teardown would wait on it)
        app.controller.models_missing.disconnect(app._on_models_missing)


def _cancel_and_check(qtbot, app, server, told: list[str], warned: list[str]) -> None:
    from PySide6.QtWidgets import QPushButton

    from deskguard import paths

    qtbot.waitUntil(
        lambda: app.progress is not None and ".task" in app.progress.labelText(), timeout=30_000
    )  # the first bytes have come
    assert list(paths.models_dir().glob(".*.part"))  # it is downloading
    button = app.progress.findChild(QPushButton)
    assert button is not None and button.isVisible() and "Cancel" in button.text()
    clicked = time.monotonic()
    button.click()
    qtbot.waitUntil(lambda: bool(told or warned), timeout=5_000)
    assert not warned
    took = time.monotonic() - clicked
    print(f"download cancelled {took:.2f} s after the click")
    assert took < 2.0
    assert app.progress is None  # the dialog is gone
    assert "nothing was kept" in told[0] and "Get the models" in told[0]
    assert "installs them from a folder" in told[0]
    assert not paths.models_dir().exists() or not any(paths.models_dir().iterdir())
    assert not app.controller.started and app.controller.models_message
    sent = server.bytes_sent
    time.sleep(0.5)
    assert server.bytes_sent - sent < 50  # the connection is closed: no more bytes flow


LONG_DAY = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
calls = max(sys.getrefcount(True), sys.getrefcount(None)) + 20_000  # more than they have
import deskguard.ui.worker  # noqa: F401, E402  (what every DeskGuard process imports)

class Sampler(QObject):
    sampled = Signal(object)

app = QCoreApplication([])
sampler = Sampler()
sampler.sampled.connect(lambda sample: None)
timer = QTimer()
for i in range(calls):
    sampler.sampled.emit(i)  # returns True
    timer.start(1000)  # a void method: returns None
print("alive")
"""


def test_a_long_day_of_signals_does_not_kill_the_interpreter() -> None:
    """PySide6 6.12's emit() takes a reference from True, and every void method (a timer's
    start, a tooltip) one from None: hours of samples, or a slow download's chunks, would
    end in "Fatal Python error: bool_dealloc" or "none_dealloc"."""
    import subprocess
    import sys

    from tests.conftest import REPO

    run = subprocess.run(
        [sys.executable, "-c", LONG_DAY], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0 and "alive" in run.stdout, run.stderr[-2000:]
