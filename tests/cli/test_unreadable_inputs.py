"""Inputs the real ``deskguard`` may not read, or cannot decode: a line each, and the rest runs.

``analyze`` on a file inside a folder one may not enter, or a folder one may
list but not enter, ended in a ``PermissionError`` traceback and never
analysed the inputs after it; ``replay`` did the same. ``replay`` of an image
folder with one file that is not an image dropped the rest of the folder
(``analyze`` reports the file and goes on). The permission cases run the
child without root's file powers when the tests run as root
(tests/cli/as_user.py).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskguard.storage.db import history_path
from deskguard.storage.history import HistoryStore
from tests.cli.as_user import deskguard_as, without_root_powers
from tests.cli.test_cli import NATIVE_LOG_MARKERS, deskguard

INTERVAL_S = 60  # each image of a replayed folder is on screen this long


@pytest.fixture
def good(datasets_dir: Path) -> Path:
    return datasets_dir / "aflw2000-3d" / "images" / "image00002.jpg"


@pytest.fixture
def locked(tmp_path: Path, good: Path) -> Iterator[dict[str, Path]]:
    """A folder one may not open (mode 000) and one one may list but not enter (0644)."""
    shut = tmp_path / "shut"
    no_entry = tmp_path / "no-entry"
    for folder in (shut, no_entry):
        folder.mkdir()
        shutil.copy(good, folder / "a.jpg")
    shut.chmod(0)
    no_entry.chmod(0o644)
    yield {"shut": shut, "inside": shut / "a.jpg", "no_entry": no_entry}
    for folder in (shut, no_entry):
        folder.chmod(0o755)  # so that the temporary folder can be removed


def _no_traceback(err: str) -> None:
    assert "Traceback" not in err and "Error:" not in err.replace("error:", ""), err
    assert not any(marker in err for marker in NATIVE_LOG_MARKERS)


def test_analyze_says_what_it_may_not_read_and_goes_on(
    locked: dict[str, Path], good: Path, models_dir: Path, tmp_path: Path
) -> None:
    prefix = without_root_powers(tmp_path)
    inputs = [locked["inside"], locked["shut"], locked["no_entry"], good]
    run = deskguard_as(prefix, "analyze", "--pose", "none", *map(str, inputs), models=models_dir)
    _no_traceback(run.stderr)
    assert run.returncode == 1
    errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3, run.stderr
    for path, line in zip(inputs, errors, strict=False):
        assert line.startswith(f"error: {path}: ") and "ermission denied" in line, line
    assert [line.count('"source"') for line in run.stdout.splitlines()] == [1]  # the good one
    assert "1 frame(s) analysed, 3 input(s) failed" in run.stderr


@pytest.mark.parametrize("which", ["inside", "no_entry"])
def test_replay_says_what_it_may_not_read(
    which: str, locked: dict[str, Path], models_dir: Path, tmp_path: Path
) -> None:
    prefix = without_root_powers(tmp_path)
    db = tmp_path / "history.sqlite3"
    run = deskguard_as(prefix, "replay", str(locked[which]), "--db", str(db), models=models_dir)
    _no_traceback(run.stderr)
    assert run.returncode == 1
    assert run.stderr.splitlines() == [
        line for line in run.stderr.splitlines() if line.startswith(f"error: {locked[which]}")
    ]
    assert "ermission denied" in run.stderr


@pytest.fixture
def folder_with_a_bad_file(tmp_path: Path, datasets_dir: Path) -> tuple[Path, Path, int]:
    """Four real photos and, second in name order, a text file named like a photo."""
    folder = tmp_path / "images"
    folder.mkdir()
    photos = sorted((datasets_dir / "desk-posture-goodbad" / "images").glob("*.jpg"))[:4]
    for number, photo in enumerate(photos):
        shutil.copy(photo, folder / f"img{number}.jpg")
    bad = folder / "img0b.jpg"
    bad.write_text("not a photo")
    return folder, bad, len(photos) + 1


def test_replay_skips_an_image_it_cannot_read_and_plays_the_rest(
    folder_with_a_bad_file: tuple[Path, Path, int], models_dir: Path, tmp_path: Path
) -> None:
    folder, bad, files = folder_with_a_bad_file
    db = tmp_path / "history.sqlite3"
    run = deskguard(
        "replay", str(folder), "--db", str(db), "--set", f"sample_interval_s={INTERVAL_S}",
        "--start", "2026-11-23T09:00", "--tz", "UTC", models=models_dir,
    )  # fmt: skip
    _no_traceback(run.stderr)
    assert run.returncode == 1  # as analyze: an input could not be used
    lines = run.stderr.splitlines()
    assert lines[0].startswith(f"warning: {bad}: not an image that can be decoded")
    assert "skipped" in lines[0] and not any(line.startswith("error:") for line in lines)
    # The whole folder played: every file's time on screen, the bad one's too.
    assert f"replayed {files * INTERVAL_S / 60:.1f} min" in lines[-1]
    assert "1 image(s) could not be read" in lines[-1]
    store, _ = HistoryStore.open(db)
    store.close()


def test_replay_of_a_folder_with_no_readable_image_says_so(
    tmp_path: Path, models_dir: Path
) -> None:
    folder = tmp_path / "images"
    folder.mkdir()
    (folder / "a.jpg").write_text("not a photo")
    run = deskguard("replay", str(folder), "--db", str(tmp_path / "h.sqlite3"), models=models_dir)
    _no_traceback(run.stderr)
    assert run.returncode == 1
    assert f"error: {folder}: none of its 1 images can be read" in run.stderr


# --- histories and models one may not read ------------------------------------------------


@pytest.fixture
def unreadable_history(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "history.sqlite3"
    store, _ = HistoryStore.open(path)
    store.close()
    path.chmod(0)
    yield path
    path.chmod(0o600)


@pytest.mark.parametrize(
    "command",
    [["stats"], ["export", "--week", "2026-W48", "--format", "csv", "--out", "{out}"]],
    ids=["stats", "export"],
)
def test_a_history_one_may_not_read_is_one_line(
    command: list[str], unreadable_history: Path, tmp_path: Path
) -> None:
    prefix = without_root_powers(tmp_path)
    args = [a.format(out=tmp_path / "week.csv") for a in command]
    run = deskguard_as(prefix, *args, "--db", str(unreadable_history))
    _no_traceback(run.stderr)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "--db" in run.stderr
    assert "cannot be read (permission denied)" in run.stderr
    assert not (tmp_path / "week.csv").exists()


def test_the_users_own_history_unreadable_is_one_line(tmp_path: Path) -> None:
    prefix = without_root_powers(tmp_path)
    store, _ = HistoryStore.open(None)
    store.close()
    own = history_path()
    own.chmod(0)
    try:
        run = deskguard_as(prefix, "stats")
    finally:
        own.chmod(0o600)
    _no_traceback(run.stderr)
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1 and str(own) in run.stderr, run.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["analyze", "{image}"],
        ["models", "status"],
        ["run", "--source", "{image}"],
        ["replay", "away:1", "--db", "{db}"],
    ],
    ids=lambda command: command[0] + (f" {command[1]}" if command[0] == "models" else ""),
)
def test_a_models_folder_one_may_not_enter_is_one_line(
    command: list[str], locked: dict[str, Path], good: Path, tmp_path: Path
) -> None:
    prefix = without_root_powers(tmp_path)
    shut = locked["shut"]
    args = [a.format(image=good, db=tmp_path / "h.sqlite3") for a in command]
    run = deskguard_as(prefix, *args, "--models", str(shut))
    _no_traceback(run.stderr)
    assert run.returncode == 1
    [line] = run.stderr.splitlines()
    assert line.startswith(f"error: {shut}") and line.endswith(
        ": permission denied; check that you may read it and enter its folder"
    ), line
