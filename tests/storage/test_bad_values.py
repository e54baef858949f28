"""Values a damaged or hand-edited history can hold: skipped and counted, never a crash.

Each one was reported crashing ``stats``, ``export`` or the app's start (which
reads today back, ``carryover``, and the calibration). Written with sqlite3
straight into a real history, then read the way those commands read it.
"""

from __future__ import annotations

import json
import math
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from deskguard.storage.history import HistoryStore
from tests.scripted_day import TZ
from tests.storage.histories import NOW_UTC, real_week, stats_and_exports

DEEP = "[" * 100_000 + "]" * 100_000


def _write(path: Path, sql: str, *params: object) -> None:
    db = sqlite3.connect(path)
    assert db.execute(sql, params).rowcount >= 1
    db.commit()
    db.close()


def _start_of_the_app(path: Path) -> tuple[float, int]:
    """What the app reads when it starts: today so far and the calibration."""
    store, _ = HistoryStore.open(path)
    carried = store.carryover(NOW_UTC, TZ)
    store.latest_baseline()
    store.profiles()
    store.close()
    return carried.seated_today_s, store.skipped_rows


def _week_seated(path: Path, folder: Path) -> tuple[float, list[float]]:
    week = stats_and_exports(path, folder)[2]
    return week["totals"]["seated_s"], [d["seated_s"] for d in week["days"]]


TODAYS_LAST_MINUTE = "(SELECT MAX(minute_utc) FROM minutes)"


@pytest.mark.parametrize("value", [math.inf, -math.inf, 1e300, -30.0, 61.0 * 60])
def test_a_minute_with_an_impossible_seated_time_is_skipped(tmp_path: Path, value: float) -> None:
    path = real_week(tmp_path / "history.sqlite3")
    seated_before, _ = _start_of_the_app(path)
    minute = (
        sqlite3.connect(path)
        .execute(f"SELECT seated_s FROM minutes WHERE minute_utc = {TODAYS_LAST_MINUTE}")
        .fetchone()[0]
    )
    _write(path, f"UPDATE minutes SET seated_s = ? WHERE minute_utc = {TODAYS_LAST_MINUTE}", value)
    seated, skipped = _start_of_the_app(path)  # it used to fail here, at every start
    assert seated == pytest.approx(seated_before - minute) and skipped == 1
    total, days = _week_seated(path, tmp_path)
    assert math.isfinite(total) and all(0 <= d <= 86_400 for d in days)


@pytest.mark.parametrize(
    "field, value",
    [("seated_s", "NaN"), ("seated_s", "Infinity"), ("seated_s", "1e400"), ("breaks", "-3"),
     ("seated_s", "1e300"), ("day", '"not a date"'), ("day", '"2026-11-24"'),
     ("neck_flexion_by_hour", '{"9": NaN}'), ("neck_flexion_by_hour", '{"99": 1.0}')],
)  # fmt: skip
def test_a_day_summary_with_an_impossible_value_is_skipped(
    tmp_path: Path, field: str, value: str
) -> None:
    path = real_week(tmp_path / "history.sqlite3")
    db = sqlite3.connect(path)
    (summary,) = db.execute("SELECT summary FROM day_summaries WHERE day = '2026-11-23'").fetchone()
    db.close()
    # The value as raw JSON text: NaN and 1e400 are what a hand edit can leave.
    damaged = json.dumps({**json.loads(summary), field: "@"}).replace('"@"', value)
    _write(path, "UPDATE day_summaries SET summary = ? WHERE day = '2026-11-23'", damaged)
    total, days = _week_seated(path, tmp_path)
    assert days[0] == 0  # Monday's summary is left out, the rest is there
    assert days[1] > 0 and days[2] > 0 and total == sum(days)
    store, _ = HistoryStore.open(path)
    store.week_summary(2026, 48, TZ)
    assert store.skipped_rows == 1
    store.close()


def test_a_pause_until_a_number_too_large_for_a_float_is_skipped(tmp_path: Path) -> None:
    from deskguard.core.review import day_periods
    from deskguard.core.stats import day_bounds_utc

    path = real_week(tmp_path / "history.sqlite3")
    db = sqlite3.connect(path)
    db.execute(
        "INSERT INTO events (t_utc, kind, data) VALUES (?, 'paused', ?)",
        (NOW_UTC - 600, '{"until_s": 1' + "0" * 400 + "}"),
    )
    db.commit()
    db.close()
    store, _ = HistoryStore.open(path)
    start, end = day_bounds_utc(date(2026, 11, 25), TZ)
    day_periods(store.events(start, end), start, end, now_utc=NOW_UTC)  # the dashboard's bands
    assert store.skipped_rows == 1
    store.close()


@pytest.mark.parametrize("where", ["event", "summary"])
def test_json_nested_100000_deep_is_skipped(tmp_path: Path, where: str) -> None:
    path = real_week(tmp_path / "history.sqlite3")
    if where == "event":
        _write(path, "UPDATE events SET data = ? WHERE id = (SELECT MAX(id) FROM events)", DEEP)
    else:
        _write(path, "UPDATE day_summaries SET summary = ?", DEEP)
    total, _days = _week_seated(path, tmp_path)
    assert total > 0
    _seated, skipped = _start_of_the_app(path)
    assert skipped == (1 if where == "event" else 0)  # today has no summary to read


@pytest.mark.parametrize("value", ["1e999", '"an hour"', "[1]"])
def test_a_break_with_an_impossible_bout_is_skipped(tmp_path: Path, value: str) -> None:
    path = real_week(tmp_path / "history.sqlite3")
    _write(
        path,
        "UPDATE events SET data = json_set(data, '$.bout_s', json(?)) "
        "WHERE id = (SELECT MAX(id) FROM events WHERE kind = 'break_started')",
        value,
    )
    week = stats_and_exports(path, tmp_path)[2]
    assert all(0 <= d["longest_bout_s"] <= 86_400 for d in week["days"])


@pytest.mark.parametrize("value", [math.inf, "text", b"\xff\x00", -500.0])
def test_a_calibration_with_an_impossible_value_is_skipped(tmp_path: Path, value: object) -> None:
    path = real_week(tmp_path / "history.sqlite3")
    store, _ = HistoryStore.open(path)
    good = store.latest_baseline()
    store.save_baseline(good)  # a newer one, then damaged: the older one is used
    store.close()
    _write(
        path, "UPDATE baselines SET pitch_deg = ? WHERE id = (SELECT MAX(id) FROM baselines)", value
    )
    store, _ = HistoryStore.open(path)
    assert store.latest_baseline() == good and store.skipped_rows == 1
    store.close()


def test_a_profile_name_that_is_not_utf8_is_skipped(tmp_path: Path) -> None:
    path = real_week(tmp_path / "history.sqlite3")
    _write(path, "UPDATE baselines SET profile = CAST(X'ff00' AS TEXT)")
    store, _ = HistoryStore.open(path)
    assert store.profiles() == [] and store.skipped_rows == 1
    store.close()
