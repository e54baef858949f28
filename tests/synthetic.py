"""Synthetic faces seen through a pinhole camera of known field of view.

Metric distance and eye level have no real labels in ../shared/datasets, so the
geometry is tested by projecting a known 3-D face through a known camera and
checking that the measurement comes back out.
"""

from __future__ import annotations

import math
import random

from deskguard.core.geometry import HeadPose, PinholeCamera, Vec3, mat_vec, rotation_from_head_pose
from deskguard.core.headpose import FaceModel


def face_template(seed: int = 7, n: int = 40) -> FaceModel:
    """A face-sized rigid point cloud (cm): a shallow dome, nose forward, eyes at y=+3."""
    rng = random.Random(seed)
    points: list[Vec3] = []
    for _ in range(n):
        x = rng.uniform(-7.0, 7.0)
        y = rng.uniform(-8.0, 6.0)
        z = 4.0 - 0.06 * (x * x) - 0.03 * (y * y)  # curved like a face
        points.append((x, y, z))
    points.append((0.0, -1.0, 6.5))  # nose tip
    eyes = ((-3.2, 3.0, 3.4), (3.2, 3.0, 3.4))
    points.extend(eyes)
    return FaceModel(
        landmark_ids=tuple(range(len(points))),
        points_cm=tuple(points),
        weights=tuple(1.0 for _ in points),
        eye_points_cm=eyes,
    )


def place_face(model: FaceModel, pose: HeadPose, origin_cm: Vec3) -> list[Vec3]:
    """The template's points in the camera frame for a head at ``origin_cm``."""
    r = rotation_from_head_pose(pose)
    return [
        tuple(a + b for a, b in zip(mat_vec(r, p), origin_cm, strict=True))  # type: ignore[misc]
        for p in model.points_cm
    ]


def eyes_of(model: FaceModel, pose: HeadPose, origin_cm: Vec3) -> Vec3:
    """Where the eye midpoint ends up in the camera frame."""
    r = rotation_from_head_pose(pose)
    mid = tuple(sum(e[k] for e in model.eye_points_cm) / 2 for k in range(3))
    p = mat_vec(r, mid)
    return (p[0] + origin_cm[0], p[1] + origin_cm[1], p[2] + origin_cm[2])


def project_landmarks(
    points_cm: list[Vec3], camera: PinholeCamera, noise_px: float = 0.0, seed: int = 1
) -> list[tuple[float, float, float]]:
    """Image landmarks (u, v, z) the way MediaPipe reports them, in pixels.

    ``z`` is depth relative to the points' centroid along the line of sight
    (what the picture shows: MediaPipe infers depth from appearance), scaled
    like ``u`` at the centroid's distance, smaller = nearer the camera.
    """
    rng = random.Random(seed)
    n = len(points_cm)
    centroid = tuple(sum(p[k] for p in points_cm) / n for k in range(3))
    sight = tuple(c / distance(centroid) for c in centroid)  # camera -> face
    depth = -centroid[2]
    out = []
    for p in points_cm:
        u, v = camera.project(p)
        toward_cm = -sum((p[k] - centroid[k]) * sight[k] for k in range(3))
        z_px = -toward_cm * camera.focal_px / depth
        out.append(
            (u + rng.gauss(0, noise_px), v + rng.gauss(0, noise_px), z_px + rng.gauss(0, noise_px))
        )
    return out


def distance(p: Vec3) -> float:
    """Length of a vector."""
    return math.sqrt(sum(c * c for c in p))
