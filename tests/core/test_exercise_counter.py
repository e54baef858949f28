"""Rep counting on synthetic exercise sequences.

Head samples are made the way the real ones are: a known face is placed at
the scripted pose and distance, projected through a 70-degree 640x480 webcam
with pixel noise on every landmark, and solved back by the core's own head
pose solve (``measure_head``); quality comes from ``assess_quality``. The
ear-to-shoulder gap (shrugs) has no synthetic body behind it: it is scripted
directly, with noise several times the still-clip jitter in docs/accuracy.md.
"""

from __future__ import annotations

import functools
import math
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

import pytest

from deskguard.core.exercise_counter import (
    CountStatus,
    CountUpdate,
    RepCounter,
)
from deskguard.core.exercises import CameraCheck, exercise
from deskguard.core.geometry import HeadPose, PinholeCamera
from deskguard.core.headpose import measure_head
from deskguard.core.quality import FrameEvidence, assess_quality
from deskguard.core.sample import BodyMeasurement, PostureSample, Quality, QualityIssue
from tests.synthetic import face_template, place_face, project_landmarks

CAMERA = PinholeCamera.from_diagonal_fov(640, 480, 70.0)
MODEL = face_template()
FPS = 4.0
GAP = 0.55  # a seated person's ear-to-shoulder gap over the shoulder width
SHOULDERS = 0.40  # shoulder width over the frame width


@dataclass(frozen=True)
class Pose:
    """Where the body is at one instant of the script."""

    pitch: float = 5.0
    yaw: float = 0.0
    roll: float = 0.0
    back_cm: float = 0.0  # the head slid back (chin tuck)
    lean_cm: float = 0.0  # the whole body leant back
    shrug: float = 0.0  # share of the gap the shoulders have risen


Script = Callable[[float], Pose]


def sample(t: float, p: Pose, rng: random.Random, noise_px: float = 0.7) -> PostureSample:
    depth = 60.0 + p.back_cm + p.lean_cm
    origin = (0.0, 4.0, -depth)
    landmarks = project_landmarks(
        place_face(MODEL, HeadPose(p.pitch, p.yaw, p.roll), origin),
        CAMERA,
        noise_px=noise_px,
        seed=rng.randrange(1 << 30),
    )
    m = measure_head(landmarks, MODEL, CAMERA, (640, 480))
    gap = GAP * (1.0 - p.shrug) + rng.gauss(0.0, 0.01)
    # The shoulders shrink in the picture only when the body moves back.
    width = SHOULDERS * 60.0 / (60.0 + p.lean_cm) + rng.gauss(0.0, 0.002)
    body = BodyMeasurement(0.95, gap, width, rng.gauss(0.0, 1.0))
    quality, issues = assess_quality(
        FrameEvidence(
            face_found=True,
            body_found=True,
            brightness=120.0,
            face_box=(0.35, 0.2, 0.65, 0.7),
            iris_diameter_px=10.0,
            yaw_deg=m.pose.yaw_deg,
            fit_rms_cm=m.fit_rms_cm,
            shoulder_visibility=0.95,
        )
    )
    return PostureSample(
        t_s=t,
        face_found=True,
        body_found=True,
        head=m.pose,
        distance_cm=m.distance_cm,
        eyes_cm=m.eyes_cm,
        face_width_ratio=0.3,
        body=body,
        brightness=120.0,
        quality=quality,
        issues=issues,
    )


def frames(script: Script, seconds: float, seed: int = 0, noise_px: float = 0.7) -> list:
    rng = random.Random(seed)
    n = int(seconds * FPS)
    return [sample(i / FPS, script(i / FPS), rng, noise_px) for i in range(n)]


def run(check: CameraCheck, target: int, samples: Iterable[PostureSample]) -> list[CountUpdate]:
    counter = RepCounter(check, target)
    return [counter.feed(s) for s in samples]


def reps_script(make: Callable[[float, int], Pose], reps: int, rest_s: float = 1.5) -> Script:
    """Rest, then ``reps`` movements of 4 s (out 1 s, hold 1 s, back 1 s, rest 1 s)."""

    def script(t: float) -> Pose:
        k, phase = divmod(t - rest_s, 4.0)
        if t < rest_s or k >= reps:
            return Pose()
        amount = min(phase, 1.0) if phase < 2.0 else max(0.0, 3.0 - phase)
        return make(amount, int(k))

    return script


def length(reps: int) -> float:
    return 1.5 + 4.0 * reps + 1.5


