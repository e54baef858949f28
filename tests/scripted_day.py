"""Script a working day of samples for the engine: sit, shift, slouch, leave, sleep the laptop."""

from __future__ import annotations

import random
from datetime import datetime
from zoneinfo import ZoneInfo

from deskguard.core.engine import Event, EventKind, PostureEngine, Step
from deskguard.core.geometry import HeadPose
from deskguard.core.posture import Baseline, CameraSettings
from deskguard.core.sample import BodyMeasurement, PostureSample, Quality, QualityIssue
from deskguard.core.settings import Settings

TZ = ZoneInfo("Europe/Berlin")
BASELINE = Baseline(
    pitch_deg=0.0,
    distance_cm=60.0,
    ear_shoulder_gap_ratio=0.6,
    camera=CameraSettings(),
    samples=10,
    pitch_spread_deg=0.5,
)


def local(text: str) -> float:
    """UTC epoch seconds of a local Berlin time, ``"2026-11-23 09:00"``."""
    return datetime.fromisoformat(text).replace(tzinfo=TZ).timestamp()


def sample(
    *,
    present: bool = True,
    pitch: float = 0.0,
    eyes: tuple[float, float, float] = (0.0, 4.0, -60.0),
    distance: float | None = None,
    gap: float = 0.6,
    quality: Quality = Quality.GOOD,
) -> PostureSample:
    if not present:
        return PostureSample(t_s=0.0, face_found=False, body_found=False)
    issues = () if quality is Quality.GOOD else (QualityIssue.TOO_DARK,)
    return PostureSample(
        t_s=0.0,
        face_found=True,
        body_found=True,
        head=HeadPose(pitch, 0.0, 0.0),
        distance_cm=distance if distance is not None else -eyes[2],
        eyes_cm=eyes,
        body=BodyMeasurement(0.99, gap, 0.4, 0.0),
        quality=quality,
        issues=issues,
    )


class Day:
    """Drives a ``PostureEngine`` through scripted time, one sample every interval."""

    def __init__(
        self,
        start: str = "2026-11-23 09:00",  # a Monday
        *,
        settings: Settings | None = None,
        baseline: Baseline | None = BASELINE,
        seed: int = 1,
    ) -> None:
        self.settings = settings or Settings()
        self.engine = PostureEngine(self.settings, baseline=baseline, tz=TZ, seed=seed)
        self.t = local(start)
        self.t0 = self.t
        self.events: list[Event] = []
        self.steps: list[Step] = []
        self.rng = random.Random(seed)
        self.eyes = (0.0, 4.0, -60.0)
        self.pitch = 0.0
        #: The next step's length, when a test follows the engine's own cadence.
        self.dt_override: float | None = None

    @property
    def dt(self) -> float:
        return self.dt_override or self.settings.sample_interval_s

    def _feed(self, s: PostureSample | None) -> None:
        step = self.engine.feed(self.t, s)
        self.steps.append(step)
        self.events.extend(step.events)
        self.t += self.dt

    def sit(
        self,
        minutes: float,
        *,
        pitch: float | None = None,
        distance: float | None = None,
        gap: float = 0.6,
        quality: Quality = Quality.GOOD,
    ) -> Day:
        """Sit still (small natural jitter) for ``minutes``."""
        for _ in range(round(minutes * 60 / self.dt)):
            ex, ey, ez = self.eyes
            jitter = (self.rng.gauss(0, 0.6), self.rng.gauss(0, 0.6), self.rng.gauss(0, 0.8))
            p = (self.pitch if pitch is None else pitch) + self.rng.gauss(0, 1.2)
            self._feed(
                sample(
                    pitch=p,
                    eyes=(ex + jitter[0], ey + jitter[1], ez + jitter[2]),
                    distance=distance,
                    gap=gap,
                    quality=quality,
                )
            )
        return self

    def sit_one(self) -> Day:
        """One seated sample (with the same jitter as :meth:`sit`)."""
        ex, ey, ez = self.eyes
        jitter = (self.rng.gauss(0, 0.6), self.rng.gauss(0, 0.6), self.rng.gauss(0, 0.8))
        eyes = (ex + jitter[0], ey + jitter[1], ez + jitter[2])
        self._feed(sample(pitch=self.pitch + self.rng.gauss(0, 1.2), eyes=eyes))
        return self

    def shift(self, dx_cm: float = 10.0) -> Day:
        """Move to a new sitting position (the head moves sideways)."""
        x, y, z = self.eyes
        self.eyes = (x + dx_cm, y, z)
        return self

    def away(self, minutes: float) -> Day:
        """Out of the chair; the camera sees nobody."""
        for _ in range(round(minutes * 60 / self.dt)):
            self._feed(sample(present=False))
        return self

    def no_camera(self, minutes: float) -> Day:
        """The camera gives no frame (unplugged)."""
        for _ in range(round(minutes * 60 / self.dt)):
            self._feed(None)
        return self

    def sleep(self, minutes: float) -> Day:
        """The laptop sleeps: no calls at all."""
        self.t += minutes * 60
        return self

    def command(self, name: str, *args: float) -> Day:
        self.events.extend(getattr(self.engine, name)(self.t, *args))
        return self

    def at(self, kind: EventKind) -> list[float]:
        """Minutes after the start at which events of ``kind`` happened."""
        return [round((e.t_s - self.t0) / 60, 2) for e in self.events if e.kind is kind]

    def of(self, kind: EventKind) -> list[Event]:
        return [e for e in self.events if e.kind is kind]

    @property
    def seated_min(self) -> float:
        return sum(s.seated_s for s in self.steps) / 60
