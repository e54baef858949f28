"""The names of what the engine reports: event kinds and why a seated bout ended.

Their values are what the history stores, so a name may be added but never
changed. The engine, the statistics and the carry-over all compare against
these, never against bare strings.
"""

from __future__ import annotations

from enum import StrEnum


class EventKind(StrEnum):
    """What happened."""

    BOUT_STARTED = "bout_started"
    BREAK_STARTED = "break_started"
    POSITION_CHANGED = "position_changed"
    SHIFT_REMINDER = "shift_reminder"
    WALK_REMINDER = "walk_reminder"
    WALK_SATISFIED = "walk_satisfied"
    POSTURE_ALERT = "posture_alert"
    POSTURE_RECOVERED = "posture_recovered"
    SCREEN_ADVICE = "screen_advice"
    CANT_SEE = "cant_see"
    SEES_AGAIN = "sees_again"
    PAUSED = "paused"
    RESUMED = "resumed"
    SNOOZED = "snoozed"
    CAMERA_BUSY = "camera_busy"
    CAMERA_FREE = "camera_free"
    TIME_JUMP = "time_jump"
    #: A heads-up shortly before the first walk reminder of a bout (``walk_heads_up``).
    WALK_HEADS_UP = "walk_heads_up"
    #: The user answered a reminder's notification with "Done" (``data["reminder"]``: its
    #: kind). Their word, not an observation: a walk is still counted as taken only
    #: when a break is seen (``WALK_SATISFIED``), a shift when a change of position is.
    REMINDER_DONE = "reminder_done"
    #: The user answered a reminder's notification with "Skip".
    REMINDER_SKIPPED = "reminder_skipped"
    #: A guided exercise was done (``data``: ``exercise`` id, ``confirmed`` by the
    #: camera or on the user's word, ``reps`` counted and ``target`` where counted).
    #: It is also a change of position (``POSITION_CHANGED``, cause "exercise").
    EXERCISE_DONE = "exercise_done"
    #: A sign of a call or of "do not disturb" appeared (``data["signals"]``: their keys,
    #: e.g. ``["microphone"]``): reminders are held until it ends, as while a call holds
    #: the camera.
    CALL_STARTED = "call_started"
    #: The last such sign went away (``data["signals"]``: the ones there were).
    CALL_ENDED = "call_ended"


class ReminderAnswer(StrEnum):
    """What the user answered on a reminder's notification (where the desktop has actions)."""

    DONE = "done"
    SNOOZE = "snooze"
    SKIP = "skip"
    #: Open a guided exercise for it (the break window); not recorded by itself.
    SHOW_ME = "show_me"


class BreakReason(StrEnum):
    """Why a seated bout ended (``BREAK_STARTED``'s ``reason``)."""

    #: The user left the chair for ``break_min_s``: the only real break.
    AWAY = "away"
    #: No observation that long, cause unknown: the app not running, a clock change.
    GAP = "gap"
    #: The screen was locked or the system asleep that long: probably a break (counted
    #: for the walk reminder and in the statistics, labelled "probable").
    LOCKED = "locked"
    PAUSED = "paused"
    #: No frame could be had that long (camera unplugged).
    UNOBSERVED = "unobserved"
    #: The clock went backwards.
    CLOCK = "clock"
    #: No keyboard or mouse input for ``activity_break_s`` where activity decided presence
    #: (no camera, or the camera could not tell): a probable break, like ``LOCKED``.
    IDLE = "idle"


class Sense(StrEnum):
    """Which sense vouched for a stretch of seated time (stored per minute in the history)."""

    #: The camera saw the user (or a call held it, the user at the desk).
    CAMERA = "camera"
    #: Keyboard and mouse input, where the camera was not used or could not tell.
    ACTIVITY = "activity"
