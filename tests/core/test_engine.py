"""The reminder engine over scripted working days: exact reminders and totals."""

from __future__ import annotations

import itertools

import pytest

from deskguard.core.engine import EventKind, PostureState, Problem
from deskguard.core.sample import Quality
from deskguard.core.settings import Settings
from tests.scripted_day import Day, local

K = EventKind


def test_sitting_still_gets_shift_reminders_then_a_walk_reminder() -> None:
    day = Day().sit(65)
    assert day.at(K.BOUT_STARTED) == [0.0]
    assert day.at(K.SHIFT_REMINDER) == [12.0, 24.0, 36.0, 48.0]
    assert day.at(K.WALK_REMINDER) == [60.0]
    assert day.at(K.POSITION_CHANGED) == []  # jitter is not a change of position
    assert day.seated_min == pytest.approx(65 - 5 / 60, abs=0.01)
    walk = day.of(K.WALK_REMINDER)[0]
    assert walk.notify and walk.title == "Time to stand up and walk"
    assert walk.body.startswith("You have been sitting for 1 h. ")


def test_reminder_texts_vary() -> None:
    bodies = [e.body for e in Day().sit(50).of(K.SHIFT_REMINDER)]
    assert len(bodies) == 4
    tips = [b.split(". ", 1)[1] for b in bodies]
    assert all(a != b for a, b in itertools.pairwise(tips))


def test_moving_on_your_own_needs_no_reminder() -> None:
    day = Day()
    for _ in range(6):
        day.sit(8).shift(10 if len(day.events) % 2 else -10)
    assert day.at(K.SHIFT_REMINDER) == []
    changes = day.of(K.POSITION_CHANGED)
    assert len(changes) == 5
    assert not any(e.data["prompted"] for e in changes)


def test_a_shift_after_a_reminder_counts_as_prompted() -> None:
    day = Day().sit(13).shift().sit(2)
    assert day.at(K.SHIFT_REMINDER) == [12.0]
    (change,) = day.of(K.POSITION_CHANGED)
    assert change.data["prompted"] is True
    assert 13.0 <= day.at(K.POSITION_CHANGED)[0] <= 13.2


def test_short_absences_are_not_breaks_and_count_as_seated() -> None:
    day = Day().sit(10).away(0.5).sit(10).away(2).sit(10)
    assert day.at(K.BREAK_STARTED) == []
    assert day.at(K.BOUT_STARTED) == [0.0]
    assert day.seated_min == pytest.approx(32.5 - 5 / 60, abs=0.01)


def test_a_real_break_ends_the_bout_where_the_user_left() -> None:
    day = Day().sit(20).away(4).sit(10)
    (brk,) = day.of(K.BREAK_STARTED)
    assert brk.data["bout_s"] == pytest.approx(20 * 60 - 5)
    assert round((brk.t_s - day.t0) / 60, 2) == pytest.approx(20 - 5 / 60, abs=0.01)
    assert day.at(K.BOUT_STARTED) == [0.0, 24.0]
    assert day.seated_min == pytest.approx(30 - 10 / 60, abs=0.01)


def test_the_walk_reminder_repeats_until_a_real_break() -> None:
    day = Day().sit(62).away(1).sit(20).away(4).sit(61)
    assert day.at(K.WALK_REMINDER) == [60.0, 75.0, 147.0]
    assert day.at(K.WALK_SATISFIED) == [pytest.approx(83 - 5 / 60, abs=0.01)]
    assert day.at(K.BOUT_STARTED) == [0.0, 87.0]


def test_neck_alert_needs_most_of_the_window_and_then_cools_down() -> None:
    day = Day().sit(2).sit(2, pitch=28).sit(2).sit(1, pitch=28).sit(9).sit(2, pitch=28)
    alerts = day.of(K.POSTURE_ALERT)
    assert [a.data["problem"] for a in alerts] == ["neck_flexion", "neck_flexion"]
    first, second = day.at(K.POSTURE_ALERT)
    assert 2.5 <= first <= 3.0  # about 70 % of a 45 s window after the slouch began
    assert second >= first + 10  # the one in between fell in the cool-down
    assert len(day.of(K.POSTURE_RECOVERED)) == 2  # the last slouch is still held
    assert alerts[0].notify and "past your neutral" in alerts[0].body


def test_a_brief_glance_down_is_not_an_alert() -> None:
    day = Day().sit(2)
    for _ in range(10):
        day.sit(15 / 60, pitch=30).sit(40 / 60)
    assert day.of(K.POSTURE_ALERT) == []


