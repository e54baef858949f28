"""The engine's status says when the next reminder comes, and the tray's words say it.

Issue 10: the tray tooltip shows time seated and time to the next reminder;
snooze and pause show their end time and can be cancelled.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from deskguard.core.engine import EventKind as K
from deskguard.core.engine import Status
from deskguard.core.presentation import TrayState, status_line, tooltip
from deskguard.core.settings import Settings
from tests.scripted_day import TZ, Day, local


def predictions_and_reminders(day: Day, minutes: float) -> list[tuple[float, float, K, K]]:
    """(predicted time, actual time, predicted kind, kind) per reminder, ``minutes`` sitting."""
    found = []
    predicted = day.engine.status(day.t)
    for _ in range(round(minutes * 60 / day.dt)):
        before = len(day.events)
        day.sit_one()
        new = [e for e in day.events[before:] if e.kind in (K.SHIFT_REMINDER, K.WALK_REMINDER)]
        for event in new:
            assert predicted.next_reminder_s is not None
            assert predicted.next_reminder is not None
            found.append(
                (predicted.next_reminder_s, event.t_s, predicted.next_reminder, event.kind)
            )
        predicted = day.engine.status(day.t - day.dt)
    return found


def test_the_status_predicts_every_shift_and_walk_reminder() -> None:
    day = Day()
    day.sit_one()
    status = day.engine.status(day.t)
    assert status.next_reminder is K.SHIFT_REMINDER
    assert status.next_reminder_s == day.t0 + 12 * 60
    found = predictions_and_reminders(day, 95)
    kinds = [k for *_, k in found]
    assert kinds.count(K.WALK_REMINDER) == 3 and kinds.count(K.SHIFT_REMINDER) >= 4
    for predicted, actual, predicted_kind, kind in found:
        # The reminder named comes with the first sample at or after the predicted time.
        assert 0.0 <= actual - predicted < day.dt, kind
        assert predicted_kind is kind


def test_a_change_of_position_moves_the_next_shift_reminder() -> None:
    day = Day().sit(5).shift().sit(1)
    status = day.engine.status(day.t)
    assert status.next_reminder is K.SHIFT_REMINDER
    assert 5 * 60 < status.next_reminder_s - day.t0 <= 5 * 60 + 12 * 60 + 10


def test_no_next_reminder_for_an_empty_chair_or_without_notifications() -> None:
    day = Day().sit(5).away(4)  # a real break: the bout ended
    assert day.engine.status(day.t).next_reminder_s is None
    quiet = Day(settings=Settings(notifications=False)).sit(5)
    assert quiet.engine.status(quiet.t).next_reminder_s is None


def test_snooze_shows_its_end_and_pushes_the_next_reminder_and_can_end_early() -> None:
    day = Day().sit(10)
    day.command("snooze", 15 * 60)
    status = day.engine.status(day.t)
    assert status.snoozed_until_s == day.t + 15 * 60
    assert status.next_reminder_s == status.snoozed_until_s  # the shift (due at 12) waits
    day.sit(5)
    assert day.of(K.SHIFT_REMINDER) == []
    cancelled = day.engine.cancel_snooze(day.t)
    assert [e.kind for e in cancelled] == [K.SNOOZED] and cancelled[0].data["cancelled"]
    status = day.engine.status(day.t)
    assert status.snoozed_until_s is None and status.next_reminder_s < day.t  # overdue
    day.sit_one()
    assert len(day.of(K.SHIFT_REMINDER)) == 1  # at once, with the next sample
    assert day.engine.cancel_snooze(day.t) == []  # not snoozed: nothing to end


def test_a_pause_says_when_it_ends() -> None:
    day = Day().sit(1)
    day.command("pause", local("2026-11-23 14:30"))
    status = day.engine.status(day.t)
    assert status.paused_until_s == local("2026-11-23 14:30")
    assert status_line(TrayState.PAUSED, status, now_s=day.t, tz=TZ) == "Paused until 14:30"
    assert status_line(TrayState.PAUSED, status) == "Paused"  # no time given: no end time
    day.command("resume")
    assert day.engine.status(day.t).paused_until_s is None


def test_a_pause_until_another_day_names_the_day() -> None:
    day = Day("2026-11-27 17:00").sit(1)  # a Friday
    day.command("pause", local("2026-11-30 08:00"))
    line = status_line(TrayState.PAUSED, day.engine.status(day.t), now_s=day.t, tz=TZ)
    assert line == "Paused until Mon 08:00"


BASE = Status(
    present=True,
    paused=False,
    camera_busy=False,
    cant_see=False,
    in_work_hours=True,
    bout_s=20 * 60,
    seated_today_s=54 * 60 + 30,
    alerts=(),
    calibrated=True,
)
NOW = local("2026-11-23 14:00")


@pytest.mark.parametrize(
    ("changes", "last_line"),
    [
        (
            {"next_reminder_s": NOW + 3 * 60 + 10, "next_reminder": K.SHIFT_REMINDER},
            "Shift position in 4 min",
        ),
        (
            {"next_reminder_s": NOW + 30, "next_reminder": K.SHIFT_REMINDER},
            "Shift position in 1 min",
        ),
        (
            {"next_reminder_s": NOW + 40 * 60, "next_reminder": K.WALK_REMINDER},
            "Walk break in 40 min",
        ),
        ({"next_reminder_s": NOW - 5, "next_reminder": K.WALK_REMINDER}, "Walk break: due now"),
        (
            {
                "snoozed_until_s": NOW + 15 * 60,
                "next_reminder_s": NOW + 15 * 60,
                "next_reminder": K.SHIFT_REMINDER,
            },
            "Reminders snoozed until 14:15",
        ),
    ],
)
def test_the_tooltip_says_seated_time_and_the_next_reminder(changes: dict, last_line: str) -> None:
    status = replace(BASE, **changes)
    text = tooltip(TrayState.GOOD, status, now_s=NOW, tz=TZ)
    assert text.split("\n") == [
        "DeskGuard: Posture looks good",
        "Seated today 54 min, this stretch 20 min",
        last_line,
    ]


def test_no_countdown_while_away_paused_or_without_the_time() -> None:
    status = replace(BASE, next_reminder_s=NOW + 60, next_reminder=K.SHIFT_REMINDER)
    for state in (TrayState.AWAY, TrayState.PAUSED, TrayState.CAMERA_BUSY, TrayState.OFF_HOURS):
        assert "Shift" not in tooltip(state, status, now_s=NOW, tz=TZ)
    assert len(tooltip(TrayState.GOOD, status).split("\n")) == 2
