"""What the reminder engine says: its events, what one call accounted for, its status.

Shared by the engine's parts (:mod:`deskguard.core.engine` re-exports them all,
which is where the rest of the app imports them from).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from deskguard.core.events import EventKind, Sense


class Problem(StrEnum):
    """Posture problems the engine alerts on."""

    NECK = "neck_flexion"
    FORWARD_HEAD = "forward_head"
    TOO_CLOSE = "too_close"


class PostureState(StrEnum):
    """One sample's posture, for the time-in-posture statistics."""

    GOOD = "good"
    POOR = "poor"
    UNKNOWN = "unknown"
    AWAY = "away"


@dataclass(frozen=True, slots=True)
class Event:
    """Something the user or the history should know about.

    ``notify`` says whether it is meant to be shown to the user now (quiet
    rules already applied); ``data`` holds the figures, JSON-ready.
    """

    t_s: float
    kind: EventKind
    title: str = ""
    body: str = ""
    notify: bool = False
    data: Mapping[str, Any] = field(default_factory=dict)

    def to_json_dict(self) -> dict[str, Any]:
        """A JSON-ready view."""
        return {
            "t_s": round(self.t_s, 3),
            "kind": self.kind.value,
            "title": self.title,
            "body": self.body,
            "notify": self.notify,
            "data": dict(self.data),
        }


@dataclass(frozen=True, slots=True)
class Step:
    """What one call did: events, and the time it accounts for (for the history)."""

    events: tuple[Event, ...]
    seated_s: float = 0.0
    posture: PostureState = PostureState.AWAY
    neck_flexion_deg: float | None = None
    distance_cm: float | None = None
    eyes_above_top_cm: float | None = None
    #: Which sense vouched for ``seated_s``.
    sense: Sense = Sense.CAMERA


@dataclass(frozen=True, slots=True)
class Status:
    """The engine's state at a glance (for the tray)."""

    present: bool
    paused: bool
    camera_busy: bool
    cant_see: bool
    in_work_hours: bool
    bout_s: float
    seated_today_s: float
    alerts: tuple[Problem, ...]
    calibrated: bool
    #: When a pause ends (clock time), while paused.
    paused_until_s: float | None = None
    #: When a snooze ends (clock time), while snoozed.
    snoozed_until_s: float | None = None
    #: When the next shift or walk reminder is due (clock time; a snooze
    #: pushes it to the snooze's end), while the user sits in a bout. It may
    #: be past: a reminder held back (quiet hours, a call) comes at once after.
    next_reminder_s: float | None = None
    #: Which reminder that is: ``SHIFT_REMINDER`` or ``WALK_REMINDER``.
    next_reminder: EventKind | None = None
    #: While in a call (the camera held, or a call signal): how many reminders
    #: (shift, walk) fell due and wait for the end of it.
    held_for_call: int = 0
    #: The call signals active now ("microphone", "screen_share"…; empty: none).
    call_signals: tuple[str, ...] = ()
    #: Posture is not watched: the camera is not used (``sensing`` "activity").
    posture_off: bool = False
    #: Only keyboard and mouse activity can tell, and it cannot be read here.
    activity_missing: bool = False

    @property
    def in_call(self) -> bool:
        """A call holds the camera, or a call signal is active: do not disturb."""
        return self.camera_busy or bool(self.call_signals)
