"""MediaPipe FaceLandmarker + PoseLandmarker behind one role: frame in, sample out.

IMAGE running mode: DeskGuard samples one frame every few seconds, so VIDEO
mode's tracking between frames has nothing to track, and IMAGE mode needs no
monotonic timestamps. Each process loads each model once; call ``close()``
(or use ``with``) - MediaPipe raises at interpreter exit if left to ``__del__``.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, Self

import cv2
import mediapipe as mp
import numpy as np
from mediapipe.tasks.python import vision
from mediapipe.tasks.python.core.base_options import BaseOptions

from deskguard.analysis import models
from deskguard.analysis.face_model import load_face_model
from deskguard.capture.source import Frame
from deskguard.core.geometry import HeadPose, PinholeCamera
from deskguard.core.headpose import HeadMeasurement, iris_distance_cm, measure_head, rescale_eyes
from deskguard.core.posture import CameraSettings
from deskguard.core.quality import (
    MIN_IRIS_DIAMETER_PX,
    BodyAloneEvidence,
    FrameEvidence,
    assess_quality,
    body_alone_is_someone,
    body_alone_shape_ok,
)
from deskguard.core.sample import BodyMeasurement, PostureSample

#: Where a graphics driver looks for a display. MediaPipe's graphs ask for an
#: optional GPU service when they start: with a display set it opens an EGL
#: context on it, which maps the whole OpenGL driver (Mesa's llvmpipe: +57 MB
#: RSS) although every model runs on the CPU (XNNPACK). Without one the
#: service is simply absent.
_DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY")
_LOADING = threading.Lock()


@contextmanager
def _without_display() -> Iterator[None]:
    """Blank the display variables while MediaPipe builds its graphs, then restore them.

    Safe while other threads run (the Qt GUI thread, the notifier):

    * Only variables that exist are touched, and only by *overwriting* their
      value (``os.environ[k] = v`` is ``setenv(k, v, 1)``): glibc then swaps the
      string pointer in its slot of ``environ``, under its lock. The array is
      never grown, shrunk or moved, and glibc never frees those strings, so a
      concurrent lock-free ``getenv`` of any variable reads a valid entry
      (``unsetenv`` and re-adding, by contrast, shift and reallocate the array
      under such readers). Nothing is added that did not exist.
    * During the load (0.2-1 s, once per process) another thread reading
      ``DISPLAY`` sees it empty. Qt reads it once, when the application is
      built, before the worker thread that loads the models exists; the
      notifier's ``notify-send`` finds the session bus through
      ``DBUS_SESSION_BUS_ADDRESS``, not the display.
    * Loads are serialised by a lock, so one load's restore never shows the
      display to another load still running; the saved values are restored
      even if loading raises.

    ``BaseOptions.delegate=CPU`` does not prevent it (it is the default, and
    only picks the inference delegate), and MediaPipe reads no switch for it
    at run time. Creating a landmarker is synchronous (the graph has started, and any EGL
    context it wanted exists, when ``create_from_options`` returns), so the
    variables are only needed blank for that call; inference never asks again.
    """
    with _LOADING:
        saved = {name: os.environ[name] for name in _DISPLAY_VARIABLES if os.environ.get(name)}
        try:
            for name in saved:
                os.environ[name] = ""
            yield
        finally:
            for name, value in saved.items():
                os.environ[name] = value


def _base_options(task: Path | bytes) -> BaseOptions:
    if isinstance(task, bytes):
        return BaseOptions(model_asset_buffer=task)
    return BaseOptions(model_asset_path=str(task))


# Face mesh iris rings (centre, then four points round the rim) for each eye.
_IRIS_RINGS = ((469, 470, 471, 472), (474, 475, 476, 477))
# Pose landmarks (the person's own left/right).
_LEFT_EAR, _RIGHT_EAR, _LEFT_SHOULDER, _RIGHT_SHOULDER = 7, 8, 11, 12
_NOSE, _LEFT_EYE, _RIGHT_EYE = 0, 2, 5
_HEAD = range(11)  # nose, eyes, ears, mouth
_MIN_EAR_VISIBILITY = 0.5


class Analyzer(Protocol):
    """Turns a frame into a ``PostureSample``. Not thread-safe: one caller thread."""

    def analyze(self, frame: Frame, *, body: bool = True) -> PostureSample:
        """Measure one frame (``body=False``: skip the upper body when a face is found)."""
        ...

    def close(self) -> None:
        """Free the models."""
        ...


@dataclass(slots=True)
class StageTimes:
    """CPU seconds the last ``analyze`` spent in each stage (for the benchmarks)."""

    conversion_s: float = 0.0
    face_s: float = 0.0
    pose_s: float = 0.0
    metrics_s: float = 0.0
    retries: int = 0

    @property
    def total_s(self) -> float:
        """All stages together."""
        return self.conversion_s + self.face_s + self.pose_s + self.metrics_s


@dataclass(frozen=True, slots=True)
class _Face:
    measurement: HeadMeasurement
    iris_px: float | None
    box: tuple[float, float, float, float]
    mirrored: bool


@dataclass
class MediaPipeAnalyzer:
    """The real analyzer. Build with :meth:`create`.

    ``weak_perspective=True`` reads head angles without a camera model (for
    still photos of unknown optics); distances are then unknown.
    """

    face: Any
    pose: Any | None
    face_model: Any
    camera: CameraSettings = field(default_factory=CameraSettings)
    weak_perspective: bool = False
    mirror_retry: bool = True
    last_times: StageTimes = field(default_factory=StageTimes)
    #: Landmarks of the last frame, in pixels, for an on-screen preview only:
    #: face anchors and eyes, then ears and shoulders. Never stored.
    last_overlay: tuple[tuple[float, float], ...] = ()
    _closed: bool = False

    @classmethod
    def load(
        cls,
        models_dir: Path | None = None,
        *,
        pose: models.ModelSpec | None = models.DEFAULT_POSE,
        camera: CameraSettings | None = None,
        weak_perspective: bool = False,
    ) -> MediaPipeAnalyzer:
        """Find the models (see ``analysis.models``) and load exactly the bytes verified.

        Each file is read once; its SHA-256 is checked on those bytes, and the
        same bytes go to MediaPipe, so a file swapped after the check is never
        loaded. Raises ``models.ModelError`` when a model is missing or wrong.
        """
        face_bytes = models.read_verified(models.FACE, models.locate(models.FACE, models_dir).path)
        pose_bytes = (
            models.read_verified(pose, models.locate(pose, models_dir).path) if pose else None
        )
        return cls.create(face_bytes, pose_bytes, camera=camera, weak_perspective=weak_perspective)

    @classmethod
    def create(
        cls,
        face_task: Path | bytes,
        pose_task: Path | bytes | None,
        *,
        camera: CameraSettings | None = None,
        weak_perspective: bool = False,
        mirror_retry: bool = True,
    ) -> MediaPipeAnalyzer:
        """Load the models (once per process) from ``.task`` bundles: bytes, or files.

        Production code goes through :meth:`load`; a path here is for tools
        and tests that name their model files themselves.
        """
        # On the CPU only: no OpenGL context on the user's display (see _without_display).
        with _without_display():
            face = vision.FaceLandmarker.create_from_options(
                vision.FaceLandmarkerOptions(
                    base_options=_base_options(face_task),
                    running_mode=vision.RunningMode.IMAGE,
                    num_faces=1,
                )
            )
            pose = None
            if pose_task is not None:
                try:
                    pose = vision.PoseLandmarker.create_from_options(
                        vision.PoseLandmarkerOptions(
                            base_options=_base_options(pose_task),
                            running_mode=vision.RunningMode.IMAGE,
                            num_poses=1,
                        )
                    )
                except BaseException:
                    face.close()
                    raise
        return cls(
            face=face,
            pose=pose,
            face_model=load_face_model(face_task),
            camera=camera or CameraSettings(),
            weak_perspective=weak_perspective,
            mirror_retry=mirror_retry,
        )

    def analyze(self, frame: Frame, *, body: bool = True) -> PostureSample:
        """Measure one frame. Pixels stay in memory; nothing is kept after return.

        ``body=False``: when a face is found, the pose model is not run (it is
        most of the cost of a sample) and the sample has no body figures. The
        monitor asks for it while nothing needs them (no calibrated ear-to-
        shoulder gap); without a face the body is always looked for.
        """
        if self._closed:
            raise RuntimeError("analyzer is closed")
        times = StageTimes()
        cpu = time.process_time

        t = cpu()
        rgb = cv2.cvtColor(frame.image, cv2.COLOR_BGR2RGB)
        image = mp.Image(image_format=mp.ImageFormat.SRGB, data=rgb)
        # A 1-in-8 subsample is plenty for mean brightness and costs ~nothing.
        brightness = float(rgb[::8, ::8].mean())
        times.conversion_s = cpu() - t

        width, height = frame.size
        pinhole = None if self.weak_perspective else self.camera.pinhole(width, height)

        t = cpu()
        face_result = self.face.detect(image)
        face = self._read_face(face_result, width, height, pinhole, mirrored=False)
        flipped: Any = None
        if face is None and self.mirror_retry:
            # The detector misses some faces that it finds in the mirror image
            # (docs/accuracy.md); a miss costs one more inference, a hit nothing.
            times.retries = 1
            flipped = mp.Image(image_format=mp.ImageFormat.SRGB, data=cv2.flip(rgb, 1))
            face = self._read_face(self.face.detect(flipped), width, height, pinhole, True)
        times.face_s = cpu() - t

        t = cpu()
        pose = self.pose if body or face is None else None
        pose_result = pose.detect(image) if pose is not None else None
        body_alone_ok = True  # with a face, the body only adds figures
        if face is None and pose is not None and pose_result and pose_result.pose_landmarks:
            evidence = _body_alone_evidence(pose_result.pose_landmarks[0], width, height)
            if body_alone_shape_ok(evidence):
                # Strong evidence only: the same body must be found in the mirror image.
                if flipped is None:
                    flipped = mp.Image(image_format=mp.ImageFormat.SRGB, data=cv2.flip(rgb, 1))
                times.retries += 1
                mirrored = pose.detect(flipped)
                offset = _mirror_offset(
                    pose_result.pose_landmarks[0],
                    mirrored.pose_landmarks[0] if mirrored.pose_landmarks else None,
                    width,
                    height,
                )
                evidence = replace(evidence, mirror_offset=offset)
            body_alone_ok = body_alone_is_someone(evidence)
        times.pose_s = cpu() - t

        t = cpu()
        sample = self._make_sample(frame, face, pose_result, brightness, pinhole, body_alone_ok)
        self.last_overlay = _overlay(
            face_result if face and not face.mirrored else None,
            pose_result if body_alone_ok else None,
            width,
            height,
        )
        times.metrics_s = cpu() - t
        self.last_times = times
        return sample

    def both_paths(self, frame: Frame) -> tuple[PostureSample | None, PostureSample | None]:
        """The face read directly and in the mirror image, each as a sample (None: not found).

        For measuring how far the two paths disagree (tools/mirror_offset.py
        and its tests); the app itself reads the mirror only after a miss.
        """
        width, height = frame.size
        pinhole = None if self.weak_perspective else self.camera.pinhole(width, height)
        rgb = cv2.cvtColor(frame.image, cv2.COLOR_BGR2RGB)
        brightness = float(rgb[::8, ::8].mean())
        out: list[PostureSample | None] = []
        for mirrored in (False, True):
            data = cv2.flip(rgb, 1) if mirrored else rgb
            result = self.face.detect(mp.Image(image_format=mp.ImageFormat.SRGB, data=data))
            face = self._read_face(result, width, height, pinhole, mirrored)
            out.append(
                None if face is None else self._make_sample(frame, face, None, brightness, pinhole)
            )
        return out[0], out[1]

    # --- face ------------------------------------------------------------------------

    def _read_face(
        self,
        result: Any,
        width: int,
        height: int,
        pinhole: PinholeCamera | None,
        mirrored: bool,
    ) -> _Face | None:
        if not result.face_landmarks:
            return None
        marks = result.face_landmarks[0]
        xs = [m.x for m in marks]
        ys = [m.y for m in marks]
        box = (min(xs), min(ys), max(xs), max(ys))
        px = [(m.x * width, m.y * height, m.z * width) for m in marks]
        measurement = measure_head(px, self.face_model, pinhole, (width, height))
        iris = _iris_diameter_px(px) if len(px) > max(_IRIS_RINGS[1]) else None
        if mirrored:
            measurement = _unmirror(measurement)
            box = (1.0 - box[2], box[1], 1.0 - box[0], box[3])
        return _Face(measurement, iris, box, mirrored)

    # --- everything together ---------------------------------------------------------

    def _make_sample(
        self,
        frame: Frame,
        face: _Face | None,
        pose_result: Any | None,
        brightness: float,
        pinhole: PinholeCamera | None,
        body_counts: bool = True,
    ) -> PostureSample:
        width, height = frame.size
        body = _read_body(pose_result, width, height) if pose_result is not None else None
        head = distance = eyes = face_width = None
        if face is not None:
            m = face.measurement
            head, distance, eyes = m.pose, m.distance_cm, m.eyes_cm
            face_width = face.box[2] - face.box[0]
            # The iris gives a distance that does not assume an average face size.
            if pinhole is not None and face.iris_px and face.iris_px >= MIN_IRIS_DIAMETER_PX:
                distance = iris_distance_cm(face.iris_px, pinhole)
                if eyes is not None:
                    eyes = rescale_eyes(eyes, distance)
        evidence = FrameEvidence(
            face_found=face is not None,
            body_found=body is not None and body_counts,  # a ghost body makes nobody present
            brightness=brightness,
            face_box=face.box if face else None,
            iris_diameter_px=face.iris_px if face else None,
            yaw_deg=head.yaw_deg if head else None,
            fit_rms_cm=face.measurement.fit_rms_cm if face else None,
            shoulder_visibility=body.shoulder_visibility if body else None,
        )
        quality, issues = assess_quality(evidence)
        return PostureSample(
            t_s=frame.t_s,
            face_found=face is not None,
            body_found=body is not None,
            head=head,
            distance_cm=distance,
            eyes_cm=eyes,
            face_width_ratio=face_width,
            body=body,
            brightness=brightness,
            quality=quality,
            issues=issues,
            body_counts=body_counts,
            mirrored=face is not None and face.mirrored,
        )

    def close(self) -> None:
        """Close both landmarkers (idempotent)."""
        if self._closed:
            return
        self._closed = True
        self.face.close()
        if self.pose is not None:
            self.pose.close()

    def __enter__(self) -> Self:
        """Use as a context manager that closes the models."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close the models."""
        self.close()


