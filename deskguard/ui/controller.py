"""The tray app's driver of the monitoring loop: a Qt timer and a capture thread.

``deskguard.monitor.Monitor`` decides everything (when to look, what a look
means, what to notify); this class only gives it a timer on the GUI thread
and runs capture and analysis in the worker thread, then re-emits what the
monitor reports as Qt signals for the tray and the windows. The engine and
the history are fast (well under a millisecond a sample), so they stay on
the GUI thread with the monitor.

The timer only wakes the monitor; whether a frame is due is decided on the
injected clock. Tests pass a fake clock, advance it and call ``wake()``: the
app then samples exactly as its live cadence says.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from deskguard.capture import CaptureFailure
from deskguard.core.engine import Event, EventKind, Problem, ReminderAnswer, Status
from deskguard.core.posture import Baseline, CameraSettings
from deskguard.core.presentation import TrayState
from deskguard.core.sample import PostureSample
from deskguard.core.settings import Settings
from deskguard.monitor import Look, Monitor
from deskguard.notify.notifier import Notice
from deskguard.ui.worker import SamplerWorker

log = logging.getLogger("deskguard.controller")

#: Quitting waits this long for the worker to close the camera and the models. A
#: model load or a hung camera read cannot be interrupted; past this, the app
#: leaves without it (the history is saved first) and the system releases both.
STOP_WAIT_MS = 2000
#: Without models, look for them again this often (clock seconds): files installed from
#: a terminal (`deskguard models install`) are picked up without a restart.
MODEL_RETRY_S = 30.0


class Controller(QObject):
    """Runs the monitor on a timer and the worker thread; the tray and windows watch it."""

    # Requests to the worker (queued across threads).
    _want_models = Signal(bool)  # quietly (a background retry)?
    _want_sample = Signal(float, bool)  # the clock time of the frame wanted; the body too?
    _want_preview = Signal(float)
    _want_release = Signal()
    _want_close = Signal()
    _want_shutdown = Signal()
    _want_camera = Signal(object)
    _want_source = Signal(str)
    _want_exercise_frame = Signal(float, bool)  # the clock time; the body too?
    _want_download = Signal()

    # Re-emitted on the GUI thread, for windows and dialogs to react to.
    models_missing = Signal(str)
    models_loaded = Signal()
    download_progress = Signal(str, int, int)
    download_cancelled = Signal(str)
    state_changed = Signal(object)  # TrayState
    events_happened = Signal(list)  # list[Event]
    sample_taken = Signal(object)  # PostureSample
    preview_taken = Signal(object, object, object)  # (BGR image, PostureSample, points)
    exercise_sample = Signal(object)  # PostureSample, for the exercise window's counter
    #: "Show me" on a reminder: open a guided exercise for it (the reminder's EventKind).
    exercise_requested = Signal(object)

    def __init__(self, monitor: Monitor, worker: SamplerWorker) -> None:
        """Wire the monitor and the worker; ``start()`` begins monitoring."""
        super().__init__()
        self.monitor = monitor
        monitor.listener = self
        #: A frame was asked of the worker and has not come back yet.
        self.waiting_for_frame = False
        self._loading = False  # the worker is loading (or downloading) the models
        self._quiet_retry = False  # a retry the user did not ask for: no dialog if it fails
        self._last_model_try = 0.0
        self._waiting_for_preview = False
        #: What the worker watches: a camera (index or device) or a recording.
        self.source = worker.source_spec

        self._thread = QThread()
        self._thread.setObjectName("deskguard-sampler")
        self.worker = worker
        worker.moveToThread(self._thread)
        self._want_models.connect(worker.load_models)
        self._want_sample.connect(worker.sample_once)
        self._want_preview.connect(worker.preview_once)
        self._want_release.connect(worker.release_camera)
        self._want_close.connect(worker.close_camera)
        self._want_shutdown.connect(worker.shutdown)
        self._want_camera.connect(worker.set_camera)
        self._want_source.connect(worker.set_source)
        self._want_exercise_frame.connect(worker.exercise_once)
        worker.exercise_sampled.connect(self._on_exercise_sample)
        self._want_download.connect(worker.download_models)
        worker.models_ready.connect(self._on_models_ready)
        worker.models_failed.connect(self._on_models_failed)
        worker.sampled.connect(self._on_sampled)
        worker.capture_failed.connect(self._on_capture_failed)
        worker.preview.connect(self._on_preview)
        worker.download_progress.connect(self._on_download_progress)
        worker.download_cancelled.connect(self._on_download_cancelled)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.wake)

    # --- life cycle ---------------------------------------------------------------------

    def start(self) -> None:
        """Start the worker thread and load the models there; the first frame follows them.

        Without the camera (keyboard and mouse alone) the models are not needed
        and not loaded, and the camera is never opened.
        """
        self._thread.start()
        if self.monitor.engine.uses_camera:
            self._load_models(quiet=False)
        else:
            log.info("no camera: watching keyboard and mouse activity only")
        self.wake()

    def stop(self, wait_ms: int = STOP_WAIT_MS) -> bool:
        """Save the history, then close the camera and the models; False if the worker hung.

        The open minute is written first, so nothing below can lose it. The
        worker closes everything and ends its own thread (a plain
        ``QThread.quit()`` here could end the thread's loop before the queued
        shutdown ran, leaving MediaPipe to be closed during interpreter exit).
        The wait is bounded: a model load or a camera read in progress cannot
        be interrupted, and a quitting session must not wait for it.
        """
        self._timer.stop()
        self.monitor.flush()
        if not self._thread.isRunning():
            return True
        self.worker.request_stop()
        self._want_shutdown.emit()
        if self._thread.wait(wait_ms):
            return True
        log.warning(
            "the sampler thread is still busy (%s) after %d ms; leaving without it",
            self.worker.busy_with or "working",
            wait_ms,
        )
        return False

    def cancel_download(self) -> None:
        """Stop a model download between two chunks (called on the GUI thread)."""
        self.worker.cancel_download()

    def download_models(self) -> None:
        """Fetch the official models in the worker thread (the user has agreed)."""
        self.monitor.models_ok = True
        self.monitor.models_message = None
        self._loading, self._quiet_retry = True, False
        self._want_download.emit()

    def now(self) -> float:
        """The injected clock's time, UTC epoch seconds."""
        return self.monitor.now()

    @property
    def state(self) -> TrayState:
        """What the tray shows now."""
        return self.monitor.state

    @property
    def status(self) -> Status:
        """The engine's state at a glance."""
        return self.monitor.status

    @property
    def started(self) -> bool:
        """The models are loaded and monitoring runs."""
        return self.monitor.started

    @property
    def models_message(self) -> str | None:
        """Why the models could not be loaded, if they could not."""
        return self.monitor.models_message

    @property
    def camera_error(self) -> str | None:
        """Why the last frame could not be had, if it could not."""
        return self.monitor.camera_error

    @property
    def session_away(self) -> bool:
        """The screen is locked or the system asleep."""
        return self.monitor.session_away

    # --- commands from the menu and the windows --------------------------------------------

    def pause(self, minutes: float) -> None:
        """Pause monitoring for ``minutes``; the camera is released at once."""
        self.monitor.pause(minutes)
        self._want_release.emit()

    def pause_until_tomorrow(self) -> None:
        """Pause until the next work day starts."""
        self.monitor.pause_until_tomorrow()
        self._want_release.emit()

    def resume(self) -> None:
        """Monitor again now."""
        self.monitor.resume()
        self.wake()

    def snooze(self, minutes: float) -> None:
        """Hold reminders back for ``minutes``."""
        self.monitor.snooze(minutes)

    def cancel_snooze(self) -> None:
        """End a snooze now."""
        self.monitor.cancel_snooze()

    @Slot(object, object)
    def answer_reminder(self, notice: Notice, answer: ReminderAnswer) -> None:
        """The user chose Done, Snooze 10 min, Skip or Show me on a reminder's notification."""
        if answer is ReminderAnswer.SHOW_ME:
            if not notice.preview and notice.kind is not None:
                self.exercise_requested.emit(notice.kind)
            return
        self.monitor.answer(notice, answer)

    # --- a guided exercise -------------------------------------------------------------------

    def set_exercising(self, on: bool) -> None:
        """An exercise window counts: frames go to it (not the engine) while ``on``."""
        self.monitor.set_calibrating(on)
        if not on:
            self.wake()

    def request_exercise_frame(self, body: bool) -> None:
        """Ask the worker for one frame's sample for the exercise window (no picture)."""
        if self._worker_free():
            self._waiting_for_preview = True
            self._want_exercise_frame.emit(self.monitor.now(), body)

    def exercise_done(
        self, exercise_id: str, *, confirmed: bool, reps: int | None, target: int | None
    ) -> None:
        """Keep an exercise done (it is a change of position too)."""
        self.monitor.exercise_done(exercise_id, confirmed=confirmed, reps=reps, target=target)

    def preview(
        self, kind: EventKind, problem: Problem | None = None, settings: Settings | None = None
    ) -> Notice:
        """Send what a ``kind`` notification looks like, marked as a preview ("Show me")."""
        return self.monitor.preview(kind, problem, settings)

    def apply_settings(self, settings: Settings, camera: CameraSettings) -> None:
        """New settings and camera geometry, from the next frame on."""
        self.monitor.apply_settings(settings)
        self._want_camera.emit(camera)
        if not self.monitor.engine.uses_camera:
            self._want_release.emit()  # keyboard and mouse alone from now on: light off
        elif not self.monitor.started and not self._loading and self.monitor.models_ok:
            self._load_models(quiet=False)  # the camera is wanted again: its models first
        self._rearm()

    def use_source(self, spec: str) -> None:
        """Watch another camera or recording from the next frame on."""
        if spec == self.source:
            return
        self.source = spec
        self._want_source.emit(spec)
        # The old camera's error says nothing about the new one.
        self.monitor.camera_error = None
        self.monitor.refresh()
        self.wake()

    def use_baseline(self, baseline: Baseline | None) -> None:
        """Judge posture against another calibration (a profile switch)."""
        self.monitor.use_baseline(baseline)

    def keep_baseline(self, baseline: Baseline, profile: str) -> str | None:
        """Use a new calibration and keep it; None, or why it could not be kept."""
        return self.monitor.keep_baseline(baseline, profile)

    def forget_everything(self) -> None:
        """Delete the history and the calibrations."""
        self.monitor.forget_everything()

    @Slot(bool)
    def set_session_away(self, away: bool) -> None:
        """Locked or asleep: no sampling and no camera until the user is back.

        The engine is not told anything: the missing samples are a gap, which
        it counts as away time.
        """
        self.monitor.set_session_away(away)
        if away:
            self._want_close.emit()  # the camera, or a recording, closed until unlock
        else:
            self.wake()

    def refresh(self) -> None:
        """Show the state again (after a change made outside the engine's feed)."""
        self.monitor.refresh()

    def set_preview(self, on: bool) -> None:
        """Calibration: send frames to the window (on screen only) instead of the engine."""
        self.monitor.set_calibrating(on)
        if not on:
            self.wake()

    def _worker_free(self) -> bool:
        """The models are loaded and no frame (sample or window's) is awaited."""
        return self.monitor.started and not self._waiting_for_preview and not self.waiting_for_frame

    def request_preview(self) -> None:
        """Ask the worker for one preview frame (the calibration window's own timer)."""
        if self._worker_free():
            self._waiting_for_preview = True
            self._want_preview.emit(self.monitor.now())

    # --- the loop -------------------------------------------------------------------------

    @Slot()
    def wake(self) -> None:
        """Ask the monitor whether anything is due now, do it, and sleep until the next time."""
        if self.waiting_for_frame:
            return  # the answer to the last request will rearm the timer
        if (
            not self.monitor.models_ok
            and self.monitor.engine.uses_camera
            and not self._loading
            and abs(self.monitor.now() - self._last_model_try) >= MODEL_RETRY_S
        ):
            self._load_models(quiet=True)
        look = self.monitor.tick()
        if look is Look.FRAME:
            self.waiting_for_frame = True
            self._want_sample.emit(self.monitor.now(), self.monitor.wants_body())
            return
        if look is Look.RELEASE:
            self._want_release.emit()
        self._rearm()

    def load_models(self) -> None:
        """Load the models now (just installed from a folder); a failure is said."""
        if not self._loading:
            self._load_models(quiet=False)

    def _load_models(self, *, quiet: bool) -> None:
        self._loading, self._quiet_retry = True, quiet
        self._last_model_try = self.monitor.now()
        self._want_models.emit(quiet)

    def _rearm(self) -> None:
        if not self.waiting_for_frame:
            self._timer.start(round(self.monitor.wait_s() * 1000))

    @Slot()
    def _on_models_ready(self) -> None:
        log.info("models loaded")
        self._loading = False
        self.monitor.models_ready()
        self.models_loaded.emit()
        self.wake()  # the first frame at once, not one interval later

    @Slot(str)
    def _on_models_failed(self, message: str) -> None:
        self._loading = False
        self.monitor.models_failed(message)
        if not self._quiet_retry:  # a background retry that fails again says nothing new
            self.models_missing.emit(message)

    @Slot(str, int, int)
    def _on_download_progress(self, name: str, done: int, total: int) -> None:
        self.download_progress.emit(name, done, total)

    @Slot(str)
    def _on_download_cancelled(self, message: str) -> None:
        self._loading = False
        self.monitor.models_failed(message)
        self.download_cancelled.emit(message)

    @Slot(object)
    def _on_sampled(self, sample: PostureSample) -> None:
        self.waiting_for_frame = False
        self.monitor.took(sample)
        if self.monitor.camera_idle_long():
            self._want_release.emit()  # the same camera rule as every driver (monitor.py)
        self._rearm()

    @Slot(object, object, object)
    def _on_preview(self, image: object, sample: PostureSample, points: object) -> None:
        self._waiting_for_preview = False
        if self.monitor.camera_error is not None:  # a picture came: the camera works again
            self.monitor.camera_error = None
            self.monitor.refresh()
        self.preview_taken.emit(image, sample, points)

    @Slot(object)
    def _on_exercise_sample(self, sample: PostureSample) -> None:
        self._waiting_for_preview = False
        if self.monitor.camera_error is not None:
            self.monitor.camera_error = None
            self.monitor.refresh()
        self.exercise_sample.emit(sample)

    @Slot(str, str)
    def _on_capture_failed(self, kind: str, message: str) -> None:
        self._waiting_for_preview = False
        if self.waiting_for_frame:
            self.waiting_for_frame = False
            self.monitor.failed(CaptureFailure(kind), message)
            self._rearm()
        else:  # a preview frame for the calibration window: the engine is not involved
            self.monitor.camera_error = message
            self.monitor.refresh()

    # --- what the monitor reports (MonitorListener) ----------------------------------------

    def on_events(self, events: Sequence[Event]) -> None:
        """Events happened (already in the history and notified)."""
        self.events_happened.emit(list(events))

    def on_sample(self, sample: PostureSample) -> None:
        """The engine was fed a sample."""
        self.sample_taken.emit(sample)

    def on_state(self, state: TrayState) -> None:
        """The tray's state changed."""
        self.state_changed.emit(state)
