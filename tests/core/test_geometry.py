"""Rotations, the head-angle convention, Procrustes and the pinhole camera."""

from __future__ import annotations

import math
import random

import pytest

from deskguard.core.geometry import (
    HeadPose,
    PinholeCamera,
    fit_similarity,
    head_pose_from_rotation,
    mat_mul,
    mat_vec,
    rotation_from_head_pose,
    transpose,
)

NOSE = (0.0, 0.0, 5.0)  # points at the camera when the head is neutral
CROWN = (0.0, 10.0, 0.0)


def test_pitch_positive_is_chin_down() -> None:
    nose = mat_vec(rotation_from_head_pose(HeadPose(20, 0, 0)), NOSE)
    assert nose[1] < -1.0  # the nose dropped


def test_yaw_positive_turns_to_the_users_left() -> None:
    # The user faces the camera, so their left is the image's right (+x).
    nose = mat_vec(rotation_from_head_pose(HeadPose(0, 20, 0)), NOSE)
    assert nose[0] > 1.0


def test_roll_positive_tilts_towards_the_users_left_shoulder() -> None:
    crown = mat_vec(rotation_from_head_pose(HeadPose(0, 0, 20)), CROWN)
    assert crown[0] > 1.0


@pytest.mark.parametrize("seed", range(20))
def test_angles_round_trip(seed: int) -> None:
    rng = random.Random(seed)
    pose = HeadPose(rng.uniform(-60, 60), rng.uniform(-80, 80), rng.uniform(-60, 60))
    back = head_pose_from_rotation(rotation_from_head_pose(pose))
    assert back.pitch_deg == pytest.approx(pose.pitch_deg, abs=1e-9)
    assert back.yaw_deg == pytest.approx(pose.yaw_deg, abs=1e-9)
    assert back.roll_deg == pytest.approx(pose.roll_deg, abs=1e-9)


def test_rotation_is_orthonormal() -> None:
    r = rotation_from_head_pose(HeadPose(12, -33, 7))
    product = mat_mul(r, transpose(r))
    for i in range(3):
        for j in range(3):
            assert product[i][j] == pytest.approx(1.0 if i == j else 0.0, abs=1e-12)


@pytest.mark.parametrize("seed", range(10))
def test_similarity_fit_recovers_a_known_transform(seed: int) -> None:
    rng = random.Random(seed)
    model = [(rng.uniform(-5, 5), rng.uniform(-5, 5), rng.uniform(-5, 5)) for _ in range(30)]
    pose = HeadPose(rng.uniform(-50, 50), rng.uniform(-50, 50), rng.uniform(-50, 50))
    r = rotation_from_head_pose(pose)
    scale, t = rng.uniform(0.5, 20), (rng.uniform(-9, 9), rng.uniform(-9, 9), rng.uniform(-90, -20))
    observed = [
        tuple(scale * c + tc for c, tc in zip(mat_vec(r, p), t, strict=True)) for p in model
    ]
    fit = fit_similarity(model, observed)
    got = head_pose_from_rotation(fit.rotation)
    assert got.pitch_deg == pytest.approx(pose.pitch_deg, abs=1e-6)
    assert got.yaw_deg == pytest.approx(pose.yaw_deg, abs=1e-6)
    assert got.roll_deg == pytest.approx(pose.roll_deg, abs=1e-6)
    assert fit.scale == pytest.approx(scale, rel=1e-9)
    assert fit.translation == pytest.approx(t, abs=1e-6)
    assert fit.rms_residual == pytest.approx(0.0, abs=1e-6)


def test_similarity_fit_weights_ignore_an_outlier() -> None:
    model = [(0, 0, 0), (1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 1)]
    observed = [list(p) for p in model]
    observed[4] = [9.0, -9.0, 9.0]  # a wild landmark
    unweighted = fit_similarity(model, observed)
    weighted = fit_similarity(model, observed, [1, 1, 1, 1, 0])
    assert weighted.rms_residual < 1e-9
    assert unweighted.rms_residual > 1.0


def test_similarity_fit_needs_three_points() -> None:
    with pytest.raises(ValueError, match="three"):
        fit_similarity([(0, 0, 0), (1, 0, 0)], [(0, 0, 0), (1, 0, 0)])


def test_focal_length_from_diagonal_fov() -> None:
    # 640x480 has a 400 px half-diagonal; a 90 degree diagonal FOV makes f = 400 px.
    cam = PinholeCamera.from_diagonal_fov(640, 480, 90.0)
    assert cam.focal_px == pytest.approx(400.0)
    u, v = cam.project((10.0, 5.0, -100.0))
    assert (u, v) == pytest.approx((320 + 40.0, 240 - 20.0))
    assert cam.ray_elevation_deg(240 - 400) == pytest.approx(45.0)


@pytest.mark.parametrize("fov", [5.0, 179.0])
def test_absurd_field_of_view_is_refused(fov: float) -> None:
    with pytest.raises(ValueError, match="field of view"):
        PinholeCamera.from_diagonal_fov(640, 480, fov)


def test_projection_refuses_points_behind_the_camera() -> None:
    with pytest.raises(ValueError, match="behind"):
        PinholeCamera(640, 480, 500.0).project((0.0, 0.0, 10.0))


def test_euler_reading_is_stable_near_zero() -> None:
    pose = head_pose_from_rotation(rotation_from_head_pose(HeadPose(0, 0, 0)))
    assert math.isclose(pose.pitch_deg, 0.0, abs_tol=1e-12)
