"""The history on real SQLite files: recording, reading, damage, full disk, kill -9."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from deskguard.core.engine import Event, EventKind, PostureState, Step
from deskguard.core.posture import Baseline, CameraSettings
from deskguard.storage.db import SCHEMA_VERSION, connect, open_history
from deskguard.storage.history import HistoryStore
from tests.conftest import REPO
from tests.scripted_day import TZ, Day, local
from tests.storage.histories import record_day


def _store(tmp_path: Path) -> HistoryStore:
    store, message = HistoryStore.open(tmp_path / "history.sqlite3")
    assert message is None
    return store


def test_schema_is_versioned(tmp_path: Path) -> None:
    db = connect(tmp_path / "h.sqlite3")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_recorded_day_reads_back_as_the_engine_saw_it(tmp_path: Path) -> None:
    day = Day().sit(30).shift().sit(40).away(5).sit(40, pitch=25).sit(10)
    store = _store(tmp_path)
    record_day(store, day)
    summary = store.day_summary(date(2026, 11, 23), TZ)
    assert summary.seated_s == pytest.approx(day.seated_min * 60, abs=0.01)
    assert summary.breaks == 1
    assert summary.longest_bout_s == pytest.approx(70 * 60 - 5, abs=1)
    assert summary.bouts_over_hour == 1
    assert summary.shift_reminders == len(day.of(EventKind.SHIFT_REMINDER))
    assert summary.posture_alerts == len(day.of(EventKind.POSTURE_ALERT)) > 0
    good_poor = summary.posture_good_s + summary.posture_poor_s + summary.posture_unknown_s
    assert good_poor == pytest.approx(summary.seated_s, abs=0.01)
    assert summary.posture_poor_s == pytest.approx(40 * 60, abs=60)
    assert summary.neck_flexion_by_hour[10] > 15  # 10:00-10:40 was slouched
    assert summary.distance_median_cm == pytest.approx(60, abs=1)


def test_nothing_but_aggregates_is_stored(tmp_path: Path) -> None:
    store = _store(tmp_path)
    record_day(store, Day().sit(5))
    tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"minutes", "events", "day_summaries", "baselines"}
    assert store.db.execute("SELECT COUNT(*) FROM minutes").fetchone()[0] == 5


def test_a_damaged_file_is_kept_aside_and_a_fresh_one_started(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # At the default place a file without the SQLite header was a history.
    monkeypatch.setenv("DESKGUARD_DATA_DIR", str(tmp_path))
    path = tmp_path / "history.sqlite3"
    store = _store(tmp_path)
    record_day(store, Day().sit(5))
    store.close()
    data = bytearray(path.read_bytes())
    data[0:16] = b"definitely not!!"  # the SQLite header
    path.write_bytes(bytes(data))
    store, message = HistoryStore.open(path)
    assert message is not None and "was damaged" in message and "kept as" in message
    kept = list(tmp_path.glob("history.sqlite3.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes()[:16] == b"definitely not!!"
    assert store.db.execute("SELECT COUNT(*) FROM minutes").fetchone()[0] == 0


def test_a_file_from_a_newer_version_is_refused_not_destroyed(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    open_history(path)[0].close()
    db = sqlite3.connect(path)  # a real history (a bare version number proves nothing)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()
    from deskguard.storage.db import HistoryError

    with pytest.raises(HistoryError, match="newer DeskGuard"):
        open_history(path)
    assert path.exists()


def test_a_full_disk_keeps_the_app_running_and_warns_once(tmp_path: Path) -> None:
    warnings: list[str] = []
    store, _ = HistoryStore.open(tmp_path / "history.sqlite3", on_warning=warnings.append)
    record_day(store, Day().sit(1))
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite now reports a full disk
    day = Day("2026-11-23 10:00").sit(240)
    t = day.t0
    for step in day.steps:
        store.record(t, step)  # never raises
        t += day.dt
    assert len(warnings) == 1 and "could not be saved" in warnings[0]
    store.db.execute("PRAGMA max_page_count = 1073741823")  # space freed
    assert store.flush()
    assert store.warning is None
    summary = store.day_summary(date(2026, 11, 23), TZ)
    assert summary.seated_s == pytest.approx((1 + 240) * 60 - 10, abs=1)


def test_a_kill_during_recording_loses_at_most_the_last_minute(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    child = textwrap.dedent(
        f"""
        import sys, time
        sys.path.insert(0, {str(REPO)!r})
        from deskguard.storage.history import HistoryStore
        from tests.scripted_day import Day
        store, _ = HistoryStore.open(__import__("pathlib").Path({str(path)!r}))
        day = Day().sit(10)
        t = day.t0
        for i, step in enumerate(day.steps):
            store.record(t, step)
            t += day.dt
        print("recorded", flush=True)
        time.sleep(60)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "recorded"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    store = _store(tmp_path)
    rows = store.minutes(local("2026-11-23 09:00"), local("2026-11-23 10:00"))
    # Ten minutes were recorded; the one still open when killed may be lost.
    assert len(rows) >= 9
    assert sum(r.seated_s for r in rows) >= 9 * 60 - 5


