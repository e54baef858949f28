"""The live monitor: a timer on the GUI thread asks the worker for samples and feeds the engine.

The engine and the history are fast (well under a millisecond a sample), so
they run on the GUI thread; capture and analysis run in the worker thread.
The clock is injected: tests drive whole hours through the real app by
stepping a fake clock on every tick.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from deskguard.capture import CaptureFailure
from deskguard.core.clock import Clock
from deskguard.core.engine import Event, PostureEngine, Status, Step
from deskguard.core.posture import CameraSettings
from deskguard.core.presentation import TrayState, tray_state
from deskguard.core.sample import PostureSample
from deskguard.notify.notifier import Notifier
from deskguard.storage.history import HistoryStore
from deskguard.ui.worker import SamplerWorker

log = logging.getLogger("deskguard.controller")

#: While another app holds the camera, look whether it is free this often.
BUSY_PROBE_S = 30.0
#: Quitting waits this long for the worker to close the camera and the models. A
#: model load or a hung camera read cannot be interrupted; past this, the app
#: leaves without it (the history is saved first) and the system releases both.
STOP_WAIT_MS = 2000


class Controller(QObject):
    """Owns the engine, the history and the worker thread; the tray and windows watch it."""

    # Requests to the worker (queued across threads).
    _want_models = Signal()
    _want_sample = Signal()
    _want_preview = Signal()
    _want_release = Signal()
    _want_shutdown = Signal()
    _want_camera = Signal(object)
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

    def __init__(
        self,
        engine: PostureEngine,
        store: HistoryStore | None,
        notifier: Notifier,
        worker: SamplerWorker,
        clock: Clock,
        *,
        tick_ms: int | None = None,
    ) -> None:
        """Wire the parts; ``start()`` begins monitoring."""
        super().__init__()
        self.engine = engine
        self.store = store
        self.notifier = notifier
        self.clock = clock
        self.models_ok = True
        self.models_message: str | None = None
        self.camera_error: str | None = None
        self.started = False
        self.notified: list[Event] = []
        self._waiting = False
        self._last_probe = -1e18
        self._state: TrayState | None = None
        self._status: Status | None = None
        self._preview_mode = False
        self._sampled_once = False
        self.session_away = False  # screen locked or system asleep

        self._thread = QThread()
        self._thread.setObjectName("deskguard-sampler")
        self.worker = worker
        worker.moveToThread(self._thread)
        self._want_models.connect(worker.load_models)
        self._want_sample.connect(worker.sample_once)
        self._want_preview.connect(worker.preview_once)
        self._want_release.connect(worker.release_camera)
        self._want_shutdown.connect(worker.shutdown)
        self._want_camera.connect(worker.set_camera)
        self._want_download.connect(worker.download_models)
        worker.models_ready.connect(self._on_models_ready)
        worker.models_failed.connect(self._on_models_failed)
        worker.sampled.connect(self._on_sampled)
        worker.capture_failed.connect(self._on_capture_failed)
        worker.preview.connect(self._on_preview)
        worker.download_progress.connect(self._on_download_progress)
        worker.download_cancelled.connect(self._on_download_cancelled)

        interval_ms = int(engine.settings.sample_interval_s * 1000)
        self._fixed_tick = tick_ms is not None  # tests drive the ticks themselves
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms if tick_ms is not None else interval_ms)
        self._timer.timeout.connect(self._tick)

    # --- life cycle ---------------------------------------------------------------------

    def start(self) -> None:
        """Start the worker thread, load the models there, start ticking."""
        self._thread.start()
        self._want_models.emit()
        self._timer.start()
        self._publish()

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
        if self.store is not None:
            self.store.flush()
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
        self.models_message = None
        self._want_download.emit()

    def set_interval(self, seconds: float) -> None:
        """Sample every ``seconds`` from now on (settings applied live)."""
        if not self._fixed_tick:
            self._timer.setInterval(int(seconds * 1000))

    def set_camera(self, camera: CameraSettings) -> None:
        """New camera settings for the analysis (applied in the worker thread)."""
        self._want_camera.emit(camera)

    def now(self) -> float:
        """The injected clock's time, UTC epoch seconds."""
        return self.clock.now_utc().timestamp()

    @property
    def state(self) -> TrayState:
        """What the tray shows now."""
        return self._state or TrayState.STARTING

    @property
    def status(self) -> Status:
        """The engine's state at a glance."""
        return self.engine.status(self.now())

    # --- commands from the menu ----------------------------------------------------------

    def pause(self, minutes: float) -> None:
        """Pause monitoring for ``minutes``; the camera is released at once."""
        now = self.now()
        self._handle(self.engine.pause(now, now + minutes * 60))
        self._want_release.emit()

    def pause_until_tomorrow(self) -> None:
        """Pause until the next work day starts."""
        now = self.now()
        self._handle(self.engine.pause(now, self.engine.pause_until_tomorrow_s(now)))
        self._want_release.emit()

    def resume(self) -> None:
        """Monitor again now."""
        self._handle(self.engine.resume(self.now()))
        self._tick()

    def snooze(self, minutes: float) -> None:
        """Hold reminders back for ``minutes``."""
        self._handle(self.engine.snooze(self.now(), minutes * 60))

    @Slot(bool)
    def set_session_away(self, away: bool) -> None:
        """Locked or asleep: no sampling and no camera until the user is back.

        The engine is not told anything: the missing samples are a gap, which
        it counts as away time.
        """
        self.session_away = away
        if away:
            self._want_release.emit()

    def refresh(self) -> None:
        """Show the state again (after a change made outside the engine's feed)."""
        self._state = None
        self._publish()

    def set_preview(self, on: bool) -> None:
        """Calibration: send frames to the window (on screen only) instead of the engine."""
        self._preview_mode = on
        if on:
            self._waiting = False

    def request_preview(self) -> None:
        """Ask the worker for one preview frame (the calibration window's own timer)."""
        if not self._waiting:
            self._waiting = True
            self._want_preview.emit()

    # --- the loop -------------------------------------------------------------------------

    @Slot()
    def _tick(self) -> None:
        now = self.now()
        if self._preview_mode or not self.models_ok or self.session_away:
            self._publish()
            return
        status = self.engine.status(now)
        if status.camera_busy:
            if now - self._last_probe >= BUSY_PROBE_S and not self._waiting:
                self._last_probe = now
                self._waiting = True
                self._want_sample.emit()  # is it free again?
        elif self.engine.wants_camera(now):
            if not self._waiting and self.started:
                self._waiting = True
                self._want_sample.emit()
        else:
            self._want_release.emit()
            if not status.paused:
                self._record(now, self.engine.feed(now, None))
        self._publish()

    @Slot()
    def _on_models_ready(self) -> None:
        log.info("models loaded")
        self.started = True
        self.models_ok = True
        self._publish()
        self.models_loaded.emit()

    @Slot(str)
    def _on_models_failed(self, message: str) -> None:
        self.models_ok = False
        self.models_message = message
        self._publish()
        self.models_missing.emit(message)

    @Slot(str, int, int)
    def _on_download_progress(self, name: str, done: int, total: int) -> None:
        self.download_progress.emit(name, done, total)

    @Slot(str)
    def _on_download_cancelled(self, message: str) -> None:
        self.models_ok = False
        self.models_message = message
        self._publish()
        self.download_cancelled.emit(message)

    @Slot(object)
    def _on_sampled(self, sample: PostureSample) -> None:
        if not self._sampled_once:
            self._sampled_once = True
            log.info("first sample")
        self._waiting = False
        now = self.now()
        self.camera_error = None
        if self.engine.status(now).camera_busy:
            self._handle(self.engine.set_camera_busy(now, False))
        self._record(now, self.engine.feed(now, sample))
        if not self._fixed_tick:
            # Sparser sampling when nothing changes (and an empty chair).
            self._timer.setInterval(int(self.engine.next_interval_s(now) * 1000))
        self.sample_taken.emit(sample)
        self._publish()

    @Slot(object, object, object)
    def _on_preview(self, image: object, sample: PostureSample, points: object) -> None:
        self._waiting = False
        self.preview_taken.emit(image, sample, points)

    @Slot(str, str)
    def _on_capture_failed(self, kind: str, message: str) -> None:
        self._waiting = False
        now = self.now()
        if kind == CaptureFailure.BUSY:
            # A call has the camera: do not disturb, and look again later.
            self._last_probe = now
            self._handle(self.engine.set_camera_busy(now, True))
        else:
            self.camera_error = message
            self._record(now, self.engine.feed(now, None))
        self._publish()

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
        for event in events:
            if event.notify and event.title:
                self.notified.append(event)
                self.notifier.notify(event.title, event.body)
        self.events_happened.emit(list(events))

    def _publish(self) -> None:
        status = self.engine.status(self.now())
        state = tray_state(
            status,
            models_ok=self.models_ok,
            camera_error=self.camera_error,
            started=self.started,
        )
        self._status = status
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)
