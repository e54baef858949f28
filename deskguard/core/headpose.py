"""Head pose, viewing distance and eye position from face landmarks.

Why not read the angles off MediaPipe's facial transformation matrix? That
matrix comes from a fixed 63-degree pinhole camera that is not the user's
camera, and on labelled data (docs/accuracy.md) it under-reads real neck
flexion by about 5 degrees. Here the same canonical face model and landmark
weights are fitted with a similarity Procrustes, either

* under weak perspective (``camera=None``), the right model for a still photo
  of unknown optics, or
* through the real camera's pinhole (focal length from its field of view):
  a weak-perspective fit gives the depth, the landmarks are lifted to 3-D
  along their own rays, and a second 3-D fit gives the rotation in the camera
  frame, so a face off the optical axis is not read as a turned head.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from deskguard.core.geometry import (
    HeadPose,
    PinholeCamera,
    Vec3,
    fit_similarity,
    head_pose_from_rotation,
    mat_vec,
)

#: Mean horizontal visible iris diameter of adults (about 11.7 mm).
IRIS_DIAMETER_CM = 1.17


@dataclass(frozen=True, slots=True)
class FaceModel:
    """A rigid 3-D face template (centimetres) and the landmarks that anchor the fit.

    ``landmark_ids[i]`` is the face-mesh index whose template position is
    ``points_cm[i]``, weighted by ``weights[i]``; ``eye_ids`` are the template
    points whose mean is "the eyes" (for distance and eye level).
    """

    landmark_ids: tuple[int, ...]
    points_cm: tuple[Vec3, ...]
    weights: tuple[float, ...]
    eye_points_cm: tuple[Vec3, ...]

    def __post_init__(self) -> None:
        """Check the template is self-consistent."""
        if not len(self.landmark_ids) == len(self.points_cm) == len(self.weights):
            raise ValueError("face model arrays differ in length")
        if len(self.landmark_ids) < 4 or not self.eye_points_cm:
            raise ValueError("face model needs at least four anchor points and the eyes")


@dataclass(frozen=True, slots=True)
class HeadMeasurement:
    """What one frame's face landmarks say about the head.

    ``eyes_cm`` (camera frame) and ``distance_cm`` are None under weak
    perspective, where no metric depth can be known.
    """

    pose: HeadPose
    eyes_cm: Vec3 | None
    distance_cm: float | None
    face_scale_px_per_cm: float
    fit_rms_cm: float


def measure_head(
    landmarks_px: Sequence[Sequence[float]],
    model: FaceModel,
    camera: PinholeCamera | None,
    image_size: tuple[int, int],
) -> HeadMeasurement:
    """Fit ``model`` to image landmarks ``(u, v, z)`` in pixels.

    ``z`` is MediaPipe's relative depth scaled like ``u`` (smaller is nearer
    the camera). ``image_size`` is (width, height); the principal point is its
    centre.
    """
    width, height = image_size
    cx, cy = width / 2.0, height / 2.0
    picked = [landmarks_px[i] for i in model.landmark_ids]
    # Weak perspective: image plane coordinates plus the predicted depth.
    ortho = [(p[0] - cx, cy - p[1], -p[2]) for p in picked]
    fit = fit_similarity(model.points_cm, ortho, model.weights)
    scale = fit.scale  # pixels per template centimetre
    if camera is None:
        return HeadMeasurement(
            head_pose_from_rotation(fit.rotation), None, None, scale, fit.rms_residual / scale
        )

    # MediaPipe's depth is what the picture shows: offsets along the line of
    # sight to the face. Put each landmark on its own ray at the range that
    # gives it that offset, with the face centroid at the range where a
    # template-sized face has the fitted image scale.
    f = camera.focal_px
    total_w = sum(model.weights)
    mean_u = sum(w * p[0] for w, p in zip(model.weights, picked, strict=True)) / total_w
    mean_v = sum(w * p[1] for w, p in zip(model.weights, picked, strict=True)) / total_w
    mean_toward = sum(w * o[2] for w, o in zip(model.weights, ortho, strict=True)) / total_w
    sight = _ray(mean_u, mean_v, camera)
    centroid_range_cm = (f / scale) / -sight[2]
    lifted = []
    for p, o in zip(picked, ortho, strict=True):
        ray = _ray(p[0], p[1], camera)
        offset_cm = (o[2] - mean_toward) / scale  # towards the camera, along the sight line
        rho = (centroid_range_cm - offset_cm) / (
            ray[0] * sight[0] + ray[1] * sight[1] + ray[2] * sight[2]
        )
        lifted.append((rho * ray[0], rho * ray[1], rho * ray[2]))
    fit3d = fit_similarity(model.points_cm, lifted, model.weights)
    n_eye = len(model.eye_points_cm)
    eye_model = tuple(sum(e[k] for e in model.eye_points_cm) / n_eye for k in range(3))
    r_eye = mat_vec(fit3d.rotation, eye_model)
    eyes = (
        fit3d.scale * r_eye[0] + fit3d.translation[0],
        fit3d.scale * r_eye[1] + fit3d.translation[1],
        fit3d.scale * r_eye[2] + fit3d.translation[2],
    )
    return HeadMeasurement(
        pose=head_pose_from_rotation(fit3d.rotation),
        eyes_cm=eyes,
        distance_cm=math.sqrt(eyes[0] ** 2 + eyes[1] ** 2 + eyes[2] ** 2),
        face_scale_px_per_cm=scale,
        fit_rms_cm=fit3d.rms_residual,
    )


def _ray(u: float, v: float, camera: PinholeCamera) -> Vec3:
    """Unit vector from the camera through image point (u, v), camera frame."""
    x, y, z = u - camera.cx, camera.cy - v, -camera.focal_px
    n = math.sqrt(x * x + y * y + z * z)
    return (x / n, y / n, z / n)


def iris_distance_cm(iris_diameter_px: float, camera: PinholeCamera) -> float:
    """Distance from the camera to an eye whose iris spans ``iris_diameter_px``."""
    if iris_diameter_px <= 0:
        raise ValueError("iris diameter must be positive")
    return camera.focal_px * IRIS_DIAMETER_CM / iris_diameter_px


def rescale_eyes(eyes_cm: Vec3, distance_cm: float) -> Vec3:
    """Move the eyes along their ray so that they lie ``distance_cm`` from the camera.

    The face-template distance assumes an average face; the iris gives a
    person-independent distance. Direction comes from the image, which is exact.
    """
    norm = math.sqrt(sum(c * c for c in eyes_cm))
    k = distance_cm / norm
    return (eyes_cm[0] * k, eyes_cm[1] * k, eyes_cm[2] * k)
