"""What the tray shows: its state and words, decided without Qt (so it is testable).

The state is told by the icon's shape and badge as well as its colour, and
always in words in the tooltip and the menu's status line.
"""

from __future__ import annotations

import math
from datetime import datetime, tzinfo
from enum import StrEnum

from deskguard.core.engine import EventKind, Problem, Status
from deskguard.core.i18n import _, _n, formats
from deskguard.core.wording import format_duration


class TrayState(StrEnum):
    """The tray icon's states, most urgent first where several apply."""

    NO_MODELS = "no_models"
    CAMERA_UNAVAILABLE = "camera_unavailable"
    PAUSED = "paused"
    CAMERA_BUSY = "camera_busy"
    OFF_HOURS = "off_hours"
    STARTING = "starting"
    AWAY = "away"
    CANT_SEE = "cant_see"
    ATTENTION = "attention"
    NOT_CALIBRATED = "not_calibrated"
    GOOD = "good"


#: One short phrase per state, for the status line.
STATE_WORDS: dict[TrayState, str] = {
    TrayState.NO_MODELS: "Models missing: Get the models… in the menu",
    TrayState.CAMERA_UNAVAILABLE: "Camera unavailable",
    TrayState.PAUSED: "Paused",
    TrayState.CAMERA_BUSY: "Camera in use by another app: not disturbing you",
    TrayState.OFF_HOURS: "Outside work hours",
    TrayState.STARTING: "Starting…",
    TrayState.AWAY: "Away from the desk",
    TrayState.CANT_SEE: "Can't see you well (light, framing or distance)",
    TrayState.ATTENTION: "Posture needs attention",
    TrayState.NOT_CALIBRATED: "Watching the time; calibrate to check posture",
    TrayState.GOOD: "Posture looks good",
}

_PROBLEM_WORDS = {
    Problem.NECK: "neck bent forward",
    Problem.FORWARD_HEAD: "head drifting forward",
    Problem.TOO_CLOSE: "too close to the screen",
}


def tray_state(
    status: Status | None,
    *,
    models_ok: bool,
    camera_error: str | None,
    started: bool,
) -> TrayState:
    """The single state to show, from the engine's status and the app's own troubles."""
    if not models_ok:
        return TrayState.NO_MODELS
    if status is not None and status.paused:
        return TrayState.PAUSED
    if status is not None and status.in_call:
        return TrayState.CAMERA_BUSY
    if camera_error is not None or (status is not None and status.activity_missing):
        return TrayState.CAMERA_UNAVAILABLE
    if status is not None and not status.in_work_hours:
        return TrayState.OFF_HOURS
    if status is None or not started:
        return TrayState.STARTING
    if not status.present:
        return TrayState.AWAY
    if status.posture_off:
        return TrayState.NOT_CALIBRATED  # watching the time only (the words say why)
    if status.cant_see:
        return TrayState.CANT_SEE
    if status.alerts:
        return TrayState.ATTENTION
    if not status.calibrated:
        return TrayState.NOT_CALIBRATED
    return TrayState.GOOD


def _time_left(seconds: float) -> str:
    """A countdown in whole minutes, rounded up ("in 1 min" until it is due)."""
    return format_duration(60 * max(1, math.ceil(seconds / 60)))


def clock_time(t_s: float, now_s: float, tz: tzinfo | None = None) -> str:
    """``"14:30"``; with the weekday when it is not today (``"Tue 08:00"``)."""
    when = datetime.fromtimestamp(t_s, tz)
    text = formats().clock(when.time())
    if when.date() != datetime.fromtimestamp(now_s, tz).date():
        text = f"{formats().weekday(when.date())} {text}"
    return text


#: The states in which the user sits and is watched: the next reminder means something.
_WATCHING = {TrayState.GOOD, TrayState.ATTENTION, TrayState.NOT_CALIBRATED, TrayState.CANT_SEE}


