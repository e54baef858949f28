"""Replay recordings through the live monitoring loop, on a simulated clock.

The same ``Monitor`` as the tray app decides when to look (its adaptive
cadence: sparser for a steady user or an empty chair), feeds the engine and
writes the history; only the clock is simulated, and a "frame" is the
recording's picture at that clock time. A playlist builds long sessions:

* ``clip.mp4`` once, ``clip.mp4*20`` twenty times in a row;
* ``away:5`` five minutes of an empty chair (absent samples);
* ``sleep:30`` thirty minutes with the computer asleep (no samples at all).

The same playlist, settings and start time give the same events every time.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from deskguard.capture.errors import CaptureError
from deskguard.core.clock import SimulatedClock
from deskguard.core.engine import Event, PostureEngine
from deskguard.core.posture import CalibrationError, CameraSettings, calibrate
from deskguard.core.presentation import TrayState
from deskguard.core.sample import PostureSample
from deskguard.monitor import Monitor, run_loop
from deskguard.notify.notifier import Notifier

if TYPE_CHECKING:  # the command line checks playlists without loading these
    from deskguard.analysis.analyzer import Analyzer
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


@dataclass(frozen=True, slots=True)
class _Segment:
    """A stretch of the replay's timeline (seconds since its start)."""

    start_s: float
    end_s: float
    item: ReplayItem
    loop_s: float = 0.0  # a clip: the length of one pass


class _Recording:
    """A clip or image folder played as a camera would show it, each frame analysed once.

    A looped clip shows the same frames again, so each frame's analysis is
    kept and a later loop needs no decoding at all.
    """

    def __init__(
        self, path: Path, interval_s: float, on_skip: Callable[[CaptureError], None]
    ) -> None:
        from deskguard.capture.playback import Playback

        self.playback = Playback(path, image_s=interval_s, on_skip=on_skip)
        self.duration_s = self.playback.duration_s
        self._samples: dict[tuple[int, bool], PostureSample] = {}

    def sample_at(self, t_s: float, analyzer: Analyzer, *, body: bool) -> PostureSample:
        """The analysis of the frame on screen at ``t_s`` of one pass."""
        key = (self.playback.index_at(t_s), body)
        known = self._samples.get(key)
        if known is None:
            frame = self.playback.frame_at(t_s)
            assert frame is not None  # a looping playback always has a picture
            known = self._samples[key] = analyzer.analyze(frame, body=body)
        return known

    def close(self) -> None:
        """Free the decoder."""
        self.playback.close()


class _Unshown:
    """A replay's notifier: its events are its output, and nobody sits at this desk."""

    name = "none"

    def notify(self, title: str, body: str) -> bool:
        """Show nothing."""
        return True


class _Events:
    """The monitor's listener for a replay: events go to ``on_event`` one by one."""

    def __init__(self, on_event: Callable[[Event], None]) -> None:
        self._on_event = on_event

    def on_events(self, events: Sequence[Event]) -> None:
        for event in events:
            self._on_event(event)

    def on_sample(self, sample: PostureSample) -> None:
        pass

    def on_state(self, state: TrayState) -> None:
        pass


