"""The notifier never makes its caller (the GUI thread) wait for the desktop."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from deskguard.core.engine import Event, EventKind
from deskguard.notify.notifier import PlyerNotifier, app_icon_path, deliver, notice_for


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


def test_every_notification_carries_the_apps_icon_file() -> None:
    icon = app_icon_path()
    assert icon.endswith("deskguard.svg") and Path(icon).is_file()
    assert "<svg" in Path(icon).read_text()


def test_a_plain_notifier_gets_the_words_of_a_notice() -> None:
    class Plain:
        name = "plain"

        def __init__(self) -> None:
            self.shown: list[tuple[str, str]] = []

        def notify(self, title: str, body: str) -> bool:
            self.shown.append((title, body))
            return True

    plain = Plain()
    event = Event(0.0, EventKind.WALK_REMINDER, "Time to stand up and walk", "Go.", True)
    assert deliver(plain, notice_for(event, preview=True))
    assert plain.shown == [("Preview: Time to stand up and walk", "Go.")]
