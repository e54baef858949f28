"""Run ``deskguard`` as a process the file permissions apply to, also when tests run as root.

Root reads and writes any file whatever its mode (the DAC_OVERRIDE and
DAC_READ_SEARCH capabilities), so a ``chmod 000`` refuses nothing to it.
Running the child as another user (``runuser -u nobody``) needs an
interpreter that user can reach, which one installed in root's home is not; instead
the child keeps root's identity and loses those two capabilities
(``setpriv``), so the permission bits apply to it as to any user. A normal
user needs nothing of this.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

_POWERS = "-dac_override,-dac_read_search"


def without_root_powers(tmp_path: Path) -> list[str]:
    """A command prefix under which file permissions refuse; skip the test if there is none."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip(
            "the tests run as root, and setpriv (util-linux) is not there to drop the "
            "capabilities that let root read and write files whatever their mode"
        )
    prefix = [setpriv, f"--bounding-set={_POWERS}", f"--inh-caps={_POWERS}"]
    probe = tmp_path / "probe-000"
    probe.write_text("secret")
    probe.chmod(0)
    try:
        run = subprocess.run(
            [*prefix, sys.executable, "-c", "import sys; open(sys.argv[1]).read()", str(probe)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        probe.unlink()
    if run.returncode == 0 or "PermissionError" not in run.stderr:
        pytest.skip(f"setpriv could not take root's file powers away here: {run.stderr[-200:]}")
    return prefix


def deskguard_as(
    prefix: list[str], *args: str, models: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """``deskguard ARGS`` run under ``prefix`` (see :func:`without_root_powers`)."""
    env = dict(os.environ)
    env.pop("DESKGUARD_MODELS", None)
    if models is not None:
        env["DESKGUARD_MODELS"] = str(models)
    return subprocess.run(
        [*prefix, sys.executable, "-m", "deskguard", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )
