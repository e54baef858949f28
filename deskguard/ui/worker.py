"""Capture and analysis off the GUI thread.

Threading contract: ``SamplerWorker`` lives in its own ``QThread``; the GUI
talks to it only through queued signals, and it answers with signals. A
slow model load or a hung camera therefore never freezes the menu. The
models are loaded in this thread, after the tray is already showing.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from deskguard.capture import (
    CameraBusyError,
    CameraLostError,
    CameraNotFoundError,
    CaptureError,
    open_source,
)
from deskguard.capture.source import FrameSource
from deskguard.core.posture import CameraSettings

log = logging.getLogger("deskguard.worker")


class SamplerWorker(QObject):
    """Takes one fresh frame when asked and turns it into a sample."""

    models_ready = Signal()
    models_failed = Signal(str)
    # Only after the user agreed: the announced, verified official download.
    download_progress = Signal(str, int, int)  # file name, bytes done, bytes in all
    sampled = Signal(object)  # PostureSample
    # kind: "busy" (another app holds the camera), "missing", "lost", "error"
    capture_failed = Signal(str, str)
    # (BGR image, PostureSample, landmark points), calibration only: on screen, never stored
    preview = Signal(object, object, object)

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
        self._source: FrameSource | None = None
        self._analyzer: Any = None

    @Slot()
    def load_models(self) -> None:
        """Find, verify and load the models (the slow part of start-up)."""
        from deskguard.analysis import models
        from deskguard.analysis.analyzer import MediaPipeAnalyzer

        try:
            face = models.locate(models.FACE, self._models).path
            pose = models.locate(models.DEFAULT_POSE, self._models).path
            self._analyzer = MediaPipeAnalyzer.create(face, pose, camera=self._camera)
        except Exception as exc:  # a model error, or MediaPipe refusing the file
            log.error("models not loaded: %s", exc)
            self.models_failed.emit(str(exc))
            return
        self.models_ready.emit()

    @Slot()
    def download_models(self) -> None:
        """Fetch the required models (verified), then load them."""
        from deskguard.analysis import models

        def progress(spec: models.ModelSpec, done: int, total: int) -> None:
            self.download_progress.emit(spec.filename, done, total)

        try:
            for spec in models.REQUIRED:
                try:
                    models.locate(spec, self._models)
                except models.ModelError:
                    models.download(spec, progress=progress)
        except models.ModelError as exc:
            self.models_failed.emit(str(exc))
            return
        self.load_models()

    @Slot()
    def sample_once(self) -> None:
        """One frame, analysed; or a ``capture_failed`` saying why not."""
        sample, _ = self._take()
        if sample is not None:
            self.sampled.emit(sample)

    @Slot()
    def preview_once(self) -> None:
        """One frame for the calibration window: the picture goes to the screen only."""
        sample, image = self._take()
        if sample is not None:
            self.preview.emit(image, sample, self._analyzer.last_overlay)

    def _take(self) -> tuple[Any, Any]:
        if self._analyzer is None:
            return None, None
        try:
            if self._source is None:
                self._source = open_source(self._spec, every_s=self._every_s)
            frame = self._source.read()
            if frame is None and not self._source.is_live:
                # A recording used as the camera plays in a loop.
                self._source.close()
                self._source = open_source(self._spec, every_s=self._every_s)
                frame = self._source.read()
        except CameraBusyError as exc:
            self._drop_source()
            self.capture_failed.emit("busy", str(exc))
            return None, None
        except CameraNotFoundError as exc:
            self._drop_source()
            self.capture_failed.emit("missing", str(exc))
            return None, None
        except CameraLostError as exc:
            self._drop_source()
            self.capture_failed.emit("lost", str(exc))
            return None, None
        except CaptureError as exc:
            self._drop_source()
            self.capture_failed.emit("error", str(exc))
            return None, None
        if frame is None:
            self.capture_failed.emit("error", f"{self._spec} gave no frame")
            return None, None
        return self._analyzer.analyze(frame), frame.image

    def _drop_source(self) -> None:
        if self._source is not None:
            self._source.close()
            self._source = None

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
    def shutdown(self) -> None:
        """Close the source and the models (MediaPipe must be closed explicitly)."""
        self._drop_source()
        if self._analyzer is not None:
            self._analyzer.close()
            self._analyzer = None