def turns(peak: float) -> Callable[[float, int], Pose]:
    """Alternate left (yaw > 0) and right."""
    return lambda a, k: Pose(yaw=peak * a * (1 if k % 2 == 0 else -1))


def bends(peak: float) -> Callable[[float, int], Pose]:
    return lambda a, k: Pose(roll=peak * a * (1 if k % 2 == 0 else -1))


def tucks(back_cm: float) -> Callable[[float, int], Pose]:
    return lambda a, _k: Pose(back_cm=back_cm * a, pitch=5.0 + 2.0 * a)


def shrugs(share: float) -> Callable[[float, int], Pose]:
    return lambda a, _k: Pose(shrug=share * a)


# --- clean repetitions ----------------------------------------------------------------


def test_clean_neck_turns_are_counted_per_side() -> None:
    updates = run(CameraCheck.NECK_TURN, 6, frames(reps_script(turns(50.0), 6), length(6)))
    last = updates[-1]
    assert (last.reps, last.left, last.right) == (6, 3, 3)
    assert last.confident and last.done and last.status is CountStatus.COUNTING
    assert last.message == "6 of 6 — well done"
    assert sum(u.new_rep for u in updates) == 6


def test_the_count_rises_one_by_one_with_kind_words() -> None:
    updates = run(CameraCheck.NECK_TURN, 6, frames(reps_script(turns(50.0), 6), length(6)))
    counts = [u.reps for u in updates]
    assert counts == sorted(counts)
    assert set(counts) == set(range(7))
    assert updates[8].message == "Ready when you are: go at your own pace"
    assert {u.message for u in updates if u.reps == 3} == {"3 of 6 — good"}


def test_the_first_turn_left_counts_left() -> None:
    updates = run(CameraCheck.NECK_TURN, 6, frames(reps_script(turns(50.0), 1), length(1)))
    assert (updates[-1].left, updates[-1].right) == (1, 0)


def test_clean_side_bends() -> None:
    last = run(CameraCheck.SIDE_BEND, 6, frames(reps_script(bends(30.0), 6), length(6)))[-1]
    assert (last.reps, last.left, last.right) == (6, 3, 3)


def test_clean_chin_tucks() -> None:
    last = run(CameraCheck.CHIN_TUCK, 5, frames(reps_script(tucks(3.0), 5), length(5)))[-1]
    assert last.reps == 5 and last.confident
    assert (last.left, last.right) == (0, 0)


def test_clean_shrugs() -> None:
    last = run(CameraCheck.SHRUG, 5, frames(reps_script(shrugs(0.3), 5), length(5)))[-1]
    assert last.reps == 5


# --- noise, partial repetitions, looking around ----------------------------------------


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize(
    ("check", "move"),
    [
        (CameraCheck.NECK_TURN, turns(45.0)),
        (CameraCheck.SIDE_BEND, bends(28.0)),
        (CameraCheck.CHIN_TUCK, tucks(3.0)),
        (CameraCheck.SHRUG, shrugs(0.3)),
    ],
    ids=["turn", "bend", "tuck", "shrug"],
)
def test_noisy_landmarks_do_not_change_the_count(
    check: CameraCheck, move: Callable[[float, int], Pose], seed: int
) -> None:
    samples = frames(reps_script(move, 4), length(4), seed=seed, noise_px=1.5)
    assert run(check, 4, samples)[-1].reps == 4


@pytest.mark.parametrize(
    ("check", "move"),
    [
        (CameraCheck.NECK_TURN, turns(22.0)),
        (CameraCheck.SIDE_BEND, bends(12.0)),
        (CameraCheck.CHIN_TUCK, tucks(1.0)),
        (CameraCheck.SHRUG, shrugs(0.08)),
    ],
    ids=["turn", "bend", "tuck", "shrug"],
)
def test_partial_repetitions_are_not_counted(
    check: CameraCheck, move: Callable[[float, int], Pose]
) -> None:
    updates = run(check, 4, frames(reps_script(move, 4), length(4)))
    assert updates[-1].reps == 0
    assert updates[-1].confident  # it saw them, they fell short


def test_going_out_and_staying_out_is_not_a_repetition() -> None:
    script = reps_script(turns(50.0), 1)
    held = [replace(s, t_s=s.t_s) for s in frames(lambda t: script(min(t, 3.5)), 8.0)]
    assert run(CameraCheck.NECK_TURN, 2, held)[-1].reps == 0


