"""Quitting loses nothing: a restarted engine takes today over from the real history file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from deskguard.core.engine import EventKind, PostureEngine
from deskguard.core.settings import Settings
from deskguard.storage.history import HistoryStore
from tests.scripted_day import BASELINE, TZ, Day


class _RecordedDay(Day):
    """A scripted day whose every step goes into a real history file, as the app does."""

    def __init__(self, db: Path, start: str, settings: Settings) -> None:
        super().__init__(start, settings=settings)
        self.db = db
        self.store, _ = HistoryStore.open(db)

    def _feed(self, s):  # type: ignore[no-untyped-def]
        t = self.t
        super()._feed(s)
        self.store.record(t, self.steps[-1])

    def quit_and_restart(self, after_minutes: float) -> list:
        """Close the history as the app does on quit; start a new engine later."""
        self.store.close()
        self.t += after_minutes * 60
        self.store, _ = HistoryStore.open(self.db)
        self.engine = PostureEngine(self.settings, baseline=BASELINE, tz=TZ, seed=2)
        events = self.engine.restore(self.store.carryover(self.t, TZ), self.t)
        self.store.record_events(events)
        self.events.extend(events)
        return events

    def summary(self):  # type: ignore[no-untyped-def]
        self.store.flush()
        return self.store.day_summary(datetime.fromtimestamp(self.t, TZ).date(), TZ)


SETTINGS = Settings(work_start="00:00", work_end="23:59", work_days="1234567")


def test_a_quick_restart_continues_the_bout(tmp_path: Path) -> None:
    day = _RecordedDay(tmp_path / "h.sqlite3", "2026-11-23 09:00", SETTINGS)
    day.sit(40)
    shift_reminders_before = len(day.of(EventKind.SHIFT_REMINDER))
    assert day.quit_and_restart(after_minutes=0.5) == []  # no break: the bout goes on
    day.sit(30)
    status = day.engine.status(day.t)
    summary = day.summary()

    assert day.at(EventKind.BOUT_STARTED) == [0.0]  # one bout, not two
    assert day.at(EventKind.WALK_REMINDER) == [60.0]  # an hour into the real bout
    assert len(day.of(EventKind.SHIFT_REMINDER)) > shift_reminders_before
    # The tray (engine status), the dashboard and `stats` (the day summary) agree.
    assert abs(status.seated_today_s - summary.seated_s) < 1.0
    assert abs(status.bout_s - summary.longest_bout_s) <= 60.0
    assert summary.longest_bout_s >= 69 * 60  # 40 + 0.5 + 30 min, as one stretch
    assert summary.bouts_over_hour == 1


def test_a_restart_after_a_break_ends_the_bout_where_it_ended(tmp_path: Path) -> None:
    day = _RecordedDay(tmp_path / "h.sqlite3", "2026-11-23 09:00", SETTINGS)
    day.sit(40)
    ended = day.quit_and_restart(after_minutes=20)
    assert [e.kind for e in ended] == [EventKind.BREAK_STARTED]
    assert abs(ended[0].data["bout_s"] - 40 * 60) <= 60
    day.sit(10)
    summary = day.summary()
    assert day.at(EventKind.BOUT_STARTED) == [0.0, 60.0]
    assert abs(summary.longest_bout_s - 40 * 60) <= 60  # the first stretch is not lost
    assert abs(day.engine.status(day.t).seated_today_s - summary.seated_s) < 1.0


def test_reminders_and_alerts_are_not_repeated_after_a_restart(tmp_path: Path) -> None:
    day = _RecordedDay(tmp_path / "h.sqlite3", "2026-11-23 09:00", SETTINGS)
    day.sit(6, pitch=30.0)  # a bent neck, alerted once
    alerts = len(day.of(EventKind.POSTURE_ALERT))
    assert alerts == 1
    day.quit_and_restart(after_minutes=0.5)
    day.sit(3, pitch=30.0)  # still bent, within the cool-down: no second alert
    assert len(day.of(EventKind.POSTURE_ALERT)) == alerts


def test_a_new_day_starts_from_nothing(tmp_path: Path) -> None:
    day = _RecordedDay(tmp_path / "h.sqlite3", "2026-11-23 17:00", SETTINGS)
    day.sit(30)
    day.quit_and_restart(after_minutes=16 * 60)  # the next morning
    assert day.engine.status(day.t).seated_today_s == 0.0
    assert not day.engine.status(day.t).present
