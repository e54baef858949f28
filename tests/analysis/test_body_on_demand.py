"""The pose model runs only when something needs the upper body (issue 9 §5)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from deskguard.analysis.analyzer import frame_from_array
from deskguard.capture.playback import Playback
from deskguard.core.engine import PostureEngine
from deskguard.core.settings import Settings
from tests.scripted_day import BASELINE, TZ


def test_with_a_face_the_body_is_skipped_when_not_wanted(analyzer, datasets_dir: Path) -> None:
    frame = Playback(datasets_dir / "face-video-clips" / "single_face.mp4").frame_at(1.0)
    assert frame is not None
    full = analyzer.analyze(frame)
    assert full.face_found and full.body_found and full.body is not None
    lean = analyzer.analyze(frame, body=False)
    assert lean.face_found and not lean.body_found and lean.body is None
    assert analyzer.last_times.pose_s < 0.001  # no inference (one takes tens of ms)
    # The head's figures and the verdict on the frame do not depend on the body.
    assert lean.head == full.head and lean.distance_cm == full.distance_cm
    assert lean.quality == full.quality and lean.present


def test_without_a_face_the_body_is_still_looked_for(analyzer) -> None:
    empty = frame_from_array(np.full((480, 640, 3), 90, np.uint8))
    analyzer.analyze(empty, body=False)
    assert analyzer.last_times.pose_s > 0.001  # an inference: the only other sign of presence


def test_the_engine_wants_the_body_only_for_a_calibrated_gap() -> None:
    assert not PostureEngine(Settings(), tz=TZ).wants_body()
    assert PostureEngine(Settings(), baseline=BASELINE, tz=TZ).wants_body()
    from dataclasses import replace

    no_gap = replace(BASELINE, ear_shoulder_gap_ratio=None)
    assert not PostureEngine(Settings(), baseline=no_gap, tz=TZ).wants_body()
