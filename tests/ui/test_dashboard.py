"""The dashboard on the real headless desktop, from a real history the engine wrote.

A scripted Monday (sitting, a slump, a locked screen, a call, a long stretch)
is recorded through ``HistoryStore`` as the app records it; the window is
read as a user reads it: its cards, its charts' axes and bands, the week's
words, the export dialog's confirmation. Screenshots (DESKGUARD_SCREENSHOTS)
are those of docs/screenshots.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect

from deskguard import cli
from deskguard.core.review import PeriodKind, neck_bands, period_name, shift_week, week_of
from deskguard.core.sample import PostureSample
from deskguard.core.settings import Sensitivity, Settings
from deskguard.core.stats import DaySummary
from deskguard.core.wording import format_duration
from deskguard.report.export import to_html
from deskguard.storage.history import HistoryStore
from deskguard.ui.dashboard import Dashboard
from deskguard.ui.export_dialog import ExportDialog
from tests.fakes import FakeClock
from tests.scripted_day import BASELINE, TZ, Day, local
from tests.ui.conftest import SCREENSHOTS, screenshot

MONDAY = date(2026, 11, 23)


class StoredDay(Day):
    """A scripted day whose every step and command goes into ``store``, as the app's do."""

    def __init__(self, store: HistoryStore, start: str, **kwargs: object) -> None:
        super().__init__(start, **kwargs)  # type: ignore[arg-type]
        self.store = store

    def _feed(self, s: PostureSample | None) -> None:
        t = self.t
        super()._feed(s)
        self.store.record(t, self.steps[-1])

    def command(self, name: str, *args: float) -> StoredDay:
        before = len(self.events)
        super().command(name, *args)
        self.store.record_events(list(self.events[before:]))
        return self

    def lock(self, minutes: float) -> StoredDay:
        """The screen locked (the system asleep) for ``minutes``."""
        self.engine.set_session_away(self.t, True)
        self.sleep(minutes)
        return self


def _monday(store: HistoryStore) -> StoredDay:
    day = StoredDay(store, "2026-11-23 08:30")
    day.sit(50).shift().sit(20).away(10)
    day.sit(40, pitch=26).shift().sit(15)  # a slump: the neck past the strain line
    day.lock(45)  # lunch with the screen locked: a probable break
    day.sit(20)
    day.command("set_camera_busy", True).sit(35)  # a call
    day.command("set_camera_busy", False)
    day.sit(60).shift().sit(75).away(10)  # one stretch of 2 h 15 min: over a streak's 2 h
    store.flush()
    return day


@pytest.fixture
def history(tmp_path: Path) -> HistoryStore:
    store, _ = HistoryStore.open(tmp_path / "history.sqlite3")
    store.save_baseline(BASELINE)
    _monday(store)
    # The week before: one shorter day, so the week has a trend to tell.
    StoredDay(store, "2026-11-18 09:00").sit(45).away(10).sit(30).away(10)
    store.flush()
    yield store
    store.close()


def _open(qtbot, store: HistoryStore, **kwargs: object) -> Dashboard:
    clock = FakeClock(local("2026-11-23 18:30"))
    kwargs.setdefault("today", MONDAY)
    dashboard = Dashboard(store, TZ, clock=clock, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dashboard)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    return dashboard


def _hour(t_utc: float) -> float:
    """The local hour of the day of ``t_utc``, as the charts' x axis counts it."""
    local = datetime.fromtimestamp(t_utc, TZ)
    return local.hour + local.minute / 60 + local.second / 3600


