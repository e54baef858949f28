"""Calibrations kept before a Baseline field existed still load, and still judge."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from deskguard.core.posture import Baseline, CameraSettings, forward_head, forward_head_ratio
from deskguard.core.sample import BodyMeasurement, PostureSample, Quality
from deskguard.storage.history import HistoryStore

NEW = Baseline(0.0, 58.0, 0.61, CameraSettings(78.0, 0.5), 12, 0.8, eyes_height_cm=6.5)
#: A moderate poke against NEW: gap -15 %, 2 cm nearer, eyes 4 cm lower.
POKED = PostureSample(
    t_s=0.0,
    face_found=True,
    body_found=True,
    distance_cm=56.0,
    eyes_cm=(0.0, 2.5, -56.0),  # the camera is level (pitch 0 at neutral)
    body=BodyMeasurement(0.99, 0.61 * 0.85, 0.4, 0.0),
    quality=Quality.GOOD,
)


def _store(tmp_path: Path) -> HistoryStore:
    store, message = HistoryStore.open(tmp_path / "history.sqlite3")
    assert message is None
    return store


def _has_eye_height_column(store: HistoryStore) -> bool:
    return any(r[1] == "eyes_height_cm" for r in store.db.execute("PRAGMA table_info(baselines)"))


def test_a_row_written_by_deskguard_0_1_loads_and_judges_forward_head(tmp_path: Path) -> None:
    store = _store(tmp_path)
    # Exactly what DeskGuard 0.1 wrote: no eye height anywhere.
    store.db.execute(
        "INSERT INTO baselines (created_utc, profile, pitch_deg, distance_cm, "
        "ear_shoulder_gap_ratio, camera_fov_deg, camera_above_screen_top_cm, samples, "
        "pitch_spread_deg) VALUES (1.7e9, 'default', 0.0, 58.0, 0.61, 78.0, 0.5, 12, 0.8)"
    )
    old = store.latest_baseline()
    assert old == replace(NEW, eyes_height_cm=None)
    # Judged on the gap and the nearness: a moderate poke still reads 1.0.
    judged = forward_head(POKED, old)
    assert judged is not None and judged.drop_cm is None
    assert judged.score == pytest.approx(1.0, abs=0.01)


def test_a_history_without_the_eye_height_column_keeps_the_rest(tmp_path: Path) -> None:
    store = _store(tmp_path)
    if _has_eye_height_column(store):  # the schema has gained it: take it away again
        store.db.execute("ALTER TABLE baselines DROP COLUMN eyes_height_cm")
    assert store.save_baseline(NEW) is None
    assert store.latest_baseline() == replace(NEW, eyes_height_cm=None)


def test_the_eye_height_is_kept_once_the_history_has_its_column(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.save_baseline(replace(NEW, eyes_height_cm=None), profile="old")
    if not _has_eye_height_column(store):  # what its schema migration does
        store.db.execute("ALTER TABLE baselines ADD COLUMN eyes_height_cm REAL")
    assert store.save_baseline(NEW) is None
    assert store.latest_baseline() == NEW
    assert store.latest_baseline(profile="old") == replace(NEW, eyes_height_cm=None)
    loaded = store.latest_baseline()
    assert loaded is not None
    assert forward_head_ratio(POKED, loaded) == pytest.approx(1.0, abs=0.05)
