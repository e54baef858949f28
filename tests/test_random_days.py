"""Invariants on random days (issue 20 §2): the real loop, a simulated clock, random habits.

A hypothesis state machine drives the monitoring loop (``Monitor`` and
``run_loop``, as ``run`` and ``replay`` drive it, with a real history in a
temporary file) through random sequences: sitting well or bent, leaning in,
an empty chair, a sleeping laptop, a locked screen, a call holding the
camera, a call signal, pause and resume, snooze, an answered reminder, a
settings change, a lost camera. After every step it checks what must always
hold, whatever happened before:

- no posture alert with a sample that does not show it (an empty chair, a
  lost camera), and the figure in an alert is the one the user showed;
- no reminder while paused, locked or asleep, in a call, or at an empty chair;
- seated time never exceeds the time that passed, no minute holds more than
  60 s, and bouts never overlap (a start, then its break, then a start…).

A sequence it finds failing is kept as a plain regression test below.
"""

from __future__ import annotations

import itertools
import math
import sqlite3
from dataclasses import replace
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from deskguard.capture.errors import CameraBusyError, CameraLostError
from deskguard.core.clock import SimulatedClock
from deskguard.core.engine import Event, EventKind, PostureEngine, ReminderAnswer
from deskguard.core.sample import PostureSample
from deskguard.core.settings import Settings
from deskguard.monitor import Monitor, run_loop
from deskguard.notify.notifier import Notice
from deskguard.storage.history import HistoryStore
from tests.scripted_day import BASELINE, TZ, local, sample

REMINDERS = {EventKind.SHIFT_REMINDER, EventKind.WALK_REMINDER}


class Notices:
    name = "test"

    def __init__(self) -> None:
        self.shown: list[Notice] = []

    def notify(self, title: str, body: str) -> bool:
        return True

    def show(self, notice: Notice) -> bool:
        self.shown.append(notice)
        return True


class Recorder:
    def __init__(self) -> None:
        self.events: list[Event] = []

    def on_events(self, events: object) -> None:
        self.events.extend(events)  # type: ignore[arg-type]

    def on_sample(self, s: PostureSample) -> None:
        pass

    def on_state(self, state: object) -> None:
        pass


class Microphone:
    """A call signal the day turns on and off (the monitor polls it, as in the app)."""

    key = "microphone"
    name = "microphone in use"

    def __init__(self) -> None:
        self.on = False

    def active(self) -> bool | None:
        return self.on


