"""CoveredTime: each second of the wall clock is counted once, whatever the clock does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deskguard.core.timeline import MAX_SPANS, CoveredTime


def test_time_running_on_is_all_new() -> None:
    covered = CoveredTime()
    assert [covered.claim(t, t + 5) for t in range(0, 60, 5)] == [5.0] * 12


def test_a_clock_set_back_50_s_counts_nothing_until_it_passes_the_latest_instant() -> None:
    covered = CoveredTime()
    assert covered.claim(0, 60) == 60
    assert covered.claim(10, 30) == 0  # set back: already counted
    assert covered.claim(30, 70) == 10  # past the latest instant: new again


def test_a_clock_set_back_an_hour_counts_the_earlier_hour_it_never_saw() -> None:
    covered = CoveredTime()
    assert covered.claim(3600, 4800) == 1200
    counted = sum(covered.claim(t, t + 5) for t in range(0, 3700, 5))  # 5 s steps, as fed
    assert counted == 3600  # up to where the first span began, not past it


def test_a_step_ending_in_counted_time_counts_nothing() -> None:
    """The history puts a step's seconds at its end: there they would be counted twice."""
    covered = CoveredTime()
    assert covered.claim(60, 120) == 60
    assert covered.claim(57.5, 62.5) == 0.0


@given(
    st.lists(
        st.tuples(st.floats(0, 10_000, allow_nan=False), st.floats(0, 600, allow_nan=False)),
        max_size=MAX_SPANS,  # past that the earliest spans are forgotten
    )
)
def test_never_more_than_the_time_covered(spans: list[tuple[float, float]]) -> None:
    covered = CoveredTime()
    total = sum(covered.claim(start, start + length) for start, length in spans)
    union = 0.0
    end = -1.0
    for start, stop in sorted((s, s + n) for s, n in spans if n > 0):
        union += max(0.0, stop - max(start, end))
        end = max(end, stop)
    assert total <= union + 1e-6


@given(st.lists(st.floats(0.1, 60, allow_nan=False), max_size=50))
def test_time_running_forward_is_counted_whole(steps: list[float]) -> None:
    covered = CoveredTime()
    t = 0.0
    total = 0.0
    for dt in steps:
        total += covered.claim(t, t + dt)
        t += dt
    assert abs(total - t) < 1e-6
