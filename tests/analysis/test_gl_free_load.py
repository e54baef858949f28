"""The CPU-only analyzer never opens an OpenGL context on the user's display.

MediaPipe's graphs ask for an optional GPU service when they start; with a
display set they open an EGL context on it and map the whole driver (Mesa's
llvmpipe here: +57 MB RSS). ``MediaPipeAnalyzer.create`` blanks the display
variables during the load only.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from deskguard.analysis.analyzer import _without_display

REPO = Path(__file__).resolve().parents[2]

# Run in a fresh process: which libraries a load maps cannot be undone in this one.
_PROBE = """
import json, os, sys
from pathlib import Path
import numpy as np
models, how = Path(sys.argv[1]), sys.argv[2]
if how == "deskguard":
    from deskguard.analysis.analyzer import MediaPipeAnalyzer, frame_from_array
    a = MediaPipeAnalyzer.create(
        models / "face_landmarker.task", models / "pose_landmarker_lite.task"
    )
    a.analyze(frame_from_array(np.zeros((480, 640, 3), np.uint8)))
    a.close()
else:
    from mediapipe.tasks.python import vision
    from mediapipe.tasks.python.core.base_options import BaseOptions
    f = vision.FaceLandmarker.create_from_options(vision.FaceLandmarkerOptions(
        base_options=BaseOptions(model_asset_path=str(models / "face_landmarker.task"))))
    f.close()
libs = sorted({l.split()[-1] for l in open("/proc/self/maps") if ".so" in l.split()[-1]})
print(json.dumps({"libs": libs, "display": os.environ.get("DISPLAY")}))
"""


def _probe(models_dir: Path, how: str, display: str | None) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    if display:
        env["DISPLAY"] = display
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, str(models_dir), how],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_the_models_load_without_mapping_the_display_s_gl_driver(models_dir: Path) -> None:
    display = os.environ.get("DISPLAY")
    if not display:
        pytest.skip("needs a display (the headless desktop: scripts/desktop-env.sh)")
    bare_headless = set(_probe(models_dir, "bare", None)["libs"])  # type: ignore[arg-type]
    bare_display = set(_probe(models_dir, "bare", display)["libs"])  # type: ignore[arg-type]
    driver = bare_display - bare_headless  # what MediaPipe maps for its EGL context
    if not driver:
        pytest.skip("MediaPipe maps no graphics driver on this display: nothing to avoid")
    ours = _probe(models_dir, "deskguard", display)
    assert not driver & set(ours["libs"]), sorted(driver & set(ours["libs"]))  # type: ignore[arg-type]
    assert ours["display"] == display  # restored for the rest of the process


def test_display_variables_are_blank_during_the_load_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", ":42")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-1")
    with _without_display():
        assert os.environ["DISPLAY"] == ""
        assert os.environ["WAYLAND_DISPLAY"] == ""
    assert os.environ["DISPLAY"] == ":42"
    assert os.environ["WAYLAND_DISPLAY"] == "wayland-1"
    with pytest.raises(RuntimeError), _without_display():
        raise RuntimeError("MediaPipe refused the model")
    assert os.environ["DISPLAY"] == ":42"


def test_an_absent_display_variable_is_not_created(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", ":42")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    with _without_display():
        assert "WAYLAND_DISPLAY" not in os.environ  # nothing added to environ
    assert "WAYLAND_DISPLAY" not in os.environ


def test_a_load_that_overlaps_another_still_sees_no_display(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Serialised: the first load's restore never shows the display to a second, running load."""
    monkeypatch.setenv("DISPLAY", ":42")
    first_inside, first_may_end, second_may_read = (threading.Event() for _ in range(3))
    seen: list[str] = []

    def first() -> None:
        with _without_display():
            first_inside.set()
            first_may_end.wait(5)

    def second() -> None:
        with _without_display():
            second_may_read.wait(5)
            seen.append(os.environ["DISPLAY"])

    one = threading.Thread(target=first)
    one.start()
    first_inside.wait(5)
    two = threading.Thread(target=second)
    two.start()  # asks to load while the first load runs
    first_may_end.set()
    one.join(10)  # the first load is over and has restored what it blanked
    second_may_read.set()
    two.join(10)
    assert seen == [""]
    assert os.environ["DISPLAY"] == ":42"
