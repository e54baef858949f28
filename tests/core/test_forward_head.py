"""Forward head as a front camera sees it, on synthetic scenes of known geometry.

A seated person is built in the world: a face template (the test template, and
MediaPipe's canonical face when the models are at hand), the ears as the pose
model places them, and the shoulders. A poke of the chin moves the head forward
and down with the shoulders still; a nod, a shrug, a lower chair or leaning in
move other things. The scene is projected through a tilted 70-degree webcam
with landmark noise and distance jitter like the real clips' (docs/accuracy.md),
measured as the app measures it, and judged against a calibration made the same
way.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from deskguard.core.engine import EventKind, PostureEngine
from deskguard.core.geometry import PinholeCamera, Vec3, mat_vec, rot_x
from deskguard.core.headpose import FaceModel, measure_head
from deskguard.core.posture import (
    Baseline,
    CameraSettings,
    calibrate,
    forward_head,
    forward_head_ratio,
)
from deskguard.core.sample import BodyMeasurement, PostureSample, Quality
from deskguard.core.settings import Sensitivity, Settings
from tests.scripted_day import TZ, local
from tests.synthetic import face_template, project_landmarks

SETTINGS = CameraSettings(diag_fov_deg=70.0, camera_above_screen_top_cm=1.0)
WIDTH, HEIGHT = 640, 480
CAMERA = PinholeCamera.from_diagonal_fov(WIDTH, HEIGHT, SETTINGS.diag_fov_deg)

# Body geometry relative to the eye midpoint at neutral (cm; x right, y up, z towards
# the camera). The pose model's ears sit about at the tragion: 1.5 cm below and 8.5 cm
# behind the eyes; its shoulders 26 cm below the ears and 40 cm apart, which gives the
# ear-to-shoulder gap ratio of 0.6-0.66 seen on the real clips.
EAR = (7.3, -1.5, -8.5)
SHOULDER = (20.0, -27.5, -8.5)
#: The head nods about the top of the neck: below the ears, behind the eyes.
PIVOT = (0.0, -3.0, -8.0)
#: The hips, about which the whole upper body leans in.
HIP = (0.0, -60.0, -12.0)

#: Landmark noise: face mesh 1 px; pose ears and shoulders 2.5 px (a gap-ratio SD of
#: about 0.007, as on the still real clip); the iris distance jitters by 2 % (1.3 cm
#: at 60 cm on the real clip).
FACE_NOISE_PX = 1.0
POSE_NOISE_PX = 2.5
DISTANCE_JITTER = 0.02


@dataclass(frozen=True)
class Desk:
    """Where the camera is: its tilt (up > 0), the eyes' height above it, the range."""

    name: str
    tilt_up_deg: float
    eyes_above_lens_cm: float
    range_cm: float


DESKS = (
    Desk("laptop", 10.0, 12.0, 55.0),
    Desk("monitor webcam", -4.0, -2.0, 70.0),
    Desk("low webcam", 0.0, 6.0, 60.0),
)


@dataclass(frozen=True)
class Posture:
    """How the person has moved from neutral.

    ``head_down_cm``/``head_forward_cm`` move the top of the neck (and with it
    the head) with the shoulders still; ``pitch_deg`` nods the head about it;
    ``shoulders_up_cm`` shrugs; ``body_down_cm`` lowers everything (the chair);
    ``lean_deg`` tilts the whole upper body forward about the hips.
    """

    head_down_cm: float = 0.0
    head_forward_cm: float = 0.0
    pitch_deg: float = 0.0
    shoulders_up_cm: float = 0.0
    body_down_cm: float = 0.0
    lean_deg: float = 0.0


def poke(fraction: float) -> Posture:
    """A chin poke: ``fraction`` of the issue's moderate one (4 cm lower, 2 cm nearer).

    The upper neck extends to keep the eyes level, so the pitch barely changes
    (1 degree of flexion per moderate poke).
    """
    return Posture(
        head_down_cm=4.0 * fraction, head_forward_cm=2.0 * fraction, pitch_deg=1.0 * fraction
    )


UPRIGHT = Posture()
JUST_ACCEPTABLE = poke(0.5)
MODERATE = poke(1.0)
EXTREME = poke(2.0)
#: Not forward head (the must-nots and the single-signal look-alikes).
OTHERS = {
    "upright": UPRIGHT,
    "just acceptable (half a moderate poke)": JUST_ACCEPTABLE,
    "extended neck (head tilted back 15 deg)": Posture(pitch_deg=-15.0),
    "sitting tall (head 1.5 cm up, 1 cm back)": Posture(head_down_cm=-1.5, head_forward_cm=-1.0),
    "shrug (shoulders 3 cm up)": Posture(shoulders_up_cm=3.0),
    "chair 5 cm lower": Posture(body_down_cm=5.0),
    "leaning in 8 cm from the hips": Posture(lean_deg=math.degrees(8.0 / 60.0)),
    "reading the keyboard (head bent 15 deg)": Posture(pitch_deg=15.0),
}


