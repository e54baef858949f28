"""Every command whose stdout cannot be written (``> /dev/full``): one line, exit 1.

Each once ended in a traceback (``OSError: [Errno 28] No space left on
device``) from ``print``, or in Python's "Exception ignored ... OSError" at
exit when the last of the output could not be flushed. The message says the
output is incomplete and what to do; nothing else reaches stderr. A stdout
or stderr the caller closed (``>&-``, ``2>&-``) was a traceback for every
command too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from deskguard.storage.history import HistoryStore
from tests.conftest import REPO

FULL = Path("/dev/full")
pytestmark = pytest.mark.skipif(not FULL.exists(), reason="no /dev/full on this system")

LINE = (
    "error: the output could not be written (No space left on device), so it is incomplete: "
    "free some space on that disk, or write the output to another one"
)
#: What a command's stderr may hold besides the line: its progress and summaries.
PROGRESS = ("analysing ", "DeskGuard ")


def _to_full_disk(*args: str, models: Path | None = None) -> tuple[int, str]:
    env = dict(os.environ)
    env.pop("DESKGUARD_MODELS", None)
    if models is not None:
        env["DESKGUARD_MODELS"] = str(models)
    with FULL.open("w") as full:
        run = subprocess.run(
            [sys.executable, "-m", "deskguard", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            env=env,
            cwd=REPO,
            timeout=300,
        )
    return run.returncode, run.stderr


def _one_clear_line(code: int, err: str) -> None:
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert code == 1, err
    lines = [line for line in err.splitlines() if not line.startswith(PROGRESS)]
    assert lines == [LINE], err


@pytest.mark.parametrize(
    "args",
    [
        ["stats", "--db", "{db}", "--day", "2026-11-23"],
        ["stats", "--db", "{db}", "--week", "2026-W48", "--json"],
        ["exercises"],
        ["exercises", "--json"],
        ["models", "status"],
        ["doctor"],
    ],
    ids=lambda args: " ".join(a for a in args if a != "{db}" and not a.startswith("--db")),
)
def test_a_command_without_models(args: list[str], history: Path) -> None:
    _one_clear_line(*_to_full_disk(*(a.format(db=history) for a in args)))


def test_analyze(models_dir: Path, datasets_dir: Path) -> None:
    images = datasets_dir / "aflw2000-3d" / "images"
    code, err = _to_full_disk("analyze", "--pose", "none", str(images), models=models_dir)
    _one_clear_line(code, err)
    assert "frame(s) analysed" not in err  # it stopped at the first write that failed


def test_replay(models_dir: Path, datasets_dir: Path, history: Path) -> None:
    clip = datasets_dir / "face-video-clips" / "single_face.mp4"  # 2.4 s: a bout starts
    code, err = _to_full_disk("replay", f"{clip}*30", "--db", str(history), models=models_dir)
    _one_clear_line(code, err)
    store, _ = HistoryStore.open(history)  # the history is whole and readable
    store.close()


def test_run(models_dir: Path, datasets_dir: Path) -> None:
    clip = datasets_dir / "face-video-clips" / "single_face.mp4"
    code, err = _to_full_disk(
        "run", "--source", str(clip), "--every-s", "1", "--samples", models=models_dir
    )
    _one_clear_line(code, err)


# --- standard streams the caller closed (`>&-`, `2>&-`) -----------------------------------


def _with_closed(stream: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``deskguard ARGS`` started by a shell with fd 1 (``>&-``) or fd 2 (``2>&-``) closed."""
    redirect = {"stdout": ">&-", "stderr": "2>&-"}[stream]
    return subprocess.run(
        ["sh", "-c", f'exec "$@" {redirect}', "sh", sys.executable, "-m", "deskguard", *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        cwd=REPO,
        timeout=120,
    )


def test_a_closed_stdout_is_one_line_and_exit_1(history: Path) -> None:
    run = _with_closed("stdout", "stats", "--db", str(history), "--day", "2026-11-23")
    assert run.returncode == 1, run.stderr
    assert run.stderr.splitlines() == [
        "error: the output could not be written (standard output is closed), so it is "
        "incomplete: send it to a file or a program that takes it"
    ]


def test_a_command_without_output_works_with_stdout_closed(history: Path, tmp_path: Path) -> None:
    before = history.read_bytes()
    out = tmp_path / "week.csv"
    run = _with_closed(
        "stdout", "export", "--week", "2026-W48", "--format", "csv", "--db", str(history),
        "--out", str(out),
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert out.read_text().startswith("day,") and history.read_bytes() == before


def test_a_closed_stderr_leaves_the_output_whole() -> None:
    run = _with_closed("stderr", "exercises", "--json")
    assert run.returncode == 0
    assert json.loads(run.stdout)  # the whole catalogue
