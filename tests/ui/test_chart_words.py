"""The dashboard's charts are told in words to a screen reader (issue 12).

Each chart view carries a name and a description that says what it shows
(deskguard.core.chart_summary), the same figures as the cards.
"""

from __future__ import annotations

from deskguard.core.wording import format_duration
from tests.ui.test_dashboard import _open, _settled, history  # noqa: F401 (a fixture)


def test_each_chart_says_what_it_shows(qtbot, history) -> None:  # noqa: F811
    dashboard = _open(qtbot, history)
    _settled(qtbot, dashboard)
    s = dashboard.summary
    assert s is not None
    timeline, neck = dashboard.timeline_view, dashboard.neck_view
    assert timeline is not None and neck is not None
    assert timeline.accessibleName() and neck.accessibleName()
    words = timeline.accessibleDescription()
    assert words.startswith(f"Seated {format_duration(s.seated_s)} between 08:30 and ")
    assert f"Posture good for {format_duration(s.posture_good_s)}" in words
    assert "at most 2" in neck.accessibleDescription()  # the slump, past the alert angle
    dashboard.tabs.setCurrentIndex(1)
    assert dashboard.week_view is not None
    assert "Most on Mon." in dashboard.week_view.accessibleDescription()