def _add(a: Vec3, b: Vec3) -> Vec3:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def _sub(a: Vec3, b: Vec3) -> Vec3:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def _mirror(p: Vec3) -> Vec3:
    return (-p[0], p[1], p[2])


class Scene:
    """One person at one desk, seen by the camera with noise from ``seed`` on."""

    def __init__(self, model: FaceModel, desk: Desk, seed: int = 1) -> None:
        self.model = model
        self.desk = desk
        self.rng = random.Random(seed)
        n = len(model.eye_points_cm)
        self.eye_head: Vec3 = tuple(sum(e[k] for e in model.eye_points_cm) / n for k in range(3))  # type: ignore[assignment]
        self.size = max(model.landmark_ids) + 1

    def world(self, posture: Posture) -> tuple[list[Vec3], list[Vec3], list[Vec3], float]:
        """Face points, ears and shoulders in the world (camera at the origin), head pitch."""
        eyes0: Vec3 = (0.0, self.desk.eyes_above_lens_cm, -self.desk.range_cm)
        pivot = _add(eyes0, PIVOT)
        pivot = _add(pivot, (0.0, -posture.head_down_cm, posture.head_forward_cm))
        shoulders = [_add(eyes0, SHOULDER), _add(eyes0, _mirror(SHOULDER))]
        shoulders = [_add(s, (0.0, posture.shoulders_up_cm, 0.0)) for s in shoulders]
        pitch = posture.pitch_deg  # a lean turns the head with the body, below
        r = rot_x(pitch)

        def head_point(p_head: Vec3) -> Vec3:
            # Relative to the eyes in head terms, then about the pivot.
            rel = _sub(_sub(p_head, self.eye_head), PIVOT)
            return _add(pivot, mat_vec(r, rel))

        face = [head_point(p) for p in self.model.points_cm]
        ears = [
            head_point(_add(self.eye_head, EAR)),
            head_point(_add(self.eye_head, _mirror(EAR))),
        ]
        moved = []
        for group in (face, ears, shoulders):
            out = []
            for p in group:
                p = _sub(p, (0.0, posture.body_down_cm, 0.0))
                if posture.lean_deg:
                    hip = _add(eyes0, HIP)
                    p = _add(hip, mat_vec(rot_x(posture.lean_deg), _sub(p, hip)))
                out.append(p)
            moved.append(out)
        return moved[0], moved[1], moved[2], pitch

    def observe(self, posture: Posture) -> PostureSample:
        """One noisy sample of ``posture``, measured the way the app measures it."""
        face, ears, shoulders, _ = self.world(posture)
        to_camera = rot_x(-self.desk.tilt_up_deg)
        face_cam = [mat_vec(to_camera, p) for p in face]
        marks = project_landmarks(face_cam, CAMERA, FACE_NOISE_PX, self.rng.randrange(1 << 30))
        mesh: list[tuple[float, float, float]] = [(0.0, 0.0, 0.0)] * self.size
        for i, mark in zip(self.model.landmark_ids, marks, strict=True):
            mesh[i] = mark
        m = measure_head(mesh, self.model, CAMERA, (WIDTH, HEIGHT))
        assert m.eyes_cm is not None and m.distance_cm is not None
        k = 1.0 + self.rng.gauss(0.0, DISTANCE_JITTER)  # the iris distance's jitter
        eyes = (m.eyes_cm[0] * k, m.eyes_cm[1] * k, m.eyes_cm[2] * k)

        def pixel(p: Vec3) -> tuple[float, float]:
            u, v = CAMERA.project(mat_vec(to_camera, p))
            return u + self.rng.gauss(0, POSE_NOISE_PX), v + self.rng.gauss(0, POSE_NOISE_PX)

        (le, re), (ls, rs) = [pixel(p) for p in ears], [pixel(p) for p in shoulders]
        width = math.dist(ls, rs)
        gap = ((ls[1] + rs[1]) / 2 - (le[1] + re[1]) / 2) / width  # as analysis reads it
        return PostureSample(
            t_s=0.0,
            face_found=True,
            body_found=True,
            head=m.pose,
            distance_cm=m.distance_cm * k,
            eyes_cm=eyes,
            body=BodyMeasurement(0.99, gap, width / WIDTH, 0.0),
            quality=Quality.GOOD,
        )

    def calibrate(self) -> Baseline:
        """Calibrate as the app does: a few seconds sitting upright."""
        return calibrate([self.observe(UPRIGHT) for _ in range(8)], SETTINGS)