def looking_around(seed: int) -> Script:
    """Reading, talking, glancing at the screen's corners: smooth wandering from the start.

    Each figure stays within its bound of where it was at the start: 25 degrees
    of turn, 8 of tilt, 15 of nodding, 1.5 cm back and forth, 8 % of the gap.
    """
    rng = random.Random(seed)
    waves = [(rng.uniform(0.05, 0.4), rng.uniform(0, 2 * math.pi)) for _ in range(4)]

    def mix(t: float, offset: int) -> float:  # within [-1, 1]
        return sum(math.sin(2 * math.pi * f * t + ph + offset) for f, ph in waves) / len(waves)

    def reach(offset: int) -> float:  # the largest swing from the start in a minute
        return max(abs(mix(i / FPS, offset) - mix(0.0, offset)) for i in range(int(60 * FPS)))

    def wander(t: float, bound: float, offset: int) -> float:
        return bound * (mix(t, offset) - mix(0.0, offset)) / reach(offset)

    reach = functools.cache(reach)
    return lambda t: Pose(
        pitch=5.0 + wander(t, 15.0, 1),
        yaw=wander(t, 25.0, 0),
        roll=wander(t, 8.0, 2),
        back_cm=wander(t, 1.5, 3),
        shrug=wander(t, 0.08, 4),
    )


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("check", list(CameraCheck))
def test_looking_around_and_talking_count_nothing(check: CameraCheck, seed: int) -> None:
    script = looking_around(seed)
    samples = frames(script, 60.0, seed=seed, noise_px=1.0)
    yaws = [abs(script(s.t_s).yaw) for s in samples]
    assert max(yaws) == pytest.approx(25.0)  # the rule: within 25 degrees never counts
    assert run(check, 5, samples)[-1].reps == 0


def test_each_look_over_the_shoulder_counts_at_most_once() -> None:
    def glances(t: float) -> Pose:
        # Two long looks over the left shoulder (45 deg, 2 s), otherwise at the screen.
        for start in (10.0, 30.0):
            if start <= t < start + 2.0:
                return Pose(yaw=45.0)
        return Pose()

    assert run(CameraCheck.NECK_TURN, 5, frames(glances, 40.0))[-1].reps == 2


def test_sitting_somewhere_else_takes_a_new_baseline() -> None:
    # Two tucks, then the user sits 6 cm nearer the screen for good, then three more.
    def script(t: float) -> Pose:
        tucks_cm = reps_script(tucks(3.0), 2)(t) if t < 10.0 else Pose()
        if t < 10.0:
            return tucks_cm
        later = reps_script(tucks(3.0), 3, rest_s=12.0)(t - 10.0)
        return replace(later, back_cm=later.back_cm - 6.0)

    updates = run(CameraCheck.CHIN_TUCK, 5, frames(script, 10.0 + length(3) + 12.0))
    assert updates[-1].reps == 5
    assert updates[-1].confident


def test_a_single_odd_frame_is_not_a_repetition() -> None:
    samples = frames(lambda t: Pose(yaw=60.0) if 5.0 <= t < 5.25 else Pose(), 10.0)
    assert run(CameraCheck.NECK_TURN, 2, samples)[-1].reps == 0


def test_a_nod_is_no_shrug_and_no_chin_tuck() -> None:
    def nods(a: float, _k: int) -> Pose:
        # Nodding drops the ears towards the shoulders and moves the face a little back.
        return Pose(pitch=5.0 + 25.0 * a, shrug=0.25 * a, back_cm=3.5 * a)

    samples = frames(reps_script(nods, 4), length(4))
    assert run(CameraCheck.SHRUG, 4, samples)[-1].reps == 0
    assert run(CameraCheck.CHIN_TUCK, 4, samples)[-1].reps == 0


def test_leaning_the_whole_body_back_is_no_chin_tuck() -> None:
    samples = frames(reps_script(lambda a, _k: Pose(lean_cm=4.0 * a), 4), length(4))
    assert run(CameraCheck.CHIN_TUCK, 4, samples)[-1].reps == 0


# --- missing and poor samples ----------------------------------------------------------


@pytest.mark.parametrize("seed", range(5))
def test_dropped_frames_do_not_lose_repetitions(seed: int) -> None:
    rng = random.Random(seed)
    samples = frames(reps_script(turns(50.0), 6), length(6), seed=seed)
    kept = [s for s in samples if rng.random() > 0.3]
    last = run(CameraCheck.NECK_TURN, 6, kept)[-1]
    assert last.reps == 6


