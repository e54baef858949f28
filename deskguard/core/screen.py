"""Screen-height advice: once a day, from the eyes' height over the screen's top edge.

After ``SCREEN_ADVICE_AFTER_S`` of good, calibrated samples in a day (clock
time, not a count: the live app samples less often when the user sits
steadily), the median height is turned into advice by
:func:`~deskguard.core.posture.screen_height_advice`; nothing is said when the
screen is already right.
"""

from __future__ import annotations

import statistics
from datetime import date

from deskguard.core.events import EventKind
from deskguard.core.outcome import Event
from deskguard.core.posture import (
    Baseline,
    ScreenMove,
    eyes_above_screen_top_cm,
    screen_height_advice,
)
from deskguard.core.sample import PostureSample, Quality
from deskguard.core.wording import Wording

SCREEN_ADVICE_AFTER_S = 30 * 60.0


class ScreenAdvisor:
    """The day's eye heights and whether today's advice has been given."""

    def __init__(self) -> None:
        self._eye_heights: list[float] = []
        self._observed_s = 0.0  # clock time the heights cover, not a count
        #: The local day the advice was last given (or found unneeded).
        self.advised_day: date | None = None

    def forget(self) -> None:
        """Start collecting again (a new day, a new calibration)."""
        self._eye_heights.clear()
        self._observed_s = 0.0

    def observe(
        self,
        t_s: float,
        dt: float,
        s: PostureSample,
        *,
        baseline: Baseline | None,
        day: date | None,
        quiet: bool,
        notify: bool,
        wording: Wording,
    ) -> tuple[float | None, Event | None]:
        """Collect this sample's eye height over the screen top; return it, and any advice."""
        if baseline is None or s.quality is not Quality.GOOD:
            return None, None
        height = eyes_above_screen_top_cm(s, baseline)
        if height is None:
            return None, None
        self._eye_heights.append(height)
        self._observed_s += dt if len(self._eye_heights) > 1 else 0.0
        if day == self.advised_day or self._observed_s < SCREEN_ADVICE_AFTER_S or quiet:
            return height, None
        advice = screen_height_advice(statistics.median(self._eye_heights))
        self.advised_day = day
        if advice.move is ScreenMove.KEEP:
            return height, None
        title, body = wording.screen(advice.move, advice.by_cm)
        data = {
            "move": advice.move.value,
            "by_cm": advice.by_cm,
            "eyes_above_top_cm": round(advice.eyes_above_top_cm, 1),
        }
        return height, Event(t_s, EventKind.SCREEN_ADVICE, title, body, notify, data)