def test_poor_quality_is_cant_see_never_a_verdict() -> None:
    day = Day().sit(1).sit(3, pitch=35, quality=Quality.POOR)
    assert day.of(K.POSTURE_ALERT) == []
    assert len(day.of(K.CANT_SEE)) == 1
    assert {s.posture for s in day.steps[12:]} == {PostureState.UNKNOWN}
    day.sit(2)
    assert len(day.of(K.SEES_AGAIN)) == 1


def test_too_close_works_without_calibration_and_neck_does_not() -> None:
    day = Day(baseline=None).sit(1).sit(2, distance=33, pitch=30)
    assert [a.data["problem"] for a in day.of(K.POSTURE_ALERT)] == [Problem.TOO_CLOSE.value]


def test_forward_head_alert() -> None:
    day = Day().sit(1).sit(2, gap=0.4)
    assert [a.data["problem"] for a in day.of(K.POSTURE_ALERT)] == ["forward_head"]


def test_quiet_hours_hold_reminders_and_silence_alerts() -> None:
    settings = Settings(quiet_start="09:10", quiet_end="09:40")
    day = Day(settings=settings).sit(15).sit(2, pitch=30).sit(30)
    assert day.at(K.SHIFT_REMINDER) == [40.0]  # due at 12, held until 09:40
    (alert,) = day.of(K.POSTURE_ALERT)
    assert not alert.notify


def test_a_call_holding_the_camera_means_do_not_disturb() -> None:
    day = Day().sit(5).command("set_camera_busy", True)
    day.no_camera(30)
    assert day.at(K.SHIFT_REMINDER) == []
    day.command("set_camera_busy", False).sit(1)
    assert day.at(K.CAMERA_BUSY) == [5.0] and day.at(K.CAMERA_FREE) == [35.0]
    assert day.at(K.SHIFT_REMINDER) == [35.0]  # due during the call, given after it
    assert day.at(K.BREAK_STARTED) == []  # the user sat through the call
    # The first sample and the seconds before each camera command are not credited.
    assert day.seated_min == pytest.approx(36 - 15 / 60, abs=0.01)


def test_pause_stops_everything_and_a_long_one_ends_the_bout() -> None:
    day = Day().sit(10)
    day.command("pause", day.t + 30 * 60)
    assert not day.engine.wants_camera(day.t)
    day.away(30)  # whatever is fed while paused is ignored
    day.sit(5)
    assert day.at(K.PAUSED) == [10.0] and day.at(K.RESUMED) == [40.0]
    (brk,) = day.of(K.BREAK_STARTED)
    assert brk.data["reason"] == "paused"
    assert day.at(K.BOUT_STARTED) == [0.0, 40.0]
    assert day.seated_min == pytest.approx(15 - 10 / 60, abs=0.01)


def test_pause_until_tomorrow_resumes_at_the_next_work_start() -> None:
    day = Day("2026-11-23 16:00")  # watching whenever in use: tomorrow morning at 08:00
    assert day.engine.pause_until_tomorrow_s(day.t) == local("2026-11-24 08:00")
    late = Day("2026-11-28 23:30")  # a Saturday night: Sunday morning
    assert late.engine.pause_until_tomorrow_s(late.t) == local("2026-11-29 08:00")
    only = Settings(work_hours_only=True, work_start="07:30")
    day = Day("2026-11-23 16:00", settings=only)
    assert day.engine.pause_until_tomorrow_s(day.t) == local("2026-11-24 07:30")


def test_sleeping_the_laptop_is_away_time_never_seated() -> None:
    day = Day().sit(20).sleep(45).sit(10)
    assert day.at(K.TIME_JUMP) == [65.0]
    (brk,) = day.of(K.BREAK_STARTED)
    assert brk.data["reason"] == "gap"
    assert day.at(K.BOUT_STARTED) == [0.0, 65.0]
    assert day.seated_min == pytest.approx(30 - 10 / 60, abs=0.01)


def test_a_short_sleep_is_not_seated_but_not_a_break() -> None:
    day = Day().sit(10).sleep(2).sit(10)
    assert day.at(K.TIME_JUMP) == [12.0]
    assert day.at(K.BREAK_STARTED) == []
    assert day.seated_min == pytest.approx(20 - 10 / 60, abs=0.01)


