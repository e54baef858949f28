"""A change of position, decided on real frames: a real move counts, the noise does not."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from deskguard.analysis.analyzer import MediaPipeAnalyzer, frame_from_array
from deskguard.capture import open_source
from deskguard.core.engine import EventKind, PostureEngine
from deskguard.core.settings import Settings
from tests.scripted_day import TZ, local


def _frames(datasets_dir: Path) -> list[np.ndarray]:
    with open_source(datasets_dir / "face-video-clips" / "single_face.mp4") as source:
        frames = []
        while (frame := source.read()) is not None:
            frames.append(frame.image)
    return frames


def _moved(image: np.ndarray, dx_px: float, scale: float) -> np.ndarray:
    """The same picture with the person further right and nearer (a new sitting position)."""
    h, w = image.shape[:2]
    m = np.float32([[scale, 0, dx_px + (1 - scale) * w / 2], [0, scale, (1 - scale) * h / 2]])
    return cv2.warpAffine(image, m, (w, h), borderMode=cv2.BORDER_REPLICATE)


def test_still_sitting_is_no_change_and_a_real_move_is_one(
    analyzer: MediaPipeAnalyzer, datasets_dir: Path
) -> None:
    frames = _frames(datasets_dir)
    engine = PostureEngine(Settings(), tz=TZ)
    t = local("2026-11-23 09:00")
    events = []
    # Eight minutes sitting still (cycling through the clip's real frames and their
    # natural jitter), then eight minutes moved 90 px sideways and 12 % nearer.
    for transform in (None, (90.0, 1.12)):
        for i in range(96):
            image = frames[(i * 7) % len(frames)]
            if transform:
                image = _moved(image, *transform)
            step = engine.feed(t, analyzer.analyze(frame_from_array(image)))
            events.extend(step.events)
            t += 5.0
    changes = [e for e in events if e.kind is EventKind.POSITION_CHANGED]
    assert len(changes) == 1
    minutes_in = (changes[0].t_s - local("2026-11-23 09:00")) / 60
    assert 8.0 <= minutes_in <= 8.3  # two of three samples must agree: 5-10 s after the move
    # Still for 8 min in each position: no reminder yet (12 min), no false one either.
    assert [e for e in events if e.kind is EventKind.SHIFT_REMINDER] == []
