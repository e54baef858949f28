"""No network use but the announced model download, checked on the real commands.

Each command runs under ``strace -f``, which records every ``connect`` and
send of the process and all its threads and children. Any DNS query (port 53,
whatever the resolver's address) or any connection or datagram to an address
outside the loopback range fails the test. MediaPipe 1.x and 0.10.35 fail
it: their usage logger resolves play.googleapis.com at every task start
(README "Privacy"); the pinned 0.10.33 passes.
"""

from __future__ import annotations

import ipaddress
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO, REQUIRE_SHARED, SHARED

STRACE = shutil.which("strace")
HAVE_DESKTOP = os.environ.get("DESKGUARD_DESKTOP") == "1" and bool(os.environ.get("DISPLAY"))

pytestmark = pytest.mark.skipif(
    STRACE is None and not REQUIRE_SHARED, reason="needs strace (scripts/test.sh installs it)"
)

_SYSCALLS = "trace=connect,sendto,sendmsg,sendmmsg"
_INET = re.compile(
    r"sa_family=AF_INET6?, sin6?_port=htons\((?P<port>\d+)\).*?"
    r"(?:sin_addr=inet_addr\(\"(?P<v4>[^\"]+)\"\)|inet_pton\(AF_INET6, \"(?P<v6>[^\"]+)\")"
)


def network_uses(trace: str) -> list[str]:
    """The lines of an strace log that reach past this machine or ask a DNS server."""
    found = []
    for line in trace.splitlines():
        if not any(f"{call}(" in line for call in ("connect", "sendto", "sendmsg", "sendmmsg")):
            continue
        for match in _INET.finditer(line):
            address = ipaddress.ip_address(match["v4"] or match["v6"])
            if match["port"] == "53" or not address.is_loopback:
                found.append(line.strip())
                break
    return found


def _traced(args: list[str], log: Path, **kwargs: object) -> subprocess.Popen:
    assert STRACE is not None
    return subprocess.Popen(
        [STRACE, "-f", "-qq", "-e", _SYSCALLS, "-o", str(log), *args], cwd=REPO, **kwargs
    )


def _deskguard(*args: str) -> list[str]:
    return [sys.executable, "-m", "deskguard", *args]


@pytest.fixture
def clip() -> Path:
    path = SHARED / "datasets" / "face-video-clips" / "single_face.mp4"
    if not path.exists():
        if REQUIRE_SHARED:
            pytest.fail(f"{path} is missing")
        pytest.skip("no clip")
    return path


def test_the_detector_sees_a_dns_query(tmp_path: Path) -> None:
    # The tracer must catch what it is there to catch: a plain name lookup.
    log = tmp_path / "trace"
    probe = "import socket\ntry: socket.getaddrinfo('example.com', 443)\nexcept OSError: pass"
    _traced([sys.executable, "-c", probe], log).wait(timeout=60)
    assert network_uses(log.read_text())


def test_analyze_and_replay_use_no_network(tmp_path: Path, models_dir: Path, clip: Path) -> None:
    env = dict(os.environ, DESKGUARD_MODELS=str(models_dir))
    image = next((SHARED / "datasets" / "desk-posture-goodbad" / "images").glob("*.jpg"))
    commands = {
        "analyze": _deskguard("analyze", str(image), str(clip), "--every-s", "2"),
        "replay": _deskguard(
            "replay", str(clip), "--start", "2026-11-23T09:00", "--db", str(tmp_path / "h.db")
        ),
    }
    for name, args in commands.items():
        log = tmp_path / f"{name}.trace"
        proc = _traced(args, log, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
        assert out.strip(), f"{name} printed nothing"  # it really ran the pipeline
        assert network_uses(log.read_text()) == [], name


@pytest.mark.gui
@pytest.mark.skipif(not HAVE_DESKTOP, reason="needs scripts/desktop-env.sh")
def test_the_tray_app_uses_no_network(tmp_path: Path, models_dir: Path, clip: Path) -> None:
    from deskguard.core.settings import Settings
    from deskguard.settings_store import save_settings

    save_settings(Settings(work_start="00:00", work_end="23:59", work_days="1234567"))
    env = dict(os.environ, DESKGUARD_MODELS=str(models_dir), PYTHONUNBUFFERED="1")
    log = tmp_path / "app.trace"
    args = _deskguard("app", "--source", str(clip), "--every-s", "1")
    args += ["--db", str(tmp_path / "h.db")]
    proc = _traced(args, log, env=env, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        deadline = time.monotonic() + 120
        seen = []
        while time.monotonic() < deadline:  # models loaded and a sample taken
            line = proc.stderr.readline()
            seen.append(line)
            if "state:" in line or not line:
                break
        assert any("state:" in s for s in seen), seen[-10:]
        time.sleep(5)  # a few samples; the 1.x logger sends within the first seconds
        app = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True)
        os.kill(int(app.stdout.split()[0]), signal.SIGTERM)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
        if proc.stderr is not None:
            proc.stderr.close()
    trace = log.read_text()
    assert "connect(" in trace  # the trace saw the app's own D-Bus and X11 sockets
    assert network_uses(trace) == []


def test_doctor_names_a_mediapipe_that_phones_home(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    from deskguard.doctor import MEDIAPIPE_PRIVATE_RELEASE, check_mediapipe_privacy

    assert check_mediapipe_privacy().ok  # the pinned release is what is installed
    monkeypatch.setitem(sys.modules, "mediapipe", types.SimpleNamespace(__version__="1.2.3"))
    check = check_mediapipe_privacy()
    assert not check.ok and "usage statistics" in check.detail
    assert f"mediapipe=={MEDIAPIPE_PRIVATE_RELEASE}" in check.advice
