"""The monitoring loop: when to look, what a look means, and who is told.

One loop for everything that monitors: the tray app, ``deskguard run`` and
``deskguard replay``. Each cycle is

    tick -> take a frame (the caller's part) -> took / failed -> wait -> tick ...

``Monitor`` decides (adaptive sampling, pause, screen lock, work hours, a call
holding the camera, calibration in progress), reads the other senses (keyboard
and mouse activity at each tick, the call signals every ``CALL_POLL_S``),
feeds the engine, writes the history and sends notifications. It never
captures or analyses a frame itself and never sleeps: a driver does both.
``run_loop`` is the plain driver (a real clock for ``run``, a simulated one
for ``replay``); the tray app's driver is a Qt timer plus a capture thread
(``ui.controller``). Every instant comes from the injected clock, so the same
code runs a whole day in seconds under a simulated clock and a day in a day
under the real one.

Threading contract: not thread-safe; one thread calls it (the GUI thread in
the app). Only capture and analysis may happen elsewhere.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from enum import Enum
from typing import Protocol

from deskguard.capture.errors import CaptureError, CaptureFailure
from deskguard.core.clock import Clock
from deskguard.core.engine import (
    Event,
    EventKind,
    PostureEngine,
    Problem,
    ReminderAnswer,
    Status,
    Step,
)
from deskguard.core.posture import Baseline
from deskguard.core.presentation import TrayState, tray_state
from deskguard.core.sample import PostureSample
from deskguard.core.settings import Settings
from deskguard.notify.notifier import Notice, Notifier, deliver, notice_for
from deskguard.sensing import ActivitySource, CallSignal
from deskguard.storage.history import HistoryStore

log = logging.getLogger("deskguard.monitor")

#: While another app holds the camera, look whether it is free this often.
BUSY_PROBE_S = 30.0
#: A driver wakes at least this often (seconds), so a clock that jumps (a
#: suspend, a time change) is noticed within a minute whatever was planned.
MAX_WAIT_S = 60.0
#: Read the call signals this often (they may ask D-Bus or list processes: not at every tick).
CALL_POLL_S = 30.0
#: The camera rule, for every driver: when the next frame is this far off, the camera is
#: let go in between (its light off). Reopening a webcam costs a fraction of a second and
#: a few dark frames, worth it for ten seconds of light off, not for five.
RELEASE_CAMERA_AFTER_S = 10.0


class Look(Enum):
    """What the driver should do after a ``tick``."""

    FRAME = "frame"  # take one frame now and answer with took() or failed()
    RELEASE = "release"  # no frame wanted for a while: let the camera go (light off)
    NOTHING = "nothing"  # nothing to do; wait


class MonitorListener(Protocol):
    """Who hears what the loop did (the tray, a terminal, a replay's output)."""

    def on_events(self, events: Sequence[Event]) -> None:
        """Events the engine produced (already written to the history and notified)."""
        ...

    def on_sample(self, sample: PostureSample) -> None:
        """A sample, just before the engine is fed it."""
        ...

    def on_state(self, state: TrayState) -> None:
        """The state to show changed."""
        ...


class Monitor:
    """Sample -> engine -> history -> notify -> when to look next."""

    def __init__(
        self,
        engine: PostureEngine,
        store: HistoryStore | None,
        notifier: Notifier,
        clock: Clock,
        listener: MonitorListener | None = None,
        *,
        activity: ActivitySource | None = None,
        call_signals: Sequence[CallSignal] = (),
    ) -> None:
        """Wire the parts; nothing is sampled until ``models_ready()`` (unless no camera is used).

        ``activity``: the keyboard and mouse sense (None: none here), read at
        each tick; ``call_signals``: the signs of a call readable here.
        """
        self.engine = engine
        self.store = store
        self.notifier = notifier
        self.clock = clock
        self.listener = listener
        self.models_ok = True
        self.models_message: str | None = None
        self.camera_error: str | None = None
        self.started = False  # the models are loaded
        self.session_away = False  # screen locked or system asleep
        self.calibrating = False  # the calibration window has the camera
        self.samples = 0
        self._due_s = -float("inf")  # when the next frame is due (clock time)
        self._ticked_s: float | None = None  # the last tick or answer, to notice a clock going back
        self._last_probe_s = -float("inf")
        self._last_call_poll_s = -float("inf")
        self.activity = activity
        self.call_signals = list(call_signals)
        self._state: TrayState | None = None
        #: What the listener was last told: the state and the words that go with it.
        self._shown: tuple[object, ...] | None = None

    # --- the cycle -----------------------------------------------------------------------

    def tick(self) -> Look:
        """The wait is over (or something changed): decide what to do now."""
        now = self.now()
        if self._ticked_s is not None and now < self._ticked_s:
            # The clock went back: plans made in the future are void.
            self._due_s = now
            self._last_probe_s = -float("inf")
            self._last_call_poll_s = -float("inf")
        self._ticked_s = now
        look = self._decide(now)
        self._publish()
        return look

    def _decide(self, now: float) -> Look:
        if self.calibrating or self.session_away or not self._ready:
            return Look.NOTHING
        if not self.engine.paused(now):
            self._read_senses(now)
        status = self.engine.status(now)
        if status.camera_busy:
            if now - self._last_probe_s >= BUSY_PROBE_S:
                self._last_probe_s = now  # is it free again?
                return Look.FRAME
            return Look.NOTHING
        if now < self._due_s:
            return Look.NOTHING
        if self.engine.wants_camera(now):
            return Look.FRAME
        # Paused or outside work hours: keep the engine's clock going, camera off.
        if not status.paused:
            self._record(now, self.engine.feed(now, None))
        self._due_s = now + self.engine.next_interval_s(now)
        # Without the camera there is nothing to let go: it was never opened.
        return Look.RELEASE if self.engine.uses_camera else Look.NOTHING

    @property
    def _ready(self) -> bool:
        """The models are loaded, or not needed (no camera used)."""
        return not self.engine.uses_camera or (self.models_ok and self.started)

    def _read_senses(self, now: float) -> None:
        """Tell the engine what the keyboard and mouse and the call signals say now.

        A sense that fails is logged and read as "cannot tell": it never stops
        the monitoring.
        """
        if self.activity is not None:
            try:
                idle_s = self.activity.idle_s()
            except Exception:
                log.exception("the activity sense %s failed", self.activity.name)
                idle_s = None
            self.engine.feed_activity(now, idle_s)
        if self.call_signals and now - self._last_call_poll_s >= CALL_POLL_S:
            self._last_call_poll_s = now
            self._handle(self.engine.set_call_signals(now, self._active_call_signals()))

    def _active_call_signals(self) -> list[str]:
        """The keys of the call signals on now ("cannot tell" counts as off)."""
        active = []
        for signal in self.call_signals:
            try:
                on = signal.active()
            except Exception:
                log.exception("the call signal %s failed", signal.key)
                on = None
            if on:
                active.append(signal.key)
        return active

    def took(self, sample: PostureSample) -> None:
        """The frame asked for by ``tick`` was analysed."""
        now = self.now()
        self._ticked_s = now
        if self.samples == 0:
            log.info("first sample")
        self.samples += 1
        self.camera_error = None
        if self.listener is not None:
            self.listener.on_sample(sample)
        if self.engine.status(now).camera_busy:
            self._handle(self.engine.set_camera_busy(now, False))
        self._record(now, self.engine.feed(now, sample))
        # Sparser when nothing changes, and for an empty chair (the engine decides).
        self._due_s = now + self.engine.next_interval_s(now)
        self._publish()

    def failed(self, failure: CaptureFailure, message: str) -> None:
        """No frame could be had; ``failure`` says why."""
        now = self.now()
        self._ticked_s = now
        if failure is CaptureFailure.BUSY:
            # A call has the camera: do not disturb, and look again later. The engine's
            # clock goes on with each probe: the user sits through the call (the bout
            # goes on, no gap), and the reminders that fall due are held for after it.
            self._last_probe_s = now
            self._handle(self.engine.set_camera_busy(now, True))
            self._record(now, self.engine.feed(now, None))
        else:
            self.camera_error = message
            self._record(now, self.engine.feed(now, None))
            self._due_s = now + self.engine.settings.sample_interval_s
        self._publish()

    def camera_idle_long(self) -> bool:
        """No frame is wanted for ``RELEASE_CAMERA_AFTER_S`` or more: let the camera go."""
        return self.engine.uses_camera and self.wait_s() >= RELEASE_CAMERA_AFTER_S

    def wants_body(self) -> bool:
        """Whether the frame asked for needs the upper body measured even with a face."""
        return self.calibrating or self.engine.wants_body()

    def wait_s(self) -> float:
        """Seconds (of the clock) until the next ``tick`` is worth making."""
        now = self.now()
        if self.calibrating or self.session_away or not self._ready:
            due = now + self.engine.settings.sample_interval_s  # woken early by the change
        else:
            if self.engine.status(now).camera_busy:
                due = self._last_probe_s + BUSY_PROBE_S
            else:
                due = self._due_s
            if self.call_signals and not self.engine.paused(now):
                # Only here: the next tick reads them (a tick that cannot must not spin).
                due = min(due, self._last_call_poll_s + CALL_POLL_S)
        return min(MAX_WAIT_S, max(0.0, due - now))

    # --- what the app reports ------------------------------------------------------------

    def restore(self) -> None:
        """Pick today up where the history left it (call once, before the first frame)."""
        if self.store is None:
            return
        now = self.now()
        events = self.engine.restore(self.store.carryover(now, self.engine.tz), now)
        self.store.record_events(events)

    def models_ready(self) -> None:
        """The models are loaded: the first frame is due at once."""
        self.started = True
        self.models_ok = True
        self.models_message = None
        self._due_s = self.now()
        self._publish()

    def models_failed(self, message: str) -> None:
        """No models: nothing can be analysed until they come."""
        self.models_ok = False
        self.models_message = message
        self._publish()

    def set_session_away(self, away: bool) -> None:
        """Locked or asleep: no frames until the user is back (a gap, counted as away)."""
        self.session_away = away
        self.engine.set_session_away(self.now(), away)
        if not away:
            self._due_s = self.now()
        self._publish()

    def set_calibrating(self, on: bool) -> None:
        """The calibration window uses the camera: the engine gets no frames meanwhile."""
        self.calibrating = on
        if not on:
            self._due_s = self.now()

    # --- the user's commands -------------------------------------------------------------

    def pause(self, minutes: float) -> None:
        """Pause monitoring for ``minutes``."""
        now = self.now()
        self._handle(self.engine.pause(now, now + minutes * 60))

    def pause_until_tomorrow(self) -> None:
        """Pause until the next work day starts."""
        now = self.now()
        self._handle(self.engine.pause(now, self.engine.pause_until_tomorrow_s(now)))

    def resume(self) -> None:
        """Monitor again now."""
        self._handle(self.engine.resume(self.now()))
        self._due_s = self.now()

    def snooze(self, minutes: float) -> None:
        """Hold reminders back for ``minutes``."""
        self._handle(self.engine.snooze(self.now(), minutes * 60))

    def cancel_snooze(self) -> None:
        """Reminders are due again from now."""
        self._handle(self.engine.cancel_snooze(self.now()))

    def answer(self, notice: Notice, answer: ReminderAnswer) -> None:
        """The user answered a reminder's notification (Done, Snooze 10 min, Skip).

        A preview's answer changes and records nothing.
        """
        if notice.preview or notice.kind is None:
            log.info("answer %s to a preview: nothing recorded", answer.value)
            return
        self._handle(self.engine.answer(self.now(), notice.kind, notice.t_s, answer))

    def exercise_done(
        self,
        exercise_id: str,
        *,
        confirmed: bool,
        reps: int | None = None,
        target: int | None = None,
    ) -> None:
        """A guided exercise was done now (counted by the camera, or the user's "Done")."""
        self._handle(
            self.engine.exercise_done(
                self.now(), exercise_id, confirmed=confirmed, reps=reps, target=target
            )
        )

    def preview(
        self, kind: EventKind, problem: Problem | None = None, settings: Settings | None = None
    ) -> Notice:
        """Send what a ``kind`` notification looks like, marked as a preview.

        It goes through the same notifier as the real ones, with the same
        timeout, actions and sound, and is not recorded in the history.
        ``settings``: the ones being edited (by default the ones in use).
        """
        settings = settings or self.engine.settings
        event = self.engine.preview(self.now(), kind, problem, settings)
        notice = notice_for(
            event, sound=settings.notification_sound, preview=True, exercise=settings.exercises
        )
        deliver(self.notifier, notice)
        return notice

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings from the next frame on."""
        self.engine.use_settings(settings)
        self._due_s = min(self._due_s, self.now() + settings.sample_interval_s)
        self._publish()

    def use_baseline(self, baseline: Baseline | None) -> None:
        """Judge posture against ``baseline`` (None: uncalibrated) from now on."""
        self.engine.set_baseline(baseline)
        self.refresh()

    def keep_baseline(self, baseline: Baseline, profile: str = "default") -> str | None:
        """Use a new calibration from now on and keep it; None, or why it could not be kept.

        A calibration that cannot be saved (a read-only history) is still used
        for this session; the message says so.
        """
        self.use_baseline(baseline)
        return None if self.store is None else self.store.save_baseline(baseline, profile=profile)

    def forget_everything(self) -> None:
        """Delete the history and the calibrations (the user asked to)."""
        if self.store is not None:
            self.store.delete_all()
        self.use_baseline(None)

    # --- state ---------------------------------------------------------------------------

    def now(self) -> float:
        """The injected clock's time, UTC epoch seconds."""
        return self.clock.now_utc().timestamp()

    @property
    def status(self) -> Status:
        """The engine's state at a glance, now."""
        return self.engine.status(self.now())

    @property
    def state(self) -> TrayState:
        """What the tray shows now."""
        return self._state or TrayState.STARTING

    def refresh(self) -> None:
        """Work the state out again and tell the listener even if it did not change."""
        self._shown = None
        self._publish()

    def flush(self) -> None:
        """Write the open minute to the history."""
        if self.store is not None:
            self.store.flush()

    # --- plumbing ------------------------------------------------------------------------

    def _record(self, now: float, step: Step) -> None:
        if self.store is not None:
            self.store.record(now, step)
        self._dispatch(step.events)

    def _handle(self, events: Sequence[Event]) -> None:
        if self.store is not None and events:
            self.store.record_events(list(events))
        self._dispatch(events)
        self._publish()

    def _dispatch(self, events: Sequence[Event]) -> None:
        if not events:
            return
        sound = self.engine.settings.notification_sound
        exercise = self.engine.settings.exercises
        for event in events:
            if event.notify and event.title:
                deliver(self.notifier, notice_for(event, sound=sound, exercise=exercise))
        if self.listener is not None:
            self.listener.on_events(events)

    def _publish(self) -> None:
        status = self.engine.status(self.now())
        no_models_needed = not self.engine.uses_camera
        state = tray_state(
            status,
            models_ok=self.models_ok or no_models_needed,
            camera_error=self.camera_error if self.engine.uses_camera else None,
            started=self.started or no_models_needed,
        )
        # The words change within a state too: how many reminders a call holds, and why.
        shown = (state, status.held_for_call, status.call_signals)
        self._state = state
        if shown != self._shown:
            self._shown = shown
            if self.listener is not None:
                self.listener.on_state(state)


def run_loop(
    monitor: Monitor,
    take_frame: Callable[[], PostureSample | None],
    wait: Callable[[float], None],
    *,
    release: Callable[[], None] = lambda: None,
    keep_going: Callable[[], bool] = lambda: True,
) -> None:
    """Drive ``monitor`` in this thread until ``keep_going()`` is false or the frames end.

    ``take_frame`` captures and analyses one frame (None: a recording has
    ended; a ``CaptureError`` is reported to the monitor); ``wait`` lets
    clock time pass: ``time.sleep`` for ``run``, a simulated clock's step
    for ``replay``.
    """
    while keep_going():
        look = monitor.tick()
        if look is Look.FRAME:
            try:
                sample = take_frame()
            except CaptureError as exc:
                monitor.failed(CaptureFailure.of(exc), str(exc))
            else:
                if sample is None:
                    break
                monitor.took(sample)
                if monitor.camera_idle_long():
                    release()  # the light goes off until the next frame
        elif look is Look.RELEASE:
            release()
        wait(monitor.wait_s())
    monitor.flush()