@pytest.fixture(
    scope="module", params=["template", pytest.param("canonical", marks=pytest.mark.model)]
)
def model(request: pytest.FixtureRequest) -> Iterator[FaceModel]:
    """The test face template, and MediaPipe's own canonical face when the models exist."""
    if request.param == "template":
        yield face_template()
        return
    from deskguard.analysis.face_model import load_face_model

    models: Path = request.getfixturevalue("models_dir")
    yield load_face_model(models / "face_landmarker.task")


SAMPLES = 40


def scores(model: FaceModel, desk: Desk, posture: Posture, seed: int = 3) -> list[float]:
    """Forward-head scores of noisy samples of ``posture`` against a fresh calibration."""
    scene = Scene(model, desk, seed)
    baseline = scene.calibrate()
    out = []
    for _ in range(SAMPLES):
        score = forward_head_ratio(scene.observe(posture), baseline)
        assert score is not None
        out.append(score)
    return out


def share_over(values: list[float], threshold: float) -> float:
    return sum(v >= threshold for v in values) / len(values)


def test_the_scene_moves_the_signals_as_the_issue_describes(model: FaceModel) -> None:
    """A moderate poke: gap about -15 %, eyes 4 cm lower, 2 cm nearer, pitch barely changed."""
    scene = Scene(model, DESKS[2])
    scene.rng = random.Random(0)
    baseline = scene.calibrate()
    judged = [forward_head(scene.observe(MODERATE), baseline) for _ in range(SAMPLES)]
    assert all(j is not None for j in judged)
    gap = sorted(j.gap_shrink for j in judged if j)[SAMPLES // 2]
    drop = sorted(j.drop_cm or 0.0 for j in judged if j)[SAMPLES // 2]
    nearer = sorted(j.nearer_cm or 0.0 for j in judged if j)[SAMPLES // 2]
    assert 0.12 <= gap <= 0.22
    assert drop == pytest.approx(4.0, abs=0.6)
    assert nearer == pytest.approx(2.0, abs=1.0)
    assert baseline.ear_shoulder_gap_ratio == pytest.approx(0.6, abs=0.05)


@pytest.mark.parametrize("desk", DESKS, ids=lambda d: d.name)
def test_a_moderate_poke_alerts_at_medium(model: FaceModel, desk: Desk) -> None:
    threshold = Settings().forward_head_alert_ratio
    # The engine alerts when 70 % of a window's samples are over: ask for more.
    assert share_over(scores(model, desk, MODERATE), threshold) >= 0.8
    assert share_over(scores(model, desk, EXTREME), threshold) == 1.0


#: The issue's must-nots; the rest of ``OTHERS`` are one-signal look-alikes of a poke
#: (a shrug shrinks the gap, a lower chair drops the eyes, leaning in comes nearer).
MUST_NOT = (
    "upright",
    "just acceptable (half a moderate poke)",
    "extended neck (head tilted back 15 deg)",
)


@pytest.mark.parametrize("desk", DESKS, ids=lambda d: d.name)
@pytest.mark.parametrize("name", list(OTHERS))
def test_what_is_not_forward_head_stays_under_medium(
    model: FaceModel, desk: Desk, name: str
) -> None:
    threshold = Settings().forward_head_alert_ratio
    # The engine alerts only when 70 % of a window's samples are over; the issue's
    # three must-nots stay far under it, the one-signal look-alikes under it.
    most = 0.1 if name in MUST_NOT else 0.25
    assert share_over(scores(model, desk, OTHERS[name]), threshold) <= most


def _engine_alerts(
    model: FaceModel,
    desk: Desk,
    posture: Posture,
    settings: Settings | None = None,
    *,
    eye_height_kept: bool = True,
) -> list[str]:
    """Calibrate, sit upright 2 minutes, then hold ``posture`` 3 minutes; the alerts."""
    scene = Scene(model, desk, seed=11)
    baseline = scene.calibrate()
    if not eye_height_kept:  # a calibration from before the eye height was kept
        baseline = replace(baseline, eyes_height_cm=None)
    engine = PostureEngine(settings or Settings(), baseline=baseline, tz=TZ, seed=1)
    t = local("2026-11-23 09:00")  # a Monday, in work hours
    alerts = []
    for minutes, held in ((2, UPRIGHT), (3, posture)):
        for _ in range(minutes * 12):
            step = engine.feed(t, scene.observe(held))
            alerts += [e.data["problem"] for e in step.events if e.kind is EventKind.POSTURE_ALERT]
            t += 5.0
    return alerts


@pytest.mark.parametrize("desk", DESKS, ids=lambda d: d.name)
def test_the_engine_alerts_on_a_held_moderate_poke_and_on_nothing_else(
    model: FaceModel, desk: Desk
) -> None:
    assert _engine_alerts(model, desk, MODERATE) == ["forward_head"]
    for name, posture in OTHERS.items():
        alerts = _engine_alerts(model, desk, posture)
        if name == "reading the keyboard (head bent 15 deg)":
            assert "forward_head" not in alerts  # the neck's alert, at 20 degrees
        else:
            assert alerts == [], name


@pytest.mark.parametrize("desk", DESKS, ids=lambda d: d.name)
def test_a_calibration_without_the_eye_height_still_tells_a_moderate_poke(desk: Desk) -> None:
    """Gap and nearness alone: the moderate poke alerts, the issue's must-nots do not."""
    model = face_template()
    assert _engine_alerts(model, desk, MODERATE, eye_height_kept=False) == ["forward_head"]
    for name in MUST_NOT:
        assert _engine_alerts(model, desk, OTHERS[name], eye_height_kept=False) == [], name


@pytest.mark.parametrize(
    ("sensitivity", "alerting", "quiet"),
    [
        (Sensitivity.LOW, 1.5, 1.0),
        (Sensitivity.MEDIUM, 1.0, 0.5),
        (Sensitivity.HIGH, 0.75, 0.25),
    ],
)
def test_sensitivity_moves_the_poke_that_alerts(
    sensitivity: Sensitivity, alerting: float, quiet: float
) -> None:
    """Held for 3 minutes: low alerts from 1.5 moderate pokes, medium from one, high from 3/4."""
    settings = Settings(sensitivity=sensitivity)
    model = face_template()
    for desk in DESKS:
        assert _engine_alerts(model, desk, poke(alerting), settings) == ["forward_head"], desk
        assert _engine_alerts(model, desk, poke(quiet), settings) == [], desk


def _sample(gap: float | None, eyes: Vec3 | None, distance: float | None) -> PostureSample:
    return PostureSample(
        t_s=0.0,
        face_found=True,
        body_found=gap is not None,
        distance_cm=distance,
        eyes_cm=eyes,
        body=BodyMeasurement(0.99, gap, 0.4, 0.0) if gap is not None else None,
        quality=Quality.GOOD,
    )


BASELINE = Baseline(0.0, 60.0, 0.6, CameraSettings(), 8, 0.5, eyes_height_cm=5.0)


def test_the_score_weighs_the_three_signals_and_caps_each() -> None:
    # Exactly a moderate poke on each signal: 1.0.
    moderate = _sample(0.6 * 0.85, (0.0, 1.0, -58.0), 58.0)
    assert forward_head_ratio(moderate, BASELINE) == pytest.approx(1.0)
    # A huge shrug alone is capped: 0.4 x 1.5, under every sensitivity but high's 0.6.
    shrug = _sample(0.3, (0.0, 5.0, -60.0), 60.0)
    assert forward_head_ratio(shrug, BASELINE) == pytest.approx(0.6)
    # Eyes higher and farther pull the score down, but never by more than -1 each.
    back = _sample(0.6, (0.0, 25.0, -90.0), 90.0)
    assert forward_head_ratio(back, BASELINE) == pytest.approx(-0.6)


def test_an_old_baseline_without_the_eye_height_judges_gap_and_nearness() -> None:
    old = replace(BASELINE, eyes_height_cm=None)
    moderate = _sample(0.6 * 0.85, (0.0, 1.0, -58.0), 58.0)
    assert forward_head_ratio(moderate, old) == pytest.approx(1.0)
    judged = forward_head(moderate, old)
    assert judged is not None and judged.drop_cm is None and judged.nearer_cm == 2.0


def test_forward_head_is_unknown_without_shoulders_or_without_a_second_signal() -> None:
    assert forward_head_ratio(_sample(None, (0.0, 1.0, -58.0), 58.0), BASELINE) is None
    # The gap alone cannot tell a poke from a shrug.
    assert forward_head_ratio(_sample(0.5, None, None), BASELINE) is None
    no_gap = replace(BASELINE, ear_shoulder_gap_ratio=None)
    assert forward_head_ratio(_sample(0.5, (0.0, 1.0, -58.0), 58.0), no_gap) is None


def test_calibration_keeps_the_eye_height_with_the_camera_tilt_undone() -> None:
    scene = Scene(face_template(), Desk("tilted", 15.0, 8.0, 60.0))
    baseline = scene.calibrate()
    assert baseline.eyes_height_cm == pytest.approx(8.0, abs=0.5)
    assert baseline.camera_tilt_up_deg == pytest.approx(15.0, abs=0.5)
