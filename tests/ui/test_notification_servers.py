"""Notifications as each server shows them (issue 19 §3), with a real dunst on a private bus.

- A repeated reminder replaces the earlier one by its id (``replaces_id``,
  from Notify's own answer), so it never piles up in GNOME's or KDE's list.
- Quitting closes the reminders still on screen, and a run that ended
  without quitting leaves their ids for the next run to close: their buttons
  answer no one.
- GNOME Shell shows at most three buttons: there, Skip gives way (closing a
  notification skips it too) and "Show me" stays reachable.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskguard import paths
from deskguard.core.engine import EventKind, ReminderAnswer
from deskguard.notify.notifier import Notice
from deskguard.ui.desktop_notifier import ON_SCREEN_FILE, DesktopNotifier
from tests.ui.test_notification_actions import OwnDunst

WALK = Notice(
    "Time to stand up and walk",
    "You have been sitting for 1 h.",
    kind=EventKind.WALK_REMINDER,
    timeout_s=0,  # a walk reminder stays until answered
    actions=True,
)


@pytest.fixture
def own_dunst(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[OwnDunst]:
    folder = tmp_path / "dunst"
    folder.mkdir()
    dunst = OwnDunst(folder)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", dunst.address)
    yield dunst
    dunst.stop()


@pytest.fixture
def notifiers(qtbot) -> Iterator[list[DesktopNotifier]]:
    """Notifiers made by the test, stopped and deleted at its end (not by the collector).

    A notifier (and the QProcess children it parents) left to Python's garbage
    collector is deleted at a moment Qt does not expect: a later test crashed.
    """
    made: list[DesktopNotifier] = []
    yield made
    for notifier in made:
        notifier.stop()
        notifier.deleteLater()
    qtbot.wait(50)


class NotifyCalls:
    """``dbus-monitor`` on the bus: the ``replaces_id`` of each Notify call, in order."""

    def __init__(self, address: str, folder: Path) -> None:
        self.log = folder / "monitor.log"
        self._out = self.log.open("wb")
        self.proc = subprocess.Popen(
            [
                "dbus-monitor",
                "--address",
                address,
                "type='method_call',interface='org.freedesktop.Notifications',member='Notify'",
            ],
            stdout=self._out,
            stderr=subprocess.DEVNULL,
        )

    def replaces_ids(self) -> list[int]:
        text = self.log.read_text(errors="replace")
        calls = text.split("member=Notify")[1:]
        return [int(re.findall(r"uint32 (\d+)", call)[0]) for call in calls]

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(5)
        self._out.close()


def test_a_repeated_reminder_replaces_the_earlier_one_by_its_id(
    qtbot, own_dunst: OwnDunst, tmp_path: Path, notifiers: list[DesktopNotifier]
) -> None:
    calls = NotifyCalls(own_dunst.address, tmp_path)
    notifier = DesktopNotifier()
    notifiers.append(notifier)
    try:
        qtbot.waitUntil(lambda: calls.proc.poll() is None and calls.log.exists(), timeout=5_000)
        qtbot.wait(300)  # the monitor is listening
        notifier.show(WALK)
        qtbot.waitUntil(lambda: own_dunst.displayed() == 1, timeout=5_000)
        qtbot.waitUntil(lambda: len(calls.replaces_ids()) == 1, timeout=5_000)
        # Its id has come back (and is kept for the next run): minutes pass before a repeat.
        qtbot.waitUntil((paths.data_dir() / ON_SCREEN_FILE).exists, timeout=10_000)
        notifier.show(WALK)  # its repeat, 15 min later
        qtbot.waitUntil(lambda: len(calls.replaces_ids()) == 2, timeout=5_000)
        first, second = calls.replaces_ids()
        assert first == 0 and second > 0  # the second names the first one's id
        qtbot.wait(300)
        assert own_dunst.displayed() == 1  # one on screen, not two
        # The repeat's answer still reaches the app.
        got: list[ReminderAnswer] = []
        notifier.answered.connect(lambda _notice, answer: got.append(answer))
        own_dunst.answer("Done")
        qtbot.waitUntil(lambda: got == [ReminderAnswer.DONE], timeout=5_000)
    finally:
        calls.stop()


def test_quitting_closes_the_reminders_on_screen(
    qtbot, own_dunst: OwnDunst, notifiers: list[DesktopNotifier]
) -> None:
    notifier = DesktopNotifier()
    notifiers.append(notifier)
    notifier.show(WALK)
    qtbot.waitUntil(lambda: own_dunst.displayed() == 1, timeout=5_000)
    qtbot.wait(300)  # its id is known
    notifier.stop()
    qtbot.waitUntil(lambda: own_dunst.displayed() == 0, timeout=5_000)


DIES = """
import os, signal, sys, time
from PySide6.QtWidgets import QApplication
from deskguard import paths
from deskguard.ui.desktop_notifier import ON_SCREEN_FILE, DesktopNotifier
from tests.ui.test_notification_servers import WALK
app = QApplication([])
notifier = DesktopNotifier()
notifier.show(WALK)
left = paths.data_dir() / ON_SCREEN_FILE
deadline = time.monotonic() + 10
while not left.exists() and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.05)
print("shown", flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # a crash: nothing is closed
"""


def test_the_next_run_closes_what_a_run_that_died_left_on_screen(
    qtbot, own_dunst: OwnDunst, notifiers: list[DesktopNotifier]
) -> None:
    died = subprocess.run(
        [sys.executable, "-c", DIES],
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert died.returncode == -signal.SIGKILL and "shown" in died.stdout, died.stderr
    left = paths.data_dir() / ON_SCREEN_FILE
    assert left.exists() and own_dunst.displayed() == 1  # its buttons answer no one now
    notifiers.append(DesktopNotifier())
    qtbot.waitUntil(lambda: own_dunst.displayed() == 0, timeout=5_000)
    assert not left.exists()


def test_gnome_shows_three_buttons_done_snooze_and_show_me(
    qtbot, own_dunst: OwnDunst, notifiers: list[DesktopNotifier]
) -> None:
    notifier = DesktopNotifier()
    notifiers.append(notifier)
    assert notifier.server_name == "dunst" and notifier.max_buttons is None
    exercise = Notice("Time to shift position", "…", kind=EventKind.SHIFT_REMINDER,
                      actions=True, exercise=True)  # fmt: skip

    def actions() -> list[str]:
        args = notifier.arguments(exercise)
        return [args[i + 1].split("=")[0] for i, a in enumerate(args) if a == "--action"]

    assert actions() == ["done", "snooze", "skip", "show_me"]
    notifier.max_buttons = 3  # what the app sets for GNOME Shell's server name
    assert actions() == ["done", "snooze", "show_me"]
