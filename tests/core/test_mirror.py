"""The mirror retry never fakes a movement (issue 9, section 4).

A face found only in the mirror image (``PostureSample.mirrored``) can read a
few degrees off the direct reading of the same face. Samples that alternate
between the two paths must not make a change of position nor a neck or
forward-head alert; the same offsets on direct samples (a real movement) do.
"""

from __future__ import annotations

import dataclasses
import itertools
import random
from collections.abc import Iterator

import pytest

from deskguard.core.engine import EventKind, PostureEngine, PostureState
from deskguard.core.geometry import HeadPose
from deskguard.core.sample import PostureSample
from deskguard.core.settings import Settings
from tests.scripted_day import BASELINE, TZ, local, sample

K = EventKind
HOUR_S = 3600.0

#: Which samples come through the mirror: every other one, and three in four.
PATTERNS = {"alternate": "DM", "mostly_mirrored": "DMMM"}


def _feed_hour(
    *,
    pattern: str,
    offset_deg: float,
    mirrored: bool,
    pitch: float = 0.0,
    gap: float = 0.6,
    offset_gap: float = 0.6,
    offset_eyes_y_cm: float = 0.0,
    seed: int = 7,
) -> tuple[list[EventKind], list[PostureState]]:
    """An hour of a user sitting still; the samples marked M in ``pattern`` read
    ``offset_deg`` more in pitch, yaw and roll (and ``offset_gap``, the eyes
    ``offset_eyes_y_cm`` lower) and are flagged mirrored when ``mirrored``.
    """
    settings = Settings()
    engine = PostureEngine(settings, baseline=BASELINE, tz=TZ, seed=1)
    rng = random.Random(seed)
    t = local("2026-11-23 09:00")
    kinds: list[EventKind] = []
    states: list[PostureState] = []
    paths: Iterator[str] = itertools.cycle(pattern)
    for _ in range(round(HOUR_S / settings.sample_interval_s)):
        eyes = (rng.gauss(0, 0.6), 4.0 + rng.gauss(0, 0.6), -60.0 + rng.gauss(0, 0.8))
        p = pitch + rng.gauss(0, 1.2)
        s = sample(pitch=p, eyes=eyes, gap=gap)
        if next(paths) == "M":
            head = HeadPose(p + offset_deg, offset_deg, offset_deg)
            s = sample(
                pitch=p + offset_deg,
                eyes=(eyes[0], eyes[1] - offset_eyes_y_cm, eyes[2]),
                gap=offset_gap,
            )
            s = dataclasses.replace(s, head=head, mirrored=mirrored)
        step = engine.feed(t, s)
        kinds += [e.kind for e in step.events]
        states.append(step.posture)
        t += settings.sample_interval_s
    return kinds, states


@pytest.mark.parametrize("offset_deg", [5.0, 10.0])
@pytest.mark.parametrize("pattern", PATTERNS.values(), ids=PATTERNS.keys())
def test_alternating_with_the_mirror_is_no_change_of_position(
    pattern: str, offset_deg: float
) -> None:
    kinds, _ = _feed_hour(pattern=pattern, offset_deg=offset_deg, mirrored=True)
    assert K.POSITION_CHANGED not in kinds
    assert K.POSTURE_ALERT not in kinds
    assert kinds.count(K.SHIFT_REMINDER) == 4  # sat still: reminded as anyone else


def test_the_same_10_degree_swing_on_direct_samples_is_movement() -> None:
    kinds, _ = _feed_hour(pattern=PATTERNS["alternate"], offset_deg=10.0, mirrored=False)
    assert kinds.count(K.POSITION_CHANGED) >= 10


def test_a_5_degree_swing_on_direct_samples_is_no_change_of_position_either() -> None:
    # Below POSITION_TURN_DEG: the mirror rule changes nothing here.
    for pattern in PATTERNS.values():
        kinds, _ = _feed_hour(pattern=pattern, offset_deg=5.0, mirrored=False)
        assert K.POSITION_CHANGED not in kinds


@pytest.mark.parametrize("offset_deg", [5.0, 10.0])
def test_mirrored_samples_do_not_vote_on_the_neck(offset_deg: float) -> None:
    # 17 degrees of flexion is just under the 20-degree alert; the mirrored
    # three samples in four read it past the line.
    kinds, states = _feed_hour(
        pattern=PATTERNS["mostly_mirrored"], offset_deg=offset_deg, mirrored=True, pitch=17.0
    )
    assert K.POSTURE_ALERT not in kinds
    assert K.POSITION_CHANGED not in kinds
    assert states.count(PostureState.UNKNOWN) == len(states) * 3 // 4  # not judged
    # The same readings on direct samples: the neck is bent past the line.
    kinds, _ = _feed_hour(
        pattern=PATTERNS["mostly_mirrored"], offset_deg=offset_deg, mirrored=False, pitch=17.0
    )
    assert K.POSTURE_ALERT in kinds


def test_mirrored_samples_do_not_vote_on_forward_head() -> None:
    # The mirrored readings look like a clear poke (gap -25 %, eyes 4 cm lower).
    poke = {"offset_deg": 0.0, "offset_gap": 0.6 * 0.75, "offset_eyes_y_cm": 4.0}
    kinds, _ = _feed_hour(pattern=PATTERNS["mostly_mirrored"], mirrored=True, **poke)
    assert K.POSTURE_ALERT not in kinds
    kinds, _ = _feed_hour(pattern=PATTERNS["mostly_mirrored"], mirrored=False, **poke)
    assert K.POSTURE_ALERT in kinds


def test_too_close_is_still_judged_on_mirrored_samples() -> None:
    settings = Settings()
    engine = PostureEngine(settings, baseline=BASELINE, tz=TZ)
    t = local("2026-11-23 09:00")
    kinds = []
    for _ in range(24):  # two minutes at 30 cm
        s = dataclasses.replace(sample(eyes=(0.0, 4.0, -30.0)), mirrored=True)
        kinds += [e.kind for e in engine.feed(t, s).events]
        t += settings.sample_interval_s
    assert K.POSTURE_ALERT in kinds
    assert engine.status(t).alerts == ("too_close",)


def test_a_steady_user_seen_only_through_the_mirror_is_present_and_seated() -> None:
    settings = Settings()
    engine = PostureEngine(settings, baseline=BASELINE, tz=TZ, seed=1)
    rng = random.Random(3)
    t0 = t = local("2026-11-23 09:00")
    kinds: list[EventKind] = []
    seated = 0.0
    for _ in range(round(30 * 60 / settings.sample_interval_s)):
        eyes = (rng.gauss(0, 0.6), 4.0 + rng.gauss(0, 0.6), -60.0 + rng.gauss(0, 0.8))
        s: PostureSample = sample(pitch=rng.gauss(0, 1.2), eyes=eyes)
        step = engine.feed(t, dataclasses.replace(s, mirrored=True))
        kinds += [e.kind for e in step.events]
        seated += step.seated_s
        t += settings.sample_interval_s
    status = engine.status(t)
    assert status.present and not status.cant_see
    assert status.bout_s == pytest.approx(t - t0)
    assert kinds.count(K.BOUT_STARTED) == 1
    assert K.BREAK_STARTED not in kinds and K.CANT_SEE not in kinds
    assert seated / 60 == pytest.approx(30 - 5 / 60, abs=0.01)
    assert status.seated_today_s == pytest.approx(seated)
    assert kinds.count(K.SHIFT_REMINDER) == 2  # still, as far as anyone can tell
