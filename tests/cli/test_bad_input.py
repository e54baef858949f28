"""Bad input to the real ``deskguard`` process: a clear message, never a traceback or a hang.

Each case once failed: a loop at 100 % CPU, NaN in the JSON, a FIFO that
blocked forever, a BrokenPipeError traceback, gigabytes for a small PNG, a
damaged video counted as read, overflow tracebacks for far dates, options
accepted silently, folders and databases created by a typo, and exports that
replaced links or special files.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.capture.test_bad_files import black_png, damaged_copy
from tests.cli.test_cli import NATIVE_LOG_MARKERS, deskguard
from tests.conftest import REPO

WEEK = ["--week", "2026-W48"]


def _one_line_usage_error(run: subprocess.CompletedProcess, option: str) -> str:
    assert run.returncode == 2, (run.returncode, run.stderr)
    assert "Traceback" not in run.stderr
    lines = run.stderr.rstrip("\n").split("\n")
    assert len(lines) == 1, run.stderr
    assert "error:" in lines[0] and option in lines[0], lines[0]
    assert run.stdout == ""
    return lines[0]


# fmt: off
USAGE_ERRORS = [
    # (arguments, the option the message names, a word of the message)
    (["analyze", "--every-s", "1e-300", "x.jpg"], "--every-s", "at least 0.1"),
    (["analyze", "--every-s", "nan", "x.jpg"], "--every-s", "'nan'"),
    (["analyze", "--every-s", "inf", "x.jpg"], "--every-s", "'inf'"),
    (["analyze", "--fov-deg", "nan", "x.jpg"], "--fov-deg", "field of view"),
    (["run", "--every-s", "1e-300"], "--every-s", "at least 0.1"),
    (["run", "--count", "-3"], "--count", "from 1 to"),
    (["run", "--count", "0"], "--count", "from 1 to"),
    (["stats", "--week", "9999-W52", "--db", "{db}"], "--week", "1970 to 2100"),
    (["stats", "--day", "9999-12-31", "--db", "{db}"], "--day", "1970 to 2100"),
    (["stats", "--day", "", "--db", "{db}"], "--day", "YYYY-MM-DD"),
    (["stats", "--week", "", "--db", "{db}"], "--week", "YYYY-Www"),
    (["stats", "--tz", "", "--db", "{db}"], "--tz", "time zone"),
    (["stats", "--tz", "America", "--db", "{db}"], "--tz", "time zone"),
    (["export", "--week", "9999-W52", "--format", "csv", "--out", "{tmp}/w.csv", "--db", "{db}"],
     "--week", "1970 to 2100"),
    (["export", "--week", "", "--format", "csv", "--out", "{tmp}/w.csv", "--db", "{db}"],
     "--week", "YYYY-Www"),
    (["export", *WEEK, "--tz", "", "--format", "csv", "--out", "{tmp}/w.csv", "--db", "{db}"],
     "--tz", "time zone"),
    (["replay", "away:1", "--speed", "nan", "--db", "{db}"], "--speed", "'max' or a factor"),
    (["replay", "away:1", "--speed", "0", "--db", "{db}"], "--speed", "'max' or a factor"),
    (["replay", "sleep:9999999999", "--db", "{db}"], "CLIP", "at most 10080"),
    (["replay", "away:0", "--db", "{db}"], "CLIP", "more than 0"),
    (["replay", "away:nan", "--db", "{db}"], "CLIP", "number of minutes"),
    (["replay", "clip.mp4*0", "--db", "{db}"], "CLIP", "at least once"),
    (["replay", "away:1", "--calibrate", "nan", "--db", "{db}"], "--calibrate", "more than 0"),
    (["replay", "away:1", "--calibrate", "-5", "--db", "{db}"], "--calibrate", "more than 0"),
    (["replay", "away:1", "--start", "9999-12-31T23:00", "--db", "{db}"], "--start", "2100"),
    (["replay", "away:1", "--start", "", "--db", "{db}"], "--start", "ISO-8601"),
    (["replay", "away:1", "--tz", "", "--db", "{db}"], "--tz", "time zone"),
    (["replay", "away:1", "--loop", "-1", "--db", "{db}"], "--loop", "from 1 to"),
    (["app", "--every-s", "nan"], "--every-s", "at least 1"),
]
# fmt: on


def _case_id(args: list[str], option: str, words: str) -> str:
    value = args[args.index(option) + 1] if option in args else args[1]
    return f"{args[0]} {option} {value!r}"


@pytest.mark.parametrize(
    ("args", "option", "words"), USAGE_ERRORS, ids=[_case_id(*c) for c in USAGE_ERRORS]
)
def test_usage_errors_are_one_clear_line_and_exit_2(
    args: list[str], option: str, words: str, history: Path, tmp_path: Path
) -> None:
    argv = [a.format(db=history, tmp=tmp_path) for a in args]
    start = time.monotonic()
    line = _one_line_usage_error(deskguard(*argv), option)
    assert words in line
    assert time.monotonic() - start < 60


# --- --db: read commands need a history, write commands never create folders -----------


@pytest.mark.parametrize("command", [["stats"], ["export", *WEEK, "--format", "csv"]])
def test_reading_a_mistyped_history_creates_nothing(command: list[str], tmp_path: Path) -> None:
    typo = tmp_path / "histroy" / "history.sqlite3"
    extra = ["--out", str(tmp_path / "w.csv")] if command[0] == "export" else []
    line = _one_line_usage_error(deskguard(*command, *extra, "--db", str(typo)), "--db")
    assert "there is no history file" in line and str(typo) in line
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [["stats"], ["export", *WEEK, "--format", "csv"]])
def test_reading_without_any_history_says_so(command: list[str], tmp_path: Path) -> None:
    extra = ["--out", str(tmp_path / "w.csv")] if command[0] == "export" else []
    data_dir = Path(os.environ["DESKGUARD_DATA_DIR"])
    before = sorted(data_dir.rglob("*"))
    run = deskguard(*command, *extra)
    assert run.returncode == 1, run.stderr
    assert "there is no history yet" in run.stderr and "Traceback" not in run.stderr
    assert sorted(data_dir.rglob("*")) == before  # nothing was created to read from
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [["stats"], ["replay", "away:1"]])
def test_a_folder_given_as_the_history_is_left_alone(command: list[str], tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    line = _one_line_usage_error(deskguard(*command, "--db", str(folder)), "--db")
    assert "is a folder, not a history file" in line
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["data", "keep.txt"]


def test_app_never_creates_folders_for_its_history(tmp_path: Path) -> None:
    typo = tmp_path / "no-such-folder" / "history.sqlite3"
    line = _one_line_usage_error(deskguard("app", "--db", str(typo)), "--db")
    assert "does not exist" in line and "create it first" in line
    assert list(tmp_path.iterdir()) == []


def test_a_history_link_to_nothing_is_not_followed(tmp_path: Path) -> None:
    link = tmp_path / "history.sqlite3"
    link.symlink_to(tmp_path / "elsewhere.sqlite3")
    line = _one_line_usage_error(deskguard("replay", "away:1", "--db", str(link)), "--db")
    assert "symbolic link to nothing" in line
    assert [p.name for p in tmp_path.iterdir()] == ["history.sqlite3"]


def test_replay_never_creates_folders_for_its_history(tmp_path: Path, models_dir: Path) -> None:
    typo = tmp_path / "no-such-folder" / "history.sqlite3"
    run = deskguard("replay", "away:1", "--db", str(typo), models=models_dir)
    line = _one_line_usage_error(run, "--db")
    assert "does not exist" in line
    assert list(tmp_path.iterdir()) == []


# --- export --out -------------------------------------------------------------------------


def _export(history: Path, out: Path) -> subprocess.CompletedProcess:
    return deskguard("export", *WEEK, "--format", "json", "--db", str(history), "--out", str(out))


def test_export_refuses_a_folder(history: Path, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    line = _one_line_usage_error(_export(history, folder), "--out")
    assert "is a folder" in line
    assert list(folder.iterdir()) == []


def test_export_refuses_a_symlink_and_leaves_its_target(history: Path, tmp_path: Path) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("do not touch")
    link = tmp_path / "week.json"
    link.symlink_to(target)
    line = _one_line_usage_error(_export(history, link), "--out")
    assert "is a symbolic link" in line
    assert link.is_symlink() and target.read_text() == "do not touch"


def test_export_refuses_a_special_file(history: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "week.json"
    os.mkfifo(fifo)
    line = _one_line_usage_error(_export(history, fifo), "--out")
    assert "is a named pipe" in line
    assert fifo.exists() and not fifo.is_file()


def test_export_never_creates_folders(history: Path, tmp_path: Path) -> None:
    line = _one_line_usage_error(_export(history, tmp_path / "nope" / "week.json"), "--out")
    assert "does not exist" in line
    assert not (tmp_path / "nope").exists()


def test_export_replaces_a_regular_file_whole(history: Path, tmp_path: Path) -> None:
    out = tmp_path / "week.json"
    out.write_text("old")
    run = _export(history, out)
    assert run.returncode == 0, run.stderr
    assert json.loads(out.read_text())["week"] == "2026-W48"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.sqlite3", "week.json"]


# --- analyze on hostile files (these load the models) -------------------------------------


def _analyze_with_deadline(
    models_dir: Path, tmp_path: Path, *args: str, timeout: float
) -> tuple[int, str, str]:
    """Run ``deskguard analyze``; fail (after killing it) if it has not ended by ``timeout``."""
    env = dict(os.environ, DESKGUARD_MODELS=str(models_dir))
    out_path, err_path = tmp_path / "stdout.txt", tmp_path / "stderr.txt"
    with out_path.open("w") as out, err_path.open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "deskguard", "analyze", *args],
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            env=env,
            cwd=REPO,
        )
        try:
            code = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            pytest.fail(f"deskguard analyze {' '.join(args)} did not finish in {timeout} s")
    return code, out_path.read_text(), err_path.read_text()


def _analyze_peak_rss(
    models_dir: Path, tmp_path: Path, *args: str, timeout: float = 180
) -> tuple[int, str, str, int]:
    """Run ``deskguard analyze``; also return its own peak resident memory in MB."""
    wrapper = (
        "import os, subprocess, sys\n"
        "p = subprocess.Popen(sys.argv[2:])\n"
        "_, status, usage = os.wait4(p.pid, 0)\n"
        "open(sys.argv[1], 'w').write(str(usage.ru_maxrss // 1024))\n"  # kB on Linux
        "sys.exit(os.waitstatus_to_exitcode(status))\n"
    )
    rss_file = tmp_path / "peak-rss-mb.txt"
    env = dict(os.environ, DESKGUARD_MODELS=str(models_dir))
    run = subprocess.run(
        [sys.executable, "-c", wrapper, str(rss_file), sys.executable, "-m", "deskguard",
         "analyze", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=timeout,
    )  # fmt: skip
    return run.returncode, run.stdout, run.stderr, int(rss_file.read_text())


def test_huge_images_are_refused_from_the_header_and_the_rest_is_analysed(
    models_dir: Path, datasets_dir: Path, tmp_path: Path
) -> None:
    huge = black_png(tmp_path / "huge.png", 16000, 16000)  # 16000 x 16000 in under 1 MB
    bigger = black_png(tmp_path / "bigger.png", 40000, 40000)  # past OpenCV's own limit
    good = datasets_dir / "aflw2000-3d" / "images" / "image00002.jpg"
    code, out, err, rss_mb = _analyze_peak_rss(
        models_dir, tmp_path, str(huge), str(bigger), str(good)
    )
    assert "Traceback" not in err and "cv2.error" not in err, err
    assert code == 1
    assert f"error: {huge}: the image is 16000 x 16000 pixels, more than DeskGuard reads" in err
    assert f"error: {bigger}: the image is 40000 x 40000 pixels" in err
    assert "scale it down" in err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [Path(x["source"]).name for x in lines] == [good.name]  # the input after them too
    assert "1 frame(s) analysed, 2 input(s) failed" in err
    assert rss_mb < 1000, f"peak RSS {rss_mb} MB"  # it was several GB


def test_a_fifo_is_refused_not_waited_on(
    models_dir: Path, datasets_dir: Path, tmp_path: Path
) -> None:
    fifo = tmp_path / "webcam.jpg"
    os.mkfifo(fifo)
    good = datasets_dir / "aflw2000-3d" / "images" / "image00002.jpg"
    code, out, err = _analyze_with_deadline(models_dir, tmp_path, str(fifo), str(good), timeout=90)
    assert code == 1 and "Traceback" not in err
    assert f"error: {fifo}: this is a named pipe (FIFO), not a recording" in err
    assert len(out.splitlines()) == 1
    assert "1 frame(s) analysed, 1 input(s) failed" in err


def test_a_video_damaged_in_the_middle_counts_as_failed(
    models_dir: Path, datasets_dir: Path, tmp_path: Path
) -> None:
    clip = damaged_copy(
        datasets_dir / "face-video-clips" / "WolfgangLanger_Pexels.mp4", tmp_path / "damaged.mp4"
    )
    run = deskguard("analyze", "--every-s", "2", "--pose", "none", str(clip), models=models_dir)
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    assert f"error: {clip}: the video breaks off at frame" in run.stderr
    assert "of 472" in run.stderr and "damaged or cut short" in run.stderr
    frames = len(run.stdout.splitlines())
    assert 0 < frames < 10  # what came before the damage was analysed
    assert f"{frames} frame(s) analysed, 1 input(s) failed" in run.stderr


def test_a_closed_pipe_ends_analyze_quietly(models_dir: Path, datasets_dir: Path) -> None:
    # `deskguard analyze clip.mp4 | head -1`
    clip = datasets_dir / "face-video-clips" / "WolfgangLanger_Pexels.mp4"
    env = dict(os.environ, DESKGUARD_MODELS=str(models_dir))
    proc = subprocess.Popen(
        [sys.executable, "-m", "deskguard", "analyze", "--every-s", "0.1", "--pose", "none",
         str(clip)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=REPO,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # what head does after its line
    err = proc.stderr.read().decode()
    proc.stderr.close()
    code = proc.wait(timeout=120)
    assert json.loads(first)["frame"] == 0
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert not any(marker in err for marker in NATIVE_LOG_MARKERS)
    assert code == 1  # the output is incomplete


def test_the_folder_reader_survives_a_shared_dataset_copy(
    models_dir: Path, datasets_dir: Path, tmp_path: Path
) -> None:
    # A sanity check that refusing bad files did not refuse good ones.
    folder = tmp_path / "imgs"
    folder.mkdir()
    for p in sorted((datasets_dir / "desk-posture-goodbad" / "images").glob("*.jpg"))[:5]:
        shutil.copy(p, folder / p.name)
    run = deskguard("analyze", "--pose", "none", str(folder), models=models_dir)
    assert run.returncode == 0, run.stderr
    assert "5 frame(s) analysed, 0 input(s) failed" in run.stderr
