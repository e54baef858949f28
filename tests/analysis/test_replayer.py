"""Replay runs the live loop: the same adaptive cadence, the frames a camera would give."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from deskguard.capture.files import VideoFileSource
from deskguard.capture.playback import Playback
from deskguard.core.engine import EventKind, PostureEngine
from deskguard.core.posture import CameraSettings
from deskguard.core.settings import Settings
from deskguard.replay import Replayer, ReplayItem, parse_item
from tests.scripted_day import TZ, local

START = local("2026-11-23 09:00")


def test_replay_samples_when_the_engine_asks_as_live(analyzer, datasets_dir: Path) -> None:
    clip = datasets_dir / "face-video-clips" / "single_face.mp4"
    engine = PostureEngine(Settings(), tz=TZ)
    asked: list[tuple[float, float]] = []  # (when fed, the wait the engine asked for then)
    original = engine.feed

    def feed(t, sample):
        step = original(t, sample)
        asked.append((t, engine.next_interval_s(t)))
        return step

    engine.feed = feed  # type: ignore[method-assign]
    replayer = Replayer(analyzer, engine, None, START, lambda e: None)
    replayer.run([ReplayItem("clip", clip, loops=500)])  # 20 minutes of a man sitting still
    for (t, wait), (t_next, _) in itertools.pairwise(asked):
        assert t_next - t == pytest.approx(wait)
    waits = {wait for _, wait in asked}
    assert waits == {5.0, 10.0}  # steady after five minutes: half the frames
    assert replayer.samples == len(asked) < 20 * 60 / 5 * 0.7


def test_calibrated_steady_replay_gives_screen_advice_30_min_later(
    analyzer, datasets_dir: Path
) -> None:
    clip = datasets_dir / "face-video-clips" / "single_face.mp4"
    events: list = []
    # The camera 20 cm above the screen's top edge: this man's eyes are far above it.
    settings = Settings(camera_above_screen_top_cm=20.0)
    camera = CameraSettings(settings.camera_fov_deg, settings.camera_above_screen_top_cm)
    engine = PostureEngine(settings, tz=TZ)
    replayer = Replayer(
        analyzer, engine, None, START, events.append, calibrate_s=30.0, camera=camera
    )
    replayer.run([ReplayItem("clip", clip, loops=1000)])  # 40 minutes
    advice = [e for e in events if e.kind is EventKind.SCREEN_ADVICE]
    assert engine.baseline is not None
    # Calibrated on the first 30 s; 30 minutes of steady, sparse samples after that.
    assert [round((e.t_s - START) / 60, 2) for e in advice] == [30.5]


@pytest.mark.parametrize("t", [0.0, 0.01, 0.4, 1.0, 1.33, 2.2, 2.38])
def test_the_frame_at_a_time_is_the_one_a_sampled_video_gives(datasets_dir: Path, t) -> None:
    clip = datasets_dir / "face-video-clips" / "single_face.mp4"
    with VideoFileSource(clip, every_s=5.0, first_sample_s=t) as video:
        frame = video.read()
    assert frame is not None
    assert Playback(clip).index_at(t) == frame.index
    assert Playback(clip).frame_at(t).index == frame.index


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("clip.mp4", ReplayItem("clip", Path("clip.mp4"), 1)),
        ("clip.mp4*20", ReplayItem("clip", Path("clip.mp4"), 20)),
        ("away:5", ReplayItem("away", minutes=5.0)),
        ("sleep:2.5", ReplayItem("sleep", minutes=2.5)),
    ],
)
def test_playlist_items(text: str, item: ReplayItem) -> None:
    assert parse_item(text) == item


def test_a_clip_loops_at_least_once() -> None:
    with pytest.raises(ValueError, match="at least once"):
        parse_item("clip.mp4*0")
