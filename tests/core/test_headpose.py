"""Head pose, distance and eye position from synthetic projections of a known face."""

from __future__ import annotations

import random

import pytest

from deskguard.core.geometry import HeadPose, PinholeCamera
from deskguard.core.headpose import (
    IRIS_DIAMETER_CM,
    iris_distance_cm,
    measure_head,
    rescale_eyes,
)
from tests.synthetic import distance, eyes_of, face_template, place_face, project_landmarks

CAMERA = PinholeCamera.from_diagonal_fov(640, 480, 70.0)
MODEL = face_template()


def _scene(rng: random.Random) -> tuple[HeadPose, tuple[float, float, float]]:
    pose = HeadPose(rng.uniform(-30, 35), rng.uniform(-30, 30), rng.uniform(-15, 15))
    depth = rng.uniform(45, 85)
    # Anywhere in the middle two thirds of the picture.
    origin = (rng.uniform(-0.2, 0.2) * depth, rng.uniform(-0.15, 0.15) * depth, -depth)
    return pose, origin


@pytest.mark.parametrize("seed", range(25))
def test_perspective_solve_recovers_pose_distance_and_eyes(seed: int) -> None:
    rng = random.Random(seed)
    pose, origin = _scene(rng)
    landmarks = project_landmarks(place_face(MODEL, pose, origin), CAMERA)
    m = measure_head(landmarks, MODEL, CAMERA, (640, 480))
    assert m.pose.pitch_deg == pytest.approx(pose.pitch_deg, abs=0.5)
    assert m.pose.yaw_deg == pytest.approx(pose.yaw_deg, abs=0.5)
    assert m.pose.roll_deg == pytest.approx(pose.roll_deg, abs=0.5)
    true_eyes = eyes_of(MODEL, pose, origin)
    assert m.eyes_cm is not None and m.distance_cm is not None
    assert m.distance_cm == pytest.approx(distance(true_eyes), rel=0.03)
    assert m.eyes_cm[1] == pytest.approx(true_eyes[1], abs=1.0)


def test_pixel_noise_moves_the_angles_only_a_little() -> None:
    rng = random.Random(3)
    errors = []
    for seed in range(20):
        pose, origin = _scene(rng)
        landmarks = project_landmarks(
            place_face(MODEL, pose, origin), CAMERA, noise_px=1.0, seed=seed
        )
        m = measure_head(landmarks, MODEL, CAMERA, (640, 480))
        errors.append(abs(m.pose.pitch_deg - pose.pitch_deg))
    assert sum(errors) / len(errors) < 2.0


def test_off_centre_face_is_not_read_as_a_turned_head() -> None:
    # A level head high in the picture of a near camera: the weak-perspective
    # reading mistakes the viewing angle for pitch; the pinhole solve does not.
    pose, origin = HeadPose(0.0, 0.0, 0.0), (0.0, 12.0, -45.0)
    landmarks = project_landmarks(place_face(MODEL, pose, origin), CAMERA)
    perspective = measure_head(landmarks, MODEL, CAMERA, (640, 480))
    weak = measure_head(landmarks, MODEL, None, (640, 480))
    assert abs(perspective.pose.pitch_deg) < 0.5
    assert abs(weak.pose.pitch_deg) > 8.0
    assert weak.distance_cm is None and weak.eyes_cm is None


def test_weak_perspective_is_right_for_a_distant_camera() -> None:
    far_tele = PinholeCamera.from_diagonal_fov(640, 480, 30.0)  # a photo from afar
    pose = HeadPose(-22.0, 14.0, 5.0)
    landmarks = project_landmarks(place_face(MODEL, pose, (0.0, 0.0, -400.0)), far_tele)
    m = measure_head(landmarks, MODEL, None, (640, 480))
    assert m.pose.pitch_deg == pytest.approx(pose.pitch_deg, abs=1.0)
    assert m.pose.yaw_deg == pytest.approx(pose.yaw_deg, abs=1.0)


@pytest.mark.parametrize("distance_cm", [40.0, 60.0, 90.0])
def test_iris_gives_the_distance(distance_cm: float) -> None:
    diameter_px = CAMERA.focal_px * IRIS_DIAMETER_CM / distance_cm
    assert iris_distance_cm(diameter_px, CAMERA) == pytest.approx(distance_cm)


def test_iris_must_be_visible() -> None:
    with pytest.raises(ValueError):
        iris_distance_cm(0.0, CAMERA)


def test_rescaling_eyes_keeps_their_direction() -> None:
    eyes = (3.0, 4.0, -60.0)
    moved = rescale_eyes(eyes, 2 * distance(eyes))
    assert moved == pytest.approx((6.0, 8.0, -120.0))
