"""Posture figures that need the user's calibration.

All are pure functions of (sample, baseline, camera settings).

Calibration: the user sits upright and looks straight ahead for a few
seconds. Their head is then level in the world, so the pitch the camera sees
is the camera's own tilt (a camera aimed up by t degrees sees a level head at
pitch -t). Every later pitch is read against it, which removes the tilt of a
laptop lid or a clip-on webcam.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from deskguard.core.geometry import PinholeCamera, Vec3
from deskguard.core.i18n import _
from deskguard.core.sample import PostureSample, Quality

#: Top of the screen at eye level or up to this far below it is right (BRIEF).
SCREEN_TOP_BELOW_EYES_OK_CM = (0.0, 5.0)


@dataclass(frozen=True, slots=True)
class CameraSettings:
    """Where the camera is and how wide it sees.

    ``camera_above_screen_top_cm``: height of the lens above the top edge of
    the screen's picture (a laptop bezel camera: about 1 cm; a camera under the
    screen: minus the screen height).
    """

    diag_fov_deg: float = 70.0
    camera_above_screen_top_cm: float = 1.0

    def __post_init__(self) -> None:
        """Reject settings that cannot describe a real webcam."""
        if not 30.0 <= self.diag_fov_deg <= 150.0:
            raise ValueError(f"camera field of view {self.diag_fov_deg} deg is outside 30..150")
        if not -80.0 <= self.camera_above_screen_top_cm <= 30.0:
            raise ValueError("camera height against the screen top is outside -80..30 cm")

    def pinhole(self, width_px: int, height_px: int) -> PinholeCamera:
        """The camera model for frames of this size."""
        return PinholeCamera.from_diagonal_fov(width_px, height_px, self.diag_fov_deg)


@dataclass(frozen=True, slots=True)
class Baseline:
    """The user's neutral posture, as seen by one camera set-up."""

    pitch_deg: float
    distance_cm: float | None
    ear_shoulder_gap_ratio: float | None
    camera: CameraSettings
    samples: int
    pitch_spread_deg: float
    #: The eyes' height above the lens at neutral, in the world (the camera's
    #: tilt undone); None in calibrations made before it was kept, or without
    #: a metric face fit (photos).
    eyes_height_cm: float | None = None

    @property
    def camera_tilt_up_deg(self) -> float:
        """How far the camera is aimed above horizontal (negative: aimed down)."""
        return -self.pitch_deg


class CalibrationError(ValueError):
    """Calibration samples that cannot give a trustworthy baseline; says what to fix."""


#: Calibration needs this many good samples, held this steadily.
MIN_CALIBRATION_SAMPLES = 5
MAX_CALIBRATION_PITCH_SPREAD_DEG = 3.0


def calibrate(samples: Sequence[PostureSample], camera: CameraSettings) -> Baseline:
    """Make a baseline from samples of the user sitting upright, looking ahead.

    Uses medians, so one blink or twitch does not move the baseline. Raises
    ``CalibrationError`` with advice when the samples are too few or unsteady.
    """
    good = [s for s in samples if s.quality is Quality.GOOD and s.head is not None]
    if len(good) < MIN_CALIBRATION_SAMPLES:
        seen = sum(1 for s in samples if s.present)
        if seen < MIN_CALIBRATION_SAMPLES:
            raise CalibrationError(
                _(
                    "Could not see you for long enough. Sit facing the screen, in the middle "
                    "of the picture, with your head and shoulders in view."
                )
            )
        raise CalibrationError(
            _(
                "Could not see you well. Add light in front of you, sit about an arm's length "
                "from the screen and face it."
            )
        )
    pitches = [s.head.pitch_deg for s in good if s.head is not None]
    spread = statistics.pstdev(pitches)
    if spread > MAX_CALIBRATION_PITCH_SPREAD_DEG:
        raise CalibrationError(
            _(
                "Your head moved too much ({0:.1f}°). Sit still, upright, and look "
                "straight ahead for a few seconds."
            ).format(spread)
        )
    distances = [s.distance_cm for s in good if s.distance_cm is not None]
    gaps = [
        s.body.ear_shoulder_gap_ratio
        for s in good
        if s.body is not None and s.body.ear_shoulder_gap_ratio is not None
    ]
    pitch = statistics.median(pitches)
    heights = [
        eyes_height_above_camera_cm(s.eyes_cm, -pitch) for s in good if s.eyes_cm is not None
    ]
    return Baseline(
        pitch_deg=pitch,
        distance_cm=statistics.median(distances) if distances else None,
        ear_shoulder_gap_ratio=statistics.median(gaps) if gaps else None,
        camera=camera,
        samples=len(good),
        pitch_spread_deg=spread,
        eyes_height_cm=statistics.median(heights) if heights else None,
    )


