"""The shift and walk reminders.

* **Shift** after ``shift_interval_s`` without a change of position, again
  every ``shift_interval_s`` while ignored.
* **Walk** after ``walk_after_s`` of seated bout, repeated every
  ``walk_repeat_s`` while ignored; only a real break satisfies it. A walk
  reminder keeps the next shift reminder ``REMINDER_SPACING_S`` away.
* **Heads-up** (``walk_heads_up``, off by default): ``HEADS_UP_S`` before the
  first walk reminder of a bout falls due (the same rule as :meth:`next_due`),
  once; never before a repeat of an ignored one.
* **After a call**: the reminders held meanwhile come as one nudge: the walk,
  which then also counts as the shift (the next shift is a whole
  ``shift_interval_s`` away), or else the shift.

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
#: The heads-up comes this long before the walk reminder.
HEADS_UP_S = 2 * 60.0


class Reminders:
    """When the user was last reminded, within the current bout."""

    def __init__(self) -> None:
        self.last_shift: float | None = None
        self.last_walk: float | None = None
        self.walk_reminded_this_bout = False
        #: The walk reminder's due time a heads-up was given for (one per reminder).
        self.heads_up_for: float | None = None

    def new_bout(self) -> None:
        """A bout starts: nobody has been reminded in it yet."""
        self.last_shift = None
        self.last_walk = None
        self.walk_reminded_this_bout = False
        self.heads_up_for = None

    def end_bout(self, at_s: float, bout_s: float, *, reason: BreakReason) -> list[Event]:
        """The bout ended at ``at_s``; a walk reminder is satisfied by a break.

        A break seen (``AWAY``) satisfies it; so does a probable one (the screen
        locked or the system asleep that long, or no input that long where
        activity decides), marked ``probable``.
        """
        events = []
        probable = (BreakReason.LOCKED, BreakReason.IDLE)
        if self.walk_reminded_this_bout and (reason is BreakReason.AWAY or reason in probable):
            data: dict[str, object] = {"bout_s": round(bout_s, 1)}
            if reason in probable:
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

    def due_kinds(
        self,
        t_s: float,
        *,
        bout_start: float,
        last_change_t: float | None,
        settings: Settings,
    ) -> set[EventKind]:
        """Which reminders are due at ``t_s`` (nothing is recorded): what a call holds back."""
        kinds = set()
        if self._walk_due(t_s, bout_start, settings):
            kinds.add(EventKind.WALK_REMINDER)
        if self._shift_due(t_s, bout_start, last_change_t, settings):
            kinds.add(EventKind.SHIFT_REMINDER)
        return kinds

    def _walk_due(self, t_s: float, bout_start: float, settings: Settings) -> bool:
        return t_s - bout_start >= settings.walk_after_s and (
            self.last_walk is None or t_s - self.last_walk >= settings.walk_repeat_s
        )

    def _still_since(self, bout_start: float, last_change_t: float | None) -> float:
        changed = max(last_change_t or bout_start, bout_start)
        return changed if self.last_shift is None else max(changed, self.last_shift)

    def _shift_due(
        self, t_s: float, bout_start: float, last_change_t: float | None, settings: Settings
    ) -> bool:
        if self.last_walk is not None and t_s - self.last_walk < REMINDER_SPACING_S:
            return False
        return t_s - self._still_since(bout_start, last_change_t) >= settings.shift_interval_s

    def due(
        self,
        t_s: float,
        *,
        bout_start: float,
        last_change_t: float | None,
        settings: Settings,
        wording: Wording,
        after_call: bool = False,
        by_camera: bool = True,
    ) -> list[Event]:
        """The reminder due at ``t_s``, if any (it is recorded as given).

        ``after_call``: reminders were held for a call; what is due comes as
        one nudge, and a walk reminder then counts as the shift reminder too.
        ``by_camera``: the camera watched, so stillness was seen; keyboard and
        mouse alone cannot tell a change of position.
        """
        bout_s = t_s - bout_start
        extra: dict[str, object] = {"after_call": True} if after_call else {}
        if self._walk_due(t_s, bout_start, settings):
            self.last_walk = t_s
            self.walk_reminded_this_bout = True
            if after_call:
                self.last_shift = t_s  # one nudge: the walk moves them more than a shift
            title, body = wording.walk(bout_s, after_call=after_call)
            data = {"bout_s": round(bout_s, 1), **extra}
            return [Event(t_s, EventKind.WALK_REMINDER, title, body, True, data)]
        heads_up = self._heads_up(t_s, bout_start, settings, wording)
        if heads_up is not None:
            return [heads_up]
        if not self._shift_due(t_s, bout_start, last_change_t, settings):
            return []
        changed = max(last_change_t or bout_start, bout_start)
        self.last_shift = t_s
        if by_camera:
            title, body = wording.shift(t_s - changed, after_call=after_call)
        else:
            title, body = wording.shift_unseen(bout_s, after_call=after_call)
        data = {"still_s": round(t_s - changed, 1), **extra}
        return [Event(t_s, EventKind.SHIFT_REMINDER, title, body, True, data)]

    def _heads_up(
        self, t_s: float, bout_start: float, settings: Settings, wording: Wording
    ) -> Event | None:
        """The heads-up before the bout's first walk reminder, when it is time for it."""
        if not settings.walk_heads_up or self.last_walk is not None:
            return None
        walk_at = bout_start + settings.walk_after_s
        if self.heads_up_for == walk_at or not walk_at - HEADS_UP_S <= t_s < walk_at:
            return None
        self.heads_up_for = walk_at
        title, body = wording.walk_heads_up(walk_at - t_s)
        data = {"walk_at_s": round(walk_at, 1)}
        return Event(t_s, EventKind.WALK_HEADS_UP, title, body, True, data)
