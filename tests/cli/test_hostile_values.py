"""Values a person can type that once ended in a traceback, on the real ``deskguard`` process.

``replay --speed 1e-300`` was accepted and overflowed the replay's sleep
(``OverflowError: timestamp out of range``); ``--set`` with a number of 5000
digits or a list nested 5000 deep broke the JSON reader (``ValueError``,
``RecursionError``). Each is one line naming the option, and exit 2, before
any model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_bad_input import _one_line_usage_error
from tests.cli.test_cli import deskguard


@pytest.mark.parametrize("speed", ["1e-300", "5e-324", "0.001"])
def test_a_replay_slower_than_the_slowest_is_refused(
    speed: str, history: Path, models_dir: Path
) -> None:
    run = deskguard("replay", "away:1", "--speed", speed, "--db", str(history), models=models_dir)
    line = _one_line_usage_error(run, "--speed")
    assert "at least 0.01 and at most 1000" in line


HOSTILE = {
    "5000 digits": "9" * 5000,
    "a list 5000 deep": "[" * 5000 + "]" * 5000,
    "an object 5000 deep": '{"a":' * 5000 + "1" + "}" * 5000,
}


@pytest.mark.parametrize("command", ["replay", "run"])
@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
@pytest.mark.parametrize("key", ["sample_interval_s", "walk_after_s", "work_hours_only"])
def test_a_setting_too_big_to_read_is_one_line(
    command: str, value: str, key: str, history: Path
) -> None:
    where = ["away:1", "--db", str(history)] if command == "replay" else ["--source", "x.mp4"]
    run = deskguard(command, *where, "--set", f"{key}={value}")
    line = _one_line_usage_error(run, f"--set {key}")
    assert "too long or nested too deeply" in line and len(line) < 300