class RandomDay(RuleBasedStateMachine):
    """One person's random day, through the real loop."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = TemporaryDirectory()
        self.clock = SimulatedClock(local("2026-11-23 08:00"))
        self.start = self.earliest = self.latest = self.clock.t
        self.notices = Notices()
        self.recorder = Recorder()
        self.microphone = Microphone()
        self._start_app(Settings())
        self.checked = 0  # events already checked
        #: The scene of each sample fed, by its instant: None for no frame at all.
        self.fed: dict[float, PostureSample | None] = {}
        #: What the person does now, and what holds the loop.
        self.scene: PostureSample = sample()
        self.camera = "ok"  # "ok", "busy", "lost"
        self.locked = False

    def _start_app(self, chosen: Settings) -> None:
        """Start (or start again) on the same history, as the app does."""
        self.store, _ = HistoryStore.open(Path(self.folder.name) / "history.sqlite3")
        self.engine = PostureEngine(chosen, baseline=BASELINE, tz=TZ)
        self.monitor = Monitor(
            self.engine,
            self.store,
            self.notices,
            self.clock,
            self.recorder,
            call_signals=[self.microphone],
        )
        self.monitor.restore()
        self.monitor.models_ready()

    def teardown(self) -> None:
        self.store.close()
        self.folder.cleanup()

    # --- driving ---------------------------------------------------------------------------

    def _live(self, minutes: float) -> None:
        """Let ``minutes`` pass in the current scene, as the live loop would."""
        until = self.clock.t + minutes * 60

        def take() -> PostureSample:
            if self.camera == "busy":
                raise CameraBusyError("a call has the camera")
            if self.camera == "lost":
                raise CameraLostError("the camera is gone")
            self.fed[self.clock.t] = self.scene
            return self.scene

        def wait(seconds: float) -> None:
            self.clock.t += max(seconds, 0.5)
            self.latest = max(self.latest, self.clock.t)

        if self.locked:
            self.clock.t = until  # nothing is sampled behind a lock
            return
        run_loop(self.monitor, take, wait, keep_going=lambda: self.clock.t < until)

    @rule(minutes=st.sampled_from([0.5, 2, 5, 13]), pitch=st.sampled_from([0.0, 30.0]))
    def sit(self, minutes: float, pitch: float) -> None:
        self.scene = sample(pitch=pitch)
        self._live(minutes)

    @rule(minutes=st.sampled_from([0.3, 1, 4]))
    def lean_in(self, minutes: float) -> None:
        self.scene = sample(distance=30.0)
        self._live(minutes)

    @rule(minutes=st.sampled_from([0.25, 0.5, 2, 6]))
    def away(self, minutes: float) -> None:
        self.scene = sample(present=False)
        self._live(minutes)

    @rule(minutes=st.sampled_from([1, 20]))
    def laptop_asleep(self, minutes: float) -> None:
        self.clock.t += minutes * 60  # no tick at all: the loop wakes to a jump
        self.latest = max(self.latest, self.clock.t)

    @rule(back_s=st.sampled_from([5.0, 50.0, 3600.0]))
    def clock_set_back(self, back_s: float) -> None:
        self.clock.t -= back_s
        self.earliest = min(self.earliest, self.clock.t)

    @rule()
    def restart(self) -> None:
        """Quit (the open minute is written) and start again at once."""
        self.monitor.flush()
        self.store.close()
        self._start_app(self.engine.settings)

    @rule()
    def lock_or_unlock(self) -> None:
        self.locked = not self.locked
        self.monitor.set_session_away(self.locked)

    @rule(state=st.sampled_from(["ok", "busy", "lost"]))
    def camera_state(self, state: str) -> None:
        self.camera = state

    @rule()
    def call_signal(self) -> None:
        self.microphone.on = not self.microphone.on  # seen at the monitor's next poll

    @rule(minutes=st.sampled_from([1, 30]))
    def pause(self, minutes: float) -> None:
        self.monitor.pause(minutes)

    @rule()
    def resume(self) -> None:
        self.monitor.resume()

    @rule(minutes=st.sampled_from([5, 10]))
    def snooze(self, minutes: float) -> None:
        self.monitor.snooze(minutes)

    @precondition(lambda self: bool(self.notices.shown))
    @rule(answer=st.sampled_from(list(ReminderAnswer)))
    def answer_last_reminder(self, answer: ReminderAnswer) -> None:
        self.monitor.answer(self.notices.shown[-1], answer)

    @rule(
        interval=st.sampled_from([1.0, 5.0, 30.0]),
        shift=st.sampled_from([600.0, 900.0]),
        walk=st.sampled_from([1200.0, 3600.0]),
        window=st.sampled_from([20.0, 45.0, 180.0]),
        cooldown=st.sampled_from([60.0, 600.0]),
    )
    def change_settings(
        self, interval: float, shift: float, walk: float, window: float, cooldown: float
    ) -> None:
        self.monitor.apply_settings(
            replace(
                self.engine.settings,
                sample_interval_s=interval,
                shift_interval_s=shift,
                walk_after_s=walk,
                alert_window_s=window,
                alert_cooldown_s=cooldown,
            )
        )

    # --- what always holds -------------------------------------------------------------------

    def _new_events(self) -> list[Event]:
        new = self.recorder.events[self.checked :]
        self.checked = len(self.recorder.events)
        return new

    @invariant()
    def alerts_and_reminders_only_for_someone_there(self) -> None:
        for e in self._new_events():
            if e.kind is EventKind.POSTURE_ALERT:
                shown = self.fed.get(e.t_s)
                assert shown is not None and shown.present, e
                if "distance_cm" in e.data:
                    assert shown.distance_cm is not None
                    assert round(shown.distance_cm) == e.data["distance_cm"], e
            if e.kind in REMINDERS:
                assert not self.engine.paused(e.t_s), e
                assert not self.locked, e
                shown = self.fed.get(e.t_s)
                assert shown is not None and shown.present, e

    @invariant()
    def seated_time_fits_the_time_that_passed(self) -> None:
        self.monitor.flush()
        minutes = self.store.minutes(self.earliest - 3600, self.latest + 3600)
        total = sum(m.seated_s for m in minutes)
        assert total <= self.latest - self.earliest + 1e-6
        assert all(m.seated_s <= 60.0 + 1e-6 and math.isfinite(m.seated_s) for m in minutes)

    @invariant()
    def bouts_never_overlap(self) -> None:
        """In the order the history recorded them (a clock set back makes times run back)."""
        self.monitor.flush()
        with sqlite3.connect(Path(self.folder.name) / "history.sqlite3") as db:
            kinds = [
                kind
                for (kind,) in db.execute(
                    "SELECT kind FROM events WHERE kind IN (?, ?) ORDER BY id",
                    (EventKind.BOUT_STARTED.value, EventKind.BREAK_STARTED.value),
                )
            ]
        db.close()
        for a, b in itertools.pairwise(kinds):
            assert a != b, kinds  # a start, then its break, then a start…


RandomDay.TestCase.settings = settings(
    max_examples=150,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_random_days = RandomDay.TestCase


# --- sequences the machine found, kept as plain regression tests -----------------------------


def _check(day: RandomDay) -> None:
    day.alerts_and_reminders_only_for_someone_there()
    day.seated_time_fits_the_time_that_passed()
    day.bouts_never_overlap()
    day.teardown()


def test_a_restart_after_a_clock_set_back_keeps_the_bout_open_where_it_is() -> None:
    """Carried over in time order, a new bout came before the break of the one it followed."""
    day = RandomDay()
    day.lean_in(0.3)
    day.clock_set_back(50.0)
    day.lean_in(0.3)
    day.restart()
    day.lean_in(0.3)
    _check(day)


def test_a_restart_behind_a_set_back_clock_ends_the_bout_it_cannot_see() -> None:
    """The history's open bout lay "after" now: it was not carried over, and never ended."""
    day = RandomDay()
    day.sit(0.5, 0.0)
    day.clock_set_back(50.0)
    day.restart()
    day.lean_in(0.3)
    _check(day)


def test_a_restart_then_a_set_back_never_counts_a_minute_twice() -> None:
    """A new run knew nothing of the seconds counted before it: 140 s in 120 s of clock."""
    day = RandomDay()
    day.sit(0.5, 0.0)
    day.lock_or_unlock()
    day.restart()
    day.clock_set_back(50.0)
    day.sit(0.5, 0.0)
    day.lock_or_unlock()
    day.sit(2, 0.0)
    _check(day)


def test_the_first_step_into_counted_time_counts_nothing() -> None:
    """An hour back, 40 minutes asleep, then sitting into the morning's minutes: 65 s."""
    day = RandomDay()
    day.sit(13, 0.0)
    day.restart()
    day.away(0.25)
    day.away(0.25)
    day.clock_set_back(3600.0)
    day.laptop_asleep(20)
    day.laptop_asleep(20)
    day.sit(13, 0.0)
    _check(day)
