"""Reminders people can act on (issue 10): held for a call, a heads-up, answers.

* While a call holds the camera the engine counts the reminders that fell due
  and the tray says so; after the call they come as one nudge, not a burst.
* An optional heads-up two minutes before the walk reminder (off by default).
* "Done", "Snooze 10 min" and "Skip" on a reminder are recorded as such.
"""

from __future__ import annotations

from deskguard.core.engine import ANSWER_SNOOZE_S, ReminderAnswer
from deskguard.core.engine import EventKind as K
from deskguard.core.presentation import TrayState, status_line, tooltip, tray_state
from deskguard.core.settings import Settings
from tests.scripted_day import TZ, Day

REMINDERS = (K.SHIFT_REMINDER, K.WALK_REMINDER, K.WALK_HEADS_UP)


def shown(day: Day) -> list[tuple[float, str]]:
    """(minutes after the start, title) of every reminder notified."""
    return [
        (round((e.t_s - day.t0) / 60, 2), e.title)
        for e in day.events
        if e.kind in REMINDERS and e.notify
    ]


def in_call_line(day: Day) -> str:
    status = day.engine.status(day.t)
    state = tray_state(status, models_ok=True, camera_error=None, started=True)
    assert state is TrayState.CAMERA_BUSY
    return status_line(state, status, now_s=day.t, tz=TZ)


def test_a_call_counts_the_reminders_it_holds_and_the_tray_says_so() -> None:
    day = Day().sit(5).command("set_camera_busy", True)
    assert day.engine.status(day.t).held_for_call == 0
    assert in_call_line(day) == "Camera in use by another app: not disturbing you"
    day.no_camera(10)  # 15 min: the shift (due at 12) is held
    assert day.engine.status(day.t).held_for_call == 1
    assert in_call_line(day) == "In a call: 1 reminder held"
    day.no_camera(50)  # 65 min: the walk too
    assert day.engine.status(day.t).held_for_call == 2
    assert in_call_line(day) == "In a call: 2 reminders held"
    text = tooltip(
        tray_state(day.engine.status(day.t), models_ok=True, camera_error=None, started=True),
        day.engine.status(day.t),
        now_s=day.t,
        tz=TZ,
    )
    assert text.startswith("DeskGuard: In a call: 2 reminders held\n")
    assert shown(day) == []  # nothing during the call
    day.command("set_camera_busy", False)
    assert day.engine.status(day.t).held_for_call == 0


def test_after_the_call_one_nudge_covers_the_held_walk_and_shift() -> None:
    day = Day().sit(5).command("set_camera_busy", True).no_camera(60)
    day.command("set_camera_busy", False).sit(11)
    # One notification right after the call, though a shift and a walk were both held;
    # before, the held shift followed the walk 5 minutes later.
    assert shown(day) == [(65.0, "After your call: time to stand up and walk")]
    (walk,) = day.of(K.WALK_REMINDER)
    assert walk.data["after_call"] is True
    assert walk.body.startswith("You have been sitting for 1 h 05 min.")
    day.sit(2)  # the next shift is a whole interval after the nudge
    assert shown(day)[1:] == [(77.0, "Time to shift position")]


def test_a_call_that_held_only_the_shift_ends_with_that_shift() -> None:
    day = Day().sit(5).command("set_camera_busy", True).no_camera(10)
    day.command("set_camera_busy", False).sit(1)
    assert shown(day) == [(15.0, "After your call: time to shift position")]


def test_without_a_call_the_wording_and_the_spacing_are_unchanged() -> None:
    day = Day().sit(66)
    titles = [title for _, title in shown(day)]
    assert "After your call" not in " ".join(titles)
    assert day.at(K.WALK_REMINDER) == [60.0]


def test_a_break_during_the_call_forgets_what_was_held() -> None:
    day = Day().sit(5).command("set_camera_busy", True).no_camera(10)
    assert day.engine.status(day.t).held_for_call == 1
    day.command("set_camera_busy", False).away(4).sit(13)  # they left when the call ended
    assert shown(day) == [(31.0, "Time to shift position")]  # the new bout's own, plain


