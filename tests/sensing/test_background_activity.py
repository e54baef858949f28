"""Keyboard and mouse idle time off the caller's thread: a hung service never freezes the tray."""

from __future__ import annotations

import threading
import time

from deskguard.sensing.background import FRESH_WAIT_S, STALE_S, BackgroundActivity
from tests.sensing.conftest import wait_for


class Idle:
    """An idle-time source whose reading takes ``seconds`` (a D-Bus service that hangs)."""

    name = "a slow Mutter"

    def __init__(self, idle_s: float | None = 3.0, seconds: float = 0.0) -> None:
        self.value = idle_s
        self.seconds = seconds
        self.readings = 0
        self.release = threading.Event()

    def idle_s(self) -> float | None:
        self.readings += 1
        if self.seconds:
            self.release.wait(self.seconds)
        return self.value


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def test_a_working_source_answers_fresh() -> None:
    source = Idle(3.0)
    activity = BackgroundActivity(source, clock=Clock())  # a clock that stands still
    assert activity.name == "a slow Mutter"
    assert activity.idle_s() == 3.0  # read within the short wait: not an estimate
    source.value = 0.5
    assert activity.idle_s() == 0.5


def test_a_hung_source_never_holds_the_caller_and_the_last_reading_ages() -> None:
    clock = Clock()
    source = Idle(3.0)
    activity = BackgroundActivity(source, clock=clock)
    assert activity.idle_s() == 3.0
    source.seconds = 30.0  # the service hangs from now on
    clock.t += 2.0
    started = time.monotonic()
    answers = [activity.idle_s() for _ in range(10)]
    took = time.monotonic() - started
    assert took < 10 * FRESH_WAIT_S + 0.3  # each asks for at most the short wait
    assert answers == [5.0] * 10  # no input seen since the last reading, 2 s ago
    assert source.readings == 2  # one reading at a time, not one per question
    clock.t += STALE_S
    assert activity.idle_s() is None  # too old to say anything
    source.release.set()
    wait_for(lambda: activity.idle_s() == 3.0)


def test_a_source_that_fails_reads_as_cannot_tell() -> None:
    class Broken:
        name = "broken"

        def idle_s(self) -> float | None:
            raise RuntimeError("the service went away")

    assert BackgroundActivity(Broken()).idle_s() is None
