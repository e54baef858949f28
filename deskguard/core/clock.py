"""The clock seam: everything time-dependent gets a ``Clock`` passed in."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    """Where the current time comes from.

    ``monotonic_s`` never goes backwards and is used for intervals; ``now_utc``
    is the wall clock (it can jump) and is used only to label instants.
    """

    def monotonic_s(self) -> float:
        """Seconds on a clock that never goes backwards."""
        ...

    def now_utc(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...


class SystemClock:
    """The real clock of the machine."""

    def monotonic_s(self) -> float:
        """Seconds from ``time.monotonic``."""
        return time.monotonic()

    def now_utc(self) -> datetime:
        """The wall-clock instant in UTC."""
        return datetime.now(UTC)


class SimulatedClock:
    """A clock that moves only when its owner sets ``t`` (a replay's timeline)."""

    def __init__(self, start_utc: float) -> None:
        """Start at ``start_utc`` (UTC epoch seconds)."""
        self.t = start_utc

    def monotonic_s(self) -> float:
        """The simulated time (it only moves forward in a replay)."""
        return self.t

    def now_utc(self) -> datetime:
        """The simulated instant."""
        return datetime.fromtimestamp(self.t, UTC)
