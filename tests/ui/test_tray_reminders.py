"""The tray's tooltip stays current; pause and snooze say when they end and can be ended.

Issue 10: "The tray tooltip shows time seated and time to the next reminder,
and is always current. Today it showed 'Seated today 10 min' while the
dashboard said 54." And: "Snooze and pause show their end time ('Paused until
14:30'), can be cancelled, and pause can take a custom length."
"""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QToolTip

from deskguard.capture.errors import CaptureFailure
from deskguard.core.engine import EventKind
from deskguard.core.presentation import TrayState
from deskguard.core.wording import format_duration
from deskguard.monitor import BUSY_PROBE_S
from tests.scripted_day import TZ
from tests.ui.conftest import screenshot, step


def hhmm(t_s: float) -> str:
    return datetime.fromtimestamp(t_s, TZ).strftime("%H:%M")


def show_menu(qtbot, app, name: str) -> None:
    app.menu.menu.popup(QPoint(1000, 34))
    qtbot.waitExposed(app.menu.menu)
    qtbot.wait(200)
    screenshot(app.menu.menu, name)
    app.menu.menu.hide()


def test_the_tooltip_follows_every_sample_with_the_next_reminder(qtbot, make_app, clock) -> None:
    app = make_app()
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    step(qtbot, app, clock, n=3)
    assert app.controller.state is TrayState.NOT_CALIBRATED
    seen = []

    def shows(seated: str, coming: set[str]) -> bool:
        lines = app.tray.toolTip().split("\n")
        return len(lines) == 3 and lines[1].split(",")[0] == seated and lines[2] in coming

    for _ in range(11):  # eleven minutes sitting still: no state change at all
        step(qtbot, app, clock, n=12)
        status = app.engine.status(clock.t)
        seated = f"Seated today {format_duration(status.seated_today_s)}"
        assert status.next_reminder is EventKind.SHIFT_REMINDER
        # As of the last sample: sitting still, the app samples every other 5 s step.
        coming = {
            f"Shift position in {max(1, math.ceil((status.next_reminder_s - t) / 60))} min"
            for t in (clock.t - 5, clock.t)
        }
        qtbot.waitUntil(lambda s=seated, c=coming: shows(s, c), timeout=2_000)
        seen.append(app.tray.toolTip())
    assert app.controller.state is TrayState.NOT_CALIBRATED
    assert len(set(seen)) == len(seen)  # a new tooltip every minute, no state change needed
    assert int(app.engine.status(clock.t).seated_today_s // 60) >= 10
    QToolTip.showText(QPoint(900, 40), app.tray.toolTip())
    qtbot.wait(300)
    screenshot(None, "tray-tooltip")
    QToolTip.hideText()


def test_pause_says_until_when_takes_a_custom_length_and_can_be_ended(
    qtbot, make_app, clock
) -> None:
    app = make_app()
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    step(qtbot, app, clock, n=2)
    app.menu.pause_30.trigger()
    assert app.controller.state is TrayState.PAUSED
    line = app.menu.status_action.text()
    assert line == f"Paused until {hhmm(clock.t + 30 * 60)}"
    assert f"Paused until {hhmm(clock.t + 30 * 60)}" in app.tray.toolTip()
    show_menu(qtbot, app, "tray-menu-paused")
    app.menu.resume_action.trigger()  # ended early
    qtbot.waitUntil(lambda: not app.controller.waiting_for_frame, timeout=10_000)
    assert app.controller.state is not TrayState.PAUSED
    assert not app.engine.status(clock.t).paused
    # A custom length: the dialog does not block the app.
    app.menu.pause_custom.trigger()
    dialog = app.menu.pause_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.setIntValue(90)
    screenshot(dialog, "tray-pause-dialog")
    dialog.accept()
    assert app.controller.state is TrayState.PAUSED
    assert app.engine.status(clock.t).paused_until_s == clock.t + 90 * 60
    assert app.menu.status_action.text() == f"Paused until {hhmm(clock.t + 90 * 60)}"
    qtbot.waitUntil(lambda: app.menu.pause_dialog is None, timeout=2_000)
    # Cancelling the dialog pauses nothing.
    app.menu.resume_action.trigger()
    app.menu.pause_custom.trigger()
    app.menu.pause_dialog.reject()
    assert not app.engine.status(clock.t).paused


def test_snooze_says_until_when_and_can_be_ended(qtbot, make_app, clock) -> None:
    app = make_app()
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    step(qtbot, app, clock, n=2)
    assert not app.menu.cancel_snooze_action.isVisible()
    app.menu.snooze_action.trigger()
    until = hhmm(clock.t + 15 * 60)
    assert app.engine.status(clock.t).snoozed_until_s == clock.t + 15 * 60
    assert app.menu.cancel_snooze_action.isVisible()
    assert app.menu.cancel_snooze_action.text() == f"&End the snooze (until {until})"
    assert f"Reminders snoozed until {until}" in app.tray.toolTip()
    show_menu(qtbot, app, "tray-menu-snoozed")
    app.menu.cancel_snooze_action.trigger()
    assert app.engine.status(clock.t).snoozed_until_s is None
    snoozes = [e.data for e in app.store.events(0, 2e9) if e.kind == EventKind.SNOOZED]
    assert [d.get("cancelled") for d in snoozes] == [None, True]  # kept as a cancel
    assert not app.menu.cancel_snooze_action.isVisible()
    assert "snoozed" not in app.tray.toolTip()
    # Ended, reminders come again: thirteen minutes still give the shift reminder.
    step(qtbot, app, clock, n=13 * 12)
    kinds = [e.kind for e in app.store.events(0, 2e9)]
    assert kinds.count(EventKind.SHIFT_REMINDER) == 1


def test_in_a_call_the_tray_says_how_many_reminders_are_held_and_one_nudge_follows(
    qtbot, make_app, clock, dunst
) -> None:
    app = make_app()
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    step(qtbot, app, clock, n=3)
    # An hour's call. The camera here is a recording, which no other app can take: the
    # monitor hears what the capture thread reports for a camera held by a call, at
    # each probe (every 30 s), as the controller passes it on.
    for _ in range(120):
        clock.advance(BUSY_PROBE_S)
        app.monitor.failed(CaptureFailure.BUSY, "in use by another application")
    assert app.controller.state is TrayState.CAMERA_BUSY
    assert app.menu.status_action.text() == "In a call: 2 reminders held"
    assert app.tray.toolTip().startswith("DeskGuard: In a call: 2 reminders held\n")
    show_menu(qtbot, app, "tray-in-a-call")
    assert dunst() == []  # nothing during the call
    step(qtbot, app, clock, seconds=BUSY_PROBE_S)  # the next probe finds the camera free
    assert app.controller.state is not TrayState.CAMERA_BUSY
    qtbot.waitUntil(lambda: len(dunst()) == 1, timeout=5_000)
    (nudge,) = dunst()
    assert nudge["summary"] == "After your call: time to stand up and walk"
    assert nudge["timeout"] == 0  # a walk reminder stays until answered
    app.monitor.flush()
    kinds = [e.kind for e in app.store.events(0, 2e9)]
    assert kinds.count(EventKind.WALK_REMINDER) == 1
    assert EventKind.SHIFT_REMINDER not in kinds  # the walk stands for the held shift
    assert EventKind.BREAK_STARTED not in kinds  # sat through the call
