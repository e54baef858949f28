"""Calibration and the calibrated posture figures, on synthetic scenes of known geometry."""

from __future__ import annotations

import pytest

from deskguard.core.geometry import HeadPose, PinholeCamera, mat_vec, rot_x
from deskguard.core.headpose import measure_head
from deskguard.core.posture import (
    Baseline,
    CalibrationError,
    CameraSettings,
    ScreenMove,
    calibrate,
    eyes_above_screen_top_cm,
    forward_head,
    forward_head_ratio,
    leaning_in_ratio,
    neck_flexion_deg,
    screen_height_advice,
)
from deskguard.core.sample import BodyMeasurement, PostureSample, Quality, QualityIssue
from tests.synthetic import face_template, place_face, project_landmarks

MODEL = face_template()
SETTINGS = CameraSettings(diag_fov_deg=70.0, camera_above_screen_top_cm=1.0)
CAMERA = PinholeCamera.from_diagonal_fov(640, 480, SETTINGS.diag_fov_deg)


def observe(
    neck_flexion: float, camera_tilt_up: float, eyes_above_lens_cm: float, range_cm: float = 60.0
) -> PostureSample:
    """A user's head seen by a tilted camera: world scene -> camera frame -> landmarks -> sample.

    The head's eye midpoint sits ``eyes_above_lens_cm`` above the lens and
    ``range_cm`` in front of it, in the world.
    """
    world_to_camera = rot_x(-camera_tilt_up)
    # Eye midpoint of the template is at (0, 3, 3.4): put the head origin so the eyes land right.
    head_rot_world = rot_x(neck_flexion)
    eye_offset = mat_vec(head_rot_world, (0.0, 3.0, 3.4))
    origin_world = (-eye_offset[0], eyes_above_lens_cm - eye_offset[1], -range_cm - eye_offset[2])
    # Both rotations are about x, so the camera sees the flexion minus its own tilt.
    pose_in_camera = HeadPose(neck_flexion - camera_tilt_up, 0.0, 0.0)
    origin_cam = mat_vec(world_to_camera, origin_world)
    points = place_face(MODEL, pose_in_camera, origin_cam)
    m = measure_head(project_landmarks(points, CAMERA), MODEL, CAMERA, (640, 480))
    return PostureSample(
        t_s=0.0,
        face_found=True,
        body_found=False,
        head=m.pose,
        distance_cm=m.distance_cm,
        eyes_cm=m.eyes_cm,
        quality=Quality.GOOD,
    )


def _baseline(tilt_up: float, eyes_above_lens_cm: float) -> Baseline:
    return calibrate([observe(0.0, tilt_up, eyes_above_lens_cm) for _ in range(6)], SETTINGS)


@pytest.mark.parametrize("tilt_up", [-10.0, 0.0, 12.0])
def test_calibration_reads_the_camera_tilt(tilt_up: float) -> None:
    baseline = _baseline(tilt_up, 5.0)
    assert baseline.camera_tilt_up_deg == pytest.approx(tilt_up, abs=0.3)


@pytest.mark.parametrize("tilt_up", [-10.0, 0.0, 12.0])
@pytest.mark.parametrize("flexion", [0.0, 15.0, 30.0])
def test_neck_flexion_is_measured_against_neutral_whatever_the_camera_tilt(
    tilt_up: float, flexion: float
) -> None:
    baseline = _baseline(tilt_up, 5.0)
    got = neck_flexion_deg(observe(flexion, tilt_up, 5.0), baseline)
    assert got == pytest.approx(flexion, abs=0.5)


@pytest.mark.parametrize("tilt_up", [-8.0, 0.0, 15.0])
@pytest.mark.parametrize("eyes_above_lens", [-6.0, 0.0, 9.0])
def test_eye_level_against_the_screen_top_undoes_the_camera_tilt(
    tilt_up: float, eyes_above_lens: float
) -> None:
    baseline = _baseline(tilt_up, eyes_above_lens)
    got = eyes_above_screen_top_cm(observe(0.0, tilt_up, eyes_above_lens), baseline)
    expected = eyes_above_lens + SETTINGS.camera_above_screen_top_cm
    assert got == pytest.approx(expected, abs=1.0)