def neck_flexion_deg(sample: PostureSample, baseline: Baseline) -> float | None:
    """Head flexion from the user's neutral; > 0 is bent forward/down."""
    if sample.head is None:
        return None
    return sample.head.pitch_deg - baseline.pitch_deg


# --- forward head ----------------------------------------------------------------------
#
# A poked chin is mostly a translation of the head, forward and down, not a bend:
# from the front the face comes nearer and lower and the ear-to-shoulder gap
# shrinks, while the pitch barely changes. Each of the three signals is read
# against the calibrated neutral and scaled so that a clearly bad, moderate poke
# (the gap 15 % smaller, the eyes 4 cm lower and 2 cm nearer) reads 1.0 on each.
# Alone, each has an innocent cause: a shrug shrinks the gap, a lowered chair
# drops the eyes, leaning in brings the face nearer. So each reading is capped
# at ``FORWARD_HEAD_CAP`` and the score is their weighted mean: with all three,
# no single signal can pass the medium threshold (0.75) by itself (it gives at
# most 0.6), two or three together can. A calibration without the eye height (made before
# it was kept) judges the gap and the nearness only; a gap shrunk by 17 % then
# passes alone, as 22 % did under the gap-only rule this replaces.

#: What a moderate poke does to each signal (it reads 1.0 there).
FORWARD_HEAD_MODERATE_GAP_SHRINK = 0.15
FORWARD_HEAD_MODERATE_DROP_CM = 4.0
FORWARD_HEAD_MODERATE_NEARER_CM = 2.0
#: Weights of gap, drop and nearness. Nearness weighs least: the distance
#: jitters by 1-3 cm from frame to frame on real clips (docs/accuracy.md).
FORWARD_HEAD_WEIGHTS = (0.4, 0.4, 0.2)
#: Each signal's reading is clipped to this range, so that one wild or innocent
#: reading can neither carry the score alone nor sink it without limit.
FORWARD_HEAD_FLOOR, FORWARD_HEAD_CAP = -1.0, 1.5


@dataclass(frozen=True, slots=True)
class ForwardHead:
    """The forward-head judgement of one sample and the signals it came from.

    ``score``: 1.0 reads as a moderate poke, 0 as neutral. ``gap_shrink``: the
    fraction the ear-to-shoulder gap has shrunk (0.15 = by 15 %);
    ``drop_cm``: how much lower the eyes are than at neutral (None without a
    metric face fit or a baseline eye height); ``nearer_cm``: how much nearer
    the camera (None without distances).
    """

    score: float
    gap_shrink: float
    drop_cm: float | None
    nearer_cm: float | None


