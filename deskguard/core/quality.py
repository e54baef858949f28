"""Decide whether a frame's figures can be trusted ("can't see you well").

A poor sample is never a bad-posture verdict: the engine treats it as unknown.
Thresholds are deliberately plain numbers, each with the reason it exists.
"""

from __future__ import annotations

from dataclasses import dataclass

from deskguard.core.sample import Quality, QualityIssue

#: Mean luma (0-255) below which landmarks get noisy in webcam footage.
MIN_BRIGHTNESS = 40.0
#: Iris narrower than this (pixels) makes the distance estimate jump by >10 %.
MIN_IRIS_DIAMETER_PX = 5.0
#: Face box closer than this to the frame edge (fraction of the frame): cut off.
EDGE_MARGIN = 0.01
#: Beyond this yaw the pitch reading degrades quickly (docs/accuracy.md).
MAX_ABS_YAW_DEG = 45.0
#: Shoulders less visible than this are guesses, not measurements.
MIN_SHOULDER_VISIBILITY = 0.5
#: Template fit residual (cm) above which the face mesh is distorted or occluded.
MAX_FIT_RMS_CM = 0.6


@dataclass(frozen=True, slots=True)
class FrameEvidence:
    """What the analysis layer saw, reduced to the numbers quality depends on.

    ``face_box`` is (left, top, right, bottom) as fractions of the frame.
    """

    face_found: bool
    body_found: bool
    brightness: float | None = None
    face_box: tuple[float, float, float, float] | None = None
    iris_diameter_px: float | None = None
    yaw_deg: float | None = None
    fit_rms_cm: float | None = None
    shoulder_visibility: float | None = None


def assess_quality(e: FrameEvidence) -> tuple[Quality, tuple[QualityIssue, ...]]:
    """Classify a frame as good, poor (with reasons) or absent."""
    if not e.face_found and not e.body_found:
        return Quality.ABSENT, ()
    issues: list[QualityIssue] = []
    if e.brightness is not None and e.brightness < MIN_BRIGHTNESS:
        issues.append(QualityIssue.TOO_DARK)
    if not e.face_found:
        issues.append(QualityIssue.FACE_NOT_FOUND)
    else:
        if e.face_box is not None:
            left, top, right, bottom = e.face_box
            m = EDGE_MARGIN
            if left < m or top < m or right > 1 - m or bottom > 1 - m:
                issues.append(QualityIssue.FACE_AT_EDGE)
        if e.iris_diameter_px is not None and e.iris_diameter_px < MIN_IRIS_DIAMETER_PX:
            issues.append(QualityIssue.FACE_TOO_SMALL)
        if e.yaw_deg is not None and abs(e.yaw_deg) > MAX_ABS_YAW_DEG:
            issues.append(QualityIssue.TURNED_AWAY)
        if e.fit_rms_cm is not None and e.fit_rms_cm > MAX_FIT_RMS_CM:
            issues.append(QualityIssue.UNSTEADY_FIT)
    if e.body_found and (
        e.shoulder_visibility is None or e.shoulder_visibility < MIN_SHOULDER_VISIBILITY
    ):
        issues.append(QualityIssue.SHOULDERS_NOT_VISIBLE)
    # Shoulders out of view only costs the body figures; the head still counts.
    blocking = [i for i in issues if i is not QualityIssue.SHOULDERS_NOT_VISIBLE]
    return (Quality.POOR if blocking else Quality.GOOD), tuple(issues)