def test_baselines_are_kept_with_their_camera(tmp_path: Path) -> None:
    store = _store(tmp_path)
    assert store.latest_baseline() is None
    b = Baseline(4.0, 58.0, 0.61, CameraSettings(78.0, 0.5), 12, 0.8)
    store.save_baseline(b)
    store.save_baseline(Baseline(1.0, 70.0, 0.6, CameraSettings(), 9, 1.0), profile="docked")
    assert store.latest_baseline() == b
    assert store.latest_baseline(profile="docked").distance_cm == 70.0


def test_retention_keeps_day_summaries(tmp_path: Path) -> None:
    store = _store(tmp_path)
    record_day(store, Day("2026-11-23 09:00").sit(30))
    record_day(store, Day("2026-11-24 09:00").sit(20))
    before = store.day_summary(date(2026, 11, 23), TZ)
    gone = store.apply_retention(local("2026-11-25 12:00"), 1.0, TZ)  # keeps whole days
    assert gone == 30
    assert store.minutes(0, local("2026-11-24 00:00")) == []
    assert store.day_summary(date(2026, 11, 23), TZ) == before  # from the kept summary
    assert store.day_summary(date(2026, 11, 24), TZ).seated_s == pytest.approx(20 * 60 - 5)


def test_week_summary_across_a_daylight_saving_change(tmp_path: Path) -> None:
    # ISO 2026-W13 ends on Sunday 29 March, when Berlin springs forward (a 23-hour day).
    from deskguard.core.settings import Settings

    every_day = Settings(work_start="00:00", work_end="23:59", work_days="1234567")
    store = _store(tmp_path)
    record_day(store, Day("2026-03-29 00:30", settings=every_day).sit(180))  # 00:30-04:30 local
    week = store.week_summary(2026, 13, TZ)
    assert week.days[0].day == "2026-03-23"
    sunday = week.days[-1]
    assert sunday.day == "2026-03-29"
    assert sunday.seated_s == pytest.approx(180 * 60 - 5, abs=1)
    assert week.totals()["seated_s"] == sunday.seated_s
    assert json.dumps(week.days[-1].to_json_dict())


def test_step_without_seated_time_still_counts_the_sample(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.record(local("2026-11-23 09:00"), Step((), posture=PostureState.AWAY))
    store.flush()
    (row,) = store.minutes(0, 2e9)
    assert row.samples == 1 and row.seated_s == 0


def test_event_kinds_come_back_as_enums_and_unknown_ones_are_left_alone(tmp_path: Path) -> None:
    """A kind written by a newer DeskGuard is neither an error nor "damaged": it is skipped."""
    store, _ = HistoryStore.open(tmp_path / "h.sqlite3")
    store.record_events([Event(100.0, EventKind.SNOOZED, data={"until_s": 200.0})])
    store.db.execute("INSERT INTO events (t_utc, kind) VALUES (150.0, 'hydration_reminder')")
    rows = store.events(0, 1000)
    assert [(r.t_utc, r.kind) for r in rows] == [(100.0, EventKind.SNOOZED)]
    assert rows[0].kind is EventKind.SNOOZED
    assert store.skipped_message() is None
    store.close()
