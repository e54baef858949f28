"""Test doubles for the things a test machine does not have: a clock we can step."""

from __future__ import annotations

from datetime import UTC, datetime


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, start_utc: float) -> None:
        self.t = start_utc

    def advance(self, seconds: float) -> None:
        self.t += seconds

    def monotonic_s(self) -> float:
        return self.t

    def now_utc(self) -> datetime:
        return datetime.fromtimestamp(self.t, UTC)
