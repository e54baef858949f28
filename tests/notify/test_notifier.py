"""The notifier never makes its caller (the GUI thread) wait for the desktop."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from deskguard.notify.notifier import PlyerNotifier


@pytest.fixture
def hanging_notify_send(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A real ``notify-send`` that hangs, as it does when the daemon does not answer."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    marker = tmp_path / "called"
    script = bin_dir / "notify-send"
    script.write_text(f'#!/bin/sh\necho "$@" > "{marker}"\nsleep 30\n')
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
    monkeypatch.setitem(__import__("sys").modules, "dbus", None)  # plyer takes notify-send
    return marker


@pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for notify-send")
def test_a_hanging_notification_daemon_never_blocks_the_caller(
    hanging_notify_send: Path,
) -> None:
    notifier = PlyerNotifier()
    started = time.monotonic()
    assert notifier.notify("Time to shift position", "You have sat still for 15 min.")
    assert time.monotonic() - started < 0.5
    deadline = time.monotonic() + 10
    while not hanging_notify_send.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "Time to shift position" in hanging_notify_send.read_text()  # it was sent
