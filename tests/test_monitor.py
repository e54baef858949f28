"""The one monitoring loop, driven as ``run`` and ``replay`` drive it, on a simulated clock.

No camera, no model and no Qt: the "frames" are scripted samples of a person
(present or not, still or moving), taken whenever the monitor asks for one.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest

from deskguard.capture.errors import CameraBusyError, CameraLostError, CaptureFailure
from deskguard.core.clock import SimulatedClock
from deskguard.core.engine import Event, EventKind, PostureEngine, Problem, ReminderAnswer
from deskguard.core.presentation import TrayState, status_line
from deskguard.core.sample import PostureSample
from deskguard.core.settings import Sensing, Settings
from deskguard.monitor import BUSY_PROBE_S, CALL_POLL_S, Look, Monitor, run_loop
from deskguard.notify.notifier import Notice
from deskguard.storage.history import HistoryStore
from tests.scripted_day import BASELINE, TZ, local, sample


class Recorder:
    def __init__(self) -> None:
        self.events: list[Event] = []
        self.states: list[TrayState] = []
        self.samples: list[PostureSample] = []

    def on_events(self, events) -> None:
        self.events.extend(events)

    def on_sample(self, s: PostureSample) -> None:
        self.samples.append(s)

    def on_state(self, state: TrayState) -> None:
        self.states.append(state)

    def at(self, kind: EventKind, start: float) -> list[float]:
        return [round((e.t_s - start) / 60, 2) for e in self.events if e.kind is kind]


class Notes:
    name = "test"

    def __init__(self) -> None:
        self.shown: list[str] = []

    def notify(self, title: str, body: str) -> bool:
        self.shown.append(title)
        return True


def make(start: str = "2026-11-23 09:00", **settings) -> tuple[Monitor, SimulatedClock, Recorder]:
    clock = SimulatedClock(local(start))
    engine = PostureEngine(Settings(**settings), baseline=BASELINE, tz=TZ)
    recorder = Recorder()
    monitor = Monitor(engine, None, Notes(), clock, recorder)
    monitor.models_ready()
    return monitor, clock, recorder


def drive(
    monitor: Monitor,
    clock: SimulatedClock,
    until: float,
    frame: Callable[[float], PostureSample],
) -> list[float]:
    """Run the loop until ``until``; return the instants frames were taken."""
    taken: list[float] = []

    def take() -> PostureSample:
        taken.append(clock.t)
        return frame(clock.t)

    def wait(seconds: float) -> None:
        clock.t += seconds

    run_loop(monitor, take, wait, keep_going=lambda: clock.t < until)
    return taken


def test_a_whole_day_at_the_live_cadence() -> None:
    """09:00-17:00: sit, walk away at 10:05 for 10 min, lunch 12:30-13:15, sit on."""
    monitor, clock, rec = make()
    start = clock.t
    away = [(local("2026-11-23 10:05"), local("2026-11-23 10:15"))]
    away.append((local("2026-11-23 12:30"), local("2026-11-23 13:15")))

    def person(t: float) -> PostureSample:
        here = not any(a <= t < b for a, b in away)
        return sample(present=here)

    taken = drive(monitor, clock, local("2026-11-23 17:00"), person)
    gaps = [b - a for a, b in itertools.pairwise(taken)]
    # The live cadence: 5 s while something happens, 10 s for a steady user, 15 s for
    # an empty chair; never a gap the engine did not ask for.
    assert set(gaps) == {5.0, 10.0, 15.0}
    assert len(taken) < 8 * 3600 / 5 * 0.6  # far fewer frames than a fixed 5 s would take
    assert rec.at(EventKind.BOUT_STARTED, start) == [0.0, 75.0, 255.0]
    # Each break began when the user was last seen: 10 s before they left (steady cadence).
    assert rec.at(EventKind.BREAK_STARTED, start) == [64.83, 209.83]
    # An hour into each bout, then every 15 min while ignored; never during a break.
    walks = [60.0, *range(135, 210, 15), *range(315, 480, 15)]
    assert rec.at(EventKind.WALK_REMINDER, start) == walks


def test_observed_time_is_the_clock_not_the_sample_count() -> None:
    """The screen advice comes 30 minutes after calibration at the sparse, steady cadence."""
    monitor, clock, rec = make()
    start = clock.t
    low = sample(eyes=(0.0, -12.0, -60.0))  # eyes well below the screen's top edge
    drive(monitor, clock, start + 40 * 60, lambda t: low)
    assert rec.at(EventKind.SCREEN_ADVICE, start) == [30.0]
    assert monitor.engine.next_interval_s(clock.t) == 10.0  # it was sampling sparsely


def test_the_first_frame_comes_as_soon_as_the_models_are_ready() -> None:
    monitor, _clock, _ = make()
    assert monitor.tick() is Look.FRAME
    assert monitor.wait_s() == 0.0


def test_outside_work_hours_no_frame_is_taken_and_the_camera_is_let_go() -> None:
    monitor, clock, rec = make("2026-11-23 20:00", work_hours_only=True)
    looks = []
    for _ in range(10):
        looks.append(monitor.tick())
        clock.t += monitor.wait_s()
    assert Look.FRAME not in looks and Look.RELEASE in looks
    assert rec.states[-1] is TrayState.OFF_HOURS


def test_paused_then_resumed() -> None:
    monitor, clock, _rec = make()
    drive(monitor, clock, clock.t + 60, lambda t: sample())
    monitor.pause(30)
    taken = drive(monitor, clock, clock.t + 10 * 60, lambda t: sample())
    assert taken == [] and monitor.state is TrayState.PAUSED
    monitor.resume()
    assert monitor.tick() is Look.FRAME


def test_a_locked_screen_takes_no_frame_and_unlocking_looks_at_once() -> None:
    monitor, clock, _rec = make()
    drive(monitor, clock, clock.t + 60, lambda t: sample())
    monitor.set_session_away(True)
    taken = drive(monitor, clock, clock.t + 5 * 60, lambda t: sample())
    assert taken == []
    monitor.set_session_away(False)
    assert monitor.tick() is Look.FRAME


def test_a_call_holding_the_camera_is_probed_every_thirty_seconds() -> None:
    monitor, clock, rec = make()
    drive(monitor, clock, clock.t + 60, lambda t: sample())
    tries: list[float] = []

    def busy(t: float) -> PostureSample:
        tries.append(t)
        raise CameraBusyError("in a call")

    drive(monitor, clock, clock.t + 5 * 60, busy)
    assert [b - a for a, b in itertools.pairwise(tries)] == [BUSY_PROBE_S] * 9
    assert monitor.state is TrayState.CAMERA_BUSY
    drive(monitor, clock, clock.t + 60, lambda t: sample())
    assert monitor.state is not TrayState.CAMERA_BUSY
    kinds = [e.kind for e in rec.events]
    assert kinds.count(EventKind.CAMERA_BUSY) == 1 and kinds.count(EventKind.CAMERA_FREE) == 1


def test_a_lost_camera_is_said_and_retried_at_the_base_interval() -> None:
    monitor, clock, _rec = make()
    tries: list[float] = []

    def lost(t: float) -> PostureSample:
        tries.append(t)
        raise CameraLostError("unplugged")

    drive(monitor, clock, clock.t + 60, lost)
    assert monitor.state is TrayState.CAMERA_UNAVAILABLE and monitor.camera_error == "unplugged"
    assert {b - a for a, b in itertools.pairwise(tries)} == {5.0}


def test_a_clock_set_back_does_not_stall_sampling() -> None:
    monitor, clock, _ = make()
    drive(monitor, clock, clock.t + 60, lambda t: sample())
    clock.t -= 3600
    assert monitor.tick() is Look.FRAME


def test_a_clock_set_back_during_a_call_does_not_stall_the_probe() -> None:
    monitor, clock, _ = make()
    drive(monitor, clock, clock.t + 60, lambda t: sample())
    monitor.failed(CaptureFailure.BUSY, "in a call")
    clock.t -= 3600
    assert monitor.tick() is Look.FRAME  # is the camera free again? asked at once


@pytest.mark.parametrize("wait", [0.0, 1e-9])
def test_nothing_due_means_a_positive_wait(wait: float) -> None:
    """A driver never spins: after any tick that takes no frame, the wait is not zero."""
    monitor, clock, _ = make()
    monitor.took(sample())
    clock.t += wait
    assert monitor.tick() is Look.NOTHING
    assert monitor.wait_s() > 0


def test_notifications_go_to_the_notifier() -> None:
    monitor, clock, rec = make()
    drive(monitor, clock, clock.t + 13 * 60, lambda t: sample())
    assert monitor.notifier.shown == [  # type: ignore[attr-defined]
        e.title for e in rec.events if e.notify
    ]
    assert rec.at(EventKind.SHIFT_REMINDER, local("2026-11-23 09:00")) == [12.0]


def test_a_long_lock_is_a_probable_break_that_satisfies_the_walk_reminder() -> None:
    monitor, clock, rec = make()
    start = clock.t
    drive(monitor, clock, start + 62 * 60, lambda t: sample())  # the walk reminder at 60 min
    monitor.set_session_away(True)  # locked, as the user walks off
    clock.t += 10 * 60
    monitor.set_session_away(False)
    drive(monitor, clock, clock.t + 60, lambda t: sample())
    breaks = [e for e in rec.events if e.kind is EventKind.BREAK_STARTED]
    assert [e.data["reason"] for e in breaks] == ["locked"]
    satisfied = [e for e in rec.events if e.kind is EventKind.WALK_SATISFIED]
    assert len(satisfied) == 1 and satisfied[0].data["probable"] is True
    assert rec.at(EventKind.BOUT_STARTED, start) == [0.0, 72.0]


def test_a_short_lock_is_no_break_and_an_unexplained_gap_is_no_probable_one() -> None:
    monitor, clock, rec = make()
    drive(monitor, clock, clock.t + 60, lambda t: sample())
    monitor.set_session_away(True)
    clock.t += 2 * 60  # less than break_min_s (3 min)
    monitor.set_session_away(False)
    drive(monitor, clock, clock.t + 60, lambda t: sample())
    assert not [e for e in rec.events if e.kind is EventKind.BREAK_STARTED]
    clock.t += 10 * 60  # the app was not running: a gap, cause unknown
    drive(monitor, clock, clock.t + 60, lambda t: sample())
    breaks = [e for e in rec.events if e.kind is EventKind.BREAK_STARTED]
    assert [e.data["reason"] for e in breaks] == ["gap"]


class Notices:
    """A notifier that takes whole notices (timeout, actions, sound), as the desktop's does."""

    name = "notices"

    def __init__(self) -> None:
        self.shown: list[Notice] = []

    def notify(self, title: str, body: str) -> bool:
        raise AssertionError("a notifier that can show notices gets notices")

    def show(self, notice: Notice) -> bool:
        self.shown.append(notice)
        return True


