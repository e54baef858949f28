"""The real app quit and started again: today goes on where it was; a bad history is refused."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from tests.ui.test_app_process import _Lines, launch


def _run_for(models_dir: Path, db: Path, seconds: float) -> None:
    proc = launch(models_dir, db)
    try:
        lines = _Lines(proc)
        lines.wait_for("state: ", timeout_s=90)  # models loaded, a sample taken
        time.sleep(seconds)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        if proc.stderr is not None:
            proc.stderr.close()


def test_a_quick_restart_goes_on_with_the_same_bout(tmp_path: Path, models_dir: Path) -> None:
    db = tmp_path / "history.sqlite3"
    _run_for(models_dir, db, 4)
    _run_for(models_dir, db, 4)
    con = sqlite3.connect(db)
    kinds = [k for (k,) in con.execute("SELECT kind FROM events ORDER BY t_utc")]
    seated = con.execute("SELECT SUM(seated_s) FROM minutes").fetchone()[0]
    con.close()
    # Before the restart was picked up, the second run began a second bout.
    assert kinds.count("bout_started") == 1, kinds
    assert "break_started" not in kinds
    assert seated and seated >= 4


def test_a_file_that_is_not_a_history_is_refused_and_left_alone(
    tmp_path: Path, models_dir: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes, not a database\n")
    proc = launch(models_dir, notes)
    try:
        lines = _Lines(proc)
        lines.wait_for("not a DeskGuard history", timeout_s=60)
        # The app says so in a dialog before it stops. (The session ending closes it
        # here: a key sent with xdotool can stay held and repeat into later tests.)
        deadline = time.monotonic() + 20
        found: list[str] = []
        while not found and time.monotonic() < deadline:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "cannot open its history"],
                capture_output=True,
                text=True,
            ).stdout.split()
            time.sleep(0.2)
        assert found, "no dialog"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 1
    finally:
        if proc.poll() is None:
            proc.kill()
        if proc.stderr is not None:
            proc.stderr.close()
    assert notes.read_text() == "my notes, not a database\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "run") == ["notes.txt"]