def test_a_clock_going_back_never_gives_negative_durations() -> None:
    day = Day().sit(20)
    day.t -= 3600  # the clock is set back an hour
    day.sit(20)
    assert all(s.seated_s >= 0 for s in day.steps)
    (brk,) = day.of(K.BREAK_STARTED)
    assert brk.data["reason"] == "clock" and brk.data["bout_s"] >= 0
    assert day.seated_min == pytest.approx(40 - 10 / 60, abs=0.01)


def test_camera_gone_for_long_ends_the_bout() -> None:
    day = Day().sit(10).no_camera(5).sit(5)
    (brk,) = day.of(K.BREAK_STARTED)
    assert brk.data["reason"] == "unobserved"
    assert day.seated_min == pytest.approx(15 - 10 / 60, abs=0.01)


def test_snooze_holds_reminders_back() -> None:
    day = Day().sit(12.1)
    assert day.at(K.SHIFT_REMINDER) == [12.0]
    day.command("snooze", 20 * 60).sit(30)
    assert day.at(K.SHIFT_REMINDER) == [12.0, 32.08]  # snoozed at 12.08 for 20 min


def test_by_default_the_computer_is_watched_whenever_it_is_in_use() -> None:
    assert Settings().work_hours_only is False
    evening = Day("2026-11-28 20:00").sit(65)  # a Saturday, after the usual work hours
    assert evening.engine.in_work_hours(evening.t) and evening.engine.wants_camera(evening.t)
    assert evening.engine.status(evening.t).in_work_hours
    assert evening.at(K.BOUT_STARTED) == [0.0]
    assert evening.at(K.SHIFT_REMINDER) == [12.0, 24.0, 36.0, 48.0]
    assert evening.at(K.WALK_REMINDER) == [60.0]
    assert evening.seated_min == pytest.approx(65 - 5 / 60, abs=0.01)
    early = Day("2026-11-23 07:00").sit(30)  # a Monday, before the usual start
    assert early.at(K.BOUT_STARTED) == [0.0] and early.seated_min > 29


def test_with_work_hours_only_nothing_is_watched_outside_them() -> None:
    only = Settings(work_hours_only=True)
    early = Day("2026-11-23 07:00", settings=only).sit(30)
    assert early.events == [] and early.seated_min == 0
    assert not early.engine.wants_camera(early.t)
    assert not early.engine.status(early.t).in_work_hours
    evening = Day("2026-11-23 19:00", settings=only).sit(30)  # the end is exclusive
    assert evening.events == [] and evening.seated_min == 0
    weekend = Day("2026-11-28 10:00", settings=only).sit(30)  # a Saturday
    assert weekend.events == []
    working = Day("2026-11-23 09:00", settings=only).sit(13)
    assert working.at(K.SHIFT_REMINDER) == [12.0]
    assert working.engine.wants_camera(working.t)


def test_work_hours_only_keeps_the_chosen_hours_and_days() -> None:
    nights = Settings(work_hours_only=True, work_start="22:00", work_end="06:00", work_days="67")
    engine = Day(settings=nights).engine
    assert engine.in_work_hours(local("2026-11-28 23:30"))  # Saturday night
    assert engine.in_work_hours(local("2026-11-29 05:59"))  # Sunday, before the end
    assert not engine.in_work_hours(local("2026-11-29 06:00"))
    assert not engine.in_work_hours(local("2026-11-23 23:30"))  # a Monday


def test_screen_height_advice_comes_once_a_day_with_a_figure() -> None:
    day = Day()
    day.eyes = (0.0, 9.6, -60.0)  # eyes 10.6 cm above the top edge (lens 1 cm above it)
    day.sit(70)
    (advice,) = day.of(K.SCREEN_ADVICE)
    assert advice.title == "Raise your screen by about 8 cm"
    assert advice.data["move"] == "raise" and 29.9 <= day.at(K.SCREEN_ADVICE)[0] <= 30.1


def test_screen_advice_comes_after_30_minutes_at_the_live_adaptive_cadence() -> None:
    # The live app samples less often once the user sits steadily; the engine
    # must count observed time from the clock, not from the number of samples.
    day = Day()
    day.eyes = (0.0, 9.6, -60.0)
    start, intervals = day.t, set()
    while day.t - start < 70 * 60:
        day.dt_override = day.engine.next_interval_s(day.t)
        intervals.add(day.dt_override)
        day.sit_one()
    assert {5.0, 10.0} <= intervals  # the cadence really changed
    assert 29.9 <= day.at(K.SCREEN_ADVICE)[0] <= 30.2


