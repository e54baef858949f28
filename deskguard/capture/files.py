"""Recordings as frame sources: video files and folders (or single files) of images."""

from __future__ import annotations

import math
import os
from pathlib import Path

import cv2
import numpy as np

from deskguard.capture.errors import (
    DamagedVideoError,
    ImageTooLargeError,
    NotAVideoError,
    UnreadableSourceError,
)
from deskguard.capture.imageinfo import (
    MAX_IMAGE_FILE_BYTES,
    ImageHeaderError,
    image_size,
    size_problem,
)
from deskguard.capture.source import IMAGE_SUFFIXES, Frame, SourceBase, check_regular_file

#: A video that ends this many seconds (or this share of its frames, if more) before
#: the frame count its container states was cut short or is damaged.
_SHORTFALL_S = 0.5
_SHORTFALL_SHARE = 0.02


def _next_instant(previous: float, every_s: float, t_s: float) -> float:
    """The first sampling instant after ``previous`` that is later than ``t_s``.

    Step by step as the replay's cache does (so both pick the same frames), but
    jump when the steps are tiny against the gap: an interval of 1e-300 s would
    otherwise spin forever, as adding it to a time changes nothing.
    """
    t = previous + every_s
    if (t_s - t) / every_s > 1000:
        t += math.floor((t_s - t) / every_s) * every_s
    while t <= t_s:
        nxt = t + every_s
        t = nxt if nxt > t else math.nextafter(t_s, math.inf)
    return t


def _check_readable(path: Path) -> None:
    if not os.access(path, os.R_OK):
        raise UnreadableSourceError(f"{path}: permission denied")


class VideoFileSource(SourceBase):
    """Frames of a video file, all of them or one every ``every_s`` seconds of clip time."""

    is_live = False

    def __init__(
        self, path: Path, *, every_s: float | None = None, first_sample_s: float = 0.0
    ) -> None:
        """Open ``path``; raise ``NotAVideoError`` if it holds no decodable video.

        With ``every_s``, the first frame kept is the first at or after
        ``first_sample_s`` of clip time (a replay that loops a clip goes on
        sampling where the previous loop left off).
        """
        check_regular_file(path)
        _check_readable(path)
        if path.stat().st_size == 0:
            raise NotAVideoError(f"{path}: the file is empty, not a video")
        self.name = str(path)
        self._every_s = every_s
        self._capture = cv2.VideoCapture(str(path))
        if not self._capture.isOpened():
            self._capture.release()
            raise NotAVideoError(f"{path}: not a video this build of OpenCV can decode")
        fps = self._capture.get(cv2.CAP_PROP_FPS)
        # Some containers report 0 or absurd rates; 30 is the common webcam rate.
        self.fps = fps if 1.0 <= fps <= 1000.0 else 30.0
        frames = self._capture.get(cv2.CAP_PROP_FRAME_COUNT)
        self.frame_count = round(frames) if frames > 0 else None
        self.duration_s = frames / self.fps if frames > 0 else None
        self._next_index = 0
        self._next_sample_t = first_sample_s
        self._delivered = 0
        self._last_ms = 0.0  # the stream time of the last frame decoded
        self._closed = False

    def read(self) -> Frame | None:
        """The next (sampled) frame, or None at the end of the clip."""
        if self._closed:
            return None
        while True:
            if not self._capture.grab():
                self.close()
                if self._delivered == 0 and self._next_index == 0:
                    raise NotAVideoError(f"{self.name}: no frame could be decoded")
                self._check_complete()
                return None
            index = self._next_index
            self._next_index += 1
            self._last_ms = self._capture.get(cv2.CAP_PROP_POS_MSEC)
            t_s = index / self.fps
            # Keep this frame if it is the first at or after the next sampling instant.
            if self._every_s is not None and t_s + 0.5 / self.fps < self._next_sample_t:
                continue
            ok, image = self._capture.retrieve()
            if not ok or image is None:
                self.close()
                self._check_complete()
                return None
            if self._every_s is not None:
                self._next_sample_t = _next_instant(self._next_sample_t, self._every_s, t_s)
            self._delivered += 1
            return Frame(image=image, t_s=t_s, index=index, source=self.name)

    def _check_complete(self) -> None:
        """Raise ``DamagedVideoError`` if decoding stopped well short of the stated length."""
        expected = self.frame_count
        decoded = self._next_index
        if expected is None:
            return
        stated_s = expected / self.fps
        allowed_s = max(_SHORTFALL_S, _SHORTFALL_SHARE * stated_s)
        # Short in frames *and* in stream time: a variable-rate recording whose
        # container only estimates its frame count still reaches its stated end.
        reached_s = self._last_ms / 1000.0 + 1.0 / self.fps
        if stated_s - decoded / self.fps > allowed_s and stated_s - reached_s > allowed_s:
            raise DamagedVideoError(
                f"{self.name}: the video breaks off at frame {decoded} of {expected} "
                f"({decoded / self.fps:.1f} s of {expected / self.fps:.1f} s): the file is "
                "damaged or cut short. The frames before that point were read; "
                "copy or export the recording again to read the rest."
            )

    def release(self) -> None:
        """Files hold no device; nothing to free between samples."""

    def close(self) -> None:
        """Free the decoder."""
        if not self._closed:
            self._capture.release()
            self._closed = True


