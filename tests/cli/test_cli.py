"""The ``deskguard`` command as a user runs it: a real process, stdout and stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.model_server import ModelServer

REQUIRED_KEYS = {
    "source",
    "frame",
    "t_s",
    "present",
    "pitch_deg",
    "yaw_deg",
    "roll_deg",
    "distance_cm",
    "quality",
}
NATIVE_LOG_MARKERS = ("W0000", "I0000", "INFO: [", "XNNPACK")


def deskguard(
    *args: str, models: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("DESKGUARD_MODELS", None)
    if models is not None:
        env["DESKGUARD_MODELS"] = str(models)
    return subprocess.run(
        [sys.executable, "-m", "deskguard", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        input=stdin,
        timeout=300,
    )


@pytest.fixture(scope="module")
def aflw_run(models_dir: Path, datasets_dir: Path) -> subprocess.CompletedProcess:
    return deskguard("analyze", str(datasets_dir / "aflw2000-3d" / "images"), models=models_dir)


def test_analyze_prints_a_line_per_image(
    aflw_run: subprocess.CompletedProcess, datasets_dir: Path
) -> None:
    assert aflw_run.returncode == 0, aflw_run.stderr
    lines = [json.loads(line) for line in aflw_run.stdout.splitlines()]
    images = sorted((datasets_dir / "aflw2000-3d" / "images").glob("*.jpg"))
    assert len(lines) == len(images) == 500
    assert [Path(x["source"]).name for x in lines] == [p.name for p in images]
    for line in lines:
        assert line.keys() >= REQUIRED_KEYS
    found = [x for x in lines if x["present"]]
    # The misses are profile views (|yaw| up to 99 deg) whose face is not found and
    # whose body, in these close-up portraits, is too little to believe alone (468).
    assert len(found) >= 465
    assert all(isinstance(x["pitch_deg"], float) for x in lines if x["quality"] == "good")


def test_analyze_keeps_stderr_for_people(aflw_run: subprocess.CompletedProcess) -> None:
    assert "500 frame(s) analysed, 0 input(s) failed" in aflw_run.stderr
    assert not any(marker in aflw_run.stderr for marker in NATIVE_LOG_MARKERS)


def test_analyze_samples_a_video_like_the_live_app(models_dir: Path, datasets_dir: Path) -> None:
    clip = datasets_dir / "face-video-clips" / "WolfgangLanger_Pexels.mp4"
    run = deskguard("analyze", "--every-s", "2", "--pose", "none", str(clip), models=models_dir)
    assert run.returncode == 0, run.stderr
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert [round(x["t_s"]) for x in lines] == list(range(0, 20, 2))
    assert all(x["present"] for x in lines)


def test_unreadable_inputs_fail_clearly_but_the_rest_is_analysed(
    models_dir: Path, datasets_dir: Path, tmp_path: Path
) -> None:
    fake = tmp_path / "holiday.mp4"
    fake.write_text("not a video")
    good = datasets_dir / "aflw2000-3d" / "images" / "image00002.jpg"
    run = deskguard(
        "analyze", str(fake), str(tmp_path / "missing.jpg"), str(good), models=models_dir
    )
    assert run.returncode == 1
    assert f"error: {fake}: not a video" in run.stderr
    assert "missing.jpg: no such file or folder" in run.stderr
    assert "Traceback" not in run.stderr
    assert len(run.stdout.splitlines()) == 1


def test_missing_models_say_what_to_do(datasets_dir: Path) -> None:
    run = deskguard("analyze", str(datasets_dir / "aflw2000-3d" / "images" / "image00002.jpg"))
    assert run.returncode == 1
    assert "face_landmarker.task model is not available" in run.stderr
    assert "deskguard models download" in run.stderr
    assert run.stdout == ""


def test_bad_interval_is_a_usage_error(models_dir: Path, datasets_dir: Path) -> None:
    run = deskguard("analyze", "--every-s", "0", str(datasets_dir), models=models_dir)
    assert run.returncode == 2 and "--every-s" in run.stderr


def test_models_status(models_dir: Path) -> None:
    ok = deskguard("models", "status", models=models_dir)
    assert ok.returncode == 0
    assert "face_landmarker.task (required): OK, verified, from $DESKGUARD_MODELS" in ok.stdout
    missing = deskguard("models", "status")
    assert missing.returncode == 1
    assert "face_landmarker.task (required): NOT AVAILABLE" in missing.stdout
    assert "models download" in missing.stderr


def test_download_asks_first_then_fetches_verified_files(server: type[ModelServer]) -> None:
    refused = deskguard("models", "download", stdin="")
    assert refused.returncode == 1
    assert "will download" in refused.stderr and "rerun with --yes" in refused.stderr
    assert "127.0.0.1" in refused.stderr  # it says where from
    fetched = deskguard("models", "download", "--yes")
    assert fetched.returncode == 0, fetched.stderr
    assert fetched.stderr.count("verified, saved to") == 2
    status = deskguard("models", "status")
    assert status.returncode == 0 and "from user data folder" in status.stdout


def test_install_from_folder(models_dir: Path) -> None:
    run = deskguard("models", "install", "--from", str(models_dir))
    assert run.returncode == 0 and run.stdout.count("installed") == 3


def test_version_comes_from_pyproject() -> None:
    version = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    run = deskguard("--version")
    assert run.stdout.strip() == f"DeskGuard {version}"


def test_run_is_the_live_loop_printing_events(models_dir: Path, datasets_dir: Path) -> None:
    """At whatever hour and day the test runs: work hours are opt-in."""
    clip = datasets_dir / "face-video-clips" / "single_face.mp4"
    run = deskguard(
        "run", "--source", str(clip), "--every-s", "1", "--samples", models=models_dir
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert [line["kind"] for line in lines] == ["sample", "bout_started", "sample", "sample"]
    assert all(line["present"] for line in lines if line["kind"] == "sample")
    assert "No frame is stored" in run.stderr and "Outside the work hours" not in run.stderr


def test_run_outside_work_hours_says_so_and_waits(models_dir: Path, datasets_dir: Path) -> None:
    clip = datasets_dir / "face-video-clips" / "single_face.mp4"
    argv = [
        sys.executable, "-m", "deskguard", "run", "--source", str(clip),
        "--set", "work_hours_only=true",
        "--set", "work_start=00:00", "--set", "work_end=00:00",  # an empty span: never
    ]  # fmt: skip
    env = dict(os.environ, DESKGUARD_MODELS=str(models_dir))
    with subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as p:
        with pytest.raises(subprocess.TimeoutExpired):
            p.wait(timeout=8)  # it waits for the work hours, taking no frame
        p.terminate()
        out, err = p.communicate(timeout=30)
    assert out == b""
    assert "Outside the work hours (00:00–00:00" in err.decode()


def test_run_without_a_camera_says_so(models_dir: Path) -> None:
    run = deskguard("run", "--source", "93", models=models_dir)
    assert run.returncode == 1
    assert "No camera at /dev/video93" in run.stderr or "No camera with index 93" in run.stderr


def test_run_never_opens_a_camera_the_user_chose_not_to_use(models_dir: Path) -> None:
    """Settings › "Keyboard and mouse only": `run` says so and opens nothing (issue 13)."""
    run = deskguard("run", "--set", "sensing=activity", models=models_dir)
    assert run.returncode == 2
    assert "keyboard and mouse only (no camera)" in run.stderr
    assert "deskguard app" in run.stderr and "/dev/video" not in run.stderr
