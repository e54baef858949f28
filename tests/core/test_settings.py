"""Typed, range-checked, versioned settings, and their file on disk."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from deskguard.core.settings import (
    SCHEMA_VERSION,
    Sensitivity,
    Settings,
    settings_from_dict,
    settings_to_dict,
)
from deskguard.settings_store import SettingsError, load_settings, save_settings, settings_path


def test_defaults_follow_the_brief() -> None:
    s = Settings()
    assert 10 * 60 <= s.shift_interval_s <= 15 * 60
    assert s.walk_after_s == 60 * 60
    assert s.neck_flexion_alert_deg == 20.0


def test_round_trip() -> None:
    s = Settings(sensitivity=Sensitivity.HIGH, shift_interval_s=600.0, quiet_start="22:00")
    back, problems = settings_from_dict(json.loads(json.dumps(settings_to_dict(s))))
    assert back == s and problems == []


def test_bad_fields_fall_back_one_by_one_and_say_so() -> None:
    data = {
        "schema_version": SCHEMA_VERSION,
        "shift_interval_s": 3 * 3600,  # out of range
        "walk_after_s": "an hour",  # wrong type
        "sensitivity": "extreme",
        "work_start": "25:99",
        "work_days": "",
        "notifications": "yes",
        "mystery": 1,
        "break_min_s": 240,  # fine, and kept
    }
    s, problems = settings_from_dict(data)
    assert s.break_min_s == 240.0
    assert s.shift_interval_s == Settings().shift_interval_s
    assert s.sensitivity is Sensitivity.MEDIUM and s.work_start == "08:00"
    assert len(problems) == 7
    assert any(
        p.startswith("shift_interval_s: 10800 is not valid (outside 600..900)") for p in problems
    )
    assert any("mystery: unknown setting" in p for p in problems)


def test_not_an_object() -> None:
    s, problems = settings_from_dict([1, 2])
    assert s == Settings() and "not a JSON object" in problems[0]


def test_a_newer_file_is_read_for_what_is_known() -> None:
    s, problems = settings_from_dict({"schema_version": 99, "break_min_s": 300})
    assert s.break_min_s == 300 and "newer" in problems[0]


def test_missing_file_means_defaults_quietly() -> None:
    assert load_settings() == (Settings(), [])


def test_corrupt_file_is_kept_aside_not_lost() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"break_min_s": 240,')  # cut off mid-write
    s, problems = load_settings()
    assert s == Settings(break_min_s=240.0)  # what was written whole is kept
    assert "not valid JSON" in problems[0]
    kept = list(path.parent.glob("settings.json.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_text() == '{"break_min_s": 240,'
    assert load_settings() == (s, [])  # and written back whole


def test_save_is_atomic_and_keeps_the_previous_file() -> None:
    first = save_settings(Settings(break_min_s=200.0))
    save_settings(Settings(break_min_s=300.0))
    assert load_settings()[0].break_min_s == 300.0
    backup = first.with_name("settings.json.bak")
    assert json.loads(backup.read_text())["break_min_s"] == 200.0
    assert sorted(p.name for p in first.parent.iterdir()) == ["settings.json", "settings.json.bak"]


def test_a_full_disk_leaves_the_old_settings_intact(monkeypatch: pytest.MonkeyPatch) -> None:
    path = save_settings(Settings(break_min_s=200.0))

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as m, pytest.raises(SettingsError, match="No space left"):
        m.setattr(os, "fsync", full)
        save_settings(Settings(break_min_s=300.0))
    assert load_settings()[0].break_min_s == 200.0
    assert [p.name for p in Path(path.parent).iterdir()] == ["settings.json"]


def test_work_hours_are_opt_in() -> None:
    s = Settings()
    assert s.work_hours_only is False
    assert settings_to_dict(s)["work_hours_only"] is False
    only = Settings(work_hours_only=True, work_start="09:00", work_end="17:30")
    back, problems = settings_from_dict(json.loads(json.dumps(settings_to_dict(only))))
    assert back == only and problems == []
    bad, problems = settings_from_dict({"work_hours_only": "yes"})
    assert bad.work_hours_only is False
    assert problems == ["work_hours_only: 'yes' is not valid (expected true or false); using False"]


def test_a_file_from_before_the_opt_in_keeps_work_hours_set_by_hand() -> None:
    # Every earlier file lists the work hours; only ones changed by hand were chosen.
    former = {"schema_version": 1, "work_start": "08:00", "work_end": "19:00", "work_days": "12345"}
    s, problems = settings_from_dict(former)
    assert s.work_hours_only is False and problems == []
    for changed in ({"work_start": "09:00"}, {"work_end": "17:00"}, {"work_days": "1234567"}):
        s, problems = settings_from_dict(former | changed)
        assert s.work_hours_only is True and problems == [], changed
    s, _ = settings_from_dict(former | {"work_start": "09:00", "work_hours_only": False})
    assert s.work_hours_only is False and s.work_start == "09:00"  # a newer file's choice stands
