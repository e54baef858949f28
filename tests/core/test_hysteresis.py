"""The one windowed hysteresis behind posture alerts and "can't see you well"."""

from __future__ import annotations

from deskguard.core.hysteresis import Change, WindowedShare

W = 45.0


def feed(share: WindowedShare, values: list[bool | None], t0: float = 0.0) -> list[Change | None]:
    return [share.update(t0 + 5.0 * i, v, W) for i, v in enumerate(values)]


def test_needs_three_known_samples_and_a_whole_window_watched_then_switches_on() -> None:
    share = WindowedShare()
    assert feed(share, [True, None, True]) == [None, None, None]
    # Three known samples, all yes: still off, only 15 s of the 45 s window watched.
    assert share.update(15.0, True, W) is Change.STAYED_OFF
    changes = [share.update(t, True, W) for t in (20.0, 25.0, 30.0, 35.0, 40.0)]
    assert set(changes) == {Change.STAYED_OFF} and not share.on
    assert share.update(45.0, True, W) is Change.SWITCHED_ON  # 45 s watched
    assert share.on
    assert share.update(50.0, True, W) is Change.STAYED_ON


def test_the_watch_is_observed_time_not_a_count_of_samples() -> None:
    # A sparse cadence (15 s): four samples, yet 45 s watched.
    share = WindowedShare()
    assert [share.update(t, True, W) for t in (0.0, 15.0, 30.0)][-1] is Change.STAYED_OFF
    assert share.update(45.0, True, W) is Change.SWITCHED_ON
    # A dense one (1 s): 43 samples over 42 s are not enough.
    share = WindowedShare()
    changes = [share.update(float(t), True, W) for t in range(3, 46)]
    assert changes[:2] == [None, None] and set(changes[2:]) == {Change.STAYED_OFF}
    assert share.watched_s(45.0) == 42.0
    assert share.update(48.0, True, W) is Change.SWITCHED_ON


def test_the_watch_starts_again_after_a_window_with_nothing_known() -> None:
    share = WindowedShare()
    feed(share, [False] * 12)  # a minute watched, all fine
    # Away (unknown) for 50 s: nothing known in the window any more.
    feed(share, [None] * 10, t0=60.0)
    assert share.watched_s(105.0) == 0.0
    # Back and at once too close: it takes another 45 s to alert.
    changes = feed(share, [True] * 10, t0=110.0)
    assert changes.index(Change.SWITCHED_ON) == 9  # at 155 s, 45 s after the return
    # Unknown for less than a window keeps the watch going.
    share = WindowedShare()
    feed(share, [False] * 6 + [None] * 4 + [True] * 7)
    assert share.watched_s(80.0) == 80.0
    assert share.on  # the known samples of the window mostly say yes


def test_holds_between_the_thresholds_and_switches_off_at_30_percent() -> None:
    share = WindowedShare()
    changes = feed(share, [True] * 10 + [False] * 10)
    assert changes.count(Change.SWITCHED_ON) == 1
    assert changes.index(Change.SWITCHED_ON) == 9  # at 45 s, the window watched
    assert changes.count(Change.SWITCHED_OFF) == 1
    # 10 samples in the 45 s window: off once at most 3 of them are still True
    assert changes.index(Change.SWITCHED_OFF) == 16
    assert not share.on


def test_old_samples_leave_the_window() -> None:
    share = WindowedShare()
    feed(share, [True] * 10)
    assert share.on
    # a minute later, three good samples are all the window holds
    assert feed(share, [False] * 3, t0=100.0)[-1] is Change.SWITCHED_OFF


def test_clear_keeps_the_state_until_enough_new_samples_and_reset_drops_it() -> None:
    share = WindowedShare()
    feed(share, [True] * 10)
    share.clear()
    assert share.on and share.update(30.0, False, W) is None
    share.reset()
    assert not share.on and share.judge(30.0, W) is None
