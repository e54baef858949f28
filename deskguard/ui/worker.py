"""Capture and analysis off the GUI thread.

Threading contract: ``SamplerWorker`` lives in its own ``QThread``; the GUI
talks to it only through queued signals, and it answers with signals. A
slow model load or a hung camera therefore never freezes the menu. The
models are loaded in this thread, after the tray is already showing.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from deskguard import paths
from deskguard.capture import CaptureError, CaptureFailure, open_source
from deskguard.capture.playback import Playback
from deskguard.capture.source import FrameSource, is_camera_spec
from deskguard.core.posture import CameraSettings

log = logging.getLogger("deskguard.worker")


class SamplerWorker(QObject):
    """Takes one fresh frame when asked and turns it into a sample."""

    models_ready = Signal()
    models_failed = Signal(str)
    # Only after the user agreed: the announced, verified official download.
    download_progress = Signal(str, int, int)  # file name, bytes done, bytes in all
    # The user cancelled the download: what was fetched is gone (message for the user).
    download_cancelled = Signal(str)
    sampled = Signal(object)  # PostureSample
    # (CaptureFailure, message)
    capture_failed = Signal(str, str)
    # (BGR image, PostureSample, landmark points), calibration only: on screen, never stored
    preview = Signal(object, object, object)
    # A frame's sample for an exercise's counter: the figures only, never the picture.
    exercise_sampled = Signal(object)

    def __init__(
        self,
        source_spec: str,
        *,
        models: Path | None,
        camera: CameraSettings,
        every_s: float,
    ) -> None:
        """Remember what to open; nothing is opened until asked."""
        super().__init__()
        self._spec = source_spec
        self._models = models
        self._camera = camera
        self._every_s = every_s
        self._source: FrameSource | Playback | None = None
        self._started_s = 0.0  # the clock time a recording began to play
        self._analyzer: Any = None
        # Set from the GUI thread (thread-safe): checked between steps, never waited on.
        self._stopping = threading.Event()
        self._cancel_download = threading.Event()
        #: What the thread is doing now, for the log when quitting cannot wait for it.
        self.busy_with = ""

    @property
    def source_spec(self) -> str:
        """What it was built to watch (``set_source`` changes it in the worker's thread)."""
        return self._spec

    def request_stop(self) -> None:
        """Any thread: do no more work; the queued ``shutdown`` then closes everything."""
        self._stopping.set()
        self._cancel_download.set()

    def cancel_download(self) -> None:
        """Any thread: stop the download between two chunks (nothing is kept)."""
        self._cancel_download.set()

    @Slot(bool)
    def load_models(self, quiet: bool = False) -> None:
        """Find, verify and load the models (the slow part of start-up).

        ``quiet``: a background retry while they are missing; its failure,
        the same as the first one, is not logged again.
        """
        if self._stopping.is_set():
            return
        self.busy_with = "loading the models"
        from deskguard.analysis.analyzer import MediaPipeAnalyzer

        try:
            # The very bytes whose SHA-256 was checked go to MediaPipe.
            self._analyzer = MediaPipeAnalyzer.load(self._models, camera=self._camera)
        except Exception as exc:  # a model error, or MediaPipe refusing the file
            log.log(logging.DEBUG if quiet else logging.ERROR, "models not loaded: %s", exc)
            self.models_failed.emit(str(exc))
            return
        finally:
            self.busy_with = ""
        self.models_ready.emit()

    @Slot()
    def download_models(self) -> None:
        """Fetch the required models (verified), then load them."""
        from deskguard.analysis import models

        def progress(spec: models.ModelSpec, done: int, total: int) -> None:
            self.download_progress.emit(spec.filename, done, total)

        self._cancel_download.clear()
        if self._stopping.is_set():
            self._cancel_download.set()
        fetched: list[Path] = []
        folder_was_there = paths.models_dir().exists()
        self.busy_with = "downloading the models"
        try:
            for spec in models.REQUIRED:
                try:
                    models.locate(spec, self._models)
                except models.ModelError:
                    fetched.append(
                        models.download(
                            spec, progress=progress, cancelled=self._cancel_download.is_set
                        )
                    )
        except models.DownloadCancelled:
            # Cancel means nothing left behind: not even the files this download completed.
            for path in fetched:
                path.unlink(missing_ok=True)
            if not folder_was_there:
                with contextlib.suppress(OSError):  # not empty: someone else's files
                    paths.models_dir().rmdir()
            log.info("model download cancelled; nothing kept")
            self.download_cancelled.emit(
                "The download was cancelled and nothing was kept. DeskGuard asks again the next "
                "time it starts; or run `deskguard models download` in a terminal, or copy the "
                "files with `deskguard models install --from DIR`."
            )
            return
        except models.ModelError as exc:
            log.error("model download failed: %s", exc)
            self.models_failed.emit(str(exc))
            return
        finally:
            self.busy_with = ""
        self.load_models()

    @Slot(float, bool)
    def sample_once(self, t_s: float, body: bool) -> None:
        """The frame of clock time ``t_s``, analysed; or a ``capture_failed`` saying why not.

        ``body``: measure the upper body even when a face is found.
        """
        sample, _ = self._take(t_s, body)
        if sample is not None:
            self.sampled.emit(sample)

    @Slot(float)
    def preview_once(self, t_s: float) -> None:
        """One frame for the calibration window: the picture goes to the screen only."""
        sample, image = self._take(t_s, True)
        if sample is not None:
            self.preview.emit(image, sample, self._analyzer.last_overlay)

    @Slot(float, bool)
    def exercise_once(self, t_s: float, body: bool) -> None:
        """One frame's sample for the exercise window (the picture stays here)."""
        sample, _ = self._take(t_s, body)
        if sample is not None:
            self.exercise_sampled.emit(sample)

    def _take(self, t_s: float, body: bool) -> tuple[Any, Any]:
        if self._analyzer is None or self._stopping.is_set():
            return None, None
        try:
            if self._source is None:
                if is_camera_spec(self._spec):
                    self._source = open_source(self._spec)
                else:
                    # A recording used as the camera: the picture of the moment, looping,
                    # exactly as a replay plays it (deskguard.capture.playback).
                    self._source = Playback(Path(self._spec), image_s=self._every_s)
                    self._started_s = t_s
            if isinstance(self._source, Playback):
                frame = self._source.frame_at(t_s - self._started_s)
            else:
                frame = self._source.read()
        except CaptureError as exc:
            self._drop_source()
            self.capture_failed.emit(CaptureFailure.of(exc), str(exc))
            return None, None
        if frame is None:
            self.capture_failed.emit(CaptureFailure.ERROR, f"{self._spec} gave no frame")
            return None, None
        return self._analyzer.analyze(frame, body=body), frame.image

    def _drop_source(self) -> None:
        if self._source is not None:
            self._source.close()
            self._source = None

    @Slot(str)
    def set_source(self, spec: str) -> None:
        """Watch another camera or recording from the next frame on."""
        if spec != self._spec:
            self._drop_source()
            self._spec = spec

    @Slot(object)
    def set_camera(self, camera: CameraSettings) -> None:
        """Use new camera settings (field of view, position) from the next frame on."""
        self._camera = camera
        if self._analyzer is not None:
            self._analyzer.camera = camera

    @Slot()
    def release_camera(self) -> None:
        """Let the camera go (its light goes off) until the next sample."""
        if self._source is not None:
            self._source.release()

    @Slot()
    def close_camera(self) -> None:
        """Close the camera or the recording until the next sample (the screen is locked).

        More than ``release_camera``: a recording is closed too, so nothing the
        app watches stays open while nobody is at the desk.
        """
        self._drop_source()

    @Slot()
    def shutdown(self) -> None:
        """Close the source and the models (MediaPipe must be closed explicitly), then end.

        This is the last thing the thread does: it ends its own event loop only
        after closing, so no queued request can be skipped past it.
        """
        self._stopping.set()
        self.busy_with = "closing the camera and the models"
        try:
            self._drop_source()
            if self._analyzer is not None:
                self._analyzer.close()
                self._analyzer = None
        finally:
            self.busy_with = ""
            thread = QThread.currentThread()
            app = QCoreApplication.instance()
            if app is not None and thread is not app.thread():  # never the GUI's own loop
                thread.quit()