def with_store(tmp_path: Path, **settings) -> tuple[Monitor, SimulatedClock, Notices]:
    clock = SimulatedClock(local("2026-11-23 09:00"))
    engine = PostureEngine(Settings(**settings), baseline=BASELINE, tz=TZ)
    store, _ = HistoryStore.open(tmp_path / "history.sqlite3")
    notices = Notices()
    monitor = Monitor(engine, store, notices, clock)
    monitor.models_ready()
    return monitor, clock, notices


def stored(monitor: Monitor) -> list[EventKind]:
    assert monitor.store is not None
    monitor.flush()
    return [e.kind for e in monitor.store.events(0, 2e9)]


def test_a_reminder_is_shown_with_its_actions_timeout_icon_and_sound(tmp_path: Path) -> None:
    monitor, clock, notices = with_store(tmp_path)
    drive(monitor, clock, clock.t + 13 * 60, lambda t: sample())
    (shift,) = notices.shown
    assert (shift.title, shift.kind, shift.actions) == (
        "Time to shift position",
        EventKind.SHIFT_REMINDER,
        True,
    )
    assert shift.timeout_s == 30 and not shift.sound and not shift.preview
    monitor.apply_settings(Settings(notification_sound=True))
    drive(monitor, clock, clock.t + 50 * 60, lambda t: sample())
    walk = next(n for n in notices.shown if n.kind is EventKind.WALK_REMINDER)
    assert walk.timeout_s == 0 and walk.actions and walk.sound  # stays until answered


def test_answers_on_a_reminder_reach_the_engine_and_the_history(tmp_path: Path) -> None:
    monitor, clock, notices = with_store(tmp_path)
    drive(monitor, clock, clock.t + 13 * 60, lambda t: sample())
    (shift,) = notices.shown
    monitor.answer(shift, ReminderAnswer.DONE)
    monitor.answer(shift, ReminderAnswer.SKIP)
    monitor.answer(shift, ReminderAnswer.SNOOZE)
    kinds = stored(monitor)
    assert kinds[-3:] == [EventKind.REMINDER_DONE, EventKind.REMINDER_SKIPPED, EventKind.SNOOZED]
    assert monitor.status.snoozed_until_s == clock.t + 10 * 60
    assert monitor.store is not None
    done = [e for e in monitor.store.events(0, 2e9) if e.kind is EventKind.REMINDER_DONE]
    assert done[0].data == {"reminder": "shift_reminder", "reminder_t_s": round(shift.t_s, 3)}


def test_a_preview_is_what_the_user_gets_marked_and_never_recorded(tmp_path: Path) -> None:
    monitor, clock, notices = with_store(tmp_path, notification_sound=True)
    drive(monitor, clock, clock.t + 60, lambda t: sample())
    before = stored(monitor)
    walk = monitor.preview(EventKind.WALK_REMINDER)
    neck = monitor.preview(EventKind.POSTURE_ALERT, Problem.NECK)
    close = monitor.preview(EventKind.POSTURE_ALERT, Problem.TOO_CLOSE)
    heads_up = monitor.preview(EventKind.WALK_HEADS_UP)
    assert notices.shown == [walk, neck, close, heads_up]
    assert walk.title == "Preview: Time to stand up and walk"
    assert walk.body.startswith("You have been sitting for 1 h.")
    assert (walk.timeout_s, walk.actions, walk.sound, walk.preview) == (0, True, True, True)
    assert neck.title == "Preview: Your neck is bent forward"
    assert neck.body.startswith("About 25° past your neutral.")  # medium: alerts at 20°
    assert close.body.startswith("About 35 cm away.") and close.timeout_s == 20
    assert heads_up.title == "Preview: Walk in 2 min" and not heads_up.actions
    monitor.answer(walk, ReminderAnswer.SNOOZE)  # answering a preview does nothing
    assert stored(monitor) == before
    assert monitor.status.snoozed_until_s is None


def test_a_call_keeps_the_bout_holds_the_reminders_and_ends_with_one_nudge() -> None:
    monitor, clock, rec = make()
    start = clock.t
    drive(monitor, clock, start + 5 * 60, lambda t: sample())

    def busy(t: float) -> PostureSample:
        raise CameraBusyError("in a call")

    drive(monitor, clock, start + 65 * 60, busy)  # an hour's call: a shift and a walk fall due
    status = monitor.status
    assert monitor.state is TrayState.CAMERA_BUSY and status.held_for_call == 2
    assert status_line(monitor.state, status) == "In a call: 2 reminders held"
    assert status.bout_s >= 64 * 60  # sat through the call: no gap, no break
    notes = monitor.notifier
    assert isinstance(notes, Notes) and notes.shown == []
    drive(monitor, clock, start + 70 * 60, lambda t: sample())
    assert notes.shown == ["After your call: time to stand up and walk"]
    kinds = [e.kind for e in rec.events]
    assert EventKind.BREAK_STARTED not in kinds and EventKind.TIME_JUMP not in kinds
    assert monitor.status.seated_today_s >= 69 * 60


# --- the other senses: keyboard and mouse, call signals ------------------------------------


class FakeActivity:
    """Idle time as the X server would say it: seconds since ``last_input``."""

    name = "fake idle"

    def __init__(self, clock: SimulatedClock) -> None:
        self.clock = clock
        self.last_input = clock.t - 3600.0

    def touch(self) -> None:
        self.last_input = self.clock.t

    def idle_s(self) -> float:
        return self.clock.t - self.last_input


