"""A guided exercise done counts: kept in the history, a change of position, in the stats."""

from __future__ import annotations

from datetime import datetime

from deskguard.core.engine import EventKind
from deskguard.core.stats import EventRow, WeekSummary, summarize_day
from deskguard.report.export import to_csv, to_html
from tests.scripted_day import TZ, Day

K = EventKind


def test_an_exercise_is_a_change_of_position_that_restarts_the_shift_reminder() -> None:
    day = Day().sit(13)  # a shift reminder at 12 min
    assert day.at(K.SHIFT_REMINDER) == [12.0]
    events = day.engine.exercise_done(day.t, "neck_turns", confirmed=True, reps=5, target=5)
    day.events.extend(events)
    kinds = [e.kind for e in events]
    assert kinds == [K.EXERCISE_DONE, K.POSITION_CHANGED]
    assert events[0].data == {"exercise": "neck_turns", "confirmed": True, "reps": 5, "target": 5}
    # Soon after the reminder: it was followed, as a seen change of position is.
    assert events[1].data == {"prompted": True, "cause": "exercise"}
    # The next shift reminder counts from the exercise (at 13 min), not from the last
    # reminder (12 min): none at 24 min, one at 25.
    day.sit(11)
    assert day.at(K.SHIFT_REMINDER) == [12.0]
    day.sit(2)
    assert day.at(K.SHIFT_REMINDER) == [12.0, 25.0]


def test_an_exercise_done_on_the_users_word_is_kept_as_not_confirmed() -> None:
    day = Day().sit(5)
    events = day.engine.exercise_done(day.t, "hamstring_stretch", confirmed=False)
    assert events[0].data == {"exercise": "hamstring_stretch", "confirmed": False}
    assert events[1].data["prompted"] is False  # no reminder came before it: own initiative


def test_the_day_counts_exercises_and_those_the_camera_confirmed() -> None:
    day = Day().sit(20)
    day.events += day.engine.exercise_done(day.t, "neck_turns", confirmed=True, reps=5, target=5)
    day.sit(5)
    day.events += day.engine.exercise_done(day.t, "walk", confirmed=False)
    day.sit(5)
    day.events += day.engine.exercise_done(day.t, "chin_tucks", confirmed=True, reps=3, target=8)
    rows = [EventRow(e.t_s, e.kind, e.data) for e in day.events]
    summary = summarize_day(datetime.fromtimestamp(day.t0, TZ).date(), TZ, [], rows)
    assert (summary.exercises, summary.exercises_confirmed) == (3, 2)
    assert summary.shifts_own + summary.shifts_prompted >= 3  # each was a change of position
    # The weekly export carries them: the CSV's columns, the report's table, the totals.
    week = WeekSummary("2026-W48", "Europe/Berlin", (summary,))
    header, first = to_csv(week).splitlines()[:2]
    columns = dict(zip(header.split(","), first.split(","), strict=True))
    assert (columns["exercises"], columns["exercises_confirmed"]) == ("3", "2")
    assert ">3 (2 confirmed by the camera)<" in to_html(week)
    assert week.totals()["exercises"] == 3
