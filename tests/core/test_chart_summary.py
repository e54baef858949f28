"""The charts' words for a screen reader (deskguard.core.chart_summary)."""

from __future__ import annotations

from datetime import date

from deskguard.core.chart_summary import (
    clock,
    neck_summary,
    stretches,
    timeline_summary,
    week_summary,
)
from deskguard.core.review import NeckBands


def minutes(first: str, last: str, seconds: float = 60.0) -> dict[int, float]:
    """Every minute from ``first`` to ``last`` (inclusive, "HH:MM") seated ``seconds``."""

    def m(hhmm: str) -> int:
        h, mm = hhmm.split(":")
        return int(h) * 60 + int(mm)

    return dict.fromkeys(range(m(first), m(last) + 1), seconds)


def test_a_short_absence_does_not_end_a_stretch_but_a_break_does() -> None:
    assert stretches([600, 601, 604, 605, 620]) == [(600, 605), (620, 620)]
    assert stretches([600, 601, 604], break_min=2) == [(600, 601), (604, 604)]
    assert stretches([]) == []


def test_the_day_in_words() -> None:
    day = minutes("08:55", "10:04") | minutes("10:05", "11:24") | minutes("16:00", "17:39")
    day |= dict.fromkeys(range(12 * 60, 12 * 60 + 30), 0.0)  # recorded, not seated
    words = timeline_summary(day, good_s=3 * 3600, poor_s=40 * 60)
    assert words == (
        "Seated 4 h 10 min between 08:55 and 17:40; longest stretch 2 h 30 min from 08:55. "
        "Posture good for 3 h, poor for 40 min."
    )


def test_the_longest_stretch_is_said_with_its_start() -> None:
    day = minutes("08:00", "08:30") | minutes("10:05", "11:24")
    assert "longest stretch 1 h 20 min from 10:05" in timeline_summary(day)


def test_an_empty_day_says_so() -> None:
    assert timeline_summary({}) == "Nothing seated was recorded this day."
    assert timeline_summary({600: 0.0}) == "Nothing seated was recorded this day."


def test_the_neck_in_words() -> None:
    bands = NeckBands(watch_from_deg=15.0, strain_from_deg=20.0)
    neck = {600 + i: 4.0 for i in range(50)} | {650 + i: 26.0 for i in range(10)}
    assert neck_summary(neck, bands, calibrated=True) == (
        "Neck bent 8° past your neutral on average, at most 26° at 10:50; "
        "10 min at 20° or more, where alerts start."
    )
    assert "not calibrated" in neck_summary(neck, bands, calibrated=False)
    assert neck_summary({}, bands, calibrated=True) == "No neck angle was measured this day."


def test_the_week_in_words() -> None:
    monday = date(2026, 11, 23)
    days = [(date(2026, 11, 23 + i), 0.0, 0.0) for i in range(7)]
    days[0] = (monday, 5.25 * 3600, 2.25 * 3600)
    days[2] = (date(2026, 11, 25), 3 * 3600, 3600)
    assert week_summary(days) == (
        "Seated 8 h 15 min this week. Mon: 5 h 15 min (longest stretch 2 h 15 min), "
        "Wed: 3 h (longest stretch 1 h). Most on Mon."
    )
    assert week_summary(days[1:2]) == "Nothing seated was recorded this week."


def test_the_last_minute_of_the_day_is_written_as_a_time() -> None:
    assert clock(24 * 60) == "23:59"
    assert clock(605) == "10:05"
