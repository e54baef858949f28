"""Capture errors: each says what happened and what the user can do about it.

All derive from ``CaptureError``; the app treats ``CameraBusyError`` and
``CameraLostError`` as recoverable (retry later), the rest as final for that
source.
"""

from __future__ import annotations

from enum import StrEnum


class CaptureFailure(StrEnum):
    """What kind of capture failure a caller reports onwards (the worker to the UI)."""

    BUSY = "busy"  # another app holds the camera: a call; look again later
    MISSING = "missing"  # no camera there
    LOST = "lost"  # it stopped delivering frames
    ERROR = "error"  # anything else: an unreadable or damaged recording, no frame

    @classmethod
    def of(cls, exc: CaptureError) -> CaptureFailure:
        """The kind of ``exc``."""
        if isinstance(exc, CameraBusyError):
            return cls.BUSY
        if isinstance(exc, CameraNotFoundError):
            return cls.MISSING
        if isinstance(exc, CameraLostError):
            return cls.LOST
        return cls.ERROR


class CaptureError(Exception):
    """A frame source could not deliver frames."""


class CameraNotFoundError(CaptureError):
    """No camera at that index or device path."""


class CameraBusyError(CaptureError):
    """The camera exists but another application holds it (a video call)."""


class CameraLostError(CaptureError):
    """The camera stopped delivering frames mid-run (unplugged, driver reset)."""


class UnreadableSourceError(CaptureError):
    """A file or folder that does not exist or cannot be read."""


class NotAVideoError(UnreadableSourceError):
    """A file that exists but holds no decodable video or image."""


class ImageTooLargeError(UnreadableSourceError):
    """An image whose header claims more pixels than DeskGuard decodes."""


class DamagedVideoError(UnreadableSourceError):
    """A video whose decoder stopped well before the length the file states."""
