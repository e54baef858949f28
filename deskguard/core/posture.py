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
    return Baseline(
        pitch_deg=statistics.median(pitches),
        distance_cm=statistics.median(distances) if distances else None,
        ear_shoulder_gap_ratio=statistics.median(gaps) if gaps else None,
        camera=camera,
        samples=len(good),
        pitch_spread_deg=spread,
    )


def neck_flexion_deg(sample: PostureSample, baseline: Baseline) -> float | None:
    """Head flexion from the user's neutral; > 0 is bent forward/down."""
    if sample.head is None:
        return None
    return sample.head.pitch_deg - baseline.pitch_deg


def forward_head_ratio(sample: PostureSample, baseline: Baseline) -> float | None:
    """How much the ear-to-shoulder gap has shrunk against neutral (0.2 = by a fifth).

    Forward head and slouch both bring the ears down towards the shoulder line
    as seen from the front.
    """
    if sample.body is None or sample.body.ear_shoulder_gap_ratio is None:
        return None
    if baseline.ear_shoulder_gap_ratio is None or baseline.ear_shoulder_gap_ratio <= 0:
        return None
    return 1.0 - sample.body.ear_shoulder_gap_ratio / baseline.ear_shoulder_gap_ratio


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