def test_the_heads_up_comes_two_minutes_before_the_first_walk_reminder() -> None:
    day = Day(settings=Settings(walk_heads_up=True)).sit(95)
    (heads_up,) = day.of(K.WALK_HEADS_UP)
    assert (round((heads_up.t_s - day.t0) / 60, 2), heads_up.title) == (58.0, "Walk in 2 min")
    assert heads_up.body == "Finish your sentence: a walk break is coming up."
    # The walk reminder is where the status predicted it, and its repeats get no heads-up.
    assert day.at(K.WALK_REMINDER) == [60.0, 75.0, 90.0]


def test_the_heads_up_follows_the_same_rule_as_the_reminder() -> None:
    # A new bout after a break: the heads-up is two minutes before that bout's walk.
    day = Day(settings=Settings(walk_heads_up=True, walk_after_s=30 * 60)).sit(10).away(4)
    day.sit(31)
    assert day.at(K.WALK_HEADS_UP) == [42.0]
    assert day.at(K.WALK_REMINDER) == [44.0]


def test_no_heads_up_by_default_or_while_snoozed() -> None:
    assert Day().sit(61).of(K.WALK_HEADS_UP) == []
    day = Day(settings=Settings(walk_heads_up=True)).sit(55)
    day.command("snooze", 10 * 60).sit(6)
    assert day.of(K.WALK_HEADS_UP) == []


def test_done_and_skip_are_recorded_for_the_reminder_they_answer() -> None:
    day = Day().sit(13)
    (shift,) = day.of(K.SHIFT_REMINDER)
    day.command("answer", K.SHIFT_REMINDER, shift.t_s, ReminderAnswer.DONE)
    (done,) = day.of(K.REMINDER_DONE)
    assert done.data == {"reminder": "shift_reminder", "reminder_t_s": shift.t_s}
    assert not done.notify
    day.sit(12)
    second = day.of(K.SHIFT_REMINDER)[1]
    day.command("answer", K.SHIFT_REMINDER, second.t_s, ReminderAnswer.SKIP)
    (skipped,) = day.of(K.REMINDER_SKIPPED)
    assert skipped.data["reminder_t_s"] == second.t_s
    # Their word changes no timer: the shift comes again a whole interval later.
    day.sit(12)
    assert day.at(K.SHIFT_REMINDER) == [12.0, 24.0, 36.0]


def test_snooze_on_a_reminder_holds_reminders_for_ten_minutes() -> None:
    day = Day().sit(13)
    (shift,) = day.of(K.SHIFT_REMINDER)
    day.command("answer", K.SHIFT_REMINDER, shift.t_s, ReminderAnswer.SNOOZE)
    (snoozed,) = day.of(K.SNOOZED)
    assert ANSWER_SNOOZE_S == 600
    assert snoozed.data["until_s"] == day.t + 600
    assert snoozed.data["reminder"] == "shift_reminder"
    assert day.engine.status(day.t).snoozed_until_s == day.t + 600


def test_a_preview_says_what_the_reminder_will_and_changes_nothing() -> None:
    plain = Day().sit(13)
    shown_first = Day().sit(5)
    previews = [
        shown_first.engine.preview(shown_first.t, kind)
        for kind in (K.SHIFT_REMINDER, K.WALK_REMINDER, K.WALK_HEADS_UP, K.SCREEN_ADVICE)
    ]
    shown_first.sit(8)
    # The user's own reminder is word for word the one given without the previews.
    assert [e.body for e in shown_first.of(K.SHIFT_REMINDER)] == [
        e.body for e in plain.of(K.SHIFT_REMINDER)
    ]
    assert [p.title for p in previews] == [
        "Time to shift position",
        "Time to stand up and walk",
        "Walk in 2 min",
        "Raise your screen by about 6 cm",
    ]
    assert previews[0].body.startswith("You have sat still for 12 min.")
    assert all(p.data["preview"] for p in previews)
    longer = Settings(walk_after_s=90 * 60)
    walk = shown_first.engine.preview(shown_first.t, K.WALK_REMINDER, settings=longer)
    assert walk.body.startswith("You have been sitting for 1 h 30 min.")
