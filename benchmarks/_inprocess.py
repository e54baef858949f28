"""What the benchmarks that run the real app in their own process share.

``python benchmarks/bench_8h.py`` and ``bench_exercise.py`` take the same
``--models`` and ``--clip``, restart themselves on a headless desktop
(scripts/desktop-env.sh) when there is no display, and keep the app's data
and settings in a temporary folder, never the user's own.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def add_sources(parser: argparse.ArgumentParser) -> None:
    """``--models`` (default $DESKGUARD_MODELS or ../shared/models) and ``--clip``."""
    parser.add_argument(
        "--models", type=Path, default=Path(os.environ.get("DESKGUARD_MODELS", SHARED / "models"))
    )
    parser.add_argument(
        "--clip", type=Path, default=SHARED / "datasets" / "face-video-clips" / "single_face.mp4"
    )


def rerun_on_a_desktop(script: str) -> int | None:
    """Without a display: run ``script`` again on a headless desktop; its exit code.

    None when there is a display already: go on in this process.
    """
    if os.environ.get("DISPLAY"):
        return None
    command = (
        f"source {REPO / 'scripts/desktop-env.sh'!s}; desktop_up >&2 || exit 1; "
        f"trap desktop_down EXIT; {sys.executable} {Path(script).resolve()!s} "
        + " ".join(f"'{a}'" for a in sys.argv[1:])
    )
    return subprocess.run(["bash", "-c", command], check=False).returncode


def temporary_user(prefix: str) -> Path:
    """Point the app's data and config folders at a new temporary folder (returned)."""
    home = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["DESKGUARD_DATA_DIR"] = str(home / "data")
    os.environ["DESKGUARD_CONFIG_DIR"] = str(home / "config")
    return home