def test_frames_without_a_face_in_between_do_not_lose_repetitions() -> None:
    samples = frames(reps_script(turns(50.0), 6), length(6))
    gone = PostureSample(t_s=0.0, face_found=False, body_found=False)
    holed = [replace(gone, t_s=s.t_s) if i % 3 == 2 else s for i, s in enumerate(samples)]
    last = run(CameraCheck.NECK_TURN, 6, holed)[-1]
    assert last.reps == 6 and last.confident


def test_turned_away_samples_still_count_for_neck_turns() -> None:
    samples = frames(reps_script(turns(70.0), 2), length(2))
    assert any(QualityIssue.TURNED_AWAY in s.issues for s in samples)
    assert run(CameraCheck.NECK_TURN, 2, samples)[-1].reps == 2


def test_a_face_lost_at_the_far_end_of_a_turn_still_counts() -> None:
    samples = frames(reps_script(turns(80.0), 2), length(2))
    lost = [
        PostureSample(t_s=s.t_s, face_found=False, body_found=True)
        if s.head is not None and abs(s.head.yaw_deg) > 50
        else s
        for s in samples
    ]
    assert sum(not s.face_found for s in lost) >= 4
    assert run(CameraCheck.NECK_TURN, 2, lost)[-1].reps == 2


def test_poor_light_gives_no_count_and_no_message() -> None:
    samples = frames(reps_script(turns(50.0), 4), length(4))
    dark = [replace(s, quality=Quality.POOR, issues=(QualityIssue.TOO_DARK,)) for s in samples]
    updates = run(CameraCheck.NECK_TURN, 4, dark)
    assert all(u.reps == 0 and not u.confident and u.message == "" for u in updates)
    assert updates[-1].status is CountStatus.CANNOT_SEE
    assert updates[0].status is CountStatus.STARTING


def test_mirrored_samples_are_not_counted() -> None:
    samples = frames(reps_script(turns(50.0), 4), length(4))
    mirrored = [replace(s, mirrored=True) for s in samples]
    assert run(CameraCheck.NECK_TURN, 4, mirrored)[-1].reps == 0


def test_losing_sight_midway_keeps_the_count_but_stops_claiming_it() -> None:
    samples = frames(reps_script(turns(50.0), 6), length(6))
    cut = len(samples) // 2
    gone = [PostureSample(t_s=s.t_s, face_found=False, body_found=False) for s in samples[cut:]]
    updates = run(CameraCheck.NECK_TURN, 6, samples[:cut] + gone)
    before = updates[cut - 1]
    assert before.confident and before.reps >= 2
    last = updates[-1]
    assert last.reps == before.reps
    assert not last.confident and last.message == "" and last.status is CountStatus.CANNOT_SEE


def test_shrugs_need_the_shoulders() -> None:
    samples = frames(reps_script(shrugs(0.3), 3), length(3))
    hidden = [
        replace(
            s,
            body=replace(s.body, shoulder_visibility=0.2),
            issues=(QualityIssue.SHOULDERS_NOT_VISIBLE,),
        )
        for s in samples
        if s.body is not None
    ]
    updates = run(CameraCheck.SHRUG, 3, hidden)
    assert updates[-1].reps == 0 and updates[-1].status is CountStatus.CANNOT_SEE


def test_chin_tucks_need_a_distance() -> None:
    samples = [replace(s, distance_cm=None) for s in frames(reps_script(tucks(3.0), 3), 8.0)]
    assert run(CameraCheck.CHIN_TUCK, 3, samples)[-1].status is CountStatus.CANNOT_SEE


# --- from the catalogue ------------------------------------------------------------------


def test_counters_exist_only_for_what_the_camera_can_confirm() -> None:
    turns_counter = RepCounter.for_exercise(exercise("neck_turns"))
    assert turns_counter is not None
    assert turns_counter.check is CameraCheck.NECK_TURN
    assert turns_counter.target == 6  # three each side
    tucks_counter = RepCounter.for_exercise(exercise("chin_tucks"))
    assert tucks_counter is not None and tucks_counter.target == 5
    for unseen in ("neck_rolls", "shoulder_rolls", "hamstring_stretch", "back_extension", "walk"):
        assert RepCounter.for_exercise(exercise(unseen)) is None


def test_a_target_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        RepCounter(CameraCheck.SHRUG, 0)
