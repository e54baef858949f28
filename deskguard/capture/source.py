"""The ``FrameSource`` role and the factory that picks an implementation.

Threading contract: a source is used from one thread at a time (the capture
worker). ``read()`` may block for up to about a second on a camera; on files
it returns as fast as the decoder allows. Frames live only in memory: nothing
here writes a pixel to disk.
"""

from __future__ import annotations

import math
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Protocol, Self

import numpy as np

from deskguard.capture.errors import UnreadableSourceError

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff"})


@dataclass(frozen=True, slots=True, eq=False)
class Frame:
    """One picture: BGR pixels (uint8, H x W x 3), where and when it came from.

    ``t_s`` is the frame's time in its source (clip time for a video, the
    sampling clock for a camera); ``index`` its position (frame number in a
    video, file number in a folder).
    """

    image: np.ndarray
    t_s: float
    index: int
    source: str

    @property
    def size(self) -> tuple[int, int]:
        """(width, height) in pixels."""
        return int(self.image.shape[1]), int(self.image.shape[0])


class FrameSource(Protocol):
    """Hands out one fresh frame when asked.

    ``read()`` returns the next frame, or None when a file source is used up.
    ``release()`` lets go of the device (a camera's light goes off); the next
    ``read()`` reopens it. ``close()`` ends the source for good.
    """

    name: str
    is_live: bool

    def read(self) -> Frame | None:
        """The next fresh frame, or None at the end of a recording."""
        ...

    def release(self) -> None:
        """Free the device until the next read (no-op for files)."""
        ...

    def close(self) -> None:
        """Free everything; the source cannot be read again."""
        ...

    def __enter__(self) -> Self:
        """Use as a context manager that closes the source."""
        ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close the source."""
        ...


class SourceBase:
    """Context-manager plumbing shared by the implementations."""

    def close(self) -> None:
        """Free everything (subclasses override)."""

    def __enter__(self) -> Self:
        """Enter: the source is already open."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Leave: close the source."""
        self.close()


def source_mode(path: Path) -> int:
    """``path``'s ``st_mode`` (after symlinks); ``UnreadableSourceError`` if it cannot be had.

    Not ``Path.exists()`` or ``is_dir()``: they raise ``PermissionError`` for a
    path inside a folder one may not enter.
    """
    try:
        return path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        raise UnreadableSourceError(f"{path}: no such file or folder") from None
    except OSError as exc:
        raise UnreadableSourceError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def check_regular_file(path: Path) -> None:
    """Raise ``UnreadableSourceError`` unless ``path`` is a regular file (after symlinks).

    A named pipe would block the reader forever, and a device or socket is no
    recording either.
    """
    mode = source_mode(path)
    if stat.S_ISREG(mode):
        return
    kind = (
        "a named pipe (FIFO)"
        if stat.S_ISFIFO(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "not a regular file"
    )
    raise UnreadableSourceError(
        f"{path}: this is {kind}, not a recording; give a video or image file, "
        "or a folder of images"
    )


_CAMERA_SPEC = re.compile(r"^(?:camera:)?(\d+)$")


def is_camera_spec(spec: str | Path) -> bool:
    """Whether ``spec`` names a camera (``0``, ``camera:1``, ``/dev/video2``), not a file."""
    text = str(spec)
    return bool(_CAMERA_SPEC.match(text)) or (
        text.startswith("/dev/video") and sys.platform.startswith("linux")
    )


def open_source(spec: str | Path, *, every_s: float | None = None) -> FrameSource:
    """Open a camera (``0``, ``camera:1``, ``/dev/video2``), a video, an image or a folder.

    ``every_s`` samples a recording like the live app would: one frame per
    ``every_s`` seconds of clip time (for a folder of images, each image is
    taken to be ``every_s`` after the previous one).
    """
    from deskguard.capture.camera import OpenCvCamera
    from deskguard.capture.files import ImageFolderSource, VideoFileSource

    text = str(spec)
    if every_s is not None and not (math.isfinite(every_s) and every_s > 0):
        raise ValueError("the sampling interval must be a positive, finite number of seconds")
    match = _CAMERA_SPEC.match(text)
    if match:
        return OpenCvCamera(int(match.group(1)))
    if text.startswith("/dev/video") and sys.platform.startswith("linux"):
        return OpenCvCamera(text)
    path = Path(text)
    if stat.S_ISDIR(source_mode(path)):
        return ImageFolderSource(path, every_s=every_s)
    check_regular_file(path)
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return ImageFolderSource(path, every_s=every_s)
    return VideoFileSource(path, every_s=every_s)