def forward_head(sample: PostureSample, baseline: Baseline) -> ForwardHead | None:
    """Judge forward head (or slouch) from the gap, the eye drop and the nearness together.

    Needs the ear-to-shoulder gap now and at neutral (without the shoulders
    the head's drop cannot be told from a lowered chair) and at least one of
    the eye drop and the nearness (the gap alone cannot be told from a
    shrug); else it is unknown (None). The score is the weighted mean of the
    signals present: all three with a current calibration, the gap and the
    nearness with one made before the eye height was kept.
    """
    if sample.body is None or sample.body.ear_shoulder_gap_ratio is None:
        return None
    if baseline.ear_shoulder_gap_ratio is None or baseline.ear_shoulder_gap_ratio <= 0:
        return None
    gap_shrink = 1.0 - sample.body.ear_shoulder_gap_ratio / baseline.ear_shoulder_gap_ratio
    drop_cm = None
    if sample.eyes_cm is not None and baseline.eyes_height_cm is not None:
        height = eyes_height_above_camera_cm(sample.eyes_cm, baseline.camera_tilt_up_deg)
        drop_cm = baseline.eyes_height_cm - height
    nearer_cm = None
    if sample.distance_cm is not None and baseline.distance_cm is not None:
        nearer_cm = baseline.distance_cm - sample.distance_cm
    w_gap, w_drop, w_near = FORWARD_HEAD_WEIGHTS
    terms = [(w_gap, gap_shrink / FORWARD_HEAD_MODERATE_GAP_SHRINK)]
    if drop_cm is not None:
        terms.append((w_drop, drop_cm / FORWARD_HEAD_MODERATE_DROP_CM))
    if nearer_cm is not None:
        terms.append((w_near, nearer_cm / FORWARD_HEAD_MODERATE_NEARER_CM))
    if len(terms) < 2:
        return None
    total = sum(w for w, _ in terms)
    score = sum(w * min(max(x, FORWARD_HEAD_FLOOR), FORWARD_HEAD_CAP) for w, x in terms) / total
    return ForwardHead(score, gap_shrink, drop_cm, nearer_cm)


def forward_head_ratio(sample: PostureSample, baseline: Baseline) -> float | None:
    """The forward-head score of :func:`forward_head` (1.0 = a moderate poke), or None.

    Compared with ``Settings.forward_head_alert_ratio`` (0.75 at medium
    sensitivity). None means unknown: no shoulders and ears, or no calibrated gap.
    """
    judged = forward_head(sample, baseline)
    return None if judged is None else judged.score


def leaning_in_ratio(sample: PostureSample, baseline: Baseline) -> float | None:
    """How much nearer the screen than neutral (0.25 = a quarter nearer)."""
    if sample.distance_cm is None or baseline.distance_cm is None:
        return None
    return 1.0 - sample.distance_cm / baseline.distance_cm


def eyes_height_above_camera_cm(eyes_cm: Vec3, camera_tilt_up_deg: float) -> float:
    """Eyes' height above the lens in the world, undoing the camera's tilt."""
    t = math.radians(camera_tilt_up_deg)
    # Camera-to-world is a rotation by the tilt about the camera's x axis.
    return eyes_cm[1] * math.cos(t) - eyes_cm[2] * math.sin(t)


def eyes_above_screen_top_cm(sample: PostureSample, baseline: Baseline) -> float | None:
    """How far the eyes sit above (+) or below (-) the top edge of the screen."""
    if sample.eyes_cm is None:
        return None
    height = eyes_height_above_camera_cm(sample.eyes_cm, baseline.camera_tilt_up_deg)
    return height + baseline.camera.camera_above_screen_top_cm


class ScreenMove(StrEnum):
    """What to do with the screen height."""

    KEEP = "keep"
    RAISE = "raise"
    LOWER = "lower"


@dataclass(frozen=True, slots=True)
class ScreenAdvice:
    """Screen-height advice with its figure: move the screen ``by_cm``."""

    move: ScreenMove
    by_cm: float
    eyes_above_top_cm: float


def screen_height_advice(eyes_above_top_cm: float) -> ScreenAdvice:
    """Turn the eye height over the screen's top edge into advice.

    The top edge belongs at eye level or a little below it; outside that band,
    advise moving the screen to the middle of the band, rounded to a whole cm.
    """
    low, high = SCREEN_TOP_BELOW_EYES_OK_CM
    if low <= eyes_above_top_cm <= high:
        return ScreenAdvice(ScreenMove.KEEP, 0.0, eyes_above_top_cm)
    target = (low + high) / 2.0
    by_cm = float(math.floor(abs(eyes_above_top_cm - target) + 0.5))  # half up, not to even
    move = ScreenMove.RAISE if eyes_above_top_cm > high else ScreenMove.LOWER
    return ScreenAdvice(move, by_cm, eyes_above_top_cm)