def _on_screen(widget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _size_name(widget) -> str:
    size = widget.screen().geometry().size()
    return f"{size.width()}x{size.height()}"


def _screen_shot(qtbot, window, name: str) -> None:
    """The whole screen with ``window`` on it, once the X server shows its pixels."""
    from PySide6.QtGui import QGuiApplication

    if not SCREENSHOTS:
        return
    window.raise_()
    window.activateWindow()
    window.repaint()  # what the screen shows now, not a frame from before the last layout
    centre = window.mapToGlobal(window.rect().center())

    def painted() -> bool:
        shot = QGuiApplication.primaryScreen().grabWindow(0, centre.x(), centre.y(), 1, 1)
        return shot.toImage().pixelColor(0, 0).lightness() > 0

    qtbot.waitUntil(painted, timeout=5_000)
    screenshot(None, name)


def _settled(qtbot, dashboard: Dashboard) -> None:
    """Wait until the two day charts have laid out and lined up."""

    def aligned() -> bool:
        views = (dashboard.timeline_view, dashboard.neck_view)
        areas = [v.chart().plotArea() for v in views]
        if any(a.width() <= 0 for a in areas):
            return False
        return all(
            abs(dashboard.hour_x(views[0], h) - dashboard.hour_x(views[1], h)) < 1.0
            for h in dashboard.span_h
        )

    qtbot.waitUntil(aligned, timeout=5_000)


def test_the_day_reads_in_plain_words(qtbot, history: HistoryStore) -> None:
    dashboard = _open(qtbot, history)
    s = dashboard.summary
    assert s is not None and s.shifts_own + s.shifts_prompted >= 3 and s.probable_breaks == 1
    assert not dashboard.next_button.isEnabled()  # the clock's today: no day after it yet
    cards = {name: card.text() for name, card in dashboard.cards.items()}
    total = s.shifts_own + s.shifts_prompted
    assert cards["shifts"] == (
        f"{total} changes of position — {s.shifts_own} on your own, "
        f"{s.shifts_prompted} after a reminder"
    )
    followed = s.walk_reminders - s.walk_reminders_missed
    assert cards["reminders"].startswith(f"{s.walk_reminders} walk reminder")
    assert f"{followed} followed, {s.walk_reminders_missed} ignored" in cards["reminders"]
    assert cards["breaks"] == (
        f"{s.breaks} break{'s' if s.breaks != 1 else ''} — away from the desk, "
        "plus 1 probable (screen locked or asleep)"
    )
    assert cards["seated"].startswith(format_duration(s.seated_s) + " — ")
    assert cards["longest"].startswith(format_duration(s.longest_bout_s) + " — ")
    # No figure to decode: no "a (b)" or "a / b" left on any card.
    for text in cards.values():
        assert not re.search(r"\d+ \(\d+\)|\d+ / \d+", text), text
    _settled(qtbot, dashboard)
    screenshot(dashboard, "dashboard")


def test_both_day_charts_share_one_time_axis(qtbot, history: HistoryStore) -> None:
    # A call late in the evening widens the day: both charts must widen together.
    day = StoredDay(history, "2026-11-23 20:10")
    day.sit(5).command("set_camera_busy", True).sit(30).command("set_camera_busy", False)
    history.flush()
    dashboard = _open(qtbot, history)
    _settled(qtbot, dashboard)
    axes = [v.chart().axes()[0] for v in (dashboard.timeline_view, dashboard.neck_view)]
    first, last = dashboard.span_h
    assert last >= 21  # the late call is inside the span
    for axis in axes:
        assert (axis.min(), axis.max()) == (first, last)
    assert axes[0].categoriesLabels() == axes[1].categoriesLabels()
    assert [axes[0].endValue(c) for c in axes[0].categoriesLabels()] == [
        axes[1].endValue(c) for c in axes[1].categoriesLabels()
    ]
    # And drawn in the same place: every hour tick at the same x in both.
    for label in axes[0].categoriesLabels():
        hour = axes[0].endValue(label)
        xs = [dashboard.hour_x(v, hour) for v in (dashboard.timeline_view, dashboard.neck_view)]
        assert abs(xs[0] - xs[1]) < 1.0, (label, xs)
    # Still lined up after the window is resized.
    dashboard.resize(dashboard.width() - 150, dashboard.height())
    _settled(qtbot, dashboard)


def test_a_lock_and_a_call_are_drawn_as_what_they_are(qtbot, history: HistoryStore) -> None:
    dashboard = _open(qtbot, history)
    chart = dashboard.timeline_view.chart()
    kinds = [p.kind for p in dashboard.periods]
    assert kinds == [PeriodKind.LOCKED, PeriodKind.CALL]
    bands = [s for s in chart.series() if s.property("period")]
    assert sorted(s.property("period") for s in bands) == sorted(k.value for k in kinds)
    legend = {m.label() for m in chart.legend().markers() if m.isVisible()}
    assert {period_name(PeriodKind.LOCKED), period_name(PeriodKind.CALL)} <= legend
    # Nothing seated is drawn inside the locked hour: no ramp across it.
    lock = dashboard.periods[0]
    inside = [_hour(lock.start_utc) + 0.3, _hour(lock.end_utc) - 0.3]
    stacked_top = next(s for s in chart.series() if s.name() == "not judged").upperSeries()
    for point in stacked_top.points():
        if inside[0] <= point.x() <= inside[1]:
            assert point.y() == 0, point


def test_the_neck_is_read_against_the_calibrated_neutral(qtbot, history: HistoryStore) -> None:
    settings = Settings(sensitivity=Sensitivity.LOW)
    dashboard = _open(qtbot, history, settings=settings)
    bands = neck_bands(settings)
    chart = dashboard.neck_view.chart()
    zones = [s for s in chart.series() if s.property("zone")]
    assert [s.name() for s in zones] == [
        f"fine: under {bands.watch_from_deg:.0f}°",
        f"watch: {bands.watch_from_deg:.0f}–{bands.strain_from_deg:.0f}°",
        f"strain: {bands.strain_from_deg:.0f}° and more, held: alert",
    ]
    # Each band spans the day's axis, between its thresholds.
    strain = zones[2]
    assert min(p.y() for p in strain.lowerSeries().points()) == settings.neck_flexion_alert_deg
    assert "calibrated neutral" in chart.title()
    assert "calibrated neutral" in dashboard.advice.text()
    assert f"alerts from {settings.neck_flexion_alert_deg:.0f}°" in dashboard.advice.text()
    # At high sensitivity the watch zone closes: fine, then strain at the alert line.
    dashboard.use_settings(Settings(sensitivity=Sensitivity.HIGH))
    names = [s.name() for s in dashboard.neck_view.chart().series() if s.property("zone")]
    assert [n.split(":")[0] for n in names] == ["fine", "strain"]


def test_without_a_calibration_the_dashboard_says_so(qtbot, tmp_path: Path) -> None:
    store, _ = HistoryStore.open(tmp_path / "history.sqlite3")
    StoredDay(store, "2026-11-23 09:00", baseline=None).sit(30)
    store.flush()
    dashboard = _open(qtbot, store)
    assert "not calibrated" in dashboard.neck_view.chart().title()
    assert "not calibrated" in dashboard.advice.text()
    store.close()


def test_the_week_tells_its_story_and_stops_at_this_week(qtbot, history: HistoryStore) -> None:
    dashboard = _open(qtbot, history)
    dashboard.tabs.setCurrentIndex(1)
    assert dashboard.week_shown == week_of(MONDAY)
    assert "(this week)" in dashboard.week_label.text()
    assert not dashboard.next_week_button.isEnabled()  # no future weeks
    review = dashboard.review
    story = dashboard.week_story.text()
    more = format_duration(review.seated_s - review.previous_seated_s)
    assert f"{more} more than the week before" in story
    assert f"Walk reminders: {review.walk_followed} followed, {review.walk_ignored} ignored" in (
        story
    )
    assert "in a row with no stretch over 2 h" in story
    assert f"Mon {format_duration(dashboard.summary.longest_bout_s)}" in story
    longest = [s for s in dashboard.week_view.chart().series() if s.name() == "longest stretch"]
    # One mark per day sat (this week: the Monday), at its longest stretch.
    marks = longest[0].points()
    sat = [(i, s) for i, (_d, s) in enumerate(review.longest_by_day) if s > 0]
    assert [p.x() for p in marks] == [i for i, _s in sat]
    assert [p.y() * 3600 for p in marks] == pytest.approx([s for _i, s in sat], abs=1)
    screenshot(dashboard, "dashboard-week")
    if _size_name(dashboard) == "1280x800":
        _screen_shot(qtbot, dashboard, "dashboard-week-1280x800")
    dashboard.prev_week_button.click()
    assert dashboard.week_shown == shift_week(*week_of(MONDAY), -1)
    assert "(this week)" not in dashboard.week_label.text()
    assert dashboard.next_week_button.isEnabled()
    assert "nothing recorded the week before" in dashboard.week_story.text()
    dashboard.next_week_button.click()
    assert dashboard.week_shown == week_of(MONDAY)
    assert not dashboard.next_week_button.isEnabled()


def test_the_dashboard_fits_the_screen(qtbot, history: HistoryStore) -> None:
    dashboard = _open(qtbot, history)
    _settled(qtbot, dashboard)
    screen = dashboard.screen().availableGeometry()
    frame = dashboard.frameGeometry()
    assert frame.width() <= screen.width() and frame.height() <= screen.height(), (frame, screen)
    assert screen.contains(_on_screen(dashboard))
    # Every card's words are shown whole; the charts keep a readable height.
    for card in dashboard.cards.values():
        for label in (card.value, card.caption):
            assert label.height() >= label.heightForWidth(label.width()) or (
                label.height() >= label.sizeHint().height()
            ), label.text()
    for view in (dashboard.timeline_view, dashboard.neck_view):
        assert view.height() >= view.minimumHeight()
    if _size_name(dashboard) != "1280x800":
        _screen_shot(qtbot, dashboard, f"dashboard-{_size_name(dashboard)}")


def test_export_from_the_week_tab_says_where_the_file_went(
    qtbot, history: HistoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # a folder in the home reads as ~/…
    dashboard = _open(qtbot, history)
    dashboard.tabs.setCurrentIndex(1)
    dashboard.prev_week_button.click()
    dashboard.export_button.click()
    dialog = dashboard.export_dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.waitExposed(dialog)
    assert dialog.week == shift_week(*week_of(MONDAY), -1)  # the week shown
    out = tmp_path / "exports"
    out.mkdir()
    dialog.folder_edit.setText("~/exports")
    dialog.week_box.setCurrentIndex(0)  # this week
    assert "(this week)" in dialog.week_box.currentText()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("json"))
    assert dialog.name_label.text() == "deskguard-2026-W48.json"
    screenshot(dialog, "export-dialog")
    dialog.export_button.click()
    written = out / "deskguard-2026-W48.json"
    assert json.loads(written.read_text())["week"] == "2026-W48"
    assert dialog.pages.currentIndex() == 1
    done = dialog.done_label.text()
    assert "The file is in <b>~/exports</b>" in done and written.name in done
    assert dialog.open_button.isVisible()
    screenshot(dialog, "export-dialog-done")


def test_the_export_dialog_opens_the_folder_and_names_a_missing_one(
    qtbot, history: HistoryStore, tmp_path: Path
) -> None:
    opened: list[Path] = []
    dialog = ExportDialog(
        history, TZ, today=MONDAY, folder=tmp_path / "nowhere", open_folder=opened.append
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())] == [
        "html",
        "csv",
        "json",
    ]
    dialog.export_button.click()
    assert dialog.error.isVisible() and "does not exist" in dialog.error.text()
    assert dialog.pages.currentIndex() == 0 and not (tmp_path / "nowhere").exists()
    out = tmp_path / "out"
    out.mkdir()
    dialog.folder_edit.setText(str(out))
    with qtbot.waitSignal(dialog.exported) as signal:
        dialog.export_button.click()
    page = Path(signal.args[0]).read_text()
    assert "Against the week before" in page  # the HTML report tells the trend
    dialog.open_button.click()
    assert opened == [out]


