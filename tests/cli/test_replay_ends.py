"""A replay of any finite playlist ends (issue 20).

``replay clip*2 sleep:1 clip*1`` ran at 100 % CPU for ever: the replay's
position was worked out as ``clock.t - start`` with epoch seconds, which
rounds; it came out a hair before the end of the ``sleep:`` and re-entered
it at every step. The real command on the real clip, each with a limit.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.mark.parametrize(
    "playlist",
    [
        ["{clip}*2", "sleep:1", "{clip}*1"],
        ["{clip}", "sleep:0.7", "away:0.3", "sleep:2.35", "{clip}*3"],
        ["sleep:1", "{clip}", "sleep:1"],
    ],
)
def test_a_replay_with_sleeps_ends(
    playlist: list[str], models_dir: Path, datasets_dir: Path, tmp_path: Path
) -> None:
    clip = datasets_dir / "face-video-clips" / "single_face.mp4"
    args = [item.format(clip=clip) for item in playlist]
    done = subprocess.run(
        [sys.executable, "-m", "deskguard", "replay", *args, "--db", str(tmp_path / "h.sqlite3")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,  # it took under 2 s once fixed; the bug never ended
        env={**os.environ, "DESKGUARD_MODELS": str(models_dir)},
    )
    assert done.returncode == 0, done.stderr
    assert "replayed" in done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert events  # it monitored, and stopped


def test_a_replay_without_db_never_touches_the_users_history(
    models_dir: Path, datasets_dir: Path
) -> None:
    """Issue 20: the README's example wrote simulated days into the user's own history."""
    from deskguard.storage.db import history_path

    clip = datasets_dir / "face-video-clips" / "single_face.mp4"
    done = subprocess.run(
        [sys.executable, "-m", "deskguard", "replay", f"{clip}*40", "away:1"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DESKGUARD_MODELS": str(models_dir)},
    )
    assert done.returncode == 0, done.stderr
    assert "not kept: --db FILE keeps the replay's history" in done.stderr
    assert '"bout_started"' in done.stdout  # it did monitor
    assert not history_path().exists()  # the user's own history: never created, never written
    leftovers = list(Path(os.environ.get("TMPDIR", "/tmp")).glob("deskguard-*/replay.sqlite3"))
    assert leftovers == []
