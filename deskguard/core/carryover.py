"""What the engine takes over from today's history when the app starts again.

Quitting, a crash or a log-out must lose nothing: the seated time so far, a
bout still open, and the reminders and alerts already given (so none is given
twice, and the walk reminder still comes an hour into the real bout). The
history holds all of it as minute rows and events; this module reads it back
into a :class:`Carryover`, and ``PostureEngine.restore`` picks the day up from
there, so the tray, the dashboard and ``stats`` tell the same story.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from deskguard.core.events import EventKind
from deskguard.core.stats import EventRow, MinuteRow


@dataclass(frozen=True, slots=True)
class Carryover:
    """Today so far, as the history has it. Instants are UTC epoch seconds."""

    seated_today_s: float = 0.0
    #: A bout that started and has not ended (None: the user was not seated).
    bout_start_s: float | None = None
    #: The last moment the open bout was seen seated.
    last_seen_s: float | None = None
    last_change_s: float | None = None
    last_shift_reminder_s: float | None = None
    last_walk_reminder_s: float | None = None
    #: Problem name ("neck_flexion", ...) -> when it was last alerted.
    last_alert_s: Mapping[str, float] = field(default_factory=dict)
    screen_advised: bool = False
    #: The span of the clock whose seated seconds the history holds already (None: none):
    #: after a clock set back, a new run must not count them again.
    counted_from_s: float | None = None
    counted_until_s: float | None = None


def carryover_from_history(events: Sequence[EventRow], minutes: Sequence[MinuteRow]) -> Carryover:
    """Rebuild today's state from today's events (as recorded) and minute rows (any order).

    Events are read in the order they were recorded: after a clock set back, time
    order would put a new bout before the break of the one it follows.
    """
    rows = sorted(minutes, key=lambda r: r.minute_utc)
    bout_start: float | None = None
    last_alert: dict[str, float] = {}
    last_change = last_shift = last_walk = None
    screen_advised = False
    for e in events:
        if e.kind == EventKind.BOUT_STARTED:
            bout_start, last_change, last_shift, last_walk = e.t_utc, e.t_utc, None, None
        elif e.kind == EventKind.BREAK_STARTED:
            bout_start = None
        elif e.kind == EventKind.POSITION_CHANGED:
            last_change = e.t_utc
        elif e.kind == EventKind.SHIFT_REMINDER:
            last_shift = e.t_utc
        elif e.kind == EventKind.WALK_REMINDER:
            last_walk = e.t_utc
        elif e.kind == EventKind.POSTURE_ALERT and isinstance(e.data.get("problem"), str):
            last_alert[e.data["problem"]] = e.t_utc
        elif e.kind == EventKind.SCREEN_ADVICE:
            screen_advised = True
    seated = sum(r.seated_s for r in rows)
    counted = [r for r in rows if r.seated_s > 0]
    # A minute's seconds run from its start at the earliest: its start plus its seconds
    # is never past what was counted.
    span = (
        {
            "counted_from_s": float(counted[0].minute_utc),
            "counted_until_s": max(r.minute_utc + min(60.0, r.seated_s) for r in counted),
        }
        if counted
        else {}
    )
    if bout_start is None:
        return Carryover(seated, last_alert_s=last_alert, screen_advised=screen_advised, **span)
    # Seated time runs up to the last sample, so the last seated minute's
    # seconds say when the user was last seen (as core.stats reads it too).
    last_seen = bout_start
    for r in rows:
        if r.seated_s > 0 and r.minute_utc >= bout_start - 60:
            last_seen = max(last_seen, r.minute_utc + min(60.0, r.seated_s))
    return Carryover(
        seated_today_s=seated,
        bout_start_s=bout_start,
        last_seen_s=last_seen,
        last_change_s=last_change,
        last_shift_reminder_s=last_shift,
        last_walk_reminder_s=last_walk,
        last_alert_s=last_alert,
        screen_advised=screen_advised,
        **span,
    )
