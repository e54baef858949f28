"""The "can't see you well" rules."""

from __future__ import annotations

import pytest

from deskguard.core.quality import FrameEvidence, assess_quality
from deskguard.core.sample import Quality, QualityIssue

CLEAR = FrameEvidence(
    face_found=True,
    body_found=True,
    brightness=120.0,
    face_box=(0.3, 0.2, 0.6, 0.6),
    iris_diameter_px=11.0,
    yaw_deg=5.0,
    fit_rms_cm=0.3,
    shoulder_visibility=0.98,
)


def _with(**changes: object) -> FrameEvidence:
    fields = {k: getattr(CLEAR, k) for k in CLEAR.__slots__}
    fields.update(changes)
    return FrameEvidence(**fields)  # type: ignore[arg-type]


def test_a_clear_view_is_good() -> None:
    assert assess_quality(CLEAR) == (Quality.GOOD, ())


def test_nobody_is_absent_not_poor() -> None:
    assert assess_quality(_with(face_found=False, body_found=False)) == (Quality.ABSENT, ())


@pytest.mark.parametrize(
    ("changes", "issue"),
    [
        ({"brightness": 20.0}, QualityIssue.TOO_DARK),
        ({"face_box": (0.0, 0.2, 0.4, 0.6)}, QualityIssue.FACE_AT_EDGE),
        ({"face_box": (0.3, 0.5, 0.6, 1.0)}, QualityIssue.FACE_AT_EDGE),
        ({"iris_diameter_px": 3.0}, QualityIssue.FACE_TOO_SMALL),
        ({"yaw_deg": -60.0}, QualityIssue.TURNED_AWAY),
        ({"fit_rms_cm": 1.2}, QualityIssue.UNSTEADY_FIT),
        ({"face_found": False}, QualityIssue.FACE_NOT_FOUND),
    ],
)
def test_each_problem_makes_the_sample_poor_and_says_why(
    changes: dict, issue: QualityIssue
) -> None:
    quality, issues = assess_quality(_with(**changes))
    assert quality is Quality.POOR
    assert issue in issues


def test_hidden_shoulders_are_noted_but_do_not_spoil_the_head_figures() -> None:
    quality, issues = assess_quality(_with(shoulder_visibility=0.2))
    assert quality is Quality.GOOD
    assert issues == (QualityIssue.SHOULDERS_NOT_VISIBLE,)