class ImageFolderSource(SourceBase):
    """The images of a folder in name order (or one image file).

    A file in the folder that cannot be decoded raises ``NotAVideoError`` for
    that file; the next ``read()`` goes on with the following file.
    """

    is_live = False

    def __init__(self, path: Path, *, every_s: float | None = None) -> None:
        """List the images of ``path`` (a folder) or take ``path`` itself (an image)."""
        _check_readable(path)
        self.name = str(path)
        if not path.is_dir():
            check_regular_file(path)
        if path.is_dir():
            self._files = sorted(
                p for p in path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file()
            )
            if not self._files:
                raise UnreadableSourceError(f"{path}: no images in this folder")
        else:
            self._files = [path]
        self._every_s = every_s
        self._position = 0

    def __len__(self) -> int:
        """How many image files the source will go through."""
        return len(self._files)

    def read(self) -> Frame | None:
        """The next image, or None after the last one."""
        if self._position >= len(self._files):
            return None
        index = self._position
        self._position += 1
        path = self._files[index]
        image = _decode_image(path)
        t_s = index * self._every_s if self._every_s is not None else 0.0
        return Frame(image=image, t_s=t_s, index=index, source=str(path))

    def release(self) -> None:
        """Files hold no device; nothing to free between samples."""


def _decode_image(path: Path) -> np.ndarray:
    """The picture in ``path`` as BGR pixels, refusing what is not a bounded image file.

    The size is read from the header first: a small file can claim gigabytes
    of pixels, and the decoder would allocate them before it noticed.
    """
    check_regular_file(path)  # a FIFO would block the read forever
    _check_readable(path)
    try:
        with path.open("rb") as f:
            size_bytes = os.fstat(f.fileno()).st_size
            if size_bytes == 0:
                raise NotAVideoError(f"{path}: the file is empty, not an image")
            if size_bytes > MAX_IMAGE_FILE_BYTES:
                raise ImageTooLargeError(
                    f"{path}: the file is {size_bytes / 2**20:.0f} MB, more than DeskGuard "
                    f"reads for one image ({MAX_IMAGE_FILE_BYTES // 2**20} MB)"
                )
            try:
                width, height = image_size(f)
            except ImageHeaderError as exc:
                raise NotAVideoError(f"{path}: not an image that can be decoded ({exc})") from None
            problem = size_problem(width, height)
            if problem:
                raise ImageTooLargeError(f"{path}: {problem}")
            f.seek(0)
            # imdecode from bytes, not imread: imread cannot say "unreadable" apart
            # from "not an image", and it mishandles some non-ASCII paths on Windows.
            data = np.frombuffer(f.read(), dtype=np.uint8)
    except OSError as exc:
        raise UnreadableSourceError(f"{path}: could not be read ({exc.strerror or exc})") from None
    try:
        image = cv2.imdecode(data, cv2.IMREAD_COLOR)
    except cv2.error:
        image = None
    if image is None:
        raise NotAVideoError(f"{path}: not an image that can be decoded")
    return image
