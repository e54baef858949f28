"""The plain notifier's notify-send: bounded output, one log line, no child outlives the app.

Without dbus-python the plain notifier runs ``notify-send``. A fake one (a
shell script first on PATH, a real process) floods its output, fails with
2 MB of errors, or hangs. The notifier runs in a child Python whose own
output goes to files: what the fake wrote must not land there, a failure is
one short line, and a hung notify-send is gone (/proc) once the app exits.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.fakes import fake_notify_send

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="notify-send, /proc")

#: What a broken notify-send writes before it ends (plyer let it all into the app's output).
FLOOD_BYTES = 50_000_000
_FAKE = fake_notify_send(FLOOD_BYTES)
_APP = """
import os, sys, time
from pathlib import Path
sys.modules["dbus"] = None  # no dbus-python: the notify-send route
from deskguard.notify.notifier import PlyerNotifier
hang = os.environ["FAKE_NOTIFY"] == "hang"
notifier = PlyerNotifier(background=hang)
sent = notifier.notify("Time to shift position", "You have sat still for 15 min.")
Path(os.environ["RESULT"]).write_text("sent" if sent else "failed")
while hang and not Path(os.environ["PIDS"]).exists():
    time.sleep(0.05)
# and the app quits, its notification thread still waiting for notify-send
"""


def _app(tmp_path: Path, mode: str) -> tuple[str, int, str, list[int]]:
    """(result, bytes the app wrote to stdout, its stderr, pids of notify-send)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "notify-send"
    script.write_text(_FAKE)
    script.chmod(0o755)
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent",
        "FAKE_NOTIFY": mode,
        "PIDS": str(tmp_path / "pids"),
        "RESULT": str(tmp_path / "result"),
        "PYTHONPATH": str(REPO),
    }
    out, err = tmp_path / "stdout", tmp_path / "stderr"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        subprocess.run(
            [sys.executable, "-c", _APP], env=env, stdout=stdout, stderr=stderr, timeout=120
        )
    pids = [int(p) for p in (tmp_path / "pids").read_text().split()]
    return (tmp_path / "result").read_text(), out.stat().st_size, err.read_text(), pids


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def test_a_flooding_notify_send_is_stopped_and_its_output_kept_out(tmp_path: Path) -> None:
    result, stdout_bytes, stderr, pids = _app(tmp_path, "flood")
    assert result == "failed"
    assert stdout_bytes == 0
    assert stderr.count("\n") == 1 and "wrote more than 64 KiB, and was stopped" in stderr
    assert not any(_running(p) for p in pids)


@pytest.mark.parametrize("mode", ["loud", "noisy"])
def test_a_failing_notify_send_is_one_short_line(tmp_path: Path, mode: str) -> None:
    result, stdout_bytes, stderr, _ = _app(tmp_path, mode)
    assert result == "failed"
    assert stdout_bytes == 0
    assert stderr.count("\n") == 1 and len(stderr) < 300, stderr[:400]
    assert stderr.startswith("notification failed through notify-send")


def test_a_hung_notify_send_does_not_outlive_the_app(tmp_path: Path) -> None:
    result, _, _, pids = _app(tmp_path, "hang")
    assert result == "sent"  # handed to the notification thread
    deadline = time.monotonic() + 5
    while any(_running(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_running(p) for p in pids)