@pytest.mark.parametrize(
    ("eyes_above_top", "move", "by_cm"),
    [
        (2.0, ScreenMove.KEEP, 0.0),
        (0.0, ScreenMove.KEEP, 0.0),
        (5.0, ScreenMove.KEEP, 0.0),
        (10.0, ScreenMove.RAISE, 8.0),  # to 2.5 cm below eye level: 7.5 rounds up
        (-4.0, ScreenMove.LOWER, 7.0),  # 6.5 rounds up too
        (5.6, ScreenMove.RAISE, 3.0),
    ],
)
def test_screen_height_advice(eyes_above_top: float, move: ScreenMove, by_cm: float) -> None:
    advice = screen_height_advice(eyes_above_top)
    assert (advice.move, advice.by_cm) == (move, by_cm)


def _sample(
    pitch: float,
    *,
    gap: float | None = 0.6,
    distance: float | None = 60.0,
    quality: Quality = Quality.GOOD,
    face: bool = True,
) -> PostureSample:
    body = BodyMeasurement(0.99, gap, 0.4, 0.0) if gap is not None else None
    return PostureSample(
        t_s=0.0,
        face_found=face,
        body_found=body is not None,
        head=HeadPose(pitch, 0, 0) if face else None,
        distance_cm=distance,
        body=body,
        quality=quality,
        issues=() if quality is Quality.GOOD else (QualityIssue.TOO_DARK,),
    )


def test_calibration_uses_medians_and_good_samples_only() -> None:
    samples = [_sample(p) for p in (4.0, 5.0, 5.5, 6.0, 5.0, 40.0)]
    samples.append(_sample(-30.0, quality=Quality.POOR))  # poor: ignored
    # A 35-degree nod is not "sitting still": refuse, do not average it in.
    with pytest.raises(CalibrationError, match="moved too much"):
        calibrate(samples, SETTINGS)
    baseline = calibrate(samples[:5] + samples[6:], SETTINGS)
    assert baseline.pitch_deg == pytest.approx(5.0)
    assert baseline.samples == 5
    assert baseline.distance_cm == pytest.approx(60.0)
    assert baseline.ear_shoulder_gap_ratio == pytest.approx(0.6)


def test_calibration_says_when_it_cannot_see_the_user() -> None:
    with pytest.raises(CalibrationError, match="long enough"):
        calibrate([_sample(0.0, face=False, gap=None, quality=Quality.ABSENT)] * 9, SETTINGS)
    with pytest.raises(CalibrationError, match="see you well"):
        calibrate([_sample(0.0, quality=Quality.POOR)] * 9, SETTINGS)


def test_forward_head_and_leaning_in_against_the_baseline() -> None:
    baseline = calibrate([_sample(3.0, gap=0.6, distance=60.0)] * 5, SETTINGS)
    slumped = _sample(3.0, gap=0.45, distance=45.0)
    judged = forward_head(slumped, baseline)
    assert judged is not None
    assert (judged.gap_shrink, judged.nearer_cm) == (pytest.approx(0.25), pytest.approx(15.0))
    # Both signals far past a moderate poke (15 %, 2 cm): each capped at 1.5.
    assert forward_head_ratio(slumped, baseline) == pytest.approx(1.5)
    assert leaning_in_ratio(slumped, baseline) == pytest.approx(0.25)
    assert forward_head_ratio(_sample(3.0, gap=None), baseline) is None
    assert leaning_in_ratio(_sample(3.0, distance=None), baseline) is None
    assert neck_flexion_deg(_sample(0.0, face=False), baseline) is None


@pytest.mark.parametrize(("fov", "above"), [(20.0, 0.0), (70.0, 50.0)])
def test_camera_settings_are_range_checked(fov: float, above: float) -> None:
    with pytest.raises(ValueError):
        CameraSettings(diag_fov_deg=fov, camera_above_screen_top_cm=above)