@dataclass
class Replayer:
    """Runs a playlist through the live loop: monitor -> analyzer -> engine -> history."""

    analyzer: Analyzer
    engine: PostureEngine
    store: HistoryStore | None
    start_utc: float
    on_event: Callable[[Event], None]
    speed: float | None = None  # None: as fast as possible; 1.0: real time
    calibrate_s: float = 0.0
    camera: CameraSettings = field(default_factory=CameraSettings)
    notifier: Notifier = field(default_factory=_Unshown)
    #: Told of each image of a folder that cannot be read; the replay goes on without it.
    on_warning: Callable[[str], None] = lambda message: None

    def __post_init__(self) -> None:
        """Set up the simulated clock, the monitor and the calibration buffer."""
        self.clock = SimulatedClock(self.start_utc)
        #: Seconds into the replay, kept on their own: ``clock.t - start_utc`` rounds (epoch
        #: seconds are ~1.8e9), came out a hair before the end of a ``sleep:`` and re-entered
        #: it for ever.
        self._g = 0.0
        self.monitor = Monitor(
            self.engine, self.store, self.notifier, self.clock, _Events(self.on_event)
        )
        self._recordings: dict[Path, _Recording] = {}
        self._calibration: list[PostureSample] = []
        self._error: CaptureError | None = None
        self.calibration_message: str | None = None

    @property
    def samples(self) -> int:
        """Frames the engine was fed."""
        return self.monitor.samples

    @property
    def skipped(self) -> int:
        """Images of folders that could not be read (each told to ``on_warning``)."""
        return sum(len(r.playback.skipped) for r in self._recordings.values())

    def run(self, items: list[ReplayItem]) -> float:
        """Play every item; return the replay's end time (UTC epoch seconds)."""
        timeline = self._timeline(items)
        end_s = timeline[-1].end_s if timeline else 0.0
        self.monitor.models_ready()
        try:
            run_loop(
                self.monitor,
                lambda: self._sample(timeline),
                lambda seconds: self._wait(timeline, seconds),
                keep_going=lambda: self._elapsed_s() < end_s,
            )
        finally:
            for recording in self._recordings.values():
                recording.close()
        if self._error is not None:
            raise self._error  # a recording that breaks off mid-way ends the replay
        return self.start_utc + end_s

    def _elapsed_s(self) -> float:
        return self._g

    def _go_to(self, g: float) -> None:
        """Move the replay (and its clock) to ``g`` seconds from the start."""
        self._g = g
        self.clock.t = self.start_utc + g

    def _timeline(self, items: list[ReplayItem]) -> list[_Segment]:
        segments = []
        g = 0.0
        for item in items:
            if item.kind == "clip":
                assert item.path is not None
                recording = self._recording(item.path)
                end = g + item.loops * recording.duration_s
                segments.append(_Segment(g, end, item, recording.duration_s))
            else:
                end = g + item.minutes * 60
                segments.append(_Segment(g, end, item))
            g = end
        return segments

    def _recording(self, path: Path) -> _Recording:
        recording = self._recordings.get(path)
        if recording is None:
            recording = self._recordings[path] = _Recording(path, self.interval_s, self._skip)
        return recording

    def _skip(self, exc: CaptureError) -> None:
        self.on_warning(f"{exc}; skipped: the picture beside it is shown in its place")

    @property
    def interval_s(self) -> float:
        """The configured seconds between samples (the monitor makes it sparser at times)."""
        return self.engine.settings.sample_interval_s

    @staticmethod
    def _segment_at(timeline: list[_Segment], g: float) -> _Segment:
        for segment in timeline:
            if segment.start_s <= g < segment.end_s:
                return segment
        return timeline[-1]

    def _sample(self, timeline: list[_Segment]) -> PostureSample | None:
        g = self._elapsed_s()
        segment = self._segment_at(timeline, g)
        if segment.item.kind == "clip":
            assert segment.item.path is not None
            t_clip = (g - segment.start_s) % segment.loop_s
            try:
                recording = self._recording(segment.item.path)
                # The body too while calibrating: the calibration keeps the ear-shoulder gap.
                body = self.monitor.wants_body() or g < self.calibrate_s
                sample = recording.sample_at(t_clip, self.analyzer, body=body)
            except CaptureError as exc:
                self._error = exc
                return None  # ends the loop; run() raises it
            sample = replace(sample, t_s=g)
        else:  # away: an empty chair
            sample = PostureSample(t_s=g, face_found=False, body_found=False)
        self._calibrate_on(g, sample)
        return sample

    def _calibrate_on(self, g: float, sample: PostureSample) -> None:
        """``--calibrate``: the first seconds are also the calibration's samples."""
        if self.engine.baseline is not None or self.calibrate_s <= 0:
            return
        if g < self.calibrate_s:
            self._calibration.append(sample)
        elif self._calibration:
            try:
                baseline = calibrate(self._calibration, self.camera)
            except CalibrationError as exc:
                self.calibration_message = str(exc)
            else:
                self.monitor.keep_baseline(baseline)
            self._calibration.clear()

    def _wait(self, timeline: list[_Segment], seconds: float) -> None:
        """Let ``seconds`` of clock time pass; a ``sleep:`` on the way is a suspended computer."""
        g = self._elapsed_s()
        target = g + seconds
        asleep = next(
            (s for s in timeline if s.item.kind == "sleep" and s.start_s <= target and s.end_s > g),
            None,
        )
        if asleep is not None:
            # As the live app: the session goes away, no frame at all, then it is back.
            self._go_to(max(g, asleep.start_s))
            self.monitor.set_session_away(True)
            self._go_to(asleep.end_s)
            self.monitor.set_session_away(False)
        else:
            self._go_to(target)
        if self.speed:
            time.sleep(seconds / self.speed)
