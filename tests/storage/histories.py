"""Real history files for the fault tests: a small real week, a huge old one, a held lock.

Also for the end-to-end tests of the running app: ``many_unsummarised_days``
builds a history of 100,000 unsummarised days in about a second, and
``hold_write_lock`` holds SQLite's write lock from another process
(``BEGIN EXCLUSIVE``) until the ``with`` block ends.
"""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

from deskguard.cli import main
from deskguard.core.posture import Baseline, CameraSettings
from deskguard.storage.history import HistoryStore
from tests.scripted_day import TZ, Day, local

WEEK = "2026-W48"  # Monday 23 to Sunday 29 November 2026
#: "Now" for that week: Wednesday afternoon; Monday is kept as a day summary.
NOW_UTC = local("2026-11-25 14:00")


def record_day(store: HistoryStore, day: Day) -> None:
    """Write a scripted day's steps into ``store``, each at its time, and flush."""
    t = day.t0
    for step in day.steps:
        store.record(t, step)
        t += day.dt
    store.flush()


def real_week(path: Path) -> Path:
    """A real history: minutes, events (bouts, breaks), a kept day summary, a calibration."""
    store, _ = HistoryStore.open(path)
    record_day(store, Day("2026-11-23 09:00").sit(50).away(10).sit(40))
    record_day(store, Day("2026-11-24 09:00").sit(30).away(10).sit(5))
    assert store.apply_retention(local("2026-11-24 12:00"), 0.5, TZ) > 0  # Monday: a summary
    record_day(store, Day("2026-11-25 13:00").sit(45))
    store.save_baseline(Baseline(2.0, 60.0, 0.6, CameraSettings(), 10, 0.5, eyes_height_cm=3.0))
    store.close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the file itself
    db.close()
    return path


def cli(*args: str) -> tuple[int, str, str]:
    """``deskguard ARGS`` in this process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def stats_and_exports(path: Path, folder: Path) -> list[Any]:
    """What ``stats`` (a day, the week) and ``export`` (csv, json) give, each checked to succeed."""
    where = ("--db", str(path), "--tz", "Europe/Berlin")
    documents: list[Any] = []
    for what in (("--day", "2026-11-23"), ("--day", "2026-11-25"), ("--week", WEEK)):
        code, out, err = cli("stats", *what, "--json", *where)
        assert code == 0, err
        documents.append(json.loads(out))
        code, out, err = cli("stats", *what, *where)
        assert code == 0 and out, err
    for fmt in ("csv", "json"):
        out_path = folder / f"week.{fmt}"
        code, _, err = cli(
            "export", "--week", WEEK, "--format", fmt, "--out", str(out_path), *where
        )
        assert code == 0, err
        documents.append(out_path.read_text(encoding="utf-8"))
    return documents


def many_unsummarised_days(path: Path, days: int = 100_000, *, end_utc: float = NOW_UTC) -> Path:
    """A history with one seated minute and a break on each of ``days`` days before ``end_utc``.

    None of them summarised: what a history holds after years with a long
    retention, once the retention is lowered (or a clock that ran wild).
    Written with plain SQL in one transaction: 100,000 days take about a second.
    """
    HistoryStore.open(path)[0].close()
    db = sqlite3.connect(path)
    first = int(end_utc // 86_400) * 86_400 - days * 86_400 + 9 * 3600
    db.executemany(
        "INSERT INTO minutes (minute_utc, seated_s, good_s, samples, neck_sum, neck_n) "
        "VALUES (?, 60, 60, 12, 36, 12)",
        ((first + d * 86_400,) for d in range(days)),
    )
    db.executemany(
        "INSERT INTO events (t_utc, kind, data) VALUES (?, 'break_started', ?)",
        ((first + d * 86_400 + 60, '{"reason": "away", "bout_s": 60.0}') for d in range(days)),
    )
    db.commit()
    db.close()
    return path


HOLDER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
db.execute("COMMIT")
"""


@contextmanager
def hold_write_lock(path: Path) -> Iterator[None]:
    """Another process holds the history's write lock (readers still get in: WAL)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.stdin.close()
        assert holder.wait(timeout=10) == 0
        holder.stdout.close()
