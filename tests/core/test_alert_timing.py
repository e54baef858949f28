"""Alert timing matches its setting: "held for 45 s" never alerts sooner after a start.

Issue 10: "Too close" fired 15 s after start, although the setting says held
for 45 s (three samples were enough). A problem must now be seen over at least
``alert_window_s`` of observed time: after the start, a pause, a call, or a
return to the desk.
"""

from __future__ import annotations

import pytest

from deskguard.core.engine import EventKind as K
from deskguard.core.settings import Settings
from tests.scripted_day import Day


def first_alert_s(day: Day, since: float) -> float:
    (alert, *_) = [e for e in day.events if e.kind is K.POSTURE_ALERT and e.t_s >= since]
    return alert.t_s - since


@pytest.mark.parametrize("window_s", [20.0, 45.0, 90.0])
def test_too_close_from_the_start_waits_the_whole_window(window_s: float) -> None:
    day = Day(settings=Settings(alert_window_s=window_s), baseline=None).sit(3, distance=33)
    assert first_alert_s(day, day.t0) == window_s  # the first sample at 0 s, one every 5 s


def test_at_a_sparse_cadence_the_window_is_still_observed_time() -> None:
    day = Day(baseline=None)
    day.dt_override = 15.0
    day.sit(3, distance=33)
    assert first_alert_s(day, day.t0) == 45.0  # the fourth sample, not the third (30 s)


def test_back_at_the_desk_the_window_starts_again() -> None:
    day = Day(baseline=None).sit(5).away(2)  # away 2 min: not a break, but nothing known
    back = day.t
    day.sit(3, distance=33)
    assert 45.0 <= first_alert_s(day, back) < 50.0


def test_neck_after_a_pause_needs_the_whole_window() -> None:
    day = Day().sit(5)
    day.events.extend(day.engine.pause(day.t, day.t + 600))
    day.t += 600
    resumed = day.t
    day.sit(3, pitch=30)
    assert 45.0 <= first_alert_s(day, resumed) < 50.0


def test_a_slouch_mid_session_still_alerts_at_70_percent_of_the_window() -> None:
    # Watched for minutes already: the share alone decides, as before.
    day = Day().sit(5)
    start = day.t
    day.sit(2, pitch=30)
    assert 30.0 <= first_alert_s(day, start) <= 35.0


@pytest.mark.parametrize(("close_min", "cooldown_s"), [(0.5, 300.0), (3, 60.0), (3, 300.0)])
def test_no_alert_for_an_empty_chair_nor_with_a_figure_the_user_did_not_show(
    close_min: float, cooldown_s: float
) -> None:
    """Issue 20: "You are very close — About 0 cm away" 30 s after the user left.

    Close for less than the window, then gone: the window was then watched
    long enough on an empty chair, and alerted with the empty chair's figure.
    """
    settings = Settings(alert_cooldown_s=cooldown_s)
    day = Day(settings=settings, baseline=None).sit(close_min, distance=33)
    left = day.t
    day.away(4)  # under a break: the alert's window still holds its verdict
    alerts = day.of(K.POSTURE_ALERT)
    assert all(a.t_s < left for a in alerts), [round(a.t_s - left) for a in alerts]
    assert all(20 <= a.data["distance_cm"] < 40 and "0 cm" not in a.body for a in alerts)
    day.sit(2, distance=33)  # back, still too close: alerted again, with the real figure
    assert any(a.t_s > left for a in day.of(K.POSTURE_ALERT))
