"""Which sense vouched for each minute's seated time: recorded, summed, and old files migrated."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from deskguard.core.engine import PostureState, Sense, Step
from deskguard.core.stats import DaySummary
from deskguard.storage.db import MIGRATIONS, SCHEMA_VERSION
from deskguard.storage.history import HistoryStore
from tests.scripted_day import TZ, local

DAY = date(2026, 11, 23)


def _open(path: Path) -> HistoryStore:
    store, message = HistoryStore.open(path)
    assert message is None
    return store


def test_the_sense_of_each_minute_is_recorded_and_summed(tmp_path: Path) -> None:
    store = _open(tmp_path / "history.sqlite3")
    t = local("2026-11-23 09:00")
    for _ in range(10 * 12):  # 10 minutes seen by the camera
        t += 5
        store.record(t, Step((), seated_s=5.0, posture=PostureState.GOOD))
    for _ in range(20 * 12):  # then 20 minutes of typing, the camera unplugged
        t += 5
        store.record(t, Step((), seated_s=5.0, posture=PostureState.UNKNOWN, sense=Sense.ACTIVITY))
    store.flush()
    rows = store.minutes(local("2026-11-23 09:00"), t + 60)
    assert sum(r.activity_s for r in rows) == pytest.approx(20 * 60)
    summary = store.day_summary(DAY, TZ)
    assert summary.seated_s == pytest.approx(30 * 60)
    assert summary.seated_by_camera_s == pytest.approx(10 * 60)
    assert summary.seated_by_activity_s == pytest.approx(20 * 60)
    totals = store.week_summary(2026, 48, TZ).totals()
    assert (totals["seated_by_camera_s"], totals["seated_by_activity_s"]) == (600.0, 1200.0)


def test_a_history_from_before_the_sense_column_opens_and_reads_as_the_camera(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    old = sqlite3.connect(path, isolation_level=None)
    for script in MIGRATIONS[:2]:  # the schema of version 2, as the last release left it
        old.executescript(script)
    old.execute("PRAGMA user_version = 2")
    minute = int(local("2026-11-23 09:00"))
    old.execute("INSERT INTO minutes (minute_utc, seated_s, good_s) VALUES (?, 60, 60)", (minute,))
    old.close()

    store = _open(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    (row,) = store.minutes(minute, minute + 60)
    assert (row.seated_s, row.activity_s) == (60.0, 0.0)
    summary = store.day_summary(DAY, TZ)
    assert (summary.seated_by_camera_s, summary.seated_by_activity_s) == (60.0, 0.0)
    # New minutes go on being recorded, with their sense.
    store.record(minute + 65, Step((), seated_s=5.0, sense=Sense.ACTIVITY))
    store.flush()
    assert store.day_summary(DAY, TZ).seated_by_activity_s == 5.0


def test_a_day_summary_kept_before_the_senses_reads_back() -> None:
    kept = DaySummary(**{**_blank_summary(), "seated_s": 300.0}).to_json_dict()
    del kept["seated_by_camera_s"], kept["seated_by_activity_s"]
    back = DaySummary.from_json_dict(json.loads(json.dumps(kept)))
    assert back.seated_s == 300.0 and back.seated_by_activity_s == 0.0


def _blank_summary() -> dict[str, object]:
    numbers = dict.fromkeys(
        [
            "seated_s",
            "longest_bout_s",
            "posture_good_s",
            "posture_poor_s",
            "posture_unknown_s",
        ],
        0.0,
    )
    counts = dict.fromkeys(
        [
            "bouts_over_hour",
            "breaks",
            "walk_reminders",
            "walk_reminders_missed",
            "shift_reminders",
            "shifts_prompted",
            "shifts_own",
            "posture_alerts",
        ],
        0,
    )
    return {
        "day": DAY.isoformat(),
        **numbers,
        **counts,
        "neck_flexion_mean_deg": None,
        "neck_flexion_by_hour": {},
        "distance_median_cm": None,
        "eyes_above_screen_top_cm": None,
        "screen_advice": None,
    }