def status_line(
    state: TrayState,
    status: Status | None,
    camera_error: str | None = None,
    *,
    now_s: float | None = None,
    tz: tzinfo | None = None,
) -> str:
    """The menu's first line: the state in words, with the problem when there is one.

    Given the time (``now_s``, clock seconds, and the user's ``tz``), a pause
    says when it ends: "Paused until 14:30".
    """
    if state is TrayState.ATTENTION and status is not None and status.alerts:
        problems = ", ".join(_(_PROBLEM_WORDS[p]) for p in status.alerts)
        return _("Posture: {0}").format(problems)
    if state is TrayState.CAMERA_BUSY and status is not None and status.call_signals:
        return _in_call_line(status)
    if state is TrayState.CAMERA_BUSY and status is not None and status.held_for_call:
        return _n(
            "In a call: %n reminder held", "In a call: %n reminders held", status.held_for_call
        )
    if state is TrayState.CAMERA_UNAVAILABLE and camera_error:
        return _("Camera unavailable: {0}").format(camera_error)
    if state is TrayState.CAMERA_UNAVAILABLE and status is not None and status.activity_missing:
        return _("Keyboard and mouse activity cannot be read here: not watching")
    if state is TrayState.NOT_CALIBRATED and status is not None and status.posture_off:
        return _("Posture: off — no camera")
    if (
        state is TrayState.PAUSED
        and status is not None
        and status.paused_until_s is not None
        and now_s is not None
    ):
        return _("Paused until {0}").format(clock_time(status.paused_until_s, now_s, tz))
    return _(STATE_WORDS[state])


def call_signal_words(key: str) -> str:
    """A call signal's key ("microphone", "screen_share"…) in a few words."""
    if key == "microphone":
        return _("microphone")
    if key == "screen_share":
        return _("screen shared")
    if key == "fullscreen":
        return _("full-screen app")
    if key == "dnd":
        return _("Do Not Disturb")
    return key  # a sign this version has no words for: its key


def _in_call_line(status: Status) -> str:
    """The status line in a call that a signal tells: why, and how many reminders wait."""
    signals = formats().join([call_signal_words(k) for k in status.call_signals])
    if not status.held_for_call:
        return _("In a call ({0}): not disturbing you").format(signals)
    held = _n("%n reminder held", "%n reminders held", status.held_for_call)
    return _("In a call ({0}): {1}").format(signals, held)


def snooze_line(status: Status | None, now_s: float, tz: tzinfo | None = None) -> str | None:
    """While snoozed, "Reminders snoozed until 14:30"; else None."""
    if status is None or status.snoozed_until_s is None:
        return None
    return _("Reminders snoozed until {0}").format(clock_time(status.snoozed_until_s, now_s, tz))


def next_reminder_line(state: TrayState, status: Status | None, now_s: float) -> str | None:
    """While the user sits and is watched, "Shift position in 4 min" or "Walk break in 12 min"."""
    if (
        state not in _WATCHING
        or status is None
        or status.next_reminder_s is None
        or status.snoozed_until_s is not None
    ):
        return None
    left = status.next_reminder_s - now_s
    if status.next_reminder is EventKind.WALK_REMINDER:
        if left <= 0:
            return _("Walk break: due now")
        return _("Walk break in {0}").format(_time_left(left))
    if left <= 0:
        return _("Shift position: due now")
    return _("Shift position in {0}").format(_time_left(left))


def tooltip(
    state: TrayState,
    status: Status | None,
    camera_error: str | None = None,
    *,
    now_s: float | None = None,
    tz: tzinfo | None = None,
) -> str:
    """The finding, the seated time, and (given the time) when the next reminder comes."""
    head = status_line(state, status, camera_error, now_s=now_s, tz=tz)
    if status is None:
        return f"DeskGuard\n{head}"
    seated = _("Seated today {0}").format(format_duration(status.seated_today_s))
    if status.present and status.bout_s >= 60:
        seated += _(", this stretch {0}").format(format_duration(status.bout_s))
    lines = [f"DeskGuard: {head}", seated]
    if now_s is not None:
        extra = snooze_line(status, now_s, tz) or next_reminder_line(state, status, now_s)
        if extra is not None:
            lines.append(extra)
    return "\n".join(lines)