class FakeSignal:
    """One call signal the test switches on and off; it counts how often it is read."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.name = f"fake {key}"
        self.on = False
        self.reads: list[float] = []
        self.clock: SimulatedClock | None = None

    def active(self) -> bool:
        assert self.clock is not None
        self.reads.append(self.clock.t)
        return self.on


def sensing(
    *signals: FakeSignal, **settings
) -> tuple[Monitor, SimulatedClock, Recorder, FakeActivity]:
    clock = SimulatedClock(local("2026-11-23 09:00"))
    engine = PostureEngine(Settings(**settings), baseline=BASELINE, tz=TZ)
    recorder = Recorder()
    activity = FakeActivity(clock)
    for s in signals:
        s.clock = clock
    monitor = Monitor(
        engine, None, Notes(), clock, recorder, activity=activity, call_signals=list(signals)
    )
    return monitor, clock, recorder, activity


def test_call_signals_hold_reminders_and_one_nudge_comes_after() -> None:
    microphone = FakeSignal("microphone")
    monitor, clock, rec, _activity = sensing(microphone)
    monitor.models_ready()
    start = clock.t
    drive(monitor, clock, start + 5 * 60, lambda t: sample())
    microphone.on = True
    drive(monitor, clock, start + 65 * 60, lambda t: sample())  # the camera still sees them
    reads = [b - a for a, b in itertools.pairwise(microphone.reads)]
    assert set(reads) == {CALL_POLL_S}  # read every 30 s, not at every frame
    status = monitor.status
    assert monitor.state is TrayState.CAMERA_BUSY and status.held_for_call == 2
    assert status_line(monitor.state, status) == "In a call (microphone): 2 reminders held"
    assert rec.states[-1] is TrayState.CAMERA_BUSY  # the listener heard of the new count
    notes = monitor.notifier
    assert isinstance(notes, Notes) and notes.shown == []
    microphone.on = False
    drive(monitor, clock, start + 70 * 60, lambda t: sample())
    assert notes.shown == ["After your call: time to stand up and walk"]
    kinds = [e.kind for e in rec.events]
    assert kinds.count(EventKind.CALL_STARTED) == kinds.count(EventKind.CALL_ENDED) == 1
    assert EventKind.BREAK_STARTED not in kinds


def test_call_signals_are_not_read_while_paused() -> None:
    dnd = FakeSignal("dnd")
    monitor, clock, _rec, _activity = sensing(dnd)
    monitor.models_ready()
    drive(monitor, clock, clock.t + 60, lambda t: sample())
    monitor.pause(30)
    reads = len(dnd.reads)
    drive(monitor, clock, clock.t + 20 * 60, lambda t: sample())
    assert len(dnd.reads) == reads


def test_the_fused_mode_counts_through_a_call_holding_the_camera() -> None:
    """The user sat down during the call: the camera never saw them; the keyboard did."""
    monitor, clock, rec, activity = sensing()
    monitor.models_ready()
    start = clock.t

    def busy_and_typing(t: float) -> PostureSample:
        activity.touch()
        raise CameraBusyError("in a call")

    drive(monitor, clock, start + 65 * 60, busy_and_typing)
    status = monitor.status
    assert status.present and status.seated_today_s >= 64 * 60
    assert status.held_for_call == 2 and monitor.notifier.shown == []  # type: ignore[attr-defined]
    drive(monitor, clock, start + 70 * 60, lambda t: sample())
    assert monitor.notifier.shown == [  # type: ignore[attr-defined]
        "After your call: time to stand up and walk"
    ]
    assert rec.at(EventKind.BOUT_STARTED, start) == [0.0]


def test_activity_alone_never_asks_for_a_frame_and_needs_no_models() -> None:
    monitor, clock, rec, activity = sensing(sensing=Sensing.ACTIVITY)  # models_ready never called
    looks = []
    while clock.t < local("2026-11-23 09:30"):
        activity.touch()
        looks.append(monitor.tick())
        clock.t += monitor.wait_s()
    assert set(looks) == {Look.NOTHING}
    assert monitor.status.seated_today_s >= 29 * 60
    assert monitor.state is TrayState.NOT_CALIBRATED
    assert status_line(monitor.state, monitor.status) == "Posture: off — no camera"
    assert rec.at(EventKind.SHIFT_REMINDER, local("2026-11-23 09:00")) == [12.0, 24.0]


def test_call_signals_never_make_a_driver_spin_while_nothing_is_read() -> None:
    """Calibrating, locked or starting, the signals are not read: no wait of zero for them."""
    microphone = FakeSignal("microphone")
    monitor, clock, _rec, _activity = sensing(microphone)
    assert monitor.tick() is Look.NOTHING and monitor.wait_s() > 0  # the models not loaded yet
    monitor.models_ready()
    monitor.set_calibrating(True)
    clock.t += 60
    assert monitor.tick() is Look.NOTHING and monitor.wait_s() > 0
    assert microphone.reads == []


@pytest.mark.parametrize("back_s", [50.0, 5.0, 600.0])
def test_a_clock_set_back_never_counts_a_second_twice(tmp_path: Path, back_s: float) -> None:
    """Set back 50 s after a minute: that minute held 92 s of seated time."""
    monitor, clock, _ = with_store(tmp_path)
    start = clock.t
    drive(monitor, clock, start + 60, lambda t: sample())
    clock.t -= back_s
    drive(monitor, clock, start + 60 + 180, lambda t: sample())
    monitor.flush()
    assert monitor.store is not None
    minutes = monitor.store.minutes(start - 3600, start + 3600)
    assert max(m.seated_s for m in minutes) <= 60.0 + 1e-6
    # No more than the wall-clock span the minutes cover: no second is in the history twice.
    span_s = clock.t - min(start, start + 60 - back_s)
    assert sum(m.seated_s for m in minutes) <= span_s + 1e-6


def test_the_camera_is_let_go_between_samples_ten_seconds_apart_or_more() -> None:
    """Issue 20: the tray app kept the camera open between sparse samples; only run let go."""
    monitor, clock, _ = make()
    start = clock.t
    releases: list[float] = []
    taken: list[float] = []

    def take() -> PostureSample:
        taken.append(clock.t)
        return sample()

    def wait(seconds: float) -> None:
        clock.t += seconds

    run_loop(
        monitor,
        take,
        wait,
        release=lambda: releases.append(clock.t),
        keep_going=lambda: clock.t < start + 12 * 60,
    )
    gaps = {b - a for a, b in itertools.pairwise(taken)}
    assert gaps == {5.0, 10.0}  # the first 5 minutes at 5 s, then steady at 10 s
    steady_from = start + 5 * 60
    # Never released at the 5 s cadence; after every frame at the 10 s cadence.
    assert releases and all(t >= steady_from for t in releases)
    assert len(releases) >= len([t for t in taken if t > steady_from + 10]) - 1
