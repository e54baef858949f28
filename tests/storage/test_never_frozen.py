"""The tray app's GUI thread never waits on the history for more than a moment.

Real processes and files: another process holds SQLite's write lock while
the app's minute flush runs (it used to wait the 10 s busy timeout, once a
minute), and a history of years of unsummarised days meets retention (it
used to run on the GUI thread, in one transaction, for 9 to 11 s).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from deskguard.core.engine import PostureState, Step
from deskguard.storage.history import CLOSE_WAIT_S, HistoryStore
from tests.scripted_day import TZ, local
from tests.storage.histories import NOW_UTC, hold_write_lock, many_unsummarised_days, real_week

#: What a GUI thread may be held by one call (what the brief of the app allows).
MOMENT_S = 0.2
SEATED = Step((), seated_s=5.0, posture=PostureState.GOOD, neck_flexion_deg=3.0)


def _record_minute(store: HistoryStore, minute_utc: float) -> float:
    """Record a minute of samples; return the longest ``record`` call (it flushes)."""
    longest = 0.0
    for k in range(11):  # 5-55 s: the samples of this minute only
        started = time.monotonic()
        store.record(minute_utc + 5 * k + 5, SEATED)
        longest = max(longest, time.monotonic() - started)
    return longest


def test_a_flush_on_a_locked_history_returns_at_once_and_loses_nothing(tmp_path: Path) -> None:
    path = real_week(tmp_path / "history.sqlite3")
    warnings: list[str] = []
    store, _ = HistoryStore.open(path, on_warning=warnings.append)
    first = local("2026-11-25 16:00")
    before = len(store.minutes(first, first + 3600))
    with hold_write_lock(path):
        slowest = max(_record_minute(store, first + 60 * m) for m in range(5))
        started = time.monotonic()
        saved = store.flush()
        slowest = max(slowest, time.monotonic() - started)
        assert not saved and store.minutes(first, first + 3600) == []  # kept in memory
    assert slowest < MOMENT_S
    assert warnings == []  # a lock shorter than the open's timeout is not worth a word
    assert store.flush()  # the lock is gone: written at the next flush
    rows = store.minutes(first, first + 3600)
    assert before == 0 and len(rows) == 5
    assert sum(r.seated_s for r in rows) == pytest.approx(5 * 55)
    store.close()


def test_the_last_flush_waits_for_a_short_lock(tmp_path: Path) -> None:
    path = real_week(tmp_path / "history.sqlite3")
    store, _ = HistoryStore.open(path)
    first = local("2026-11-25 16:00")
    with hold_write_lock(path):
        _record_minute(store, first)
        released = threading.Event()
        closer = threading.Thread(target=lambda: (store.close(), released.set()))
        closer.start()
        assert not released.wait(MOMENT_S)  # close waits for the lock
    closer.join(CLOSE_WAIT_S + 5)
    assert released.is_set()
    check, _ = HistoryStore.open(path)
    assert len(check.minutes(first, first + 120)) == 1
    check.close()


OLD_DAYS = 10_000  # back to 1999: the old code took 1.2 s of the caller's thread


def test_retention_of_years_of_days_runs_off_the_callers_thread_in_short_batches(
    tmp_path: Path,
) -> None:
    path = many_unsummarised_days(tmp_path / "history.sqlite3", OLD_DAYS)
    store, _ = HistoryStore.open(path)
    started = time.monotonic()
    run = store.start_retention(NOW_UTC, 90, TZ)
    assert time.monotonic() - started < MOMENT_S
    # Meanwhile the app records and flushes: never held for more than a moment.
    slowest, first = 0.0, local("2026-11-25 15:00")
    minute = first
    while not run.wait(0.02):
        slowest = max(slowest, _record_minute(store, minute))
        minute += 60
    assert slowest < MOMENT_S
    assert run.error is None
    assert store.flush()  # nothing recorded meanwhile was lost
    assert len(store.minutes(local("2026-11-25 15:00"), minute)) == (minute - first) // 60
    # Done right: every old day summarised, its minutes and events gone, the last 90 days kept.
    cut = NOW_UTC - 90 * 86_400
    db = sqlite3.connect(path)
    assert (
        db.execute("SELECT COUNT(*) FROM minutes WHERE minute_utc < ?", (cut - 86_400,)).fetchone()[
            0
        ]
        == 0
    )
    assert (
        db.execute("SELECT COUNT(*) FROM events WHERE t_utc < ?", (cut - 86_400,)).fetchone()[0]
        == 0
    )
    kept = db.execute("SELECT COUNT(*) FROM day_summaries").fetchone()[0]
    recent = db.execute(
        "SELECT COUNT(*) FROM minutes WHERE minute_utc < ?", (local("2026-11-25 00:00"),)
    ).fetchone()[0]
    db.close()
    assert kept + recent == OLD_DAYS and run.rows_gone == kept and 85 <= recent <= 91
    oldest = store.day_summary(date.fromtimestamp(NOW_UTC - (OLD_DAYS - 1) * 86_400), TZ)
    assert oldest.seated_s == 60 and oldest.breaks == 1 and oldest.neck_flexion_mean_deg == 3
    store.close()


def test_retention_in_the_background_keeps_the_same_summaries(tmp_path: Path) -> None:
    path = real_week(tmp_path / "history.sqlite3")
    store, _ = HistoryStore.open(path)
    tuesday = store.day_summary(date(2026, 11, 24), TZ)
    old_rows = len(store.minutes(0, local("2026-11-25 00:00")))
    run = store.start_retention(local("2026-11-26 12:00"), 1.0, TZ)
    assert run.wait(30) and run.error is None and run.rows_gone == old_rows > 0
    assert store.minutes(0, local("2026-11-25 00:00")) == []
    assert store.day_summary(date(2026, 11, 24), TZ) == tuesday  # from the kept summary
    store.close()


def test_closing_stops_a_retention_at_work(tmp_path: Path) -> None:
    path = many_unsummarised_days(tmp_path / "history.sqlite3", OLD_DAYS)
    store, _ = HistoryStore.open(path)
    run = store.start_retention(NOW_UTC, 90, TZ)
    deadline = time.monotonic() + 30
    while not store.db.execute("SELECT COUNT(*) FROM day_summaries").fetchone()[0]:
        assert not run.wait(0.01) and time.monotonic() < deadline  # at work, not done
    started = time.monotonic()
    store.close()
    assert time.monotonic() - started < CLOSE_WAIT_S
    assert run.thread is not None and not run.thread.is_alive()
    db = sqlite3.connect(path)  # what was done is whole: each day a summary or its minute
    kept = db.execute("SELECT COUNT(*) FROM day_summaries").fetchone()[0]
    minutes = db.execute("SELECT COUNT(*) FROM minutes").fetchone()[0]
    db.close()
    assert kept + minutes == OLD_DAYS and 0 < kept < OLD_DAYS - 91


def test_a_read_only_history_tries_to_write_again_without_reading_it_whole(
    tmp_path: Path,
) -> None:
    # Four years of minutes: the integrity check of each retry read them all (0.45 s).
    path = tmp_path / "history.sqlite3"
    HistoryStore.open(path)[0].close()
    db = sqlite3.connect(path)
    db.executemany(
        "INSERT INTO minutes (minute_utc, seated_s, good_s, samples) VALUES (?, 60, 60, 12)",
        ((local("2022-01-01 00:00") + 60 * i,) for i in range(2_000_000)),
    )
    db.commit()
    db.close()
    # As a full disk leaves it: read-only, each save first tries to write again.
    reader = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    store = HistoryStore(reader, path=path, read_only=True)
    minute = local("2026-11-25 15:00")
    _record_minute(store, minute)
    started = time.monotonic()
    assert store.flush()  # space again: it writes, and at once
    assert time.monotonic() - started < MOMENT_S
    assert not store.read_only and len(store.minutes(minute, minute + 60)) == 1
    store.close()
