"""One analysed frame: the immutable record the rest of the app works from."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from deskguard.core.geometry import HeadPose, Vec3


class Quality(StrEnum):
    """How far a sample's posture figures can be trusted.

    ``POOR`` is "can't see you well": a person is there but light, framing or
    pose make the figures unreliable, so they must not be read as a verdict.
    """

    GOOD = "good"
    POOR = "poor"
    ABSENT = "absent"


class QualityIssue(StrEnum):
    """Why a sample is ``POOR`` (several may apply)."""

    TOO_DARK = "too_dark"
    FACE_TOO_SMALL = "face_too_small"
    FACE_AT_EDGE = "face_at_edge"
    TURNED_AWAY = "turned_away"
    FACE_NOT_FOUND = "face_not_found"
    SHOULDERS_NOT_VISIBLE = "shoulders_not_visible"
    UNSTEADY_FIT = "unsteady_fit"


@dataclass(frozen=True, slots=True)
class BodyMeasurement:
    """Upper-body figures from the pose landmarks, in image terms.

    ``ear_shoulder_gap_ratio``: vertical gap from the ears down to the
    shoulders, over the shoulder width (it shrinks with forward head and
    slouch). ``shoulder_width_ratio``: shoulder width over the frame width
    (it grows when leaning in). ``shoulder_tilt_deg`` > 0: the user's left
    shoulder sits lower than the right.
    """

    shoulder_visibility: float
    ear_shoulder_gap_ratio: float | None
    shoulder_width_ratio: float
    shoulder_tilt_deg: float


@dataclass(frozen=True, slots=True)
class PostureSample:
    """Everything one frame says about the user. Immutable; no pixels inside.

    Angles follow the product convention in :mod:`deskguard.core.geometry`.
    ``eyes_cm`` is the eye midpoint in the camera frame; ``eye_offset_cm`` its
    height above (+) or below (-) the camera along the camera's own y axis,
    before any correction for the camera's tilt.
    """

    t_s: float
    face_found: bool
    body_found: bool
    head: HeadPose | None = None
    distance_cm: float | None = None
    eyes_cm: Vec3 | None = None
    face_width_ratio: float | None = None
    body: BodyMeasurement | None = None
    brightness: float | None = None
    quality: Quality = Quality.ABSENT
    issues: tuple[QualityIssue, ...] = field(default=())
    #: False when the pose model found a body, there was no face, and the body
    #: failed the presence test of :func:`deskguard.core.quality.body_alone_is_someone`
    #: (a "body" in an empty room, a texture, an animal).
    body_counts: bool = True
    #: True when the face was found only in the mirror image (the analyzer's
    #: retry after a miss) and its figures were mirrored back. The two paths
    #: read the same face a little differently (``tools/mirror_offset.py``:
    #: pitch 0.7 deg median, up to 8-11 deg, distance up to 10-18 cm, where
    #: consecutive samples switch paths), so a change of path is no movement.
    mirrored: bool = False

    @property
    def present(self) -> bool:
        """A face, or an upper body on strong evidence, is in the frame."""
        return self.face_found or (self.body_found and self.body_counts)

    @property
    def eye_offset_cm(self) -> float | None:
        """Height of the eyes above the camera, in the camera's frame."""
        return None if self.eyes_cm is None else self.eyes_cm[1]

    def to_json_dict(self) -> dict[str, Any]:
        """A flat, JSON-ready view with units in the names."""
        head = self.head
        body = self.body
        return {
            "t_s": round(self.t_s, 3),
            "present": self.present,
            "face_found": self.face_found,
            "body_found": self.body_found,
            "pitch_deg": _r(head.pitch_deg if head else None),
            "yaw_deg": _r(head.yaw_deg if head else None),
            "roll_deg": _r(head.roll_deg if head else None),
            "distance_cm": _r(self.distance_cm),
            "eye_offset_cm": _r(self.eye_offset_cm),
            "face_width_ratio": _r(self.face_width_ratio, 4),
            "ear_shoulder_gap_ratio": _r(body.ear_shoulder_gap_ratio if body else None, 4),
            "shoulder_width_ratio": _r(body.shoulder_width_ratio if body else None, 4),
            "shoulder_tilt_deg": _r(body.shoulder_tilt_deg if body else None),
            "shoulder_visibility": _r(body.shoulder_visibility if body else None, 3),
            "brightness": _r(self.brightness, 1),
            "quality": self.quality.value,
            "quality_issues": [i.value for i in self.issues],
            "face_mirrored": self.mirrored,
        }


def _r(x: float | None, digits: int = 2) -> float | None:
    return None if x is None else round(x, digits)
