"""Presence in the engine: one lone body-only sample never ends an absence."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from deskguard.core.engine import EventKind
from deskguard.core.quality import BodyAloneEvidence, body_alone_is_someone, body_alone_shape_ok
from deskguard.core.sample import BodyMeasurement, PostureSample, Quality, QualityIssue
from tests.scripted_day import Day


def _body_only() -> PostureSample:
    """What the pose model's "body" in an empty scene looks like: present, poor, no face."""
    return PostureSample(
        t_s=0.0,
        face_found=False,
        body_found=True,
        body=BodyMeasurement(0.99, None, 0.05, 0.0),
        quality=Quality.POOR,
        issues=(QualityIssue.FACE_NOT_FOUND,),
    )


def _ghosts(day: Day, minutes: float, every: int = 12) -> Day:
    """Away, with one lone body-only sample every ``every`` samples (once a minute)."""
    for k in range(round(minutes * 60 / day.dt)):
        day._feed(_body_only() if k % every == every // 2 else _absent())
    return day


def _absent() -> PostureSample:
    return PostureSample(t_s=0.0, face_found=False, body_found=False)


def test_lone_body_samples_in_an_empty_scene_do_not_hide_the_break() -> None:
    day = Day()
    day.sit(20)
    _ghosts(day, 7)
    day.sit(20)
    breaks = day.of(EventKind.BREAK_STARTED)
    assert [e.data["reason"] for e in breaks] == ["away"]
    assert day.at(EventKind.BREAK_STARTED) == [19.92]  # last seen, 5 s before the 20th minute
    assert day.at(EventKind.BOUT_STARTED) == [0.0, 27.0]


def test_a_lone_body_sample_does_not_reset_the_break_clock() -> None:
    day = Day()
    day.sit(10).away(2.5)
    day._feed(_body_only())
    day.away(1)
    assert day.at(EventKind.BREAK_STARTED) == [9.92]
    assert day.of(EventKind.BREAK_STARTED)[0].data["bout_s"] == 595.0


def test_two_agreeing_body_samples_end_the_absence_at_the_first() -> None:
    day = Day()
    day.sit(10).away(5)
    first = day.t
    day._feed(_body_only())
    assert day.at(EventKind.BOUT_STARTED) == [0.0]  # not yet
    day._feed(_body_only())
    bouts = day.of(EventKind.BOUT_STARTED)
    assert len(bouts) == 2 and bouts[1].t_s == first
    assert day.steps[-1].seated_s == day.dt  # the time between the two is seated
    day.sit(5)
    # 595 s of the first bout, 5 s between the agreeing samples, 300 s after.
    assert round(day.seated_min * 60) == 595 + 5 + 300


def test_a_face_ends_the_absence_at_once() -> None:
    day = Day()
    day.sit(10).away(5)
    back = day.t
    day.sit_one()
    assert day.of(EventKind.BOUT_STARTED)[-1].t_s == back


def test_a_lone_poor_face_does_not_end_an_absence_but_two_do() -> None:
    # A face "found" in a pattern is poor (distorted fit, at the edge); a real
    # face that sits down poorly lit is confirmed one sample later.
    day = Day()
    day.sit(10).away(5)
    day.sit(5 / 60, quality=Quality.POOR)
    day.away(1)
    assert day.at(EventKind.BOUT_STARTED) == [0.0]
    first = day.t
    day.sit(10 / 60, quality=Quality.POOR)
    assert day.of(EventKind.BOUT_STARTED)[-1].t_s == first


def test_a_face_after_a_lone_body_sample_starts_the_bout_at_the_body() -> None:
    day = Day()
    day.sit(10).away(5)
    first = day.t
    day._feed(_body_only())
    day.sit_one()
    assert day.of(EventKind.BOUT_STARTED)[-1].t_s == first


def test_a_lone_body_sample_followed_by_nobody_is_forgotten() -> None:
    day = Day()
    day.sit(10).away(5)
    day._feed(_body_only())
    day.away(1)
    day._feed(_body_only())
    day.away(1)
    assert day.at(EventKind.BOUT_STARTED) == [0.0]


def test_a_lone_sample_before_the_laptop_slept_is_not_agreed_with_after_it() -> None:
    day = Day()
    day.sit(10).away(5)
    day._feed(_body_only())
    day.sleep(30)
    back = day.t
    day.sit_one()
    assert day.of(EventKind.BOUT_STARTED)[-1].t_s == back


def test_body_only_samples_within_a_bout_still_count_as_seated() -> None:
    # The user turns to a second screen: no face, a body, and no absence to end.
    day = Day()
    day.sit(5)
    for _ in range(60):
        day._feed(_body_only())
    day.sit(5)
    assert day.of(EventKind.BREAK_STARTED) == []
    assert round(day.seated_min, 1) == round(15 - 5 / 60, 1)


SOMEONE = BodyAloneEvidence(
    shoulder_visibility=0.99,
    head_visibility=0.99,
    head_span=0.05,
    ears_above_shoulders=1.5,
    mirror_offset=0.2,
)


def test_a_plausible_body_alone_is_someone() -> None:
    assert body_alone_shape_ok(SOMEONE) and body_alone_is_someone(SOMEONE)


@pytest.mark.parametrize(
    "changes",
    [
        {"shoulder_visibility": 0.6},  # a shoulder guessed
        {"head_visibility": 0.5},  # the head region not seen (turned away, cut off)
        {"head_span": 0.01},  # a "person" far smaller than anyone at a desk
        {"ears_above_shoulders": 0.1},  # the head beside or below the shoulders
        {"mirror_offset": 0.9},  # the mirror image puts the body elsewhere
        {"mirror_offset": math.inf},  # or shows none
        {"mirror_offset": None},  # not looked at: not strong evidence
    ],
)
def test_each_weak_point_makes_a_body_alone_nobody(changes: dict) -> None:
    assert not body_alone_is_someone(replace(SOMEONE, **changes))


def test_a_body_that_fails_the_test_makes_the_sample_absent() -> None:
    ghost = replace(_body_only(), body_counts=False)
    assert not ghost.present
    assert replace(ghost, face_found=True).present  # a face is enough on its own


def test_samples_not_yet_believed_never_say_cant_see_you() -> None:
    # Ghosts every 15 s in an empty room: each is poor quality, none is
    # confirmed, so none may feed the "can't see you well" judgement either.
    day = Day().sit(5).away(4)
    _ghosts(day, 10, every=3)
    assert day.of(EventKind.CANT_SEE) == []
    assert len(day.of(EventKind.BOUT_STARTED)) == 1
