"""A reminder answered "Done" is not an ignored one (issue 20): the day says so apart."""

from __future__ import annotations

from datetime import datetime

from deskguard.core.engine import EventKind, ReminderAnswer
from deskguard.core.review import walk_words
from deskguard.core.stats import EventRow, summarize_day
from tests.scripted_day import TZ, Day


def _summary(day: Day):  # type: ignore[no-untyped-def]
    rows = [EventRow(e.t_s, e.kind, e.data) for e in day.events]
    return summarize_day(datetime.fromtimestamp(day.t0, TZ).date(), TZ, [], rows)


def test_done_skip_and_silence_read_differently() -> None:
    day = Day().sit(61)  # the first walk reminder at 60 min
    (walk,) = day.of(EventKind.WALK_REMINDER)
    day.command("answer", EventKind.WALK_REMINDER, walk.t_s, ReminderAnswer.DONE)
    day.sit(15)  # still seated: the repeat comes, and is skipped
    second = day.of(EventKind.WALK_REMINDER)[1]
    day.command("answer", EventKind.WALK_REMINDER, second.t_s, ReminderAnswer.SKIP)
    day.sit(15)  # a third, not answered at all
    s = _summary(day)
    assert (s.walk_reminders, s.walk_reminders_missed, s.walk_reminders_done) == (3, 3, 1)
    _figure, caption = walk_words(s.walk_reminders, s.walk_reminders_missed, s.walk_reminders_done)
    assert caption == "0 followed, 1 marked done, 2 ignored"  # Done was "ignored" before


def test_a_day_without_done_keeps_its_words() -> None:
    assert walk_words(2, 1)[1] == "1 followed, 1 ignored"
