"""Reminders people can act on (issue 10): Done / Snooze 10 min / Skip on the notification.

The real notification daemon, dunst, shows the app's reminders, and the
answer is chosen in dunst's own menu of actions (``dunstctl action``, as a
middle click does). That menu is shown by the program dunst's ``dmenu``
setting names; the shared desktop has none, so these tests run a dunst of
their own on a private session bus, whose ``dmenu`` picks the entry the test
names, as a user picks it from the list. Everything else is real: the app
sends the reminder, dunst shows it, dunst invokes the action and tells the
app over D-Bus.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection

from deskguard.core.engine import EventKind
from deskguard.notify.notifier import NotifierUnavailable, PlyerNotifier, first_available
from tests.ui.conftest import SCREENSHOTS, screenshot, step

REPO = Path(__file__).resolve().parents[2]
#: The choice that opens dmenu itself (the screenshot of dunst's menu).
SHOW_MENU = "show the menu"


def private_bus(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """A session bus of the test's own (no services started on demand); its address."""
    conf = folder / "bus.conf"
    conf.write_text(
        f"<busconfig><type>session</type><listen>unix:dir={folder}</listen>"
        '<auth>EXTERNAL</auth><policy context="default"><allow send_destination="*"/>'
        '<allow receive_sender="*"/><allow own="*"/></policy></busconfig>\n'
    )
    bus = subprocess.Popen(
        ["dbus-daemon", f"--config-file={conf}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert bus.stdout is not None
    return bus, bus.stdout.readline().decode().strip()


class OwnDunst:
    """A real dunst on a private session bus; ``answer`` picks an action from its menu."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.env = dict(os.environ)
        self.procs: list[subprocess.Popen[bytes]] = []
        bus, self.address = private_bus(folder)
        self.procs.append(bus)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self.address
        pick = folder / "pick.sh"
        # dunst writes one line per action ("#Snooze 10 min (title) [id,snooze]") and
        # invokes the line read back.
        # For the screenshot only, where dmenu is installed: the real menu, on screen.
        pick.write_text(
            f'#!/bin/sh\nchoice=$(cat "{folder}/choice")\n'
            f'if [ "$choice" = "{SHOW_MENU}" ]; then exec dmenu -l 5 -p dunst:; fi\n'
            f'tee "{folder}/menu" | grep -m1 -F -- "#$choice"\n'
        )
        pick.chmod(0o755)
        (folder / "dunstrc").write_text(
            f"[global]\n dmenu = {pick}\n history_length = 100\n stack_duplicates = false\n"
        )
        with (folder / "dunst.log").open("wb") as log:
            self.procs.append(
                subprocess.Popen(
                    ["dunst", "-config", str(folder / "dunstrc")],
                    env=self.env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )
        deadline = time.monotonic() + 10
        while self.ctl("count", "displayed", check=False).returncode != 0:
            if time.monotonic() > deadline:
                self.stop()
                raise AssertionError("dunst did not start: " + (folder / "dunst.log").read_text())
            time.sleep(0.05)

    def ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["dunstctl", *args], env=self.env, capture_output=True, text=True, check=check
        )

    def displayed(self) -> int:
        return int(self.ctl("count", "displayed").stdout)

    def answer(self, label: str) -> None:
        """Choose ``label`` in the menu of the notification on top (a middle click)."""
        (self.folder / "choice").write_text(label)
        self.ctl("action", "0")

    def screenshot_menu(self, qtbot, name: str) -> None:
        """Keep a picture of dunst's menu of actions, as dmenu shows it, then close it."""
        if not SCREENSHOTS or shutil.which("dmenu") is None:
            return
        (self.folder / "choice").write_text(SHOW_MENU)
        opening = subprocess.Popen(["dunstctl", "action", "0"], env=self.env)
        shown = ["xdotool", "search", "--onlyvisible", "--class", "dmenu"]
        qtbot.waitUntil(lambda: subprocess.run(shown, capture_output=True).returncode == 0)
        qtbot.wait(300)  # drawn
        screenshot(None, name)
        subprocess.run(["xdotool", "key", "Escape"], check=True)  # nothing chosen
        opening.wait(5)
        qtbot.waitUntil(lambda: subprocess.run(shown, capture_output=True).returncode != 0)
        qtbot.wait(300)  # dunst has read the empty answer: its menu may open again

    def menu(self) -> list[str]:
        """The entries of dunst's menu the last time it was opened."""
        return (self.folder / "menu").read_text().splitlines()

    def history(self) -> list[dict]:
        out = json.loads(self.ctl("history").stdout)["data"][0]
        return [{k: v["data"] for k, v in n.items()} for n in out]

    def stop(self) -> None:
        for proc in reversed(self.procs):
            proc.terminate()
            proc.wait(5)
            if proc.stdout is not None:
                proc.stdout.close()


@pytest.fixture
def own_dunst(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[OwnDunst]:
    # The tray and the session watcher keep the desktop's bus (Qt connects once).
    assert QDBusConnection.sessionBus().isConnected()
    folder = Path(tmp_path / "dunst")
    folder.mkdir()
    dunst = OwnDunst(folder)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", dunst.address)
    yield dunst
    dunst.stop()


def sit_until(qtbot, app, clock, kind: EventKind, most_min: float) -> float:
    """Sit (10 s steps) until the app gives a new ``kind`` reminder; its time."""
    before = len([e for e in app.store.events(0, 2e9) if e.kind is kind])
    for _ in range(round(most_min * 6)):
        step(qtbot, app, clock, seconds=10)
        given = [e.t_utc for e in app.store.events(0, 2e9) if e.kind is kind]
        if len(given) > before:
            return given[-1]
    raise AssertionError(f"no {kind.value} within {most_min} min")


def answers(app) -> list[tuple[str, dict]]:
    kinds = (EventKind.REMINDER_DONE, EventKind.REMINDER_SKIPPED, EventKind.SNOOZED)
    return [(e.kind.value, dict(e.data)) for e in app.store.events(0, 2e9) if e.kind in kinds]


def test_snooze_done_and_skip_on_the_notification_reach_the_app(
    qtbot, make_app, clock, own_dunst
) -> None:
    app = make_app()
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    assert app.monitor.notifier.name == "desktop"
    app.apply_settings(replace(app.settings, shift_interval_s=600))  # the shortest: 10 min
    step(qtbot, app, clock, n=2)

    first = sit_until(qtbot, app, clock, EventKind.SHIFT_REMINDER, 11)
    qtbot.waitUntil(lambda: own_dunst.displayed() == 1, timeout=5_000)
    qtbot.wait(300)  # drawn
    own_dunst.screenshot_menu(qtbot, "notification-actions")
    assert own_dunst.displayed() == 1
    own_dunst.answer("Snooze 10 min")
    snoozed_at = clock.t
    qtbot.waitUntil(lambda: app.controller.status.snoozed_until_s is not None, timeout=5_000)
    assert app.controller.status.snoozed_until_s == snoozed_at + 600
    assert "Reminders snoozed until" in app.tray.toolTip()
    # dunst's menu offered the three answers, and a guided exercise, on this reminder.
    assert [line.split(" (")[0] for line in own_dunst.menu()] == [
        "#Done",
        "#Snooze 10 min",
        "#Skip",
        "#Show me",
    ]
    assert all("(Time to shift position)" in line for line in own_dunst.menu())
    (shown,) = own_dunst.history()  # closed by the answer
    assert (shown["appname"], shown["summary"]) == ("DeskGuard", "Time to shift position")
    assert shown["icon_path"] == str(REPO / "resources" / "icons" / "deskguard.svg")
    assert shown["timeout"] == 30_000_000  # microseconds: a shift reminder goes after 30 s

    second = sit_until(qtbot, app, clock, EventKind.SHIFT_REMINDER, 11)
    assert second > first
    qtbot.waitUntil(lambda: own_dunst.displayed() == 1, timeout=5_000)
    own_dunst.answer("Done")
    qtbot.waitUntil(lambda: len(answers(app)) == 2, timeout=5_000)

    third = sit_until(qtbot, app, clock, EventKind.SHIFT_REMINDER, 11)
    qtbot.waitUntil(lambda: own_dunst.displayed() == 1, timeout=5_000)
    own_dunst.answer("Skip")
    qtbot.waitUntil(lambda: len(answers(app)) == 3, timeout=5_000)

    snooze, done, skip = answers(app)
    assert snooze[0] == "snoozed" and snooze[1]["reminder"] == "shift_reminder"
    assert snooze[1]["reminder_t_s"] == pytest.approx(first, abs=0.01)
    assert done == ("reminder_done", {"reminder": "shift_reminder", "reminder_t_s": second})
    assert skip == ("reminder_skipped", {"reminder": "shift_reminder", "reminder_t_s": third})
    assert own_dunst.displayed() == 0  # each answer closed its notification


def test_without_a_server_that_shows_actions_the_plain_notifier_is_used(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from deskguard.ui.desktop_notifier import DesktopNotifier

    bus, address = private_bus(tmp_path)  # with no notification server on it
    try:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        with pytest.raises(NotifierUnavailable, match="no notification server"):
            DesktopNotifier()
        notifier, reasons = first_available([DesktopNotifier, PlyerNotifier])
        assert notifier.name == "plyer"
        assert reasons and reasons[0].startswith("no notification server")
    finally:
        bus.terminate()
        bus.wait(5)
        assert bus.stdout is not None
        bus.stdout.close()


#: "Show me" buttons, in the order they are pressed, with the preview each sends and how
#: long it stays (seconds; 0: until answered).
SHOW_ME = [
    ("shift", "Preview: Time to shift position", 30),
    ("walk", "Preview: Time to stand up and walk", 0),
    ("heads_up", "Preview: Walk in 2 min", 20),
    ("neck", "Preview: Your neck is bent forward", 20),
    ("forward_head", "Preview: Your head has drifted forward", 20),
    ("too_close", "Preview: You are very close to the screen", 20),
    ("screen", "Preview: Raise your screen by about 6 cm", 30),
]


def test_show_me_sends_each_kind_as_a_preview_through_the_same_notifier(
    qtbot, make_app, clock, dunst
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QCheckBox

    app = make_app()
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    step(qtbot, app, clock, n=2)
    app.monitor.flush()
    recorded = len(app.store.events(0, 2e9))
    app.menu.settings_action.trigger()
    dialog = app.windows["settings"]
    qtbot.waitExposed(dialog)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Reminders"
    (sound,) = [
        b for b in dialog.findChildren(QCheckBox) if b.text() == "Play a soft sound with them"
    ]
    assert not sound.isChecked()  # off by default
    for name, _title, _timeout in SHOW_ME:
        qtbot.mouseClick(dialog.show_me_buttons[name], Qt.MouseButton.LeftButton)

    def displayed() -> int:
        out = subprocess.run(["dunstctl", "count", "displayed"], capture_output=True, text=True)
        return int(out.stdout)

    qtbot.waitUntil(lambda: displayed() == len(SHOW_ME), timeout=5_000)
    qtbot.wait(300)  # drawn
    screenshot(None, "settings-show-me-1280x800")
    got = {n["summary"]: n for n in dunst()}
    assert sorted(got) == sorted(title for _, title, _ in SHOW_ME)
    assert {t: got[t]["timeout"] for _, t, _ in SHOW_ME} == {
        t: s * 1_000_000
        for _, t, s in SHOW_ME  # microseconds
    }
    icon = str(REPO / "resources" / "icons" / "deskguard.svg")
    assert {(n["appname"], n["icon_path"]) for n in got.values()} == {("DeskGuard", icon)}
    walk = got["Preview: Time to stand up and walk"]["body"]
    assert walk.startswith("You have been sitting for 1 h.")
    # The sound follows the box as edited, before Apply: the same hint a reminder gets.
    sound.setChecked(True)
    with qtbot.waitSignal(dialog.show_me) as asked:
        qtbot.mouseClick(dialog.show_me_buttons["walk"], Qt.MouseButton.LeftButton)
    assert asked.args[2].notification_sound and not app.settings.notification_sound
    loud = app.controller.preview(EventKind.WALK_REMINDER, None, asked.args[2])
    quiet = app.controller.preview(EventKind.WALK_REMINDER)
    assert "string:sound-name:message-new-instant" in app.desktop_notifier.arguments(loud)
    assert "boolean:suppress-sound:true" in app.desktop_notifier.arguments(quiet)
    app.monitor.flush()
    assert len(app.store.events(0, 2e9)) == recorded  # previews are not history