def _kept_day(store: HistoryStore, day: str, seated_min: float, longest_min: float) -> None:
    """A day as the history keeps it after retention (its summary only)."""
    summary = DaySummary(
        day=day, seated_s=seated_min * 60, longest_bout_s=longest_min * 60, bouts_over_hour=0,
        breaks=1, walk_reminders=0, walk_reminders_missed=0, shift_reminders=0,
        shifts_prompted=0, shifts_own=0, posture_good_s=seated_min * 60, posture_poor_s=0.0,
        posture_unknown_s=0.0, posture_alerts=0, neck_flexion_mean_deg=None,
        neck_flexion_by_hour={}, distance_median_cm=None, eyes_above_screen_top_cm=None,
        screen_advice=None,
    )  # fmt: skip
    store.db.execute(
        "INSERT OR REPLACE INTO day_summaries (day, tz, summary) VALUES (?, ?, ?)",
        (day, "Europe/Berlin", json.dumps(summary.to_json_dict())),
    )


def test_59_and_60_minutes_read_the_same_everywhere(
    qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "history.sqlite3"
    store, _ = HistoryStore.open(db)
    _kept_day(store, "2026-11-23", seated_min=60, longest_min=59)
    sixty, fifty_nine = format_duration(3600), format_duration(59 * 60)
    assert (sixty, fifty_nine) == ("1 h", "59 min")
    dashboard = _open(qtbot, store)
    assert dashboard.cards["seated"].value.text() == sixty
    assert dashboard.cards["longest"].value.text() == fifty_nine
    page = to_html(store.week_summary(2026, 48, TZ))
    assert f"<b>{sixty}</b>" in page and f"<b>{fifty_nine}</b>" in page
    assert cli.main(["stats", "--day", "2026-11-23", "--db", str(db), "--tz", "Europe/Berlin"]) == 0
    out = capsys.readouterr().out
    assert f"seated            {sixty} (longest bout {fifty_nine}," in out
    store.close()


def test_minutes_from_keyboard_and_mouse_are_shown_as_such(qtbot, tmp_path: Path) -> None:
    """Issue 13: the chart and the card say which sense each seated minute came from."""
    from deskguard.core.engine import PostureState, Sense, Step

    store, message = HistoryStore.open(tmp_path / "history.sqlite3")
    assert message is None
    t = local("2026-11-23 09:00")
    for _ in range(30 * 12):  # half an hour seen by the camera
        t += 5
        store.record(t, Step((), seated_s=5.0, posture=PostureState.GOOD))
    typing_from = t
    for _ in range(45 * 12):  # then 45 minutes of typing with the camera in a call
        t += 5
        store.record(t, Step((), seated_s=5.0, posture=PostureState.UNKNOWN, sense=Sense.ACTIVITY))
    store.flush()
    dashboard = _open(qtbot, store)
    caption = dashboard.cards["seated"].caption.text()
    assert "30 min seen by the camera, 45 min from keyboard and mouse" in caption
    chart = dashboard.timeline_view.chart()
    typed = next(s for s in chart.series() if s.name() == "keyboard and mouse (no camera)")
    tops = {round(p.x(), 2): p.y() for p in typed.upperSeries().points()}
    lows = {round(p.x(), 2): p.y() for p in typed.lowerSeries().points()}
    slot = round(int(_hour(typing_from + 15 * 60) * 4) / 4, 2)
    assert tops[slot] - lows[slot] == pytest.approx(15)  # a whole quarter hour by activity
    camera_slot = round(int(_hour(typing_from - 15 * 60) * 4) / 4, 2)
    assert tops[camera_slot] - lows[camera_slot] == pytest.approx(0)
    _settled(qtbot, dashboard)
    _screen_shot(qtbot, dashboard, "dashboard-keyboard-and-mouse")