def test_seated_today_restarts_at_local_midnight() -> None:
    day = Day("2026-11-23 23:50").sit(20)  # watched at any hour by default
    assert day.engine.status(day.t).seated_today_s == pytest.approx(10 * 60, abs=10)


def test_daylight_saving_change_does_not_bend_time() -> None:
    # 2026-03-29 02:00 -> 03:00 in Berlin; a Sunday night, watched by default.
    day = Day("2026-03-29 01:30").sit(60)
    assert day.at(K.TIME_JUMP) == []
    assert day.seated_min == pytest.approx(60 - 5 / 60, abs=0.01)


def test_replaying_a_day_gives_the_same_events() -> None:
    def run() -> list:
        d = Day().sit(30).shift().sit(20).away(5).sit(40, pitch=25).sleep(30).sit(70)
        return [e.to_json_dict() for e in d.events]

    assert run() == run()


def test_a_whole_working_day() -> None:
    """08:30-17:30 with the habits of a real day; every reminder and total is predicted."""
    day = Day("2026-11-23 08:30")
    day.sit(25).shift().sit(25).away(6)  # coffee at 09:20
    day.sit(11).shift().sit(11).shift().sit(11)  # shifting on her own
    day.sit(40, pitch=26)  # 10:00 slouching over a document
    day.away(1).sit(30)  # a short chat, no break
    day.command("set_camera_busy", True).no_camera(45)  # 11:10 a video call
    day.command("set_camera_busy", False).sit(20).away(45)  # 12:15 lunch
    day.sit(50).sleep(20)  # 13:50 laptop shut for a meeting elsewhere
    day.command("pause", day.t + 60 * 60).away(60).sit(75)  # an hour paused, then focus
    day.away(10).sit(35)
    # Predicted by hand from the rules (minutes after 08:30):
    # bouts: 08:30, back from coffee 09:26, back from lunch 13:00, after the pause 15:10
    # (the laptop slept at 13:50, a break; the pause resumes at 15:10), back at 16:35.
    assert day.at(K.BOUT_STARTED) == [0.0, 56.0, 270.0, 400.0, 485.0]
    assert [e.data["reason"] for e in day.of(K.BREAK_STARTED)] == ["away", "away", "gap", "away"]
    # Still for 12 min -> reminder; own shifts at 67, 78, 89 reset the timer; none in
    # the call (11:10-11:55), the due ones right after it as one nudge (the walk at 205
    # stands for the held shift too: the next shift is 12 min later); a walk reminder
    # keeps the next shift reminder at least 5 min away; an empty chair is never reminded.
    assert day.at(K.SHIFT_REMINDER) == [
        12.0,
        24.0,
        37.08,
        49.08,
        101.08,
        113.08,
        125.08,
        142.0,
        154.0,
        217.0,
        282.0,
        294.0,
        306.0,
        318.0,
        412.0,
        424.0,
        436.0,
        448.0,
        465.0,
        497.0,
        509.0,
    ]
    # An hour into the bout, then every 15 min until a real break; the call defers one.
    assert day.at(K.WALK_REMINDER) == [116.0, 131.0, 146.0, 205.0, 220.0, 460.0]
    assert day.at(K.WALK_SATISFIED) == [224.92, 474.92]
    # 40 min slouched: an alert, then once per 10-min cool-down while it is held; none at
    # 129.5, when she had got up for the chat (it used to come then, to an empty chair).
    assert day.at(K.POSTURE_ALERT) == [89.5, 99.5, 109.5, 119.5]
    assert [e.data["prompted"] for e in day.of(K.POSITION_CHANGED)] == [
        True,
        False,
        False,
        False,
        True,
    ]
    # 49.92 + 168.92 + 49.92 + 74.92 + 34.92 minutes, less the two seconds-long
    # stretches before the camera commands.
    assert day.seated_min == pytest.approx(378.42, abs=0.01)


def test_sampling_gets_sparser_when_nothing_changes() -> None:
    day = Day().sit(1)
    assert day.engine.next_interval_s(day.t) == 5.0  # just sat down
    day.sit(5)
    assert day.engine.next_interval_s(day.t) == 10.0  # five steady minutes
    day.sit(1, pitch=30)
    assert day.engine.next_interval_s(day.t) == 5.0  # an alert: watch closely
    day.sit(2).away(1)
    assert day.engine.next_interval_s(day.t) == 15.0  # an empty chair