def _iris_diameter_px(px: Sequence[Sequence[float]]) -> float:
    """The larger of the two irises' mean (horizontal, vertical) diameter."""
    best = 0.0
    for right, top, left, bottom in _IRIS_RINGS:
        horizontal = math.dist(px[right][:2], px[left][:2])
        vertical = math.dist(px[top][:2], px[bottom][:2])
        best = max(best, (horizontal + vertical) / 2.0)
    return best


def _unmirror(m: HeadMeasurement) -> HeadMeasurement:
    """A measurement made on the mirror image, expressed for the real one."""
    pose = HeadPose(m.pose.pitch_deg, -m.pose.yaw_deg, -m.pose.roll_deg)
    eyes = None if m.eyes_cm is None else (-m.eyes_cm[0], m.eyes_cm[1], m.eyes_cm[2])
    return HeadMeasurement(pose, eyes, m.distance_cm, m.face_scale_px_per_cm, m.fit_rms_cm)


def _read_body(result: Any, width: int, height: int) -> BodyMeasurement | None:
    if not result.pose_landmarks:
        return None
    marks = result.pose_landmarks[0]

    def at(i: int) -> tuple[float, float]:
        return marks[i].x * width, marks[i].y * height

    def vis(i: int) -> float:
        v = marks[i].visibility
        return float(v) if v is not None else 0.0

    ls, rs = at(_LEFT_SHOULDER), at(_RIGHT_SHOULDER)
    shoulder_width = math.dist(ls, rs)
    if shoulder_width < 1.0:
        return None
    gap = None
    if min(vis(_LEFT_EAR), vis(_RIGHT_EAR)) >= _MIN_EAR_VISIBILITY:
        le, re = at(_LEFT_EAR), at(_RIGHT_EAR)
        gap = ((ls[1] + rs[1]) / 2.0 - (le[1] + re[1]) / 2.0) / shoulder_width
    # Image y grows downwards; the person's left shoulder is on the image's right.
    tilt = math.degrees(math.atan2(ls[1] - rs[1], ls[0] - rs[0]))
    return BodyMeasurement(
        shoulder_visibility=min(vis(_LEFT_SHOULDER), vis(_RIGHT_SHOULDER)),
        ear_shoulder_gap_ratio=gap,
        shoulder_width_ratio=shoulder_width / width,
        shoulder_tilt_deg=tilt,
    )


