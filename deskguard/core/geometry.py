"""Camera and rotation geometry, in plain Python.

Frames and conventions (the one place they are stated; see also ``HeadPose``):

* Camera frame: x to the right of the image, y up, z towards the viewer; the
  camera looks down -z. Units are centimetres. This is MediaPipe's face
  geometry frame, so its transformation matrices can be read directly.
* Image frame: u to the right, v down, in pixels, origin at the top-left.
* A rotation ``R`` (3x3, row-major tuples) maps a point of the face model
  into the camera frame: ``p_camera = R @ p_model`` (column vectors).
* Head angles in degrees, product convention:
  pitch > 0 head flexed forward/down (chin towards chest),
  yaw > 0 head turned to the user's left,
  roll > 0 head tilted towards the user's left shoulder.
  With that, ``R = Rx(pitch) @ Ry(yaw) @ Rz(-roll)``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Vec3 = tuple[float, float, float]
Mat3 = tuple[Vec3, Vec3, Vec3]

IDENTITY: Mat3 = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))


# --- small vector and matrix helpers -------------------------------------------------


def mat_mul(a: Mat3, b: Mat3) -> Mat3:
    """Matrix product ``a @ b``."""
    rows = tuple(
        tuple(sum(a[i][k] * b[k][j] for k in range(3)) for j in range(3)) for i in range(3)
    )
    return rows  # type: ignore[return-value]


def mat_vec(a: Mat3, v: Sequence[float]) -> Vec3:
    """Matrix-vector product ``a @ v``."""
    return (
        a[0][0] * v[0] + a[0][1] * v[1] + a[0][2] * v[2],
        a[1][0] * v[0] + a[1][1] * v[1] + a[1][2] * v[2],
        a[2][0] * v[0] + a[2][1] * v[1] + a[2][2] * v[2],
    )


def transpose(a: Mat3) -> Mat3:
    """The transpose (the inverse, for a rotation)."""
    return ((a[0][0], a[1][0], a[2][0]), (a[0][1], a[1][1], a[2][1]), (a[0][2], a[1][2], a[2][2]))


def rot_x(deg: float) -> Mat3:
    """Right-handed rotation about +x."""
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))


def rot_y(deg: float) -> Mat3:
    """Right-handed rotation about +y."""
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))


def rot_z(deg: float) -> Mat3:
    """Right-handed rotation about +z."""
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0))


# --- head angles ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HeadPose:
    """Head orientation relative to the camera, in degrees (product convention)."""

    pitch_deg: float
    yaw_deg: float
    roll_deg: float


def rotation_from_head_pose(pose: HeadPose) -> Mat3:
    """The model-to-camera rotation of a head held at ``pose``."""
    return mat_mul(mat_mul(rot_x(pose.pitch_deg), rot_y(pose.yaw_deg)), rot_z(-pose.roll_deg))


def head_pose_from_rotation(r: Sequence[Sequence[float]]) -> HeadPose:
    """Read product-convention angles off a model-to-camera rotation.

    The inverse of :func:`rotation_from_head_pose` for |yaw| < 90 degrees. It is
    also the AFLW2000-3D reading with pitch and yaw negated (see
    ``../shared/datasets/aflw2000-3d/SOURCE.md``).
    """
    pitch = math.degrees(math.atan2(-r[1][2], r[2][2]))
    yaw = math.degrees(math.asin(max(-1.0, min(1.0, r[0][2]))))
    roll = math.degrees(math.atan2(r[0][1], r[0][0]))
    return HeadPose(pitch_deg=pitch, yaw_deg=yaw, roll_deg=roll)


# --- pinhole camera -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PinholeCamera:
    """An ideal camera: focal length in pixels, principal point at the image centre."""

    width_px: int
    height_px: int
    focal_px: float

    @classmethod
    def from_diagonal_fov(cls, width_px: int, height_px: int, diag_fov_deg: float) -> PinholeCamera:
        """Build from the diagonal field of view, the figure webcam makers publish."""
        if not 10.0 <= diag_fov_deg <= 170.0:
            raise ValueError(f"diagonal field of view {diag_fov_deg} deg is outside 10..170")
        half_diag_px = math.hypot(width_px, height_px) / 2.0
        return cls(width_px, height_px, half_diag_px / math.tan(math.radians(diag_fov_deg) / 2.0))

    @property
    def cx(self) -> float:
        """Principal point, x."""
        return self.width_px / 2.0

    @property
    def cy(self) -> float:
        """Principal point, y."""
        return self.height_px / 2.0

    def project(self, p: Sequence[float]) -> tuple[float, float]:
        """Image position (u, v) of a camera-frame point (which must lie in front, z < 0)."""
        depth = -p[2]
        if depth <= 0:
            raise ValueError("point is behind the camera")
        return (self.cx + self.focal_px * p[0] / depth, self.cy - self.focal_px * p[1] / depth)

    def ray_elevation_deg(self, v_px: float) -> float:
        """Angle above the optical axis of the ray through image row ``v_px``."""
        return math.degrees(math.atan2(self.cy - v_px, self.focal_px))


# --- weighted similarity Procrustes (Horn 1987, unit quaternions) ---------------------


@dataclass(frozen=True, slots=True)
class SimilarityFit:
    """``observed ~= scale * R @ model + translation`` for each point."""

    rotation: Mat3
    scale: float
    translation: Vec3
    rms_residual: float


def _weighted_centroid(points: Sequence[Sequence[float]], weights: Sequence[float]) -> Vec3:
    total = sum(weights)
    return (
        sum(w * p[0] for p, w in zip(points, weights, strict=True)) / total,
        sum(w * p[1] for p, w in zip(points, weights, strict=True)) / total,
        sum(w * p[2] for p, w in zip(points, weights, strict=True)) / total,
    )


def _largest_eigenvector_sym4(n: list[list[float]]) -> list[float]:
    """Eigenvector of the largest eigenvalue of a symmetric 4x4 matrix (Jacobi sweeps)."""
    a = [row[:] for row in n]
    v = [[1.0 if i == j else 0.0 for j in range(4)] for i in range(4)]
    for _ in range(50):
        off = sum(a[i][j] ** 2 for i in range(4) for j in range(4) if i != j)
        if off < 1e-22 * (1.0 + sum(a[i][i] ** 2 for i in range(4))):
            break
        for p in range(3):
            for q in range(p + 1, 4):
                if abs(a[p][q]) < 1e-300:
                    continue
                theta = (a[q][q] - a[p][p]) / (2.0 * a[p][q])
                t = math.copysign(1.0, theta) / (abs(theta) + math.sqrt(theta * theta + 1.0))
                c = 1.0 / math.sqrt(t * t + 1.0)
                s = t * c
                for k in range(4):
                    akp, akq = a[k][p], a[k][q]
                    a[k][p], a[k][q] = c * akp - s * akq, s * akp + c * akq
                for k in range(4):
                    apk, aqk = a[p][k], a[q][k]
                    a[p][k], a[q][k] = c * apk - s * aqk, s * apk + c * aqk
                for k in range(4):
                    vkp, vkq = v[k][p], v[k][q]
                    v[k][p], v[k][q] = c * vkp - s * vkq, s * vkp + c * vkq
    best = max(range(4), key=lambda i: a[i][i])
    return [v[k][best] for k in range(4)]


def fit_similarity(
    model: Sequence[Sequence[float]],
    observed: Sequence[Sequence[float]],
    weights: Sequence[float] | None = None,
) -> SimilarityFit:
    """Least-squares rotation, scale and translation taking ``model`` onto ``observed``.

    Horn's closed form: the rotation is the unit quaternion that is the top
    eigenvector of a 4x4 matrix built from the weighted cross-covariance.
    """
    if len(model) != len(observed) or len(model) < 3:
        raise ValueError("need at least three matching points")
    w = list(weights) if weights is not None else [1.0] * len(model)
    ca, cb = _weighted_centroid(model, w), _weighted_centroid(observed, w)
    sxx = sxy = sxz = syx = syy = syz = szx = szy = szz = 0.0
    model_ss = 0.0
    for p, q, wi in zip(model, observed, w, strict=True):
        ax, ay, az = p[0] - ca[0], p[1] - ca[1], p[2] - ca[2]
        bx, by, bz = q[0] - cb[0], q[1] - cb[1], q[2] - cb[2]
        sxx += wi * ax * bx
        sxy += wi * ax * by
        sxz += wi * ax * bz
        syx += wi * ay * bx
        syy += wi * ay * by
        syz += wi * ay * bz
        szx += wi * az * bx
        szy += wi * az * by
        szz += wi * az * bz
        model_ss += wi * (ax * ax + ay * ay + az * az)
    n = [
        [sxx + syy + szz, syz - szy, szx - sxz, sxy - syx],
        [syz - szy, sxx - syy - szz, sxy + syx, szx + sxz],
        [szx - sxz, sxy + syx, -sxx + syy - szz, syz + szy],
        [sxy - syx, szx + sxz, syz + szy, -sxx - syy + szz],
    ]
    q0, qx, qy, qz = _largest_eigenvector_sym4(n)
    norm = math.sqrt(q0 * q0 + qx * qx + qy * qy + qz * qz)
    q0, qx, qy, qz = q0 / norm, qx / norm, qy / norm, qz / norm
    r: Mat3 = (
        (
            q0 * q0 + qx * qx - qy * qy - qz * qz,
            2 * (qx * qy - q0 * qz),
            2 * (qx * qz + q0 * qy),
        ),
        (
            2 * (qy * qx + q0 * qz),
            q0 * q0 - qx * qx + qy * qy - qz * qz,
            2 * (qy * qz - q0 * qx),
        ),
        (
            2 * (qz * qx - q0 * qy),
            2 * (qz * qy + q0 * qx),
            q0 * q0 - qx * qx - qy * qy + qz * qz,
        ),
    )
    # Scale that best maps the rotated model onto the observation.
    cross = 0.0
    for p, q, wi in zip(model, observed, w, strict=True):
        ra = mat_vec(r, (p[0] - ca[0], p[1] - ca[1], p[2] - ca[2]))
        cross += wi * (ra[0] * (q[0] - cb[0]) + ra[1] * (q[1] - cb[1]) + ra[2] * (q[2] - cb[2]))
    scale = cross / model_ss if model_ss > 0 else 1.0
    rca = mat_vec(r, ca)
    t = (cb[0] - scale * rca[0], cb[1] - scale * rca[1], cb[2] - scale * rca[2])
    sq = 0.0
    for p, q, wi in zip(model, observed, w, strict=True):
        rp = mat_vec(r, p)
        sq += wi * sum((scale * rp[k] + t[k] - q[k]) ** 2 for k in range(3))
    return SimilarityFit(r, scale, t, math.sqrt(sq / sum(w)))
