"""On and off with hysteresis over the share of a time window's samples that say yes.

Both the posture alerts and "can't see you well" are this rule: a state
switches on when at least ``ALERT_ON_FRACTION`` of the known samples of the
last ``window_s`` say yes (with at least ``ALERT_MIN_SAMPLES`` of them) and
off when the share falls to ``ALERT_OFF_FRACTION``; in between it stays as
it was, so a borderline posture never flickers.
"""

from __future__ import annotations

from collections import deque
from enum import Enum

ALERT_ON_FRACTION = 0.7
ALERT_OFF_FRACTION = 0.3
ALERT_MIN_SAMPLES = 3


class Change(Enum):
    """What one more sample did to a :class:`WindowedShare`."""

    SWITCHED_ON = "switched_on"
    SWITCHED_OFF = "switched_off"
    STAYED_ON = "stayed_on"
    STAYED_OFF = "stayed_off"


class WindowedShare:
    """The share of yes among the known samples of a sliding time window, with hysteresis."""

    def __init__(self) -> None:
        self._window: deque[tuple[float, bool | None]] = deque()
        self.on = False

    def clear(self) -> None:
        """Forget the samples (the state stays until enough new ones judge it)."""
        self._window.clear()

    def reset(self) -> None:
        """Forget the samples and switch off, silently."""
        self._window.clear()
        self.on = False

    def update(self, t_s: float, value: bool | None, window_s: float) -> Change | None:
        """Take the sample at ``t_s`` (``None``: unknown, not counted); None if too few to judge.

        Samples older than ``window_s`` before ``t_s`` drop out first, oldest
        first (an unknown one holds its place in the window).
        """
        self._window.append((t_s, value))
        return self.judge(t_s, window_s)

    def judge(self, t_s: float, window_s: float) -> Change | None:
        """Judge the window as of ``t_s`` with no new sample; None if too few to judge."""
        while self._window and self._window[0][0] < t_s - window_s:
            self._window.popleft()
        known = [yes for _, yes in self._window if yes is not None]
        if len(known) < ALERT_MIN_SAMPLES:
            return None
        share = sum(known) / len(known)
        if not self.on and share >= ALERT_ON_FRACTION:
            self.on = True
            return Change.SWITCHED_ON
        if self.on and share <= ALERT_OFF_FRACTION:
            self.on = False
            return Change.SWITCHED_OFF
        return Change.STAYED_ON if self.on else Change.STAYED_OFF
