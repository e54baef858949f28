"""``deskguard exercises``: the catalogue as JSON and as a list a person reads."""

from __future__ import annotations

import json
import subprocess
import sys

from deskguard.core.exercises import ALL_IDS
from tests.conftest import REPO


def deskguard(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "deskguard", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )


def test_json_lists_every_exercise_with_its_fields() -> None:
    run = deskguard("exercises", "--json")
    assert run.returncode == 0, run.stderr
    catalogue = json.loads(run.stdout)
    assert [ex["id"] for ex in catalogue] == list(ALL_IDS)
    for ex in catalogue:
        assert {"id", "title", "steps", "image", "camera_check"} <= set(ex)
        assert ("reps" in ex) != ("seconds" in ex)
        assert 2 <= len(ex["steps"]) <= 4
        assert (REPO / "resources" / "exercises" / ex["image"]).is_file()
    by_id = {ex["id"]: ex for ex in catalogue}
    assert by_id["chin_tucks"]["camera_check"] == "chin_tuck"
    assert by_id["walk"]["camera_check"] is None and by_id["walk"]["seconds"] == 120


def test_plain_list_reads_like_instructions() -> None:
    run = deskguard("exercises")
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "Neck turns [neck_turns]: 3 times each side; the camera can count it" in out
    assert "A short walk [walk]: 120 s; not seen by the camera: press Done" in out
    assert "  1. Sit tall and let your shoulders relax." in out
    assert out.count("[") == len(ALL_IDS)
    assert run.stderr == ""


def test_help_names_the_command() -> None:
    run = deskguard("--help")
    assert "exercises" in run.stdout
