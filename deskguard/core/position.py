"""Change of position: the head's place and turn, against the position last settled on.

The position is the eyes' place in the camera frame (cm) plus the head's pitch
and roll. Each good, direct sample joins a window of the last three; their
median is compared with the reference: a move of ``POSITION_MOVE_CM`` or a turn
of ``POSITION_TURN_DEG`` is a change, so one noisy frame never is (the other two
outvote it). A mirrored sample does not vote (its reading can sit a few
degrees off the direct one). Leaving the frame for ``SHIFT_ABSENCE_S`` within a
bout is a change too; the engine reports that one.
"""

from __future__ import annotations

import math
import statistics
from collections import deque
from dataclasses import dataclass

from deskguard.core.events import EventKind
from deskguard.core.outcome import Event
from deskguard.core.sample import PostureSample, Quality

POSITION_MOVE_CM = 6.0
POSITION_TURN_DEG = 10.0
SHIFT_ABSENCE_S = 30.0
#: A change this soon after a shift reminder counts as prompted by it.
PROMPT_WINDOW_S = 5 * 60.0


@dataclass(slots=True)
class _Position:
    x: float
    y: float
    z: float
    pitch: float
    roll: float


class PositionTracker:
    """The reference position, the last three readings, and when the position last changed."""

    def __init__(self) -> None:
        self._recent: deque[_Position] = deque(maxlen=3)
        self._ref: _Position | None = None
        #: When the position last changed (or the bout started).
        self.last_change_t: float | None = None

    def forget(self) -> None:
        """Settle on a new position from the next three samples."""
        self._recent.clear()
        self._ref = None

    def observe(self, s: PostureSample) -> str | None:
        """Take one sample; the cause when it shows a change of position, else None."""
        if s.quality is not Quality.GOOD or s.eyes_cm is None or s.head is None:
            return None
        if s.mirrored:
            return None  # a switch between the direct and the mirror path is no movement
        x, y, z = s.eyes_cm
        self._recent.append(_Position(x, y, z, s.head.pitch_deg, s.head.roll_deg))
        if len(self._recent) < 3:
            return None
        now = _Position(
            statistics.median(p.x for p in self._recent),
            statistics.median(p.y for p in self._recent),
            statistics.median(p.z for p in self._recent),
            statistics.median(p.pitch for p in self._recent),
            statistics.median(p.roll for p in self._recent),
        )
        if self._ref is None:
            self._ref = now
            return None
        moved = math.dist((now.x, now.y, now.z), (self._ref.x, self._ref.y, self._ref.z))
        turned = max(abs(now.pitch - self._ref.pitch), abs(now.roll - self._ref.roll))
        if moved >= POSITION_MOVE_CM or turned >= POSITION_TURN_DEG:
            self._ref = now
            return f"moved {moved:.0f} cm, turned {turned:.0f}°"
        return None

    def changed(self, t_s: float, cause: str, last_shift_reminder: float | None) -> Event:
        """Record a change of position at ``t_s``; prompted if soon after a shift reminder."""
        prompted = (
            last_shift_reminder is not None
            and t_s - last_shift_reminder <= PROMPT_WINDOW_S
            and (self.last_change_t is None or self.last_change_t < last_shift_reminder)
        )
        self.last_change_t = t_s
        return Event(t_s, EventKind.POSITION_CHANGED, data={"prompted": prompted, "cause": cause})