def _head_span_px(marks: Any, width: int, height: int) -> float:
    """The larger side of the box round the head's pose landmarks, in pixels."""
    xs = [marks[i].x * width for i in _HEAD]
    ys = [marks[i].y * height for i in _HEAD]
    return float(max(max(xs) - min(xs), max(ys) - min(ys)))


def _body_alone_evidence(marks: Any, width: int, height: int) -> BodyAloneEvidence:
    """The numbers ``core.quality`` needs to judge a body seen without a face."""

    def vis(i: int) -> float:
        v = marks[i].visibility
        return float(v) if v is not None else 0.0

    span = _head_span_px(marks, width, height)
    shoulders_y = (marks[_LEFT_SHOULDER].y + marks[_RIGHT_SHOULDER].y) / 2.0 * height
    ears_y = (marks[_LEFT_EAR].y + marks[_RIGHT_EAR].y) / 2.0 * height
    return BodyAloneEvidence(
        shoulder_visibility=min(vis(_LEFT_SHOULDER), vis(_RIGHT_SHOULDER)),
        head_visibility=min(vis(i) for i in (_NOSE, _LEFT_EYE, _RIGHT_EYE, _LEFT_EAR, _RIGHT_EAR)),
        head_span=span / math.hypot(width, height),
        ears_above_shoulders=(shoulders_y - ears_y) / span if span > 0 else 0.0,
    )


