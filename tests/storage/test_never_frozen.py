"""The tray app's GUI thread never waits on the history for more than a moment.

Real processes and files: another process holds SQLite's write lock while
the app's minute flush runs (it used to wait the 10 s busy timeout, once a
minute), and a history of years of unsummarised days meets retention (it
used to run on the GUI thread, in one transaction, for 9 to 11 s).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from deskguard.core.engine import PostureState, Step
from deskguard.storage.history import CLOSE_WAIT_S, HistoryStore
from tests.scripted_day import local
from tests.storage.histories import hold_write_lock, real_week

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
