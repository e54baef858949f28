"""Helpers the senses run that flood their output or hang: bounded, stopped, nothing left.

A fake helper (a shell script first on PATH, a real process) writes
/dev/zero without end, or starts a child that holds its output open and
hangs. The sense runs in a child Python whose peak memory (ru_maxrss) is
compared with the same sense reading a one-line answer; every process the
fake helper started must be gone when the sense returns.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from deskguard.sensing import _helper
from tests.conftest import REPO
from tests.sensing.conftest import wait_for

#: The sense each helper serves, read in a child Python that then prints its peak memory.
_SENSES = {
    "pactl": "calls.pulse_microphone_in_use()",
    "pw-dump": "calls.pipewire_has(calls.records_a_microphone)",
    "dbus-send": "_dbus.call('org.example.X', '/org/example/X', 'org.example.X.Get')",
    "ioreg": "activity.run_ioreg()",
}
_CHILD = """
import resource, sys
from deskguard.sensing import _dbus, activity, calls
started = __import__("time").monotonic()
try:
    answer = repr(eval(sys.argv[1]))
except Exception as exc:  # what a sense would have raised
    answer = type(exc).__name__
print(answer, round(__import__("time").monotonic() - started, 2))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
_SCRIPTS = {
    "quiet": 'echo "$$" >> "$PIDS"\necho ok\n',
    "flood": 'echo "$$" >> "$PIDS"\nexec cat /dev/zero\n',
    # a child keeps the output open after the helper itself is gone
    "hang": 'echo "$$" >> "$PIDS"\nsleep 600 &\necho "$!" >> "$PIDS"\nexit 0\n',
}


def _sense(tmp_path: Path, helper: str, behaviour: str) -> tuple[str, float, int, list[int]]:
    """(answer, seconds, peak KiB, pids the helper started) of the sense in a child Python."""
    bin_dir = tmp_path / behaviour
    bin_dir.mkdir()
    script = bin_dir / helper
    script.write_text("#!/bin/sh\n" + _SCRIPTS[behaviour])
    script.chmod(0o755)
    pids = tmp_path / f"{behaviour}.pids"
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "PIDS": str(pids),
        "PULSE_SERVER": "unix:/nonexistent",  # so the pulse sense asks pactl
        "PYTHONPATH": str(REPO),
    }
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, _SENSES[helper]],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    first, peak = done.stdout.splitlines()
    answer, seconds = first.rsplit(" ", 1)
    started = [int(p) for p in pids.read_text().split()] if pids.exists() else []
    return answer, float(seconds), int(peak), started


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state == "Z"  # ended; only its parent (maybe a pid 1 that never reaps) keeps it


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
@pytest.mark.parametrize("helper", sorted(_SENSES))
def test_a_flooding_helper_is_stopped_at_the_bound(tmp_path: Path, helper: str) -> None:
    _, _, quiet_kib, _ = _sense(tmp_path, helper, "quiet")
    answer, seconds, flood_kib, started = _sense(tmp_path, helper, "flood")
    assert answer == "None"  # cannot tell
    # at most the bound held once, as bytes then text, plus slack for the allocator
    assert flood_kib - quiet_kib < 4 * _helper.OUTPUT_LIMIT_BYTES // 1024, (quiet_kib, flood_kib)
    assert seconds < 2.0  # stopped at the bound, long before its time is up
    assert started and all(_gone(p) for p in started)


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
@pytest.mark.parametrize("helper", ["pactl", "dbus-send"])
def test_a_hung_helper_and_its_children_are_stopped(tmp_path: Path, helper: str) -> None:
    answer, seconds, _, started = _sense(tmp_path, helper, "hang")
    assert answer == "None"
    assert seconds < 5
    assert len(started) == 2
    wait_for(lambda: all(_gone(p) for p in started), timeout_s=5)


def test_an_answer_within_the_bound_is_read_whole(tmp_path: Path) -> None:
    text = "x" * (_helper.OUTPUT_LIMIT_BYTES - 10)
    done = _helper.run(
        [sys.executable, "-c", f"import sys; sys.stdout.write('x' * {len(text)})"], timeout_s=30
    )
    assert done is not None and done.returncode == 0 and done.stdout == text


def test_a_helper_that_cannot_start_cannot_tell(tmp_path: Path) -> None:
    started = time.monotonic()
    assert _helper.run([str(tmp_path / "absent")], timeout_s=2) is None
    assert time.monotonic() - started < 2
