"""A webcam through OpenCV, sampled sparsely.

DeskGuard wants one *fresh* frame every few seconds, not a stream. Two things
make that work: the driver's queue is kept short and drained before the frame
we keep (else ``read()`` returns a picture from seconds ago), and the device
can be released between samples so the camera light is not on all day.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import cv2

from deskguard.capture.errors import CameraBusyError, CameraLostError, CameraNotFoundError
from deskguard.capture.source import Frame, SourceBase

#: A grab that returns faster than this came from the driver's queue, not the sensor.
_QUEUED_GRAB_S = 0.008
_MAX_DRAIN_GRABS = 6
#: Frames a just-opened camera needs before exposure settles.
_WARMUP_FRAMES = 3


#: Held as a plain str so each platform's branch stays visible to the type checker.
_PLATFORM: str = sys.platform


def _backend() -> int:
    """OpenCV's native capture back-end for this system."""
    if _PLATFORM.startswith("linux"):
        return int(cv2.CAP_V4L2)
    if _PLATFORM == "win32":
        return int(cv2.CAP_MSMF)
    if _PLATFORM == "darwin":
        return int(cv2.CAP_AVFOUNDATION)
    return int(cv2.CAP_ANY)


class OpenCvCamera(SourceBase):
    """A camera by index (``0``) or device path (``/dev/video2``).

    It opens lazily on the first ``read()``; ``release()`` closes the device
    until the next ``read()``.
    """

    is_live = True

    def __init__(
        self,
        device: int | str,
        *,
        width_px: int = 640,
        height_px: int = 480,
    ) -> None:
        """Remember the device; nothing is opened yet."""
        self.device = device
        self.name = f"camera {device}"
        self._size = (width_px, height_px)
        self._capture: cv2.VideoCapture | None = None
        self._index = 0
        self._t0 = time.monotonic()

    def _device_path(self) -> Path | None:
        if isinstance(self.device, str):
            return Path(self.device)
        if _PLATFORM.startswith("linux"):
            return Path(f"/dev/video{self.device}")
        return None  # other systems have no device node to look at

    def _open(self) -> cv2.VideoCapture:
        path = self._device_path()
        if path is not None and not path.exists():
            raise CameraNotFoundError(
                f"No camera at {path}. Is it plugged in, and is this the right camera number?"
            )
        if path is not None and not os.access(path, os.R_OK | os.W_OK):
            raise CameraBusyError(
                f"No permission to use {path}. On Linux, add yourself to the 'video' group."
            )
        target: int | str = self.device
        capture = cv2.VideoCapture(target, _backend())
        if not capture.isOpened():
            capture.release()
            if path is None:
                raise CameraNotFoundError(f"No camera with index {self.device} could be opened.")
            raise CameraBusyError(
                f"{path} exists but could not be opened: another application may be using it, "
                "or it is not a video capture device."
            )
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, self._size[0])
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self._size[1])
        capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)
        for _ in range(_WARMUP_FRAMES):
            if not capture.grab():
                capture.release()
                # Opening works while another app streams; the first grab does not.
                raise CameraBusyError(
                    f"{self.name} is in use by another application (a video call?). "
                    "DeskGuard will try again when it is free."
                )
        return capture

    def read(self) -> Frame | None:
        """One fresh frame, opening the camera if needed."""
        if self._capture is None:
            self._capture = self._open()
        capture = self._capture
        # Drain frames the driver queued while we were not looking.
        for _ in range(_MAX_DRAIN_GRABS):
            start = time.perf_counter()
            if not capture.grab():
                self.release()
                raise CameraLostError(f"{self.name} stopped delivering frames.")
            if time.perf_counter() - start > _QUEUED_GRAB_S:
                break  # that one came from the sensor: it is fresh
        ok, image = capture.retrieve()
        if not ok or image is None:
            self.release()
            raise CameraLostError(f"{self.name} returned an empty frame.")
        self._index += 1
        return Frame(
            image=image, t_s=time.monotonic() - self._t0, index=self._index, source=self.name
        )

    def release(self) -> None:
        """Close the device (the camera light goes off) until the next read."""
        if self._capture is not None:
            self._capture.release()
            self._capture = None

    def close(self) -> None:
        """Close the device for good."""
        self.release()
