"""Frame sources: a camera, a video file or a folder of images, behind one role."""

from deskguard.capture.errors import (
    CameraBusyError,
    CameraLostError,
    CameraNotFoundError,
    CaptureError,
    CaptureFailure,
    DamagedVideoError,
    ImageTooLargeError,
    NotAVideoError,
    UnreadableSourceError,
)
from deskguard.capture.source import Frame, FrameSource, open_source

__all__ = [
    "CameraBusyError",
    "CameraLostError",
    "CameraNotFoundError",
    "CaptureError",
    "CaptureFailure",
    "DamagedVideoError",
    "Frame",
    "FrameSource",
    "ImageTooLargeError",
    "NotAVideoError",
    "UnreadableSourceError",
    "open_source",
]
