"""The one windowed hysteresis behind posture alerts and "can't see you well"."""

from __future__ import annotations

from deskguard.core.hysteresis import Change, WindowedShare

W = 45.0


def feed(share: WindowedShare, values: list[bool | None], t0: float = 0.0) -> list[Change | None]:
    return [share.update(t0 + 5.0 * i, v, W) for i, v in enumerate(values)]


def test_needs_three_known_samples_then_switches_on_at_70_percent() -> None:
    share = WindowedShare()
    assert feed(share, [True, None, True]) == [None, None, None]
    assert share.update(15.0, True, W) is Change.SWITCHED_ON
    assert share.on
    assert share.update(20.0, True, W) is Change.STAYED_ON


def test_holds_between_the_thresholds_and_switches_off_at_30_percent() -> None:
    share = WindowedShare()
    changes = feed(share, [True] * 10 + [False] * 10)
    assert changes.count(Change.SWITCHED_ON) == 1
    assert changes.count(Change.SWITCHED_OFF) == 1
    # 10 samples in the 45 s window: off once at most 3 of them are still True
    assert changes.index(Change.SWITCHED_OFF) == 16
    assert not share.on


def test_old_samples_leave_the_window() -> None:
    share = WindowedShare()
    feed(share, [True] * 5)
    assert share.on
    # a minute later, three good samples are all the window holds
    assert feed(share, [False] * 3, t0=100.0)[-1] is Change.SWITCHED_OFF


def test_clear_keeps_the_state_until_enough_new_samples_and_reset_drops_it() -> None:
    share = WindowedShare()
    feed(share, [True] * 5)
    share.clear()
    assert share.on and share.update(30.0, False, W) is None
    share.reset()
    assert not share.on and share.judge(30.0, W) is None