def _mirror_offset(marks: Any, mirrored: Any | None, width: int, height: int) -> float:
    """How far the body found in the mirror image lies from the first one, in head spans.

    Compares the nose, the ear midpoint and the shoulder midpoint (midpoints do
    not care which side the model calls left); ``inf`` when the mirror shows no body.
    """
    if mirrored is None:
        return math.inf

    def points(m: Any, flip: bool) -> list[tuple[float, float]]:
        def at(i: int) -> tuple[float, float]:
            x = 1.0 - m[i].x if flip else m[i].x
            return x * width, m[i].y * height

        def mid(i: int, j: int) -> tuple[float, float]:
            (ax, ay), (bx, by) = at(i), at(j)
            return (ax + bx) / 2.0, (ay + by) / 2.0

        return [at(_NOSE), mid(_LEFT_EAR, _RIGHT_EAR), mid(_LEFT_SHOULDER, _RIGHT_SHOULDER)]

    span = _head_span_px(marks, width, height)
    if span <= 0:
        return math.inf
    return (
        max(
            math.dist(p, q)
            for p, q in zip(points(marks, False), points(mirrored, True), strict=True)
        )
        / span
    )


_OVERLAY_FACE_IDS = (33, 133, 263, 362, 1, 152, 10, 234, 454, 468, 473)


def _overlay(
    face_result: Any | None, pose_result: Any | None, width: int, height: int
) -> tuple[tuple[float, float], ...]:
    points: list[tuple[float, float]] = []
    if face_result is not None and face_result.face_landmarks:
        marks = face_result.face_landmarks[0]
        points += [
            (marks[i].x * width, marks[i].y * height) for i in _OVERLAY_FACE_IDS if i < len(marks)
        ]
    if pose_result is not None and pose_result.pose_landmarks:
        marks = pose_result.pose_landmarks[0]
        points += [
            (marks[i].x * width, marks[i].y * height)
            for i in (_LEFT_EAR, _RIGHT_EAR, _LEFT_SHOULDER, _RIGHT_SHOULDER)
        ]
    return tuple(points)


def frame_from_array(image: np.ndarray, t_s: float = 0.0, source: str = "array") -> Frame:
    """Wrap a BGR array as a ``Frame`` (tests and benchmarks)."""
    return Frame(image=image, t_s=t_s, index=0, source=source)
