"""Replay recordings through the real pipeline as if they were live.

Capture (sampled at the configured interval in clip time), analysis, the
engine and the history, exactly as the live app wires them; only the clock is
the clip's. A playlist builds long sessions:

* ``clip.mp4`` once, ``clip.mp4*20`` twenty times in a row;
* ``away:5`` five minutes of an empty chair (absent samples);
* ``sleep:30`` thirty minutes with the computer asleep (no samples at all).

The same playlist, settings and start time give the same events every time.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from deskguard.core.engine import Event, PostureEngine
from deskguard.core.posture import CalibrationError, CameraSettings, calibrate
from deskguard.core.sample import PostureSample

if TYPE_CHECKING:  # the command line checks playlists without loading these
    from deskguard.analysis.analyzer import Analyzer
    from deskguard.capture.files import ImageFolderSource, VideoFileSource
    from deskguard.capture.source import Frame
    from deskguard.storage.history import HistoryStore

_ITEM = re.compile(
    r"(?:(?P<kind>away|sleep):(?P<minutes>\d+(?:\.\d+)?)|(?P<path>.+?)(?:\*(?P<n>\d+))?)",
    re.DOTALL,
)
#: The longest ``away:`` or ``sleep:`` entry: a week, in minutes.
MAX_GAP_MINUTES = 7 * 24 * 60
#: The most times one clip is looped (``CLIP*N`` or ``--loop``).
MAX_LOOPS = 100_000


@dataclass(frozen=True, slots=True)
class ReplayItem:
    """One entry of a playlist."""

    kind: str  # "clip", "away" or "sleep"
    path: Path | None = None
    loops: int = 1
    minutes: float = 0.0


def _drain(source: ImageFolderSource | VideoFileSource) -> Iterator[Frame]:
    with source:
        while (frame := source.read()) is not None:
            yield frame


def parse_item(text: str, default_loops: int = 1) -> ReplayItem:
    """``clip.mp4``, ``clip.mp4*3``, ``away:5`` or ``sleep:30``."""
    m = _ITEM.fullmatch(text)
    kind, sep, _ = text.partition(":")
    if sep and kind in ("away", "sleep") and not (m and m.group("kind")):
        raise ValueError(
            f"{text!r}: {kind}:MIN takes a number of minutes, e.g. {kind}:5 "
            f"(more than 0, at most {MAX_GAP_MINUTES})"
        )
    if not m:
        raise ValueError(f"{text!r} is not a clip, clip*N, away:MIN or sleep:MIN")
    if m.group("kind"):
        minutes = float(m.group("minutes"))
        if not 0 < minutes <= MAX_GAP_MINUTES:
            raise ValueError(
                f"{text!r}: {m.group('kind')} minutes must be more than 0 and at most "
                f"{MAX_GAP_MINUTES} (7 days)"
            )
        return ReplayItem(m.group("kind"), minutes=minutes)
    loops = int(m.group("n")) if m.group("n") else default_loops
    if not 1 <= loops <= MAX_LOOPS:
        raise ValueError(f"{text!r}: a clip plays at least once and at most {MAX_LOOPS} times")
    return ReplayItem("clip", Path(m.group("path")), loops)


@dataclass
class Replayer:
    """Runs a playlist through analyzer -> engine -> history."""

    analyzer: Analyzer
    engine: PostureEngine
    store: HistoryStore | None
    start_utc: float
    on_event: Callable[[Event], None]
    speed: float | None = None  # None: as fast as possible; 1.0: real time
    calibrate_s: float = 0.0
    camera: CameraSettings = field(default_factory=CameraSettings)

    def __post_init__(self) -> None:
        """Set up the analysis cache and the calibration buffer."""
        # A looped clip shows the same frames again: analyse each frame once.
        self._cache: dict[tuple[str, int], PostureSample] = {}
        self._meta: dict[Path, tuple[float, int]] = {}  # clip -> (fps, frame count)
        self._calibration: list[PostureSample] = []
        self.samples = 0
        self.calibration_message: str | None = None

    @property
    def interval_s(self) -> float:
        """Seconds between samples."""
        return self.engine.settings.sample_interval_s

    def run(self, items: list[ReplayItem]) -> float:
        """Play every item; return the replay's end time (UTC epoch seconds)."""
        g = 0.0  # seconds since the start of the replay
        next_sample = 0.0
        for item in items:
            if item.kind == "sleep":
                g += item.minutes * 60
                next_sample = max(next_sample, g)
                continue
            if item.kind == "away":
                end = g + item.minutes * 60
                while next_sample < end:
                    self._step(
                        next_sample,
                        PostureSample(t_s=next_sample, face_found=False, body_found=False),
                    )
                    next_sample += self.interval_s
                g = end
                continue
            assert item.path is not None
            for _ in range(item.loops):
                base = g
                known = self._known_loop(item.path, next_sample - base)
                if known is not None:  # every frame this loop needs is analysed already
                    duration = known[0]
                    for t_clip, sample in known[1]:
                        self._step(base + t_clip, replace(sample, t_s=base + t_clip))
                        next_sample = base + t_clip + self.interval_s
                else:
                    duration, frames = self._frames(item.path, next_sample - base)
                    for frame in frames:
                        t = base + frame.t_s
                        self._step(t, self._analyse(frame, t))
                        next_sample = t + self.interval_s
                g = base + duration
        if self.store is not None:
            self.store.flush()
        return self.start_utc + g

    def _known_loop(
        self, path: Path, first_sample_s: float
    ) -> tuple[float, list[tuple[float, PostureSample]]] | None:
        """A loop of a clip answered from the cache alone, or None if it needs decoding.

        Picks the frames exactly as ``VideoFileSource`` would (the first frame at
        or after each sampling instant), so both paths give the same replay.
        """
        meta = self._meta.get(path)
        if meta is None or path.is_dir():
            return None
        fps, frame_count = meta
        picked = []
        t = max(0.0, first_sample_s)
        while True:
            index = max(0, math.ceil(t * fps - 0.5 - 1e-9))
            if index >= frame_count:
                break
            sample = self._cache.get((str(path), index))
            if sample is None:
                return None
            picked.append((index / fps, sample))
            t += self.interval_s
            while t <= index / fps:
                t += self.interval_s
        return frame_count / fps, picked

    def _frames(self, path: Path, first_sample_s: float) -> tuple[float, Iterator[Frame]]:
        """The clip's length in seconds, and its frames sampled from ``first_sample_s`` on."""
        from deskguard.capture.errors import NotAVideoError
        from deskguard.capture.files import ImageFolderSource, VideoFileSource

        if path.is_dir():
            folder = ImageFolderSource(path, every_s=self.interval_s)
            return len(folder) * self.interval_s, _drain(folder)
        video = VideoFileSource(
            path, every_s=self.interval_s, first_sample_s=max(0.0, first_sample_s)
        )
        if video.duration_s is None:
            video.close()
            raise NotAVideoError(f"{path}: the video does not say how long it is; cannot loop it")
        self._meta[path] = (video.fps, round(video.duration_s * video.fps))
        return video.duration_s, _drain(video)

    def _analyse(self, frame: Frame, t: float) -> PostureSample:
        key = (frame.source, frame.index)
        cached = self._cache.get(key)
        if cached is None:
            cached = self.analyzer.analyze(frame)
            self._cache[key] = cached
        return replace(cached, t_s=t)

    def _step(self, g: float, sample: PostureSample) -> None:
        t_utc = self.start_utc + g
        if g < self.calibrate_s and self.engine.baseline is None:
            self._calibration.append(sample)
        elif self._calibration and self.engine.baseline is None:
            try:
                baseline = calibrate(self._calibration, self.camera)
                self.engine.set_baseline(baseline)
                if self.store is not None:
                    self.store.save_baseline(baseline)
            except CalibrationError as exc:
                self.calibration_message = str(exc)
            self._calibration.clear()
        step = self.engine.feed(t_utc, sample)
        self.samples += 1
        if self.store is not None:
            self.store.record(t_utc, step)
        for event in step.events:
            self.on_event(event)
        if self.speed:
            time.sleep(self.interval_s / self.speed)
