"""The shift and walk reminders.

* **Shift** after ``shift_interval_s`` without a change of position, again
  every ``shift_interval_s`` while ignored.
* **Walk** after ``walk_after_s`` of seated bout, repeated every
  ``walk_repeat_s`` while ignored; only a real break satisfies it. A walk
  reminder keeps the next shift reminder ``REMINDER_SPACING_S`` away.

The engine decides when reminders may be shown at all (present, not quiet,
not snoozed); reminders that fall due meanwhile wait and fire after.
"""

from __future__ import annotations

from deskguard.core.events import BreakReason, EventKind
from deskguard.core.outcome import Event
from deskguard.core.settings import Settings
from deskguard.core.wording import Wording

#: The walk reminder wins over a shift reminder due within this long of it.
REMINDER_SPACING_S = 5 * 60.0


class Reminders:
    """When the user was last reminded, within the current bout."""

    def __init__(self) -> None:
        self.last_shift: float | None = None
        self.last_walk: float | None = None
        self.walk_reminded_this_bout = False

    def new_bout(self) -> None:
        """A bout starts: nobody has been reminded in it yet."""
        self.last_shift = None
        self.last_walk = None
        self.walk_reminded_this_bout = False

    def end_bout(self, at_s: float, bout_s: float, *, reason: BreakReason) -> list[Event]:
        """The bout ended at ``at_s``; a walk reminder is satisfied by a break.

        A break seen (``AWAY``) satisfies it; so does a probable one (the screen
        locked or the system asleep that long), marked ``probable``.
        """
        events = []
        if self.walk_reminded_this_bout and reason in (BreakReason.AWAY, BreakReason.LOCKED):
            data: dict[str, object] = {"bout_s": round(bout_s, 1)}
            if reason is BreakReason.LOCKED:
                data["probable"] = True
            events.append(Event(at_s, EventKind.WALK_SATISFIED, data=data))
        self.walk_reminded_this_bout = False
        return events

    def next_due(
        self,
        *,
        bout_start: float,
        last_change_t: float | None,
        settings: Settings,
    ) -> tuple[float, EventKind]:
        """When the next reminder falls due and which (quiet, snooze and presence aside).

        The same rule as :meth:`due`: the walk wins when both are due; a shift
        waits ``REMINDER_SPACING_S`` after a walk reminder. The time may be
        past: a reminder held back (quiet hours, a call) is due at once.
        """
        walk_at = bout_start + settings.walk_after_s
        if self.last_walk is not None:
            walk_at = max(walk_at, self.last_walk + settings.walk_repeat_s)
        changed = max(last_change_t or bout_start, bout_start)
        still_since = changed if self.last_shift is None else max(changed, self.last_shift)
        shift_at = still_since + settings.shift_interval_s
        if self.last_walk is not None:
            shift_at = max(shift_at, self.last_walk + REMINDER_SPACING_S)
        if walk_at <= shift_at:
            return walk_at, EventKind.WALK_REMINDER
        return shift_at, EventKind.SHIFT_REMINDER

    def due(
        self,
        t_s: float,
        *,
        bout_start: float,
        last_change_t: float | None,
        settings: Settings,
        wording: Wording,
    ) -> list[Event]:
        """The reminder due at ``t_s``, if any (it is recorded as given)."""
        bout_s = t_s - bout_start
        walk_due = bout_s >= settings.walk_after_s and (
            self.last_walk is None or t_s - self.last_walk >= settings.walk_repeat_s
        )
        if walk_due:
            self.last_walk = t_s
            self.walk_reminded_this_bout = True
            title, body = wording.walk(bout_s)
            data = {"bout_s": round(bout_s, 1)}
            return [Event(t_s, EventKind.WALK_REMINDER, title, body, True, data)]
        if self.last_walk is not None and t_s - self.last_walk < REMINDER_SPACING_S:
            return []
        changed = max(last_change_t or bout_start, bout_start)
        still_since = changed if self.last_shift is None else max(changed, self.last_shift)
        if t_s - still_since < settings.shift_interval_s:
            return []
        self.last_shift = t_s
        title, body = wording.shift(t_s - changed)
        data = {"still_s": round(t_s - changed, 1)}
        return [Event(t_s, EventKind.SHIFT_REMINDER, title, body, True, data)]
