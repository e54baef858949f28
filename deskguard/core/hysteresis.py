"""On and off with hysteresis over the share of a time window's samples that say yes.

Both the posture alerts and "can't see you well" are this rule: a state
switches on when at least ``ALERT_ON_FRACTION`` of the known samples of the
last ``window_s`` say yes (with at least ``ALERT_MIN_SAMPLES`` of them) and
off when the share falls to ``ALERT_OFF_FRACTION``; in between it stays as
it was, so a borderline posture never flickers.

It switches on only once it has watched a whole window: known samples must
have come in for at least ``window_s`` (observed time, from the clock, never
a count of samples), so a setting of "held for 45 s" never alerts 15 s after
the start, after a pause or after the user comes back. The watch starts
again whenever the window holds no known sample (away, in a call, asleep for
longer than the window) or the samples are cleared.
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
        #: Since when known samples have kept coming (no window without one).
        self._watched_since: float | None = None
        self.on = False

    def clear(self) -> None:
        """Forget the samples (the state stays until enough new ones judge it)."""
        self._window.clear()
        self._watched_since = None

    def reset(self) -> None:
        """Forget the samples and switch off, silently."""
        self.clear()
        self.on = False

    def _drop_old(self, t_s: float, window_s: float) -> None:
        """Samples older than the window leave it; with no known one left, the watch ends."""
        while self._window and self._window[0][0] < t_s - window_s:
            self._window.popleft()
        if all(yes is None for _, yes in self._window):
            self._watched_since = None  # nothing known for a whole window: watch afresh

    def watched_s(self, t_s: float) -> float:
        """How long known samples have kept coming, as of ``t_s`` (0: not watching)."""
        if self._watched_since is None:
            return 0.0
        return max(0.0, t_s - self._watched_since)

    def update(self, t_s: float, value: bool | None, window_s: float) -> Change | None:
        """Take the sample at ``t_s`` (``None``: unknown, not counted); None if too few to judge.

        Samples older than ``window_s`` before ``t_s`` drop out first, oldest
        first (an unknown one holds its place in the window).
        """
        self._drop_old(t_s, window_s)
        self._window.append((t_s, value))
        return self.judge(t_s, window_s)

    def judge(self, t_s: float, window_s: float) -> Change | None:
        """Judge the window as of ``t_s`` with no new sample; None if too few to judge."""
        self._drop_old(t_s, window_s)
        known_t = [t for t, yes in self._window if yes is not None]
        if known_t and self._watched_since is None:
            self._watched_since = known_t[0]
        known = [yes for _, yes in self._window if yes is not None]
        if len(known) < ALERT_MIN_SAMPLES:
            return None
        share = sum(known) / len(known)
        if not self.on and share >= ALERT_ON_FRACTION:
            if self.watched_s(t_s) < window_s:
                return Change.STAYED_OFF  # not watched for a whole window yet
            self.on = True
            return Change.SWITCHED_ON
        if self.on and share <= ALERT_OFF_FRACTION:
            self.on = False
            return Change.SWITCHED_OFF
        return Change.STAYED_ON if self.on else Change.STAYED_OFF
