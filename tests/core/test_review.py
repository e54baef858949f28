"""The dashboard's story, pure: periods of the day, neck bands, the week against the last."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from deskguard.core.events import EventKind
from deskguard.core.review import (
    STREAK_MAX_STRETCH_S,
    NeckZone,
    PeriodKind,
    can_go_forward,
    day_periods,
    neck_bands,
    neck_words,
    review_week,
    shift_week,
    shifts_words,
    streak_words,
    trend_words,
    walk_words,
    week_of,
)
from deskguard.core.settings import Sensitivity, Settings
from deskguard.core.stats import DaySummary, EventRow, WeekSummary, day_bounds_utc, iso_week_days
from deskguard.core.wording import format_duration
from tests.scripted_day import TZ, Day


def _rows(day: Day) -> list[EventRow]:
    return [EventRow(e.t_s, e.kind, dict(e.data)) for e in day.events]


def _bounds(text: str) -> tuple[float, float]:
    return day_bounds_utc(date.fromisoformat(text), TZ)


# --- periods ---------------------------------------------------------------------------------


def test_a_locked_screen_is_a_period_from_last_seen_to_the_first_sample_after() -> None:
    day = Day("2026-11-23 09:00").sit(30)
    locked_at = day.t
    day.engine.set_session_away(day.t, True)
    day.sleep(40).sit(20)
    periods = day_periods(_rows(day), *_bounds("2026-11-23"))
    assert [p.kind for p in periods] == [PeriodKind.LOCKED]
    (lock,) = periods
    # Last seen one sample before the lock began; back with the first sample after.
    assert locked_at - day.dt <= lock.start_utc <= locked_at
    assert lock.end_utc == pytest.approx(locked_at + 40 * 60, abs=1)


def test_a_gap_with_no_known_cause_is_no_period() -> None:
    day = Day("2026-11-23 09:00").sit(30).sleep(40).sit(20)  # not locked: the app was off
    assert any(e.kind is EventKind.TIME_JUMP for e in day.events)
    assert day_periods(_rows(day), *_bounds("2026-11-23")) == []


def test_a_call_runs_from_camera_busy_to_camera_free() -> None:
    day = Day("2026-11-23 09:00").sit(10)
    busy = day.t
    day.command("set_camera_busy", True).sit(25)
    free = day.t
    day.command("set_camera_busy", False).sit(10)
    (call,) = day_periods(_rows(day), *_bounds("2026-11-23"))
    assert (call.kind, call.start_utc, call.end_utc) == (PeriodKind.CALL, busy, free)


def test_a_call_still_going_ends_now_and_a_pause_at_its_resume() -> None:
    day = Day("2026-11-23 09:00").sit(10)
    paused = day.t
    day.command("pause", paused + 3600)
    day.sleep(20)
    resumed = day.t
    day.command("resume").sit(5)
    busy = day.t
    day.command("set_camera_busy", True).sit(5)
    now = day.t
    periods = day_periods(_rows(day), *_bounds("2026-11-23"), now_utc=now)
    assert [(p.kind, p.start_utc, p.end_utc) for p in periods] == [
        (PeriodKind.PAUSED, paused, resumed),
        (PeriodKind.CALL, busy, now),
    ]


def test_a_call_is_one_period_while_the_camera_is_busy_or_a_call_signal_is_on() -> None:
    start, end = _bounds("2026-11-23")
    t = start + 9 * 3600
    events = [
        EventRow(t, EventKind.CALL_STARTED, {"signals": ["microphone"]}),
        EventRow(t + 60, EventKind.CAMERA_BUSY, {}),
        EventRow(t + 1200, EventKind.CAMERA_FREE, {}),  # the camera let go, the mic did not
        EventRow(t + 1800, EventKind.CALL_ENDED, {"signals": []}),
    ]
    (call,) = day_periods(events, start, end)
    assert (call.kind, call.start_utc, call.end_utc) == (PeriodKind.CALL, t, t + 1800)


def test_a_silence_of_keyboard_and_mouse_is_a_probable_break_until_the_next_bout() -> None:
    start, end = _bounds("2026-11-23")
    last_input = start + 10 * 3600
    events = [
        EventRow(last_input, EventKind.BREAK_STARTED, {"reason": "idle", "bout_s": 1800.0}),
        EventRow(last_input + 1500, EventKind.BOUT_STARTED, {}),
    ]
    (pause,) = day_periods(events, start, end)
    assert (pause.kind, pause.start_utc, pause.end_utc) == (
        PeriodKind.LOCKED,
        last_input,
        last_input + 1500,
    )


def test_periods_are_clipped_to_the_day() -> None:
    day = Day("2026-11-23 23:30").sit(10)
    busy = day.t
    day.command("set_camera_busy", True).sit(40)
    day.command("set_camera_busy", False)
    start, end = _bounds("2026-11-23")
    (call,) = day_periods(_rows(day), start, end)
    assert (call.start_utc, call.end_utc) == (busy, end)


# --- neck bands ---------------------------------------------------------------------------


@pytest.mark.parametrize("sensitivity", list(Sensitivity))
def test_neck_bands_come_from_the_alert_thresholds(sensitivity: Sensitivity) -> None:
    settings = Settings(sensitivity=sensitivity)
    bands = neck_bands(settings)
    assert bands.strain_from_deg == settings.neck_flexion_alert_deg
    strictest = min(Settings(sensitivity=s).neck_flexion_alert_deg for s in Sensitivity)
    assert bands.watch_from_deg == strictest
    assert bands.zone(bands.strain_from_deg) is NeckZone.STRAIN
    assert bands.zone(bands.watch_from_deg - 0.1) is NeckZone.FINE
    if bands.watch_from_deg < bands.strain_from_deg:
        assert bands.zone(bands.watch_from_deg) is NeckZone.WATCH


def test_the_neck_sentence_names_the_neutral_the_zone_and_says_uncalibrated() -> None:
    bands = neck_bands(Settings())
    text = neck_words(bands.strain_from_deg + 2, bands, calibrated=True)
    assert "calibrated neutral" in text and "strain" in text
    assert f"{bands.strain_from_deg:.0f}°" in text
    assert "fine" in neck_words(bands.watch_from_deg - 5, bands, calibrated=True)
    assert "not calibrated" in neck_words(None, bands, calibrated=False)
    assert neck_words(-4.2, bands, calibrated=True).startswith(
        "Neck: on average 4° more upright than your calibrated neutral"
    )
    assert "no measurement" in neck_words(None, bands, calibrated=True)


# --- plain words -----------------------------------------------------------------------------


def test_card_words_are_plain_sentences() -> None:
    assert shifts_words(11, 2) == (
        "13 changes of position",
        "11 on your own, 2 after a reminder",
    )
    assert shifts_words(1, 0)[0] == "1 change of position"
    assert walk_words(3, 1) == ("3 walk reminders", "2 followed, 1 ignored")


# --- weeks -----------------------------------------------------------------------------------


def test_week_navigation_stops_at_the_current_week() -> None:
    today = date(2026, 11, 26)  # a Thursday of 2026-W48
    assert week_of(today) == (2026, 48)
    assert shift_week(2026, 48, -1) == (2026, 47)
    assert shift_week(2026, 1, -1) == (2025, 52)
    assert shift_week(2026, 53, 1) == (2027, 1)  # 2026 has 53 ISO weeks
    assert can_go_forward(2026, 47, today)
    assert not can_go_forward(2026, 48, today)


def _summary(day: date, seated_h: float = 0.0, longest_h: float = 0.0, **more: float) -> DaySummary:
    base = DaySummary(
        day=day.isoformat(),
        seated_s=seated_h * 3600,
        longest_bout_s=longest_h * 3600,
        bouts_over_hour=0,
        breaks=0,
        walk_reminders=0,
        walk_reminders_missed=0,
        shift_reminders=0,
        shifts_prompted=0,
        shifts_own=0,
        posture_good_s=0.0,
        posture_poor_s=0.0,
        posture_unknown_s=0.0,
        posture_alerts=0,
        neck_flexion_mean_deg=None,
        neck_flexion_by_hour={},
        distance_median_cm=None,
        eyes_above_screen_top_cm=None,
        screen_advice=None,
    )
    return dataclasses.replace(base, **more)


def _week(year: int, week: int, plan: dict[int, dict[str, float]]) -> WeekSummary:
    days = iso_week_days(year, week)
    return WeekSummary(
        f"{year}-W{week:02d}",
        "Europe/Berlin",
        tuple(_summary(d, **plan.get(i, {})) for i, d in enumerate(days)),
    )


def test_a_week_against_the_one_before() -> None:
    over = STREAK_MAX_STRETCH_S / 3600 + 0.5  # a stretch over the streak limit
    previous = _week(
        2026,
        47,
        {
            3: {"seated_h": 4, "longest_h": 1, "posture_good_s": 3000, "posture_poor_s": 3000},
            4: {"seated_h": 5, "longest_h": 1.5},
        },
    )
    this = _week(
        2026,
        48,
        {
            0: {"seated_h": 6, "longest_h": 1, "walk_reminders": 3, "walk_reminders_missed": 1},
            1: {"seated_h": 6, "longest_h": over, "shift_reminders": 4, "shifts_prompted": 3},
            2: {"seated_h": 3, "longest_h": 1, "posture_good_s": 4500, "posture_poor_s": 1500},
            4: {"seated_h": 2, "longest_h": 0.5, "breaks": 2, "probable_breaks": 1},
        },
    )
    review = review_week(this, previous)
    assert review.seated_s == 17 * 3600 and review.previous_seated_s == 9 * 3600
    assert (review.walk_followed, review.walk_ignored) == (2, 1)
    assert (review.shift_followed, review.shift_ignored) == (3, 1)
    assert review.longest_by_day[1] == (this.days[1].day, over * 3600)
    # Tue's long stretch breaks the run; Wed and Fri make one (Thu, with no sitting, is skipped).
    assert (review.best_streak_days, review.streak_days) == (2, 2)
    # A run goes on across the weeks: last Thu and Fri, then this Monday.
    monday_only = _week(2026, 48, {0: {"seated_h": 6, "longest_h": 1}})
    assert review_week(monday_only, previous).streak_days == 3
    words = trend_words(review)
    assert words[0] == f"Seated {format_duration(17 * 3600)}: " + (
        f"{format_duration(8 * 3600)} more than the week before."
    )
    assert words[1] == "Good posture 75 % of the judged time (up 25 points from 50 %)."
    assert "2 days in a row" in streak_words(review)


def test_a_first_week_has_no_trend_to_invent() -> None:
    empty = _week(2026, 47, {})
    this = _week(2026, 48, {0: {"seated_h": 1, "longest_h": 1}})
    review = review_week(this, empty)
    assert review.previous_good_share is None and review.good_share is None
    assert trend_words(review) == [
        f"Seated {format_duration(3600)} this week; nothing recorded the week before."
    ]
    assert (review.best_streak_days, review.streak_days) == (1, 1)
    assert review_week(empty, empty).streak_days == 0


def test_the_seated_time_says_which_sense_it_came_from() -> None:
    from deskguard.core.review import sense_words

    assert sense_words(3 * 3600, 0) == ""  # the camera saw it all: nothing to say
    assert sense_words(0, 2 * 3600) == "all from keyboard and mouse"
    assert (
        sense_words(7800, 2400) == "2 h 10 min seen by the camera, 40 min from keyboard and mouse"
    )


def test_a_days_screen_advice_is_put_in_words() -> None:
    from deskguard.core.review import screen_advice_words

    assert screen_advice_words("keep") == "keep it where it is"
    assert screen_advice_words("raise by about 4 cm") == "raise it by about 4 cm"
    assert screen_advice_words("lower by about 12 cm") == "lower it by about 12 cm"
    assert screen_advice_words("tilt it a little") == "tilt it a little"  # a newer wording
