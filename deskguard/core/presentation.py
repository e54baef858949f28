"""What the tray shows: its state and words, decided without Qt (so it is testable).

The state is told by the icon's shape and badge as well as its colour, and
always in words in the tooltip and the menu's status line.
"""

from __future__ import annotations

from enum import StrEnum

from deskguard.core.engine import Problem, Status
from deskguard.core.i18n import _


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
    TrayState.NO_MODELS: "Models missing: run `deskguard models download`",
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
    if status is not None and status.camera_busy:
        return TrayState.CAMERA_BUSY
    if camera_error is not None:
        return TrayState.CAMERA_UNAVAILABLE
    if status is not None and not status.in_work_hours:
        return TrayState.OFF_HOURS
    if status is None or not started:
        return TrayState.STARTING
    if not status.present:
        return TrayState.AWAY
    if status.cant_see:
        return TrayState.CANT_SEE
    if status.alerts:
        return TrayState.ATTENTION
    if not status.calibrated:
        return TrayState.NOT_CALIBRATED
    return TrayState.GOOD


def _duration(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 60:
        return _("{0} min").format(minutes)
    return _("{0} h {1:02d} min").format(minutes // 60, minutes % 60)


def status_line(state: TrayState, status: Status | None, camera_error: str | None = None) -> str:
    """The menu's first line: the state in words, with the problem when there is one."""
    if state is TrayState.ATTENTION and status is not None and status.alerts:
        problems = ", ".join(_(_PROBLEM_WORDS[p]) for p in status.alerts)
        return _("Posture: {0}").format(problems)
    if state is TrayState.CAMERA_UNAVAILABLE and camera_error:
        return _("Camera unavailable: {0}").format(camera_error)
    return _(STATE_WORDS[state])


def tooltip(state: TrayState, status: Status | None, camera_error: str | None = None) -> str:
    """Seated time and the current finding, in two short lines."""
    head = status_line(state, status, camera_error)
    if status is None:
        return f"DeskGuard\n{head}"
    seated = _("Seated today {0}").format(_duration(status.seated_today_s))
    if status.present and status.bout_s >= 60:
        seated += _(", this stretch {0}").format(_duration(status.bout_s))
    return f"DeskGuard: {head}\n{seated}"
