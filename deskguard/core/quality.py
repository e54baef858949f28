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
#: A surgical mask or a wide smile lifts it past 0.6 with the pitch error no
#: larger (docs/accuracy.md, "Masked faces"); the "faces" found in patterns by
#: the no-person set sit at 0.79 and more, and must stay poor.
MAX_FIT_RMS_CM = 0.7

# A body with no face is someone only on strong, plausible evidence: the pose
# model now and then "finds" a body in an empty room, a texture or an animal
# (docs/accuracy.md, "Presence on empty scenes"), and always with high
# visibility scores, so the scores alone cannot tell; the shape and a second
# look in the mirror image can.

#: Both shoulders and the head points (nose, eyes, ears) at least this visible.
MIN_BODY_ALONE_VISIBILITY = 0.8
#: The head's span (its landmarks' extent) as a fraction of the frame diagonal:
#: 2 % is a person about 6 m from a 70-degree webcam; anything smaller is not
#: someone at the desk.
MIN_HEAD_SPAN = 0.02
#: The ears sit above the shoulder line by at least this many head spans (the
#: head is on the shoulders, even slumped; found "bodies" have it beside or below).
MIN_EARS_ABOVE_SHOULDERS = 0.5
#: The same body found again in the mirror image: nose, ear midpoint and
#: shoulder midpoint within this many head spans of where they were. Real
#: seated people (desk photos) mostly agree within 0.3; the worst "body" left
#: in the no-person set after the shape test moved 0.64.
MAX_MIRROR_OFFSET = 0.6


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


@dataclass(frozen=True, slots=True)
class BodyAloneEvidence:
    """What the pose model says when no face was found, reduced to the presence test.

    ``mirror_offset`` is ``None`` until the mirror image has been looked at, and
    ``math.inf`` when no body was found in it.
    """

    shoulder_visibility: float
    head_visibility: float
    head_span: float
    ears_above_shoulders: float
    mirror_offset: float | None = None


def body_alone_shape_ok(b: BodyAloneEvidence) -> bool:
    """The cheap part of the test: visibility, size and the head on the shoulders."""
    return (
        b.shoulder_visibility >= MIN_BODY_ALONE_VISIBILITY
        and b.head_visibility >= MIN_BODY_ALONE_VISIBILITY
        and b.head_span >= MIN_HEAD_SPAN
        and b.ears_above_shoulders >= MIN_EARS_ABOVE_SHOULDERS
    )


def body_alone_is_someone(b: BodyAloneEvidence) -> bool:
    """A body with no face counts as a person only if it passes every test.

    Shape first (see :func:`body_alone_shape_ok`), then the mirror image must
    show the same body; evidence not yet checked in the mirror is not enough.
    """
    return (
        body_alone_shape_ok(b)
        and b.mirror_offset is not None
        and b.mirror_offset <= MAX_MIRROR_OFFSET
    )


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
