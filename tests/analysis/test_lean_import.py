"""MediaPipe's drawing helpers, and matplotlib with them, stay out of DeskGuard's process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

CHILD = """
import sys
import numpy as np
from deskguard.analysis.analyzer import MediaPipeAnalyzer, frame_from_array
models = sys.argv[1]
with MediaPipeAnalyzer.create(models + "/face_landmarker.task",
                              models + "/pose_landmarker_lite.task") as analyzer:
    analyzer.analyze(frame_from_array(np.zeros((480, 640, 3), np.uint8)))
print("matplotlib" in sys.modules, "mediapipe" in sys.modules)
"""


def test_the_analyzer_works_without_matplotlib(models_dir: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-c", CHILD, str(models_dir)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split() == ["False", "True"]


def test_a_drawing_helper_says_why_it_is_not_there() -> None:
    import pytest
    from mediapipe.tasks.python import vision

    import deskguard.analysis  # noqa: F401  (installs the finder)

    with pytest.raises(AttributeError, match="does not load MediaPipe's drawing helpers"):
        vision.drawing_utils.draw_landmarks  # noqa: B018
