"""The replayer's frame cache picks exactly the frames decoding would."""

from __future__ import annotations

from pathlib import Path

import pytest

from deskguard.core.engine import PostureEngine
from deskguard.core.settings import Settings
from deskguard.replay import Replayer, ReplayItem, parse_item
from tests.scripted_day import TZ, local


def _run(analyzer, clip: Path, *, use_cache: bool, interval: float) -> list[dict]:
    events: list = []
    steps: list = []
    engine = PostureEngine(Settings(sample_interval_s=interval), tz=TZ)
    replayer = Replayer(analyzer, engine, None, local("2026-11-23 09:00"), events.append)
    if not use_cache:
        replayer._known_loop = lambda path, first: None  # type: ignore[method-assign]
    original = engine.feed

    def feed(t, sample):
        steps.append((round(t, 6), sample.head.pitch_deg if sample.head else None))
        return original(t, sample)

    engine.feed = feed  # type: ignore[method-assign]
    replayer.run([ReplayItem("clip", clip, loops=40)])
    return steps


@pytest.mark.parametrize("interval", [1.0, 5.0])
def test_cached_loops_match_decoded_loops(analyzer, datasets_dir: Path, interval: float) -> None:
    clip = datasets_dir / "face-video-clips" / "single_face.mp4"
    cached = _run(analyzer, clip, use_cache=True, interval=interval)
    decoded = _run(analyzer, clip, use_cache=False, interval=interval)
    assert cached == decoded
    assert len(cached) == pytest.approx(40 * 2.4 / interval, abs=1)


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
