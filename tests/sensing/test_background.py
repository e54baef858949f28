"""Call signals on threads of their own: a slow or failing sign never makes the app wait."""

from __future__ import annotations

import threading
import time

from deskguard.sensing.background import in_background
from tests.sensing.conftest import wait_for


class SlowSign:
    """A sign whose reading takes ``seconds`` (a D-Bus service that hangs)."""

    key = "dnd"
    name = "a slow Do Not Disturb"

    def __init__(self, seconds: float, answer: bool | None = True) -> None:
        self.seconds = seconds
        self.answer = answer
        self.readings = 0
        self.release = threading.Event()

    def active(self) -> bool | None:
        self.readings += 1
        self.release.wait(self.seconds)
        if self.answer is None:
            raise RuntimeError("the service went away")
        return self.answer


def test_the_answer_comes_at_once_and_the_reading_goes_on_behind() -> None:
    slow = SlowSign(seconds=2.0)
    (sign,) = in_background([slow])
    assert (sign.key, sign.name) == ("dnd", "a slow Do Not Disturb")
    started = time.monotonic()
    assert sign.active() is None  # cannot tell yet: nothing read so far
    assert sign.active() is None
    assert time.monotonic() - started < 0.2  # never waits for the 2 s reading
    assert slow.readings == 1  # one reading at a time, not one per question
    slow.release.set()
    wait_for(lambda: sign.active() is True)


def test_a_failing_sign_reads_as_cannot_tell() -> None:
    broken = SlowSign(seconds=0.0, answer=None)
    (sign,) = in_background([broken])
    sign.active()
    wait_for(lambda: broken.readings >= 1)
    time.sleep(0.05)
    assert sign.active() is None
