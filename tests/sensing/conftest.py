"""Sensing tests run for real where the headless desktop (scripts/desktop-env.sh) can
make it real: Xvfb, its D-Bus session bus and dunst; PulseAudio, a private D-Bus bus
and fake desktop services (real services on a real bus) are started by the tests.
What no machine here has (Windows, macOS, PipeWire) is tested at the interface."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

HAVE_DESKTOP = os.environ.get("DESKGUARD_DESKTOP") == "1" and bool(os.environ.get("DISPLAY"))
REQUIRE_DESKTOP = os.environ.get("DESKGUARD_REQUIRE_DESKTOP") == "1"
HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use the ``desktop`` fixture are GUI tests (``-m "not gui"`` leaves them out)."""
    for item in items:
        if "desktop" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


def unavailable(what: str) -> None:
    """Skip for want of ``what``; fail instead where CI must have the whole desktop."""
    if REQUIRE_DESKTOP:
        pytest.fail(f"DESKGUARD_REQUIRE_DESKTOP=1, yet this test lacks {what}")
    pytest.skip(f"needs {what}")


def need(tool: str) -> str:
    """The path of a program that the desktop's packages (scripts/_setup.sh) bring."""
    path = shutil.which(tool)
    if path is None:
        unavailable(f"{tool} (scripts/_setup.sh installs it)")
    assert path is not None
    return path


def wait_for(condition: Callable[[], bool], timeout_s: float = 10) -> None:
    """Until ``condition()`` holds: real processes and servers take real time."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.fixture
def desktop() -> str:
    """The headless desktop's X display; a skip without it, a failure where CI requires it."""
    if not HAVE_DESKTOP:
        unavailable("the headless desktop (scripts/desktop-env.sh)")
    return os.environ["DISPLAY"]


@pytest.fixture
def private_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A session bus of this test alone (the desktop's bus has dunst on it)."""
    config = tmp_path / "bus.conf"
    config.write_text(
        "<busconfig><type>session</type>"
        f"<listen>unix:dir={tmp_path}</listen><auth>EXTERNAL</auth>"
        '<policy context="default"><allow send_destination="*"/><allow receive_sender="*"/>'
        '<allow own="*"/></policy>'
        "</busconfig>\n"
    )
    daemon = subprocess.Popen(
        [need("dbus-daemon"), f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    daemon.terminate()
    daemon.wait(timeout=10)
    daemon.stdout.close()


@pytest.fixture
def fake_services(private_bus: str, tmp_path: Path) -> Iterator[Callable[..., Callable[..., None]]]:
    """Start the fake desktop services with a state; returns a function that changes it."""
    processes = []

    def start(**first: object) -> Callable[..., None]:
        state_file = tmp_path / "services.json"
        state_file.write_text(json.dumps(first))
        process = subprocess.Popen(
            [sys.executable, str(HERE / "fake_desktop_services.py"), str(state_file)],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        processes.append(process)
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"

        def change(**values: object) -> None:
            state = json.loads(state_file.read_text())
            state.update(values)
            tmp = state_file.with_suffix(".tmp")
            tmp.write_text(json.dumps(state))
            tmp.replace(state_file)  # the service never reads half a file

        return change

    yield start
    for process in processes:
        process.terminate()
        process.wait(timeout=10)
        assert process.stdout is not None
        process.stdout.close()
