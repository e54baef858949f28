"""The wall-clock time already counted, so that a clock set back counts no second twice.

Seated minutes are kept by the wall clock. When the clock is set back (a user
fixing it, an NTP step), the next samples fall on instants that were counted
already: adding them again put 92 s of seated time into one minute. The
engine claims each span of time it observes here and counts only the part
that no earlier span covered. Spans are merged as they touch, so a day
without set-backs holds one span.
"""

from __future__ import annotations

#: Spans kept at most: one per set-back in a run; the earliest are forgotten first.
MAX_SPANS = 16


class CoveredTime:
    """Disjoint spans of clock time (UTC epoch seconds) that were counted."""

    def __init__(self) -> None:
        """Nothing counted yet."""
        self._spans: list[tuple[float, float]] = []

    def claim(self, start_s: float, end_s: float) -> float:
        """Mark ``[start_s, end_s]`` as counted; return the new seconds at its end.

        Only the part after the last instant already counted within the span is
        new: the history puts a step's seconds at its end, so a part before a
        counted stretch (the first step after a set back) counts nothing, and
        no minute can hold a second twice.
        """
        if not end_s > start_s:
            return 0.0
        fresh_from = start_s
        for a, b in self._spans:
            if a < end_s and b > start_s:  # overlaps: the new part starts after it
                fresh_from = max(fresh_from, min(b, end_s))
        merged: list[tuple[float, float]] = []
        for a, b in sorted([*self._spans, (start_s, end_s)]):
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        self._spans = merged[-MAX_SPANS:]
        return end_s - fresh_from
